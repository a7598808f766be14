/**
 * Statistical disclosure control for every aggregate that leaves a subgraph (DOMAIN.md, "Privacy
 * rules"; issue 3). Pure functions: counts in, published counts out.
 *
 * Rules
 * - Primary: a count with 0 < n < threshold is hidden (threshold 3 by default, 5 where a report
 *   needs it). Zeros are shown by default, as in BA tables; `suppressZeros` hides them too.
 * - Secondary, so that no hidden count can be recomputed from published ones:
 *   1. every relation (a row, a column, the totals row and column, and for grouped tables each
 *      group's sum of rows) holds no hidden entry or at least two, a hidden margin counting as
 *      one; complements are the smallest published non-zero cells, iterated until stable. Margins
 *      below the threshold are primary too, and the relations they sit in are protected alike;
 *   2. exact check over all relations together: no hidden count is a linear combination of
 *      published ones (the per-line rule misses e.g. a hidden cell bridging two hidden blocks);
 *   3. bounds check: a reader knows every hidden count is at least 1 (zeros are shown), and by
 *      chaining that over the relations can squeeze counts of sparse tables to a single value;
 *      complements are added until no hidden count is pinned that way.
 * - Ties are broken by value, then by key: the same table always gets the same suppression.
 *
 * Consistency across queries (the rule every report must follow)
 *   Protect a fixed, complete table: the whole population of the report (a whole cohort, every
 *   school, every qualification), with rows and columns taken from catalogues, never from what a
 *   client filtered. Answer a narrower question by cutting rows out of that protected table
 *   (`sliceRows`), never by protecting the narrower table on its own: two differently protected
 *   tables over the same people can be subtracted to reveal a hidden count. Tables that share
 *   cells or margins (each school and its district) are protected together (`protectGroupedTable`);
 *   two reports with a common margin (leavers per school) must be protected together as well.
 *   Tables of the same people at several days (destinations at three cut-offs) differ by the people
 *   who moved in between: serve a fixed few days, protect them as one system (margins declared
 *   equal, a count hidden with `CountEntry.hidden` when its change to another day would be 1 or 2),
 *   and check the published pairs with `checkPublishedDifferences`.
 *
 * The reader modelled here sees values and "suppressed" flags, not the reason: PRIMARY tells that
 * a count is below the threshold, and with that bound many hidden counts can be pinned (a school
 * row with two leavers in two qualifications gives away both 1s). `CountCell.reason` is therefore
 * answered only to the owning partner. Not covered: narrow intervals that are not a single value
 * (a hidden count known to be 1 or 2), and what linear programming over all relations finds beyond
 * bound propagation (official tools such as τ-ARGUS audit that).
 */
export * from './protected-count';
export * from './count-table';
export * from './count-list';
export * from './slice';
export * from './published-table-check';
export * from './published-bounds-check';
export * from './published-differences-check';
export * from './aggregate-access';
export * from './count-cell.type';
export { protectCounts, type CountEntry, type SumRelation } from './protect-counts';
