import { OCCUPATION_BY_KLDB, type KasselData } from '@kassel-hub/datagen';
import { joinsPanel } from '../seed/seed';
import type { PanelMember } from './panel';

/*
 * The panel members of a cohort as the partners would hand them to the city's reports, built
 * straight from the generated world (what each partner's seed stores of it), for unit tests of the
 * report functions without databases. Not part of the build (excluded like the tests).
 */
const SECTORS = new Set(['APPRENTICESHIP', 'TRANSITION_SYSTEM', 'FURTHER_SCHOOL', 'UNIVERSITY']);

function byPerson<T extends { pseudonym: string }>(rows: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) m.set(r.pseudonym, [...(m.get(r.pseudonym) ?? []), r]);
  return m;
}

export function worldMembers(world: KasselData): (year: number) => PanelMember[] {
  const youth = new Map(world.youth.map((y) => [y.pseudonym, y]));
  const schools = new Map(world.schools.map((s) => [s.id, s]));
  const contracts = byPerson([...world.contracts].sort((a, b) => a.startDate.localeCompare(b.startDate)));
  const guidance = byPerson([...world.guidance].sort((a, b) => a.date.localeCompare(b.date)));
  const measures = byPerson([...world.measures].sort((a, b) => a.start.localeCompare(b.start)));
  const welfare = byPerson(world.welfare);
  const cases = byPerson(world.cases);
  return (year) => {
    const applicants = new Map(world.applicants.filter((a) => a.reportYear === year).map((a) => [a.pseudonym, a]));
    return world.pupils
      .filter((p) => p.cohortYear === year && joinsPanel(p.pseudonym))
      .map((p): PanelMember => {
        const y = youth.get(p.pseudonym)!;
        const school = schools.get(p.schoolId)!;
        const g = guidance.get(p.pseudonym) ?? [];
        const ms = measures.get(p.pseudonym) ?? [];
        const a = applicants.get(p.pseudonym);
        const known = g.length > 0 || a !== undefined || ms.length > 0 || y.sgb2;
        const cs = cases.get(p.pseudonym) ?? [];
        return {
          pseudonym: p.pseudonym,
          sex: y.sex,
          nationalityGroup: y.nationalityGroup,
          districtCode: y.districtCode,
          school: {
            pseudonym: p.pseudonym,
            schoolId: p.schoolId,
            schoolName: school.name,
            schoolDistrict: school.districtCode,
            qualification: p.qualification,
            nextStep: SECTORS.has(y.destination) ? y.destination : null,
            leavingDate: p.leavingDate,
          },
          contracts: (contracts.get(p.pseudonym) ?? []).map((c) => ({
            pseudonym: c.pseudonym,
            kldb: c.occupationKldb,
            title: OCCUPATION_BY_KLDB.get(c.occupationKldb)?.title ?? c.occupationKldb,
            startDate: c.startDate,
            terminatedOn: c.terminatedOn,
          })),
          employment: known
            ? {
                pseudonym: p.pseudonym,
                guided: g.length > 0,
                guidanceDates: g.map((x) => x.date),
                wishes: g.flatMap((x) => (x.wishKldb ? [x.wishKldb] : [])),
                applicantOutcome: a?.outcome ?? null,
                measures: ms.map((x) => x.measure),
                measureStarts: ms.map((x) => x.start),
                sgb2: y.sgb2,
              }
            : null,
          hasCase: cs.length > 0,
          cases: cs.map((c) => ({ openedOn: c.openedOn, closedOn: c.closedOn, outcome: c.outcome })),
          welfare: (welfare.get(p.pseudonym) ?? []).map((w) => ({ measure: w.measure, start: w.start })),
        };
      });
  };
}
