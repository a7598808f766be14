import { addDays } from '../dates';
import type { KasselData, Pupil, Qualification } from '../types';
import { germanDate } from './german-csv';
import { QUALIFICATION_LABEL } from '@kassel-hub/reference';
import { sample, type SampleExport } from './sample-export';

/** A late exam result turns a plain into a qualifying certificate: the typical correction. */
const UPGRADE: Partial<Record<Qualification, Qualification>> = { HAUPT: 'HAUPT_QUALI', REAL: 'REAL_QUALI' };

/** The newest cohort at the schools with a transition manager, in school and pseudonym order. */
function newestLeavers(world: KasselData): Pupil[] {
  const cohort = Math.max(...world.cohortYears);
  const schools = new Set(world.schools.filter((s) => s.hasTransitionManager).map((s) => s.id));
  return world.pupils
    .filter((p) => p.cohortYear === cohort && schools.has(p.schoolId))
    .sort((a, b) => a.schoolId.localeCompare(b.schoolId) || a.pseudonym.localeCompare(b.pseudonym));
}

/**
 * The leaving-class list (Abgangsklassenliste): who is expected to leave, and when. The seed holds
 * every leaver's list entry with the expected date equal to the actual one; three entries here
 * carry a corrected expected date (the certificates were handed out a week later).
 */
export function leavingClassListSample(world: KasselData): SampleExport {
  const schoolName = new Map(world.schools.map((s) => [s.id, s.name]));
  const pupils = newestLeavers(world);
  const corrected = new Set([10, 60, 110].filter((i) => i < pupils.length));
  const rows = pupils.map((p, i) => [
    p.pseudonym,
    p.schoolId,
    schoolName.get(p.schoolId)!,
    String(p.cohortYear),
    germanDate(corrected.has(i) ? addDays(p.leavingDate, 7) : p.leavingDate),
  ]);
  const header = ['Pseudonym', 'Schulnummer', 'Schule', 'Abgangsjahr', 'Voraussichtliches Abgangsdatum'];
  return sample('schools', 'leaving-class-list', 'windows-1252', { header, rows }, 0, corrected.size);
}

/**
 * The leaving results (Abgangsergebnisse) of the same pupils: two late exam results upgrade the
 * qualification, one leaving date is a day earlier than first recorded.
 */
export function leavingResultsSample(world: KasselData): SampleExport {
  const pupils = newestLeavers(world);
  const upgraded = new Set(pupils.map((p, i) => (UPGRADE[p.qualification] ? i : -1)).filter((i) => i >= 0).slice(0, 2));
  const earlier = pupils.findIndex((p, i) => !upgraded.has(i) && i > 30 && p.leavingDate.slice(5) > '06-21');
  const rows = pupils.map((p, i) => [
    p.pseudonym,
    p.schoolId,
    String(p.cohortYear),
    germanDate(i === earlier ? addDays(p.leavingDate, -1) : p.leavingDate),
    QUALIFICATION_LABEL[upgraded.has(i) ? UPGRADE[p.qualification]! : p.qualification],
  ]);
  const header = ['Pseudonym', 'Schulnummer', 'Abgangsjahr', 'Abgangsdatum', 'Abschluss'];
  return sample('schools', 'leaving-results', 'utf8-bom', { header, rows }, 0, upgraded.size + (earlier >= 0 ? 1 : 0));
}
