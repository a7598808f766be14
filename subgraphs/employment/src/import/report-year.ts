import { formatGermanDate, occupationTitle, sameName, type Fail, type ImportContext } from '@kassel-hub/import';

/*
 * Checks both employment agency exports share: the BA reporting year runs from 1 October of the
 * previous year to 30 September, and a title next to a KldB code must be that occupation's.
 */

export function checkInReportYear<R>(date: string, reportYear: number, field: keyof R & string, fail: Fail<R>, ctx: ImportContext): void {
  const from = `${reportYear - 1}-10-01`;
  const to = `${reportYear}-09-30`;
  if (date < from || date > to) {
    fail(field, 'DATE_OUTSIDE_REPORT_YEAR', `the reporting year ${reportYear} runs from ${formatGermanDate(from)} to ${formatGermanDate(to)}`);
  } else if (date > ctx.today) {
    fail(field, 'DATE_IN_FUTURE', `the date lies after today (${formatGermanDate(ctx.today)})`);
  }
}

export function checkTitle<R>(kldb: string, title: string | null, field: keyof R & string, fail: Fail<R>): void {
  const registered = occupationTitle(kldb);
  if (title !== null && registered !== undefined && !sameName(title, registered)) {
    fail(field, 'TITLE_MISMATCH', `KldB ${kldb} is "${registered}": is the code or the title wrong?`);
  }
}
