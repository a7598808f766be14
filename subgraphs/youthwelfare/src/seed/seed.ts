import type { EntityManager } from '@mikro-orm/postgresql';
import type { KasselData } from '@kassel-hub/datagen';
import { insertAll } from '@kassel-hub/kit';
import { WelfareParticipation } from '../entities/welfare-participation.entity';
import type { WelfareMeasure } from '../entities/enums';

/** The youth welfare office's slice of the synthetic Kassel, written into an empty database by `npm start`. */
export async function seedYouthWelfare(em: EntityManager, data: KasselData): Promise<Record<string, number>> {
  return {
    welfareParticipations: await insertAll(
      em,
      WelfareParticipation,
      data.welfare.map((w) => ({ ...w, measure: w.measure as WelfareMeasure })),
    ),
  };
}
