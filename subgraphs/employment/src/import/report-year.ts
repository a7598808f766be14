import { formatGermanDate, occupationTitles, sameName, type Fail, type ImportContext } from '@kassel-hub/import';

/*
 * Checks both employment agency exports share: the BA reporting year runs from 1 October of the
 * previous year to 30 September, and a title next to a KldB code must be one of that code's occupations.
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
  const registered = occupationTitles(kldb);
  if (title !== null && registered.length > 0 && !registered.some((r) => sameName(title, r))) {
    fail(field, 'TITLE_MISMATCH', `KldB ${kldb} is ${registered.map((r) => `"${r}"`).join(' or ')}: is the code or the title wrong?`);
  }
}
