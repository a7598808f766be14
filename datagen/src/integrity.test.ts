import { describe, expect, it } from 'vitest';
import { OCCUPATION_BY_KLDB } from './catalogue/occupations';
import { DATA_CUTOFF, addMonths } from './dates';
import { generate } from './generate';

const data = generate();

const pseudonyms = new Set(data.youth.map((y) => y.pseudonym));
const schools = new Map(data.schools.map((s) => [s.id, s]));
const companies = new Map(data.companies.map((c) => [c.id, c]));
const districts = new Set(data.districts.map((d) => d.code));
const occupations = new Set(data.occupations.map((o) => o.kldb));
const pupilByPseudonym = new Map(data.pupils.map((p) => [p.pseudonym, p]));
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Collects rule violations instead of calling expect() per row: tens of thousands of rows stay fast,
 * and a failure lists the first offending records by id.
 */
class Violations {
  private readonly found: string[] = [];
  check(ok: boolean, what: string): void {
    if (!ok && this.found.length < 10) this.found.push(what);
  }
  uniqueIds(rows: readonly { id: string }[], slice: string): void {
    this.check(new Set(rows.map((r) => r.id)).size === rows.length, `${slice}: duplicate ids`);
  }
  isoDate(value: string | null | undefined, what: string): void {
    if (value === null || value === undefined) return;
    // also rejects dates like 2021-02-31 that match the pattern but do not exist
    this.check(ISO_DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value, `${what}: not an ISO date (${value})`);
  }
  assertNone(): void {
    expect(this.found).toEqual([]);
  }
}

describe('referential integrity: every foreign key points at an existing record', () => {
  it('youth live in an existing district or outside Kassel (null)', () => {
    const v = new Violations();
    for (const y of data.youth) v.check(y.districtCode === null || districts.has(y.districtCode), `youth ${y.pseudonym}: district ${y.districtCode}`);
    v.assertNone();
  });

  it('pupils, one record each, refer to a young person and an existing school', () => {
    const v = new Violations();
    v.check(pupilByPseudonym.size === data.pupils.length, 'pupils: more than one record for a young person');
    for (const p of data.pupils) {
      v.check(pseudonyms.has(p.pseudonym), `pupil ${p.pseudonym}: unknown young person`);
      v.check(schools.has(p.schoolId), `pupil ${p.pseudonym}: unknown school ${p.schoolId}`);
      v.isoDate(p.leavingDate, `pupil ${p.pseudonym} leavingDate`);
    }
    v.assertNone();
  });

  it('schools and companies lie in existing districts; companies train 1–3 occupations of their own chamber', () => {
    const v = new Violations();
    for (const s of data.schools) v.check(districts.has(s.districtCode), `school ${s.id}: district ${s.districtCode}`);
    v.uniqueIds(data.companies, 'companies');
    for (const c of data.companies) {
      v.check(districts.has(c.districtCode), `company ${c.id}: district ${c.districtCode}`);
      v.check(c.occupations.length >= 1 && c.occupations.length <= 3, `company ${c.id}: ${c.occupations.length} occupations`);
      v.check(new Set(c.occupations).size === c.occupations.length, `company ${c.id}: occupation listed twice`);
      for (const k of c.occupations) v.check(OCCUPATION_BY_KLDB.get(k)?.chamber === c.chamber, `company ${c.id}: ${k} not of chamber ${c.chamber}`);
    }
    v.assertNone();
  });

  it('orientation activities belong to pupils; internships name a company that trains that occupation', () => {
    const v = new Violations();
    v.uniqueIds(data.orientation, 'orientation');
    for (const o of data.orientation) {
      v.check(pupilByPseudonym.has(o.pseudonym), `orientation ${o.id}: not a pupil`);
      v.isoDate(o.date, `orientation ${o.id} date`);
      if (o.kind === 'INTERNSHIP') {
        v.check(companies.get(o.companyId ?? '')?.occupations.includes(o.occupationKldb ?? '') === true, `orientation ${o.id}: company/occupation`);
        v.check(o.weeks !== undefined && o.weeks >= 1 && o.weeks <= 3, `orientation ${o.id}: ${o.weeks} weeks`);
      } else {
        v.check(o.companyId === undefined && o.occupationKldb === undefined && o.weeks === undefined, `orientation ${o.id}: internship fields on a Potenzialanalyse`);
      }
    }
    v.assertNone();
  });

  it('guidance contacts and applicants refer to young people and catalogued occupations', () => {
    const v = new Violations();
    v.uniqueIds(data.guidance, 'guidance');
    for (const g of data.guidance) {
      v.check(pseudonyms.has(g.pseudonym), `guidance ${g.id}: unknown young person`);
      v.check(g.wishKldb === null || occupations.has(g.wishKldb), `guidance ${g.id}: wish ${g.wishKldb}`);
      v.isoDate(g.date, `guidance ${g.id} date`);
    }
    v.uniqueIds(data.applicants, 'applicants');
    const perYear = new Set<string>();
    for (const a of data.applicants) {
      v.check(pseudonyms.has(a.pseudonym), `applicant ${a.id}: unknown young person`);
      v.check(occupations.has(a.targetKldb), `applicant ${a.id}: target ${a.targetKldb}`);
      v.check(a.registeredOn <= `${a.reportYear}-09-30`, `applicant ${a.id}: registered after the reporting year`);
      v.isoDate(a.registeredOn, `applicant ${a.id} registeredOn`);
      perYear.add(`${a.pseudonym}|${a.reportYear}`);
    }
    v.check(perYear.size === data.applicants.length, 'applicants: registered twice in one reporting year');
    v.assertNone();
  });

  it('vacancies name a company that trains the occupation, with 1–4 places and no more filled than offered', () => {
    const v = new Violations();
    v.uniqueIds(data.vacancies, 'vacancies');
    const rows = new Set<string>();
    for (const x of data.vacancies) {
      v.check(companies.get(x.companyId)?.occupations.includes(x.occupationKldb) === true, `vacancy ${x.id}: company/occupation`);
      v.check(x.places >= 1 && x.places <= 4, `vacancy ${x.id}: ${x.places} places`);
      v.check(x.filled >= 0 && x.filled <= x.places, `vacancy ${x.id}: ${x.filled} of ${x.places} filled`);
      v.check(x.reportedOn <= DATA_CUTOFF, `vacancy ${x.id}: reported after the cut-off`);
      v.isoDate(x.reportedOn, `vacancy ${x.id} reportedOn`);
      rows.add(`${x.companyId}|${x.occupationKldb}|${x.reportYear}`);
    }
    v.check(rows.size === data.vacancies.length, 'vacancies: more than one row per company, occupation and year');
    v.assertNone();
  });

  it('training contracts name a company of the right chamber that trains the occupation, and respect the cut-off', () => {
    const v = new Violations();
    v.uniqueIds(data.contracts, 'contracts');
    for (const c of data.contracts) {
      const occupation = OCCUPATION_BY_KLDB.get(c.occupationKldb);
      const company = companies.get(c.companyId);
      v.check(pseudonyms.has(c.pseudonym), `contract ${c.id}: unknown young person`);
      v.check(company?.occupations.includes(c.occupationKldb) === true, `contract ${c.id}: company does not train ${c.occupationKldb}`);
      v.check(c.chamber === occupation?.chamber && c.chamber === company?.chamber, `contract ${c.id}: chamber ${c.chamber}`);
      v.check(c.startDate <= DATA_CUTOFF, `contract ${c.id}: starts after the cut-off`);
      v.check(occupation !== undefined && c.plannedEndDate === addMonths(c.startDate, occupation.durationMonths), `contract ${c.id}: planned end`);
      v.isoDate(c.startDate, `contract ${c.id} startDate`);
      v.isoDate(c.terminatedOn, `contract ${c.id} terminatedOn`);
      if (c.terminatedOn !== null) {
        v.check(c.terminatedOn > c.startDate && c.terminatedOn < c.plannedEndDate, `contract ${c.id}: terminated outside the contract period`);
        v.check(c.terminatedOn <= DATA_CUTOFF, `contract ${c.id}: terminated after the cut-off`);
        v.check(c.terminationReason !== null, `contract ${c.id}: termination without reason`);
      } else {
        v.check(c.terminationReason === null, `contract ${c.id}: reason without termination`);
      }
    }
    v.assertNone();
  });

  it('a second contract starts only after the first was terminated, within twelve months', () => {
    const v = new Violations();
    const byPerson = new Map<string, (typeof data.contracts)[number][]>();
    for (const c of data.contracts) byPerson.set(c.pseudonym, [...(byPerson.get(c.pseudonym) ?? []), c]);
    for (const [pseudonym, list] of byPerson) {
      v.check(list.length <= 2, `${pseudonym}: ${list.length} contracts`);
      const [first, second] = list;
      if (!first || !second) continue;
      v.check(first.terminatedOn !== null, `${pseudonym}: second contract without termination of the first`);
      if (first.terminatedOn === null) continue;
      v.check(second.startDate > first.terminatedOn && second.startDate <= addMonths(first.terminatedOn, 12), `${pseudonym}: re-entry on ${second.startDate}`);
    }
    v.assertNone();
  });

  it('only those whose destination is an apprenticeship hold contracts, and all of them do', () => {
    const v = new Violations();
    const withContract = new Set(data.contracts.map((c) => c.pseudonym));
    for (const y of data.youth) v.check(withContract.has(y.pseudonym) === (y.destination === 'APPRENTICESHIP'), `${y.pseudonym}: ${y.destination}`);
    v.assertNone();
  });

  it('measures refer to young people; BÜA only from 2025; AsA flex only for apprentices', () => {
    const v = new Violations();
    v.uniqueIds(data.measures, 'measures');
    const apprentices = new Set(data.contracts.map((c) => c.pseudonym));
    for (const m of data.measures) {
      v.check(pseudonyms.has(m.pseudonym), `measure ${m.id}: unknown young person`);
      v.isoDate(m.start, `measure ${m.id} start`);
      v.isoDate(m.end, `measure ${m.id} end`);
      v.check(m.start <= DATA_CUTOFF, `measure ${m.id}: starts after the cut-off`);
      v.check(m.end === null || m.end > m.start, `measure ${m.id}: ends before it starts`);
      if (m.measure === 'BUEA') v.check(m.start >= '2025-08-01', `measure ${m.id}: BÜA before 2025`);
      if (m.measure === 'ASA_FLEX') v.check(apprentices.has(m.pseudonym), `measure ${m.id}: AsA flex without a contract`);
    }
    v.assertNone();
  });

  it('transition cases belong to pupils of the school they name, which has a transition manager; two managers per school', () => {
    const v = new Violations();
    v.uniqueIds(data.cases, 'cases');
    const managersBySchool = new Map<string, Set<string>>();
    for (const c of data.cases) {
      v.check(schools.get(c.schoolId)?.hasTransitionManager === true, `case ${c.id}: school without transition manager`);
      v.check(pupilByPseudonym.get(c.pseudonym)?.schoolId === c.schoolId, `case ${c.id}: not a pupil of ${c.schoolId}`);
      v.check(/^tm-(0[1-9]|1[0-6])$/.test(c.manager), `case ${c.id}: manager ${c.manager}`);
      v.isoDate(c.openedOn, `case ${c.id} openedOn`);
      v.isoDate(c.closedOn, `case ${c.id} closedOn`);
      managersBySchool.set(c.schoolId, (managersBySchool.get(c.schoolId) ?? new Set()).add(c.manager));
    }
    v.assertNone();
    expect(managersBySchool.size).toBe(8);
    for (const managers of managersBySchool.values()) expect(managers.size).toBe(2);
    expect(new Set([...managersBySchool.values()].flatMap((s) => [...s])).size).toBe(16);
  });

  it('welfare participations refer to young people', () => {
    const v = new Violations();
    v.uniqueIds(data.welfare, 'welfare');
    for (const w of data.welfare) {
      v.check(pseudonyms.has(w.pseudonym), `welfare ${w.id}: unknown young person`);
      v.check(w.end === null || w.end > w.start, `welfare ${w.id}: ends before it starts`);
      v.isoDate(w.start, `welfare ${w.id} start`);
      v.isoDate(w.end, `welfare ${w.id} end`);
    }
    v.assertNone();
  });
});

describe('consistency of a young person across partners', () => {
  it('birth year fits the leaving cohort and qualification (leaving age 15–19, Abitur at 18 or later)', () => {
    const v = new Violations();
    const birthYear = new Map(data.youth.map((y) => [y.pseudonym, y.birthYear]));
    for (const p of data.pupils) {
      const age = p.cohortYear - birthYear.get(p.pseudonym)!;
      v.check(age >= 15 && age <= 19, `${p.pseudonym}: leaving age ${age}`);
      if (p.qualification === 'ABITUR') v.check(age >= 18, `${p.pseudonym}: Abitur at ${age}`);
    }
    v.assertNone();
  });

  it('pupils leave school in June or July of their cohort year', () => {
    const v = new Violations();
    for (const p of data.pupils) {
      v.check(p.leavingDate.startsWith(`${p.cohortYear}-06`) || p.leavingDate.startsWith(`${p.cohortYear}-07`), `${p.pseudonym}: left on ${p.leavingDate}`);
    }
    v.assertNone();
  });

  it('first contracts start on 1 August or 1 September of the leaving year', () => {
    const v = new Violations();
    const seen = new Set<string>();
    for (const c of data.contracts) {
      if (seen.has(c.pseudonym)) continue;
      seen.add(c.pseudonym);
      v.check(['08-01', '09-01'].includes(c.startDate.slice(5)), `contract ${c.id}: starts ${c.startDate}`);
      const pupil = pupilByPseudonym.get(c.pseudonym);
      if (pupil) v.check(c.startDate.startsWith(String(pupil.cohortYear)), `contract ${c.id}: not in the leaving year`);
    }
    v.assertNone();
  });

  it('cases open in the autumn before leaving; closed cases (earlier cohorts) carry an outcome matching the destination', () => {
    const v = new Violations();
    const latest = Math.max(...data.cohortYears);
    const destination = new Map(data.youth.map((y) => [y.pseudonym, y.destination]));
    const expected: Record<string, string[]> = {
      APPRENTICESHIP: ['APPRENTICESHIP'],
      TRANSITION_SYSTEM: ['TRANSITION_SYSTEM'],
      FURTHER_SCHOOL: ['FURTHER_SCHOOL'],
      UNIVERSITY: ['FURTHER_SCHOOL'],
      OTHER: ['OTHER', 'MOVED_AWAY'],
      UNKNOWN: ['DROPPED_OUT', 'MOVED_AWAY'],
    };
    for (const c of data.cases) {
      const pupil = pupilByPseudonym.get(c.pseudonym)!;
      v.check(c.openedOn >= `${pupil.cohortYear - 1}-09-01` && c.openedOn <= `${pupil.cohortYear - 1}-11-30`, `case ${c.id}: opened ${c.openedOn}`);
      if (pupil.cohortYear === latest) {
        v.check(c.closedOn === null && c.outcome === null, `case ${c.id}: latest cohort but closed`);
      } else {
        v.check(c.closedOn !== null && c.closedOn > pupil.leavingDate && c.closedOn <= DATA_CUTOFF, `case ${c.id}: closed ${c.closedOn}`);
        v.check(expected[destination.get(c.pseudonym)!]!.includes(c.outcome ?? ''), `case ${c.id}: outcome ${c.outcome}`);
      }
    }
    v.assertNone();
  });

  it('applicant outcomes agree with the destination (only apprentices are placed; apprentices are not in an alternative)', () => {
    const v = new Violations();
    const destination = new Map(data.youth.map((y) => [y.pseudonym, y.destination]));
    for (const a of data.applicants) {
      const d = destination.get(a.pseudonym);
      if (a.outcome === 'PLACED') v.check(d === 'APPRENTICESHIP', `applicant ${a.id}: placed but ${d}`);
      if (d === 'APPRENTICESHIP') v.check(a.outcome !== 'ALTERNATIVE_SEARCHING' && a.outcome !== 'OTHER_FORMER', `applicant ${a.id}: apprentice in an alternative`);
    }
    v.assertNone();
  });
});
