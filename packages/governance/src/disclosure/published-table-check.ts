import type { ProtectedTable } from './count-table';
import { findPinnedByBounds } from './published-bounds-check';
import type { ProtectedCount } from './protected-count';

/**
 * A reader's check of one published two-dimensional table, independent of the suppression
 * engine: it reads only what a client receives (published values and hidden flags) and reports
 * every hidden entry it can pin down. Reports and tests run it on real responses.
 * (Pinning by bounds only makes sense for a consistent table: an INCONSISTENT one stops there.)
 *
 * Seen as a grid with a totals row and a totals column, every row and every column (the totals
 * ones too) is one relation. Hidden entries are edges of a bipartite graph between row and column
 * lines; a hidden value is recomputable exactly when its edge lies on no cycle (a bridge), since
 * only cycles of hidden entries can shift values while keeping every line's sum.
 */
export interface DisclosureFinding {
  /** `row/column` of the entry or line, with `total` for margins. */
  at: string;
  problem: 'ALONE_IN_LINE' | 'RECOMPUTABLE' | 'PINNED_BY_BOUNDS' | 'INCONSISTENT';
}

/** `hiddenLowerBound`: the least a hidden count can be (1 when zeros are published). */
export function checkPublishedTable(table: ProtectedTable, hiddenLowerBound = 1): DisclosureFinding[] {
  const R = table.rows.length;
  const C = table.columns.length;
  const rowKeys = [...table.rows.map((r) => r.key), 'total'];
  const colKeys = [...table.columns, 'total'];
  const grid: ProtectedCount[][] = [...table.rows.map((r) => [...r.cells, r.total]), [...table.columnTotals, table.grandTotal]];
  const at = (i: number, j: number) => `${rowKeys[i]}/${colKeys[j]}`;
  const findings: DisclosureFinding[] = [];

  for (const entry of grid.flat()) {
    if (entry.suppressed !== (entry.value === null)) findings.push({ at: 'table', problem: 'INCONSISTENT' });
  }
  const lines = [
    ...rowKeys.map((key, i) => ({ key: `${key}/*`, members: grid[i] })),
    ...colKeys.map((key, j) => ({ key: `*/${key}`, members: grid.map((row) => row[j]) })),
  ];
  for (const { key, members } of lines) {
    if (members.filter((m) => m.suppressed).length === 1) findings.push({ at: key, problem: 'ALONE_IN_LINE' });
    const total = members[members.length - 1];
    const parts = members.slice(0, -1);
    // Published total minus published parts is what the hidden parts add up to: never below their least.
    const hiddenSum = total.suppressed ? Infinity : total.value! - parts.reduce((s, p) => s + (p.value ?? 0), 0);
    if (hiddenSum < parts.filter((p) => p.suppressed).length * hiddenLowerBound) findings.push({ at: key, problem: 'INCONSISTENT' });
  }
  const where = new Map(grid.flatMap((row, i) => row.map((c, j) => [c, at(i, j)] as const)));
  const pinned = findPinnedByBounds(lines.map(({ members }) => ({ total: members[members.length - 1], parts: members.slice(0, -1) })), hiddenLowerBound);
  for (const c of pinned) findings.push({ at: where.get(c)!, problem: 'PINNED_BY_BOUNDS' });
  // Nodes 0..R are row lines, R+1..R+C+1 column lines; each hidden entry joins its two lines.
  const edges: [number, number][] = [];
  for (let i = 0; i <= R; i++) for (let j = 0; j <= C; j++) if (grid[i][j].suppressed) edges.push([i, R + 1 + j]);
  for (const e of bridges(R + C + 2, edges)) findings.push({ at: at(edges[e][0], edges[e][1] - R - 1), problem: 'RECOMPUTABLE' });
  return findings;
}

/** Indices of the bridges of an undirected multigraph (Tarjan's low-link, iterative). */
function bridges(nodeCount: number, edges: readonly [number, number][]): number[] {
  const adjacent: { to: number; edge: number }[][] = Array.from({ length: nodeCount }, () => []);
  edges.forEach(([a, b], edge) => {
    adjacent[a].push({ to: b, edge });
    adjacent[b].push({ to: a, edge });
  });
  const order = new Array<number>(nodeCount).fill(-1);
  const low = new Array<number>(nodeCount).fill(0);
  const found: number[] = [];
  let time = 0;
  for (let root = 0; root < nodeCount; root++) {
    if (order[root] >= 0) continue;
    order[root] = low[root] = time++;
    const stack: { node: number; viaEdge: number; next: number }[] = [{ node: root, viaEdge: -1, next: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top.next < adjacent[top.node].length) {
        const { to, edge } = adjacent[top.node][top.next++];
        if (edge === top.viaEdge) continue;
        if (order[to] < 0) {
          order[to] = low[to] = time++;
          stack.push({ node: to, viaEdge: edge, next: 0 });
        } else low[top.node] = Math.min(low[top.node], order[to]);
        continue;
      }
      stack.pop();
      const parent = stack[stack.length - 1];
      if (!parent) continue;
      low[parent.node] = Math.min(low[parent.node], low[top.node]);
      if (low[top.node] > order[parent.node]) found.push(top.viaEdge);
    }
  }
  return found.sort((a, b) => a - b);
}
