import type { EntityManager } from '@mikro-orm/postgresql';
import { generatedWorld } from '@kassel-hub/datagen';
import { insertAll, type SeedOptions } from '@kassel-hub/kit';
import { GuidanceContact } from '../entities/guidance-contact.entity';
import { Applicant } from '../entities/applicant.entity';
import { Vacancy } from '../entities/vacancy.entity';
import { MeasureParticipation } from '../entities/measure-participation.entity';
import { Sgb2Household } from '../entities/sgb2-household.entity';
import { LABOUR_MARKET_SOURCE, LabourMarketFigure } from '../entities/labour-market-figure.entity';
import { GuidanceChannel, type ApplicantOutcome, type EmploymentMeasure, type LabourMarketIndicator, type LegalScope } from '../entities/enums';

/**
 * The employment agency's and Jobcenter's slice: guidance, applicants, vacancies, measures, the
 * SGB II flag and the official labour-market figures.
 */
export async function seedEmployment(em: EntityManager, options: SeedOptions): Promise<Record<string, number>> {
  const data = generatedWorld(options);
  // A counsellor's consultation hour takes place at the young person's own school; the agency
  // records which one. Those who left a school outside Kassel have no school here.
  const schoolOf = new Map(data.pupils.map((p) => [p.pseudonym, p.schoolId]));
  return {
    guidance: await insertAll(
      em,
      GuidanceContact,
      data.guidance.map((g) => ({
        id: g.id,
        pseudonym: g.pseudonym,
        date: g.date,
        channel: g.channel as GuidanceChannel,
        wishKldb: g.wishKldb,
        schoolId: g.channel === GuidanceChannel.SCHOOL_CONSULTATION_HOUR ? (schoolOf.get(g.pseudonym) ?? null) : null,
        note: g.note,
      })),
    ),
    applicants: await insertAll(
      em,
      Applicant,
      data.applicants.map((a) => ({ ...a, outcome: a.outcome as ApplicantOutcome })),
    ),
    vacancies: await insertAll(em, Vacancy, data.vacancies.map((v) => ({ ...v }))),
    measures: await insertAll(
      em,
      MeasureParticipation,
      data.measures.map((m) => ({ ...m, measure: m.measure as EmploymentMeasure })),
    ),
    sgb2Households: await insertAll(
      em,
      Sgb2Household,
      data.youth.filter((y) => y.sgb2).map((y) => ({ pseudonym: y.pseudonym })),
    ),
    labourMarketFigures: await insertAll(
      em,
      LabourMarketFigure,
      data.labourMarket.map((f) => ({
        period: f.period,
        indicator: f.indicator as LabourMarketIndicator,
        scope: f.scope as LegalScope,
        value: f.value,
        source: LABOUR_MARKET_SOURCE,
      })),
    ),
  };
}
