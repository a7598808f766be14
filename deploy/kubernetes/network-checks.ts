import type { K8sObject } from './kustomize';
import { GATEWAY_NAMESPACE, inNamespace, partnerNamespace, selects, spec, type Labels, type Partner, type PolicySpec } from './objects';

export interface PodLabels {
  gateway: Labels;
  subgraph: Labels;
  databaseClients: Labels[];
  /** Another partner's handover Job that takes records out of this database, by namespace. */
  handoverClients: { namespace: string; labels: Labels }[];
  instances: Labels[];
}

/** Labels no hub pod or namespace has: a selector that also picks these admits strangers. */
const STRANGER: Labels = { 'app.kubernetes.io/name': 'stranger', 'kubernetes.io/metadata.name': 'stranger' };

/** A partner namespace's fences: default deny, the subgraph from the gateway only, the database from its clients only, the subgraph's egress. */
export function networkProblems(objects: K8sObject[], p: Partner, pods: PodLabels): string[] {
  const ns = partnerNamespace(p);
  const problems: string[] = [];
  const policies = inNamespace(objects, ns, 'NetworkPolicy').map((o) => ({ name: o.metadata.name, spec: spec<PolicySpec>(o) }));
  const ingressPolicies = policies.filter((x) => !x.spec.policyTypes || x.spec.policyTypes.includes('Ingress'));
  const governing = (labels: Labels) => ingressPolicies.filter((x) => selects(x.spec.podSelector, labels));

  if (!ingressPolicies.some((x) => selects(x.spec.podSelector, STRANGER) && !x.spec.ingress?.length)) problems.push(`${p}: no default-deny ingress NetworkPolicy in ${ns}`);

  const toSubgraph = governing(pods.subgraph);
  if (!toSubgraph.some((x) => x.spec.ingress?.length)) problems.push(`${p}: no NetworkPolicy admits the gateway to the subgraph`);
  const gatewayNamespace = { 'kubernetes.io/metadata.name': GATEWAY_NAMESPACE };
  for (const x of toSubgraph) {
    for (const rule of x.spec.ingress ?? []) {
      if (!rule.from?.length) problems.push(`${p}: NetworkPolicy ${x.name} admits anyone to the subgraph`);
      for (const peer of rule.from ?? []) {
        const onlyGateway =
          !peer.ipBlock &&
          selects(peer.namespaceSelector, gatewayNamespace) &&
          !selects(peer.namespaceSelector, STRANGER) &&
          selects(peer.podSelector, pods.gateway) &&
          !selects(peer.podSelector, STRANGER);
        if (!onlyGateway) problems.push(`${p}: NetworkPolicy ${x.name} admits more than the gateway's pods to the subgraph`);
      }
    }
  }

  // Outbound from the subgraph: only to the database's pods and the cluster DNS, never anywhere.
  const fromSubgraph = policies.filter((x) => x.spec.policyTypes?.includes('Egress') && selects(x.spec.podSelector, pods.subgraph));
  if (!fromSubgraph.length) problems.push(`${p}: no NetworkPolicy fences the subgraph's egress`);
  for (const x of fromSubgraph) {
    for (const rule of x.spec.egress ?? []) {
      const open = !rule.to?.length || rule.to.some((peer) => peer.ipBlock || (!peer.namespaceSelector && selects(peer.podSelector, STRANGER)));
      if (open) problems.push(`${p}: NetworkPolicy ${x.name} lets the subgraph send anywhere`);
    }
  }

  for (const instance of pods.instances) {
    const toDatabase = governing(instance);
    if (!toDatabase.length) problems.push(`${p}: no NetworkPolicy fences the database`);
    for (const x of toDatabase) {
      for (const rule of x.spec.ingress ?? []) {
        const postgres = !rule.ports?.length || rule.ports.some((port) => port.port === 5432 || port.port === undefined);
        if (!rule.from?.length) problems.push(`${p}: NetworkPolicy ${x.name} admits anyone to the database`);
        for (const peer of rule.from ?? []) {
          const ownPods = !peer.ipBlock && !peer.namespaceSelector && !selects(peer.podSelector, STRANGER) && pods.databaseClients.some((l) => selects(peer.podSelector, l));
          // Both selectors in one peer: that Job's pods in that namespace, nothing else there or elsewhere.
          const handover =
            !peer.ipBlock &&
            !selects(peer.namespaceSelector, STRANGER) &&
            !selects(peer.podSelector, STRANGER) &&
            pods.handoverClients.some((h) => selects(peer.namespaceSelector, { 'kubernetes.io/metadata.name': h.namespace }) && selects(peer.podSelector, h.labels));
          if (postgres && !ownPods && !handover) problems.push(`${p}: NetworkPolicy ${x.name} admits others than the subgraph, the migration, a handover and the instances to PostgreSQL`);
          if (!postgres && (peer.ipBlock || selects(peer.namespaceSelector, STRANGER))) problems.push(`${p}: NetworkPolicy ${x.name} admits any namespace to the database pods`);
        }
      }
    }
  }
  return problems;
}
