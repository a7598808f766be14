import type { Context } from '../context';

/** Resolves `Occupation` entities for other subgraphs, batched through the request's loader. */
export const resolveOccupationReference = (ref: { kldb: string }, ctx: Context) => ctx.loaders.occupation.load(ref.kldb);
