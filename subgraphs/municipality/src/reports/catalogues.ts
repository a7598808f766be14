import { APPRENTICESHIP_OCCUPATION_BY_KLDB } from '@kassel-hub/reference';
import type { PanelMember } from './panel';

/** Hessian school-leaving qualifications, lowest first: the rows of every table by qualification. */
export const QUALIFICATIONS = [
  { key: 'NONE', label: 'ohne Abschluss (Abgangszeugnis)' },
  { key: 'FOERDER', label: 'Förderschulabschluss' },
  { key: 'HAUPT', label: 'Hauptschulabschluss' },
  { key: 'HAUPT_QUALI', label: 'qualifizierender Hauptschulabschluss' },
  { key: 'HAUPT_ERWEITERT', label: 'erweiterter Hauptschulabschluss' },
  { key: 'REAL', label: 'Realschulabschluss' },
  { key: 'REAL_QUALI', label: 'qualifizierender Realschulabschluss' },
  { key: 'FHR', label: 'Fachhochschulreife' },
  { key: 'ABITUR', label: 'Abitur' },
] as const;

/** KldB 2010 occupation group (Berufsgruppe): the first three digits of the five-digit code. */
export const occupationGroup = (kldb: string) => kldb.slice(0, 3);

export interface OccupationRow {
  kldb: string;
  title: string;
}

/**
 * The occupations every occupation table of a cohort lists: all that occur in the whole panel's
 * contracts or guidance wishes, sorted by code. Taken from the full panel, never from what a
 * client asked for, so that every answer for the cohort has the same rows (and the same suppression).
 */
export function occupationCatalogue(members: readonly PanelMember[]): OccupationRow[] {
  const titles = new Map<string, string>();
  for (const m of members) {
    for (const c of m.contracts) titles.set(c.kldb, c.title);
    for (const w of m.employment?.wishes ?? []) if (!titles.has(w)) titles.set(w, APPRENTICESHIP_OCCUPATION_BY_KLDB.get(w)?.title ?? w);
  }
  return [...titles].sort(([a], [b]) => a.localeCompare(b)).map(([kldb, title]) => ({ kldb, title }));
}
