import type { RecordMove } from '@kassel-hub/governance';
import { manifests } from '@kassel-hub/registry';

/**
 * Records the law has moved from one partner to another, as the recipients' manifests declare them
 * (`adopts`). The source's migration that drops the table refuses to run while a record is left, so
 * each move runs before it (docs/partners.md).
 */
export const MOVES: readonly RecordMove[] = manifests.flatMap((m) => m.adopts.map((a) => ({ ...a, to: m.name })));

export const moveByName = (name: string) => MOVES.find((m) => m.name === name);
