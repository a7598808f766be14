/*
 * V8 flags the hub's processes run with (`npm start`, the benchmark, the container image). Both were
 * chosen from measurements at scale 10 (BENCHMARKS.md).
 */

/**
 * Subgraphs: a larger young generation. A coordination report moves tens of MB of short-lived rows
 * and strings through a subgraph; with V8's default 16 MB semi-space they were promoted and then
 * collected by full mark-compact passes, a third of a subgraph's CPU time per report.
 */
export const SUBGRAPH_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64'];

/**
 * Gateway: a capped old generation. Without a cap V8 grows the heap under load long before it needs
 * to (peak RSS 450–460 MB under fan-outs and reports at scale 10); with it the gateway peaked at
 * 284 MB on the same mix, at the same throughput. The gateway holds no data of its own, only
 * requests in flight, which need a few tens of MB even for cohort reports.
 */
export const GATEWAY_NODE_FLAGS: readonly string[] = ['--max-old-space-size=256'];
