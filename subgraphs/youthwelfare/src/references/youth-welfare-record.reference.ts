import { assertOwnStaff } from '../access';
import type { Context } from '../context';
import type { YouthWelfareRecord } from '../entities/youth-welfare-record.entity';

/** `YouthWelfareRecord.__resolveReference`: batched through the loader, for the partner's own staff only (no consent travels with a bare key). */
export function resolveYouthWelfareRecordReference(ref: { id: string }, ctx: Context): Promise<YouthWelfareRecord | null> {
  assertOwnStaff(ctx);
  return ctx.loaders.youthWelfareRecord.load(ref.id);
}
