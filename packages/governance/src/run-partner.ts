import { z } from 'zod';
import { createLogger, envSchemas, readEnv, runSubgraph, type SubgraphDefinition } from '@kassel-hub/kit';
import { moveRecords, type AdoptedRecords } from './handover/move-records';

/** A handover needs both owners' URLs: the source's, and this partner's own. */
const adoptEnv = z.object({
  OWNER_DATABASE_URL: envSchemas.postgresUrl,
  SOURCE_OWNER_DATABASE_URL: envSchemas.postgresUrl,
  LOG_LEVEL: envSchemas.logLevel.default('info'),
  LOG_FORMAT: envSchemas.logFormat.default('text'),
});

export class UnknownAdoptionError extends Error {
  readonly code = 'UNKNOWN_MOVE';
}

/**
 * `node <subgraph>/dist/index.js adopt <move>`: the deploy step that hands over records the law
 * gave this partner (its manifest's `adopts`), as both databases' owners, after this partner's
 * migrations and before the source's (whose migration drops the table and refuses while a record
 * is left). Harmless when there is nothing left to move. `npm run move` does the same for a checkout.
 */
async function adoptCommand<L>(def: SubgraphDefinition<L>, adopts: readonly AdoptedRecords[], name: string | undefined): Promise<void> {
  const adopted = adopts.find((a) => a.name === name);
  if (!adopted) throw new UnknownAdoptionError(`usage: adopt <${adopts.map((a) => a.name).join('|') || 'no moves: this partner adopts none'}>`);
  const env = readEnv(`${def.name} adopt`, adoptEnv, process.env);
  const log = createLogger(def.name, env.LOG_LEVEL, env.LOG_FORMAT);
  const result = await moveRecords({ ...adopted, to: def.name }, env.SOURCE_OWNER_DATABASE_URL, env.OWNER_DATABASE_URL, `deploy:${def.name}`);
  if (!result.sourceHadTable) log.info(`${adopted.name}: ${adopted.from} has no ${adopted.table} table any more; nothing to move`);
  else log.info(`${adopted.name}: ${result.moved} record(s) handed over from ${adopted.from}${result.alreadyThere ? ` (${result.alreadyThere} already here, identical)` : ''}`);
}

/**
 * The whole `index.ts` of a partner's subgraph: the kit's `runSubgraph`, with the command that
 * takes over records the partner's manifest adopts (`adopt <move>`), whose handover is written to
 * both partners' audit trails.
 */
export function runPartner<L>(def: SubgraphDefinition<L>, adopts: readonly AdoptedRecords[] = []): void {
  runSubgraph(def, { adopt: ([name]) => adoptCommand(def, adopts, name) });
}
