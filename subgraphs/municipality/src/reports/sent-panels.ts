import { panelDigest } from '@kassel-hub/governance';
import type { Context } from '../context';

/*
 * The panels the city handed out, by caller and digest. A report request reaches the city twice:
 * once for the panel (which the gateway passes on to the partners) and once with the partners'
 * packed answers, whose rows name members by position in the panel they were sent. If a consent
 * changed in between, the panel in force at the second visit has another digest; the positions are
 * then read against the list this caller was sent, and the join keeps only the members in force now
 * (panel.ts), so a withdrawn member is never counted. A list is only ever found by the caller it was
 * sent to. Lists not found (evicted, or served by another replica) end in PANEL_CHANGED.
 */
const LIMIT = 16;
const sent = new Map<string, readonly string[]>();

const callerOf = (ctx: Context) => {
  const { partner, sub, purpose, roles } = ctx.identity;
  return JSON.stringify([partner, sub, purpose ?? null, [...roles].sort()]);
};

/** Notes `panel` as handed to this caller for `year`. */
export function rememberSent(ctx: Context, year: number, panel: readonly string[]): void {
  const key = `${callerOf(ctx)}\n${year}\n${panelDigest(panel)}`;
  sent.delete(key);
  sent.set(key, panel);
  while (sent.size > LIMIT) sent.delete(sent.keys().next().value!);
}

/** What a packed answer may be read against in this request: the panel in force now, or one this caller was sent. */
export function sentPanelLookup(ctx: Context, year: number, current: readonly string[]): (digest: string) => readonly string[] | undefined {
  return (digest) => (digest === panelDigest(current) ? current : sent.get(`${callerOf(ctx)}\n${year}\n${digest}`));
}
