import type { EntityManager } from '@mikro-orm/postgresql';
import { generatedWorld } from '@kassel-hub/datagen';
import { insertAll, type SeedOptions } from '@kassel-hub/kit';
import { WelfareParticipation } from '../entities/welfare-participation.entity';
import type { WelfareMeasure } from '../entities/enums';

/** The youth welfare office's slice of the synthetic Kassel, written into an empty database by `npm start`. */
export async function seedYouthWelfare(em: EntityManager, options: SeedOptions): Promise<Record<string, number>> {
  const data = generatedWorld(options);
  return {
    welfareParticipations: await insertAll(
      em,
      WelfareParticipation,
      data.welfare.map((w) => ({ ...w, measure: w.measure as WelfareMeasure })),
    ),
  };
}
