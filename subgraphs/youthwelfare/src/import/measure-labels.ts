import { codeList } from '@kassel-hub/import';
import type { WelfareMeasure } from '../entities/enums';

/** The spellings of a measure in the youth welfare office's case software. */
export const WELFARE_MEASURES = codeList<WelfareMeasure>('measure', {
  JUGENDWERKSTATT: ['Jugendwerkstatt', 'Jugendwerkstätte', '§ 13 Abs. 2 SGB VIII'],
  SOCIAL_PEDAGOGICAL_SUPPORT: ['sozialpädagogische Begleitung', 'Jugendberufshilfe Beratung', '§ 13 Abs. 1 SGB VIII'],
  SUPPORTED_YOUTH_HOUSING: ['Jugendwohnen', 'sozialpädagogisch begleitetes Wohnen', '§ 13 Abs. 3 SGB VIII'],
});
