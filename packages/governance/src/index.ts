/**
 * @kassel-hub/governance: what decides and records who sees what — release of person-level fields
 * under consent or statute, disclosure control of published counts, the monitoring panel's access,
 * and the owner's audit trail: its writer, chain, verification, witnesses and retention.
 */
export * from './release/release';
export * from './release/youth.reference';
export * from './release/statutory';
export * from './audit/index';
export * from './partner-subgraph';
export * from './run-partner';
export * from './handover/move-records';
export * from './disclosure/index';
export * from './monitoring/panel-records';
export * from './monitoring/monitoring-access';
export * from './monitoring/panel-rows';
export * from './monitoring/panel-cache';
export * from './monitoring/packed-column';
export * from './monitoring/packed-panel';
export * from './market/applicant-market.type';
