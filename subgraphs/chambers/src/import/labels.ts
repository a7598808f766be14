import { codeList } from '@kassel-hub/import';
import type { Chamber, TerminationReason } from '../entities/enums';

/** Spellings of who ended a contract early, as the chambers' register software prints them. */
export const TERMINATION_REASONS = codeList<TerminationReason>('reason of an early termination', {
  BY_TRAINEE: ['Kündigung durch Auszubildende/n', 'Kündigung durch Auszubildenden', 'durch Auszubildende/n'],
  BY_EMPLOYER: ['Kündigung durch Ausbildungsbetrieb', 'Kündigung durch Betrieb', 'Kündigung durch Ausbildende/n', 'durch Betrieb'],
  MUTUAL: ['Aufhebungsvertrag', 'einvernehmlich', 'im gegenseitigen Einvernehmen'],
  OTHER: ['sonstiger Grund', 'sonstige', 'sonstiges'],
});

export const CHAMBERS = codeList<Chamber>('chamber', {
  IHK: ['IHK Kassel-Marburg', 'Industrie- und Handelskammer'],
  HWK: ['Handwerkskammer Kassel', 'Handwerkskammer'],
});
