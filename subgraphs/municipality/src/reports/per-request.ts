import type { Cohort } from '../entities/cohort.entity';
import type { Context } from '../context';
import { panelMembers, panelOf, type PanelMember } from './panel';

/*
 * A query may ask for several reports of one cohort; they share the joined panel and some protected
 * tables. Within one request the gateway hands every report field the same Cohort object (with the
 * partners' records it required), so results are kept on that object: computed once per request,
 * gone with it, and never shared between requests or identities.
 */
const computed = new WeakMap<Cohort, Map<string, unknown>>();

/** `make()` once per cohort object and key. */
export function once<T>(cohort: Cohort, key: string, make: () => T): T {
  let byKey = computed.get(cohort);
  if (!byKey) computed.set(cohort, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, make());
  return byKey.get(key) as T;
}

/** The cohort's panel, once per request: `panel` and `panelSize` are usually asked for together. */
export const panelOnce = (cohort: Cohort, ctx: Context): Promise<string[]> => once(cohort, 'panel', () => panelOf(cohort.year, ctx));

/** The cohort's panel members joined with the partners' records, once per request. */
export const membersOf = (cohort: Cohort, ctx: Context): Promise<PanelMember[]> =>
  once(cohort, 'members', async () => panelMembers(cohort, await panelOnce(cohort, ctx), ctx));

/** Today as an ISO date: what "in force", "so far" and open windows are measured against. */
export const today = () => new Date().toISOString().slice(0, 10);

/** Calendar months later; a day missing in the target month becomes its last day (31 Aug + 6 = 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}
