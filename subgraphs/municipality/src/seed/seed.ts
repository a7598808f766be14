import type { EntityManager } from '@mikro-orm/postgresql';
import { generatedWorld, type KasselData } from '@kassel-hub/datagen';
import { insertAll, type SeedOptions } from '@kassel-hub/kit';
import { District } from '../entities/district.entity';
import { YouthRecord } from '../entities/youth-record.entity';
import { TransitionCase } from '../entities/transition-case.entity';
import { TransitionManagerSchool } from '../entities/transition-manager-school.entity';
import { TransitionManager } from '../entities/transition-manager.entity';
import { TRANSITION_MANAGERS } from '@kassel-hub/datagen';
import { ConsentGiver, type CaseOutcome } from '../entities/enums';
import { Consent } from '../entities/consent.entity';
import { DataCategory } from '@kassel-hub/kit';
import { SELF_CONSENT_AGE } from '../resolvers/consent.resolver';
import { unreleasableParts } from '../consent-releasable';

/**
 * The case-work consent form has two parts, as the owners' release rules ask: what every partner at
 * the case conference may receive, and what goes to the coordination office alone (SGB II receipt,
 * youth welfare measures; docs/partners.md). Seeded as two consents, as the register records them.
 */
const CONFERENCE: Consent['recipients'] = ['schools', 'employment', 'chambers', 'coordination'];
const COORDINATION_ONLY: Consent['recipients'] = ['coordination'];
const releasable = (recipients: Consent['recipients'], c: DataCategory) => unreleasableParts('TRANSITION_SUPPORT', recipients, [c]).length === 0;
const conferenceCategories = Object.values(DataCategory).filter((c) => releasable(CONFERENCE, c));
const coordinationCategories = Object.values(DataCategory).filter((c) => !conferenceCategories.includes(c) && releasable(COORDINATION_ONLY, c));

/** Both parts of a case-work consent; the second's id differs from the first's in its fourth group (8000 → 8001). */
function bothParts<T extends { id: string }>(consent: T): (T & { recipients: Consent['recipients']; categories: DataCategory[] })[] {
  const [a, b, c, d, e] = consent.id.split('-');
  const second = `${a}-${b}-${c}-${d!.slice(0, 3)}1-${e}`;
  return [
    { ...consent, recipients: CONFERENCE, categories: conferenceCategories },
    { ...consent, id: second, recipients: COORDINATION_ONLY, categories: coordinationCategories },
  ];
}

/** Share of leavers who join their cohort's monitoring panel (asked at school, before leaving). */
export const PANEL_SHARE = 0.85;

/** Deterministic membership: a pseudonym's own random characters decide, nothing about the person. */
export const joinsPanel = (pseudonym: string) => {
  let h = 0;
  for (const ch of pseudonym) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h % 1000 < PANEL_SHARE * 1000;
};

/** A cohort's monitoring consents run ten years, to the end of April (asked for on 1 May of the leaving year). */
export const monitoringValidUntil = (cohortYear: number) => `${cohortYear + 10}-04-30`;

/** Monitoring consents: the panel of each leaving cohort, released to the coordination office only. */
function monitoringConsents(data: KasselData) {
  const birthYear = new Map(data.youth.map((y) => [y.pseudonym, y.birthYear]));
  return data.pupils.filter((p) => joinsPanel(p.pseudonym)).map((p, i) => {
    const age = p.cohortYear - (birthYear.get(p.pseudonym) ?? p.cohortYear - 16);
    return {
      id: `00000000-0000-4000-9000-${String(i + 1).padStart(12, '0')}`,
      pseudonym: p.pseudonym,
      purpose: 'MONITORING' as const,
      recipients: ['coordination'] as Consent['recipients'],
      categories: Object.values(DataCategory),
      validFrom: `${p.cohortYear}-05-01`,
      validUntil: monitoringValidUntil(p.cohortYear),
      givenBy: age >= SELF_CONSENT_AGE ? ConsentGiver.YOUNG_PERSON : ConsentGiver.GUARDIAN,
      ageAtConsent: age,
      cohortYear: p.cohortYear,
      recordedAt: new Date(`${p.cohortYear}-05-01T10:00:00Z`),
      recordedBy: 'school-survey',
      withdrawnAt: null,
      withdrawnBy: null,
    };
  });
}

/** Share of leavers without a case, at a school with transition managers, who consent at leaving to being followed up. */
export const LEAVING_CONSENT_SHARE = 0.7;

/** Deterministic, like `joinsPanel`, but from another mix of the pseudonym's characters (the two are independent). */
export const consentsAtLeaving = (pseudonym: string) => {
  let h = 7;
  for (const ch of pseudonym) h = (h * 131 + ch.charCodeAt(0) * 17) >>> 0;
  return (h >>> 7) % 1000 < LEAVING_CONSENT_SHARE * 1000;
};

/**
 * TRANSITION_SUPPORT consents the schools record at leaving: a leaver of a school with transition
 * managers who has no case there may still agree that the city's managers contact them if no
 * partner hears of them afterwards ("no one gets lost"). Runs for two years from leaving.
 */
function consentsOfLeavers(data: KasselData) {
  const birthYear = new Map(data.youth.map((y) => [y.pseudonym, y.birthYear]));
  const managed = new Set(data.schools.filter((s) => s.hasTransitionManager).map((s) => s.id));
  const withCase = new Set(data.cases.map((c) => c.pseudonym));
  return data.pupils
    .filter((p) => managed.has(p.schoolId) && !withCase.has(p.pseudonym) && consentsAtLeaving(p.pseudonym))
    .flatMap((p, i) => {
      const age = p.cohortYear - (birthYear.get(p.pseudonym) ?? p.cohortYear - 16);
      return bothParts({
        id: `00000000-0000-4000-a000-${String(i + 1).padStart(12, '0')}`,
        pseudonym: p.pseudonym,
        purpose: 'TRANSITION_SUPPORT' as const,
        validFrom: p.leavingDate,
        validUntil: `${Number(p.leavingDate.slice(0, 4)) + 2}${p.leavingDate.slice(4)}`,
        givenBy: age >= SELF_CONSENT_AGE ? ConsentGiver.YOUNG_PERSON : ConsentGiver.GUARDIAN,
        ageAtConsent: age,
        recordedAt: new Date(`${p.leavingDate}T10:00:00Z`),
        recordedBy: `school:${p.schoolId}`,
        cohortYear: null,
        withdrawnAt: null,
        withdrawnBy: null,
      });
    });
}

/** Transition managers ask for consent when they open a case; it runs for three years. */
function consentsOfCases(data: KasselData) {
  const birthYear = new Map(data.youth.map((y) => [y.pseudonym, y.birthYear]));
  return data.cases.flatMap((c, i) => {
    const from = c.openedOn;
    const until = `${Number(from.slice(0, 4)) + 3}${from.slice(4)}`;
    const age = Number(from.slice(0, 4)) - (birthYear.get(c.pseudonym) ?? 2000);
    return bothParts({
      // Deterministic ids, so that every seeded installation names the same consents.
      id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
      pseudonym: c.pseudonym,
      purpose: 'TRANSITION_SUPPORT' as const,
      validFrom: from,
      validUntil: until,
      givenBy: age >= SELF_CONSENT_AGE ? ConsentGiver.YOUNG_PERSON : ConsentGiver.GUARDIAN,
      ageAtConsent: Math.max(age, 10),
      recordedAt: new Date(`${from}T10:00:00Z`),
      recordedBy: c.manager,
      cohortYear: null,
      withdrawnAt: null,
      withdrawnBy: null,
    });
  });
}

/** The city's slice: districts, the pseudonym register, transition cases and the consent register (youth-welfare measures are the youth welfare office's). */
export async function seedMunicipality(em: EntityManager, options: SeedOptions): Promise<Record<string, number>> {
  const data = generatedWorld(options);
  const managersPerSchool = new Map<string, Set<string>>();
  for (const c of data.cases) {
    const set = managersPerSchool.get(c.schoolId) ?? new Set<string>();
    set.add(c.manager);
    managersPerSchool.set(c.schoolId, set);
  }
  // A pseudonym is registered when the city first works with the young person's data; the
  // generator's world has no consent dates yet, so the first of July of the leaving year stands in.
  const firstYear = Math.min(...data.cohortYears);
  return {
    districts: await insertAll(em, District, data.districts.map(({ risk: _risk, ...d }) => d)),
    youth: await insertAll(
      em,
      YouthRecord,
      data.youth.map((y) => ({
        pseudonym: y.pseudonym,
        districtCode: y.districtCode,
        registeredOn: `${Math.max(firstYear - 1, y.birthYear + 15)}-07-01`,
        sex: y.sex,
        nationalityGroup: y.nationalityGroup,
        birthYear: y.birthYear,
      })),
    ),
    transitionManagerSchools: await insertAll(
      em,
      TransitionManagerSchool,
      data.schools.filter((s) => s.hasTransitionManager).map((s) => ({ schoolId: s.id, managers: managersPerSchool.get(s.id)?.size ?? 2 })),
    ),
    cases: await insertAll(
      em,
      TransitionCase,
      data.cases.map((c) => ({ ...c, outcome: c.outcome as CaseOutcome | null })),
    ),
    transitionManagers: await insertAll(em, TransitionManager, TRANSITION_MANAGERS.map((m) => ({ ...m }))),
    consents: await insertAll(em, Consent, [...consentsOfCases(data), ...consentsOfLeavers(data), ...monitoringConsents(data)]),
  };
}
