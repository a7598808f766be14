import type { Context } from '../context';

/** Resolves `School` entities for other subgraphs, batched through the request's loader. */
export const resolveSchoolReference = (ref: { id: string }, ctx: Context) => ctx.loaders.school.load(ref.id);
