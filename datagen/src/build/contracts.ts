import { OCCUPATION_BY_KLDB, OCCUPATION_PROFILES } from '../catalogue/occupations';
import { DATA_CUTOFF, addDays, addMonths, daysBetween } from '../dates';
import type { Random } from '../random';
import type { Company, Qualification, TerminationReason, TrainingContract } from '../types';
import { idSequence } from './ids';
import { qualificationLevel } from './model';
import { chooseOccupation } from './occupation-choice';
import type { Person } from './people';

/** a company rarely trains more than four apprentices in one occupation per year */
const MAX_PER_COMPANY_OCCUPATION_YEAR = 4;
const RE_ENTRY_SHARE = 0.5;

/** early terminations are more frequent with a lower school qualification (BIBB) */
const TERMINATION_BY_QUALIFICATION: Record<Qualification, number> = {
  NONE: 1.6,
  FOERDER: 1.5,
  HAUPT: 1.4,
  HAUPT_QUALI: 1.3,
  HAUPT_ERWEITERT: 1.2,
  REAL: 1.1,
  REAL_QUALI: 1.0,
  FHR: 0.85,
  ABITUR: 0.75,
};

const REASONS: readonly TerminationReason[] = ['BY_TRAINEE', 'BY_EMPLOYER', 'MUTUAL', 'OTHER'];
const REASON_WEIGHTS = [0.45, 0.2, 0.3, 0.05];

/** The training year a contract belongs to: reporting years end on 30 September. */
export function reportYearOf(startDate: string): number {
  const year = Number(startDate.slice(0, 4));
  return Number(startDate.slice(5, 7)) >= 10 ? year + 1 : year;
}

/** Places apprentices with companies, spreading them so no company exceeds its usual intake. */
class Placement {
  private readonly byOccupation = new Map<string, Company[]>();
  private readonly intake = new Map<string, number>();

  constructor(
    private readonly random: Random,
    companies: readonly Company[],
  ) {
    for (const c of companies) {
      for (const k of c.occupations) {
        const list = this.byOccupation.get(k) ?? [];
        list.push(c);
        this.byOccupation.set(k, list);
      }
    }
  }

  trains(kldb: string): boolean {
    return (this.byOccupation.get(kldb)?.length ?? 0) > 0;
  }

  place(kldb: string, reportYear: number, avoidCompanyId?: string): Company {
    const candidates = this.byOccupation.get(kldb)!;
    const hasRoom = (c: Company) => c.id !== avoidCompanyId && (this.intake.get(`${c.id}|${kldb}|${reportYear}`) ?? 0) < MAX_PER_COMPANY_OCCUPATION_YEAR;
    let chosen: Company | undefined;
    for (let attempt = 0; attempt < 8 && !chosen; attempt++) {
      const c = this.random.pick(candidates);
      if (hasRoom(c)) chosen = c;
    }
    if (!chosen) {
      const offset = this.random.int(0, candidates.length - 1);
      for (let i = 0; i < candidates.length && !chosen; i++) {
        const c = candidates[(offset + i) % candidates.length]!;
        if (hasRoom(c)) chosen = c;
      }
    }
    chosen ??= this.random.pick(candidates); // every company is full: overbook rather than fail
    const key = `${chosen.id}|${kldb}|${reportYear}`;
    this.intake.set(key, (this.intake.get(key) ?? 0) + 1);
    return chosen;
  }
}

/**
 * Training contracts for everyone whose destination is an apprenticeship, with early terminations
 * (Vertragslösungen) and, for about half of those, a second contract within twelve months.
 * Nothing starts or ends after the data cut-off: later terminations are simply not known yet.
 */
export function buildContracts(random: Random, people: readonly Person[], companies: readonly Company[]): TrainingContract[] {
  const placement = new Placement(random, companies);
  const nextId = idSequence('T', 6);
  const contracts: TrainingContract[] = [];

  const sign = (person: Person, kldb: string, startDate: string, hazardFactor: number, avoidCompanyId?: string): TrainingContract => {
    const occupation = OCCUPATION_BY_KLDB.get(kldb)!;
    const company = placement.place(kldb, reportYearOf(startDate), avoidCompanyId);
    const plannedEndDate = addMonths(startDate, occupation.durationMonths);
    const hazard = OCCUPATION_PROFILES[kldb]!.termination * TERMINATION_BY_QUALIFICATION[person.qualification] * (1 + 0.4 * (person.risk - 0.3)) * hazardFactor;
    let terminatedOn: string | null = null;
    if (random.chance(Math.min(0.9, hazard))) {
      const date = addDays(startDate, terminationDay(random, daysBetween(startDate, plannedEndDate)));
      if (date <= DATA_CUTOFF) terminatedOn = date;
    }
    const contract: TrainingContract = {
      id: nextId(),
      pseudonym: person.youth.pseudonym,
      companyId: company.id,
      occupationKldb: kldb,
      chamber: occupation.chamber,
      startDate,
      plannedEndDate,
      terminatedOn,
      terminationReason: terminatedOn ? random.weighted(REASONS, REASON_WEIGHTS) : null,
    };
    contracts.push(contract);
    return contract;
  };

  for (const person of people) {
    if (person.youth.destination !== 'APPRENTICESHIP') continue;
    const startDate = random.chance(0.55) ? `${person.cohortYear}-08-01` : `${person.cohortYear}-09-01`;
    if (startDate > DATA_CUTOFF || !placement.trains(person.occupation)) continue;
    const first = sign(person, person.occupation, startDate, 1);
    if (!first.terminatedOn || !random.chance(RE_ENTRY_SHARE)) continue;

    // re-entry: a new contract on the first of a month within twelve months, often in another occupation
    const restart = firstOfNextMonth(addDays(first.terminatedOn, random.int(0, 330)));
    if (restart > DATA_CUTOFF) continue;
    const kldb = random.chance(0.5) ? first.occupationKldb : chooseOccupation(random, person.youth.sex, qualificationLevel(person.qualification), 'contract');
    if (placement.trains(kldb)) sign(person, kldb, restart, 0.8, first.companyId);
  }
  return contracts;
}

/** Most terminations happen in the probation period or the first year; few just before the exam. */
function terminationDay(random: Random, durationDays: number): number {
  if (random.chance(0.35)) return random.int(7, 120);
  const span = Math.max(1, durationDays - 150);
  return 121 + Math.floor(Math.pow(random.float(), 1.8) * span);
}

function firstOfNextMonth(iso: string): string {
  return addMonths(`${iso.slice(0, 7)}-01`, 1);
}
