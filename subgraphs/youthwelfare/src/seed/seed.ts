import type { EntityManager } from '@mikro-orm/postgresql';
import type { KasselData } from '@kassel-hub/datagen';
import { insertAll } from '@kassel-hub/kit';
import { YouthWelfareRecord } from '../entities/youth-welfare-record.entity';

/** The youth welfare office (Jugendamt, SGB VIII)'s slice of the synthetic Kassel, written into an empty database by `npm start`. */
export async function seedYouthWelfare(em: EntityManager, data: KasselData): Promise<Record<string, number>> {
  return { youthWelfareRecords: await insertAll(em, YouthWelfareRecord, recordsOf(data)) };
}

/** The generator (datagen) has no slice for a new partner: give it a build step there and map its rows here. */
function recordsOf(_data: KasselData): { id: string; pseudonym: string; recordedOn: string }[] {
  return [];
}
