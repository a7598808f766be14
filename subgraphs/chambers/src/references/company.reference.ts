import type { Context } from '../context';

/** Resolves `Company` entities for other subgraphs, batched through the request's loader. */
export const resolveCompanyReference = (ref: { id: string }, ctx: Context) => ctx.loaders.company.load(ref.id);
