import type { Context } from '../context';

/** Resolves `District` entities for other subgraphs, batched through the request's loader. */
export const resolveDistrictReference = (ref: { code: string }, ctx: Context) => ctx.loaders.district.load(ref.code);
