/**
 * Statistical disclosure control for every aggregate that leaves a subgraph (DOMAIN.md, "Privacy
 * rules"; issue 3). Pure functions: counts in, published counts out.
 *
 * Rules
 * - Primary: a count with 0 < n < threshold is hidden (threshold 3 by default, 5 where a report
 *   needs it). Zeros are shown by default, as in BA tables; `suppressZeros` hides them too.
 * - Secondary: every relation (a row, a column, the totals row and column, and for grouped tables
 *   each group's sum of rows) holds either no hidden entry or at least two, counting a hidden
 *   margin as one; a relation whose published total forces each hidden part to its least possible
 *   value (1 when zeros are shown) gets one more. Margins below the threshold are primary too, and
 *   the relations they sit in are protected like any other. Finally an exact check over all
 *   relations together hides more until no hidden value is a linear function of published ones.
 * - Complements are the smallest published non-zero entries, inner cells before margins, ties broken
 *   by key: the same table always gets the same suppression.
 *
 * Consistency across queries (the rule every report must follow)
 *   Protect a fixed, complete table: the whole population of the report (a whole cohort, all
 *   schools, all qualifications), with rows and columns taken from catalogues, never from what a
 *   client filtered. Answer a narrower question by cutting rows out of that protected table
 *   (`sliceRows`), never by protecting the narrower table on its own: two differently protected
 *   tables over the same people can be subtracted to reveal a hidden count. Tables that share
 *   margins (schools and their districts) are protected together (`protectGroupedTable`).
 *
 * Not covered: bounds a reader derives by combining several relations with non-negativity (an
 * interval, not an exact value); official tools (τ-ARGUS) audit those with linear programming.
 */
export * from './protected-count';
export * from './count-table';
export * from './count-list';
export * from './slice';
export * from './published-table-check';
export * from './published-bounds-check';
export * from './aggregate-access';
export * from './count-cell.type';
export { protectCounts, type CountEntry, type SumRelation } from './protect-counts';
