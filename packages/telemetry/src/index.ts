/**
 * @kassel-hub/telemetry: the process-wide tracer set-up that the gateway and every subgraph share;
 * OpenTelemetry packages only, so the gateway needs none of the subgraphs' plumbing for it.
 */
export { setupTracing, withoutPersonData } from './setup';
