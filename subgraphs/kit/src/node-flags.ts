/**
 * V8 flags the subgraph processes run with (`npm start`, the benchmark, the container image).
 *
 * A larger young generation: a coordination report moves tens of MB of short-lived rows and strings
 * through a subgraph. With V8's default 16 MB semi-space they were promoted and then collected by
 * full mark-compact passes, which took a third of a subgraph's CPU time per report at scale 10
 * (BENCHMARKS.md). The gateway keeps the default: its memory is the one with a budget.
 */
export const SUBGRAPH_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64'];
