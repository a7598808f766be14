import { partnerNames } from '@kassel-hub/registry';
import type { K8sObject } from './kustomize';

/** The parts of the manifests that the checks read, and how they are found. */

/** The partners of the registry: each has its namespace, database and subgraph. */
export const PARTNERS: readonly string[] = partnerNames;
export type Partner = string;
export const GATEWAY_NAMESPACE = 'hub-gateway';
export const partnerNamespace = (p: Partner) => `hub-${p}`;

export type Labels = Record<string, string>;
export interface Selector {
  matchLabels?: Labels;
  matchExpressions?: { key: string; operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist'; values?: string[] }[];
}
export interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: unknown; configMapKeyRef?: unknown };
}
export interface Probe {
  httpGet?: { path?: string };
}
export interface Container {
  name: string;
  image?: string;
  args?: string[];
  env?: EnvVar[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: unknown }[];
  volumeMounts?: { name: string; mountPath: string; subPath?: string }[];
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: SecurityContext;
}
export interface SecurityContext {
  runAsNonRoot?: boolean;
  runAsUser?: number;
  privileged?: boolean;
  allowPrivilegeEscalation?: boolean;
  readOnlyRootFilesystem?: boolean;
  capabilities?: { add?: string[]; drop?: string[] };
}
export interface PodSpec {
  containers: Container[];
  initContainers?: Container[];
  securityContext?: SecurityContext;
  volumes?: { name: string; secret?: { secretName: string; items?: { key: string; path: string }[] } }[];
}
export interface PodTemplate {
  owner: K8sObject;
  labels: Labels;
  spec: PodSpec;
}
export interface PolicyPeer {
  podSelector?: Selector;
  namespaceSelector?: Selector;
  ipBlock?: unknown;
}
export interface PolicySpec {
  podSelector: Selector;
  policyTypes?: string[];
  ingress?: { from?: PolicyPeer[]; ports?: { port?: number | string }[] }[];
  egress?: { to?: PolicyPeer[] }[];
}

export const spec = <T>(o: K8sObject) => o.spec as T;
export const inNamespace = (objects: K8sObject[], ns: string, kind: string) => objects.filter((o) => o.kind === kind && o.metadata.namespace === ns);
export const find = (objects: K8sObject[], ns: string, kind: string, name: string) => inNamespace(objects, ns, kind).find((o) => o.metadata.name === name);

export function selects(selector: Selector | undefined, labels: Labels): boolean {
  if (!selector) return false;
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) if (labels[k] !== v) return false;
  for (const e of selector.matchExpressions ?? []) {
    const has = e.key in labels;
    const inValues = has && (e.values ?? []).includes(labels[e.key]!);
    const ok = { In: inValues, NotIn: !inValues, Exists: has, DoesNotExist: !has }[e.operator];
    if (!ok) return false;
  }
  return true;
}

export function podTemplates(objects: K8sObject[]): PodTemplate[] {
  return objects.flatMap((o) => {
    const template = (o.spec as { template?: { metadata?: { labels?: Labels }; spec?: PodSpec } } | undefined)?.template;
    return template?.spec ? [{ owner: o, labels: template.metadata?.labels ?? {}, spec: template.spec }] : [];
  });
}

export const containersOf = (t: PodTemplate) => [...(t.spec.initContainers ?? []), ...t.spec.containers];
export const envValue = (c: Container, name: string) => c.env?.find((e) => e.name === name)?.value;
