import type { RecordMove } from './move-records';

/**
 * Records the law has moved from one partner to another. The source's migration that drops the
 * table refuses to run while a record is left, so each move here runs before it (docs/partners.md).
 */
export const MOVES: readonly RecordMove[] = [
  {
    name: 'welfare-measures',
    description: 'youth vocational assistance measures (§13 SGB VIII) from the city\'s transition office to its youth welfare office',
    from: 'municipality',
    to: 'youthwelfare',
    table: 'welfare_participation',
    key: 'id',
    columns: ['id', 'pseudonym', 'measure', 'start', 'end'],
    fields: ['welfareMeasures'],
  },
];

export const moveByName = (name: string) => MOVES.find((m) => m.name === name);
