import { assertOwnStaff } from '../access';
import type { Context } from '../context';
import type { WelfareParticipation } from '../entities/welfare-participation.entity';

/** `WelfareParticipation.__resolveReference`: batched through the loader, for the office's own staff only (no consent travels with a bare key). */
export function resolveWelfareParticipationReference(ref: { id: string }, ctx: Context): Promise<WelfareParticipation | null> {
  assertOwnStaff(ctx);
  return ctx.loaders.welfareParticipation.load(ref.id);
}
