import { registerEnumType } from 'type-graphql';
import type { AnyExportKind } from '@kassel-hub/import';
import { welfareMeasures } from './welfare-measures.kind';

/** The exports of the youth welfare office's case software the hub imports. */
export const youthWelfareExportKinds: AnyExportKind[] = [welfareMeasures];

/** The same, as the import mutation's argument. */
export enum YouthwelfareExportKind {
  WELFARE_MEASURES = 'welfare-measures',
}

registerEnumType(YouthwelfareExportKind, {
  name: 'YouthwelfareExportKind',
  description: 'An export of the youth welfare office\'s systems (see the README for its columns).',
  valuesConfig: {
    WELFARE_MEASURES: { description: 'Maßnahmeliste: participations in §13 SGB VIII measures, keyed by participation number.' },
  },
});
