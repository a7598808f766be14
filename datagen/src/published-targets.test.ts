import { describe, expect, it } from 'vitest';
import { qualificationLevel } from './build/model';
import {
  ABITUR_APPRENTICESHIP_MAX,
  ABITUR_UNIVERSITY_MIN,
  APPLICANTS_PER_PLACE,
  DESTINATION_TARGETS,
  TRANSITION_SYSTEM_LOW_VS_MIDDLE_MIN,
  type TargetRange,
} from './catalogue/published-targets';
import { generate } from './generate';
import type { Destination, SchoolType, Youth } from './types';

/**
 * The coordination office compares its reports with the published figures; a generator that drifts
 * away from them (say, 41 % direct transition into apprenticeship where comparable cities report
 * 20–35 %) would make every report on the synthetic Kassel misleading. All shares are computed
 * from the generated records; the ranges and their sources live in catalogue/published-targets.ts.
 */
const data = generate();
const youthBy = new Map(data.youth.map((y) => [y.pseudonym, y]));
const schoolType = new Map(data.schools.map((s) => [s.id, s.type]));

const shareOf = (rows: readonly Youth[], d: Destination) => rows.filter((y) => y.destination === d).length / rows.length;
const leaversOf = (type: SchoolType) => data.pupils.filter((p) => schoolType.get(p.schoolId) === type).map((p) => youthBy.get(p.pseudonym)!);
const within = (value: number, range: TargetRange) => {
  expect(value, `${value.toFixed(3)} outside ${range.min}–${range.max} (${range.source})`).toBeGreaterThanOrEqual(range.min);
  expect(value, `${value.toFixed(3)} outside ${range.min}–${range.max} (${range.source})`).toBeLessThanOrEqual(range.max);
};

describe('the generated cohorts match the published transition figures (datagen/SOURCES.md)', () => {
  it('sends 20–35 % of a cohort directly into a dual apprenticeship, as BIBB and comparable cities report', () => {
    within(shareOf(data.youth, 'APPRENTICESHIP'), DESTINATION_TARGETS.APPRENTICESHIP);
    // every cohort, not only the average: a report is read one cohort at a time
    for (const year of data.cohortYears) {
      const cohort = data.pupils.filter((p) => p.cohortYear === year).map((p) => youthBy.get(p.pseudonym)!);
      within(shareOf(cohort, 'APPRENTICESHIP'), DESTINATION_TARGETS.APPRENTICESHIP);
    }
  });

  it('keeps the transition system, further school and university within their documented ranges', () => {
    within(shareOf(data.youth, 'TRANSITION_SYSTEM'), DESTINATION_TARGETS.TRANSITION_SYSTEM);
    within(shareOf(data.youth, 'FURTHER_SCHOOL'), DESTINATION_TARGETS.FURTHER_SCHOOL);
    within(shareOf(data.youth, 'UNIVERSITY'), DESTINATION_TARGETS.UNIVERSITY);
  });

  it('sends Gymnasium leavers and Abitur holders mostly to university, far more often than into an apprenticeship', () => {
    const gymnasium = leaversOf('GYMNASIUM');
    expect(shareOf(gymnasium, 'UNIVERSITY')).toBeGreaterThan(2 * shareOf(gymnasium, 'APPRENTICESHIP'));
    const abitur = data.pupils.filter((p) => p.qualification === 'ABITUR').map((p) => youthBy.get(p.pseudonym)!);
    expect(shareOf(abitur, 'UNIVERSITY')).toBeGreaterThan(ABITUR_UNIVERSITY_MIN);
    expect(shareOf(abitur, 'APPRENTICESHIP')).toBeLessThan(ABITUR_APPRENTICESHIP_MAX);
  });

  it('sends leavers with at most a Hauptschulabschluss into the transition system far more often than those with a mittlerer Abschluss', () => {
    const atLevel = (level: 1 | 2) => data.pupils.filter((p) => qualificationLevel(p.qualification) === level).map((p) => youthBy.get(p.pseudonym)!);
    expect(shareOf(atLevel(1), 'TRANSITION_SYSTEM')).toBeGreaterThan(TRANSITION_SYSTEM_LOW_VS_MIDDLE_MIN * shareOf(atLevel(2), 'TRANSITION_SYSTEM'));
    // and the school types follow: Hauptschule above Realschule above Gymnasium
    const ts = (type: SchoolType) => shareOf(leaversOf(type), 'TRANSITION_SYSTEM');
    expect(ts('HAUPTSCHULE')).toBeGreaterThan(ts('REALSCHULE'));
    expect(ts('REALSCHULE')).toBeGreaterThan(ts('GYMNASIUM'));
  });

  it('registers about as many applicants per reported place as the BA counted in the Stadt Kassel in 2024/25 (1,289 ÷ 1,416)', () => {
    const places = (year?: number) => data.vacancies.filter((v) => year === undefined || v.reportYear === year).reduce((s, v) => s + v.places, 0);
    const applicants = (year?: number) => data.applicants.filter((a) => year === undefined || a.reportYear === year).length;
    within(applicants() / places(), APPLICANTS_PER_PLACE);
    within(applicants(2025) / places(2025), APPLICANTS_PER_PLACE);
  });
});
