import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import { Cluster } from '@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1/Cluster';
import { ScheduledBackup } from '@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1/ScheduledBackup';
import { objectId, parseImage, type K8sObject } from './kustomize';
import { networkProblems } from './network-checks';
import {
  containersOf,
  envValue,
  find,
  GATEWAY_NAMESPACE,
  inNamespace,
  partnerNamespace,
  PARTNERS,
  podTemplates,
  selects,
  spec,
  type Container,
  type Labels,
  type Partner,
  type PodTemplate,
  type Selector,
} from './objects';

export { GATEWAY_NAMESPACE, PARTNERS } from './objects';

/**
 * What the hub's Kubernetes manifests must hold, as lists of problems (empty: fine), so that a test
 * can show both that the real manifests pass and that a broken one is caught, naming what broke.
 */

/** The models that know each kind's schema; a kind without one is itself a problem. */
const MODELS: Record<string, new (data: never) => { validate(): void }> = {
  'v1 Namespace': Namespace,
  'v1 ConfigMap': ConfigMap,
  'v1 Secret': Secret,
  'v1 Service': Service,
  'apps/v1 Deployment': Deployment,
  'batch/v1 Job': Job,
  'autoscaling/v2 HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'policy/v1 PodDisruptionBudget': PodDisruptionBudget,
  'networking.k8s.io/v1 NetworkPolicy': NetworkPolicy,
  'postgresql.cnpg.io/v1 Cluster': Cluster,
  'postgresql.cnpg.io/v1 ScheduledBackup': ScheduledBackup,
};

export function schemaProblems(objects: K8sObject[]): string[] {
  return objects.flatMap((o) => {
    const Model = MODELS[`${o.apiVersion} ${o.kind}`];
    if (!Model) return [`${objectId(o)}: no schema known for ${o.apiVersion} ${o.kind}`];
    try {
      new Model(structuredClone(o) as never).validate();
      return [];
    } catch (err) {
      return [`${objectId(o)}: ${(err as Error).message}`];
    }
  });
}

/** The Secret's value as the container would read it from `<NAME>_FILE`, if that file is a mounted key. */
function secretFileValue(objects: K8sObject[], t: PodTemplate, c: Container, path: string): string | undefined {
  for (const mount of c.volumeMounts ?? []) {
    const volume = t.spec.volumes?.find((v) => v.name === mount.name);
    if (!volume?.secret || !path.startsWith(`${mount.mountPath}/`)) continue;
    const file = path.slice(mount.mountPath.length + 1);
    const key = volume.secret.items ? volume.secret.items.find((i) => i.path === file)?.key : file;
    const secret = find(objects, t.owner.metadata.namespace ?? '', 'Secret', volume.secret.secretName);
    const data = (secret?.data as Record<string, string> | undefined)?.[key ?? ''];
    return data === undefined ? undefined : Buffer.from(data, 'base64').toString('utf8');
  }
  return undefined;
}

function quantityBytes(q: string | undefined): number {
  const m = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|k|M|G)?$/.exec(q ?? '');
  if (!m) return NaN;
  const unit = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, k: 1e3, M: 1e6, G: 1e9 }[m[2] ?? ''] ?? 1;
  return Number(m[1]) * unit;
}

/** Every container: not root, no privilege escalation, no capabilities, a read-only root, sized. */
export function containerProblems(objects: K8sObject[]): string[] {
  const problems: string[] = [];
  for (const t of podTemplates(objects)) {
    for (const c of containersOf(t)) {
      const where = `${objectId(t.owner)} container ${c.name}`;
      const sc = { ...t.spec.securityContext, ...c.securityContext };
      if (sc.runAsNonRoot !== true) problems.push(`${where}: runAsNonRoot is not true`);
      if (sc.runAsUser === 0) problems.push(`${where}: runs as root (runAsUser 0)`);
      if (c.securityContext?.privileged) problems.push(`${where}: privileged`);
      if (c.securityContext?.allowPrivilegeEscalation !== false) problems.push(`${where}: allowPrivilegeEscalation is not false`);
      if (c.securityContext?.readOnlyRootFilesystem !== true) problems.push(`${where}: readOnlyRootFilesystem is not true`);
      if (!c.securityContext?.capabilities?.drop?.includes('ALL')) problems.push(`${where}: capabilities do not drop ALL`);
      if (c.securityContext?.capabilities?.add?.length) problems.push(`${where}: adds capabilities`);
      for (const r of ['cpu', 'memory']) {
        if (!c.resources?.requests?.[r]) problems.push(`${where}: no ${r} request`);
      }
      if (!c.resources?.limits?.memory) problems.push(`${where}: no memory limit`);
    }
  }
  return problems;
}

/** A variable that holds a password, a database URL or a secret; its `_FILE` form is the only allowed one. */
const SECRET_NAME = /(PASSWORD|SECRET|TOKEN|PRIVATE_KEY|DATABASE_URL)$/;

/** Every password, database URL and signing secret reaches a container as a file from a Secret. */
export function secretProblems(objects: K8sObject[]): string[] {
  const problems: string[] = [];
  for (const t of podTemplates(objects)) {
    for (const c of containersOf(t)) {
      const where = `${objectId(t.owner)} container ${c.name}`;
      for (const e of c.env ?? []) {
        if (e.valueFrom?.secretKeyRef) problems.push(`${where}: ${e.name} takes a Secret into the environment; mount it as a file`);
        if (SECRET_NAME.test(e.name)) problems.push(`${where}: ${e.name} is given as a value; give ${e.name}_FILE`);
        if (e.value !== undefined && /:\/\/[^/@\s]+:[^/@\s]+@/.test(e.value)) problems.push(`${where}: ${e.name} holds credentials in a URL`);
        if (e.name.endsWith('_FILE') && SECRET_NAME.test(e.name.slice(0, -'_FILE'.length))) {
          if (e.value === undefined || secretFileValue(objects, t, c, e.value) === undefined) {
            problems.push(`${where}: ${e.name} (${e.value}) is not a key of a mounted Secret`);
          }
        }
      }
      for (const from of c.envFrom ?? []) {
        if (from.secretRef) problems.push(`${where}: envFrom takes a whole Secret into the environment`);
      }
    }
  }
  return problems;
}

/** The gateway: replicated, autoscaled, guarded against drains, probed, configured for production. */
export function gatewayProblems(objects: K8sObject[]): string[] {
  const problems: string[] = [];
  const deployment = find(objects, GATEWAY_NAMESPACE, 'Deployment', 'gateway');
  if (!deployment) return [`no Deployment gateway in ${GATEWAY_NAMESPACE}`];
  const [t] = podTemplates([deployment]) as [PodTemplate];
  const d = spec<{ replicas?: number }>(deployment);
  if ((d.replicas ?? 1) < 2) problems.push(`gateway: replicas ${d.replicas ?? 1}, want at least 2`);

  const hpa = inNamespace(objects, GATEWAY_NAMESPACE, 'HorizontalPodAutoscaler').find((h) => {
    const ref = spec<{ scaleTargetRef: { kind: string; name: string } }>(h).scaleTargetRef;
    return ref.kind === 'Deployment' && ref.name === 'gateway';
  });
  if (!hpa) problems.push('gateway: no HorizontalPodAutoscaler');
  else {
    const h = spec<{ minReplicas?: number; maxReplicas: number }>(hpa);
    if ((h.minReplicas ?? 1) < 2) problems.push(`gateway: autoscaler minReplicas ${h.minReplicas ?? 1}, want at least 2`);
    if (h.maxReplicas <= (h.minReplicas ?? 1)) problems.push('gateway: autoscaler cannot scale out (maxReplicas <= minReplicas)');
  }
  const pdb = inNamespace(objects, GATEWAY_NAMESPACE, 'PodDisruptionBudget').find((p) => selects(spec<{ selector: Selector }>(p).selector, t.labels));
  if (!pdb) problems.push('gateway: no PodDisruptionBudget');
  else {
    const p = spec<{ minAvailable?: number | string; maxUnavailable?: number | string }>(pdb);
    if (p.minAvailable === undefined && p.maxUnavailable === undefined) problems.push('gateway: PodDisruptionBudget allows every pod to go');
    if (p.minAvailable === 0 || p.minAvailable === '0%') problems.push('gateway: PodDisruptionBudget minAvailable 0');
  }

  const c = t.spec.containers.find((x) => x.name === 'gateway');
  if (!c) return [...problems, 'gateway: no container gateway'];
  if (c.livenessProbe?.httpGet?.path !== '/healthcheck') problems.push('gateway: liveness probe is not /healthcheck');
  if (c.readinessProbe?.httpGet?.path !== '/readiness') problems.push('gateway: readiness probe is not /readiness');
  if (envValue(c, 'NODE_ENV') !== 'production') problems.push('gateway: NODE_ENV is not production');
  if (quantityBytes(c.resources?.limits?.memory) < 320 * 2 ** 20) problems.push('gateway: memory limit below the measured peak (about 300 MB RSS)');

  const auth = new Map<string, string>();
  for (const from of c.envFrom ?? []) {
    const map = from.configMapRef && find(objects, GATEWAY_NAMESPACE, 'ConfigMap', from.configMapRef.name);
    if (from.configMapRef && !map) problems.push(`gateway: ConfigMap ${from.configMapRef.name} does not exist`);
    for (const [k, v] of Object.entries((map?.data as Labels | undefined) ?? {})) auth.set(k, v);
  }
  for (const k of ['AUTH_ISSUER', 'AUTH_AUDIENCE', 'AUTH_JWKS_URL']) {
    if (!auth.get(k)) problems.push(`gateway: ${k} is not in its ConfigMap`);
  }
  if (auth.has('AUTH_JWKS_FILE') || envValue(c, 'AUTH_JWKS_FILE')) problems.push('gateway: AUTH_JWKS_FILE is for development only');

  // The rate limit holds for the whole deployment only if every replica counts in one database.
  if (!c.env?.some((e) => e.name === 'GATEWAY_RATE_LIMIT_DATABASE_URL_FILE')) problems.push('gateway: no GATEWAY_RATE_LIMIT_DATABASE_URL_FILE (each replica would count alone)');
  const limitsDb = find(objects, GATEWAY_NAMESPACE, 'Cluster', 'rate-limit-db');
  if (!limitsDb) problems.push(`gateway: no Cluster rate-limit-db in ${GATEWAY_NAMESPACE}`);
  else if ((spec<{ instances: number }>(limitsDb).instances ?? 1) < 2) problems.push('gateway: Cluster rate-limit-db has no standby');
  const fenced = inNamespace(objects, GATEWAY_NAMESPACE, 'NetworkPolicy').some((np) => selects(spec<{ podSelector: Selector }>(np).podSelector, { 'cnpg.io/cluster': 'rate-limit-db' }));
  if (!fenced) problems.push('gateway: no NetworkPolicy admits only the gateway to rate-limit-db');

  for (const p of PARTNERS) {
    const P = p.toUpperCase();
    if (!c.env?.some((e) => e.name === `${P}_SIGNING_SECRET_FILE`)) problems.push(`gateway: no ${P}_SIGNING_SECRET_FILE`);
    const url = envValue(c, `${P}_URL`);
    const m = url && /^http:\/\/([^.:/]+)\.([^.:/]+)\.svc(?:\.cluster\.local)?(?::(\d+))?\/graphql$/.exec(url);
    if (!m) {
      problems.push(`gateway: ${P}_URL (${url}) is not a Service in a partner namespace`);
      continue;
    }
    const [, service, ns, port = '80'] = m;
    if (ns !== partnerNamespace(p)) problems.push(`gateway: ${P}_URL goes to ${ns}, not ${partnerNamespace(p)}`);
    const svc = find(objects, ns!, 'Service', service!);
    if (!svc || !spec<{ ports: { port: number }[] }>(svc).ports.some((x) => String(x.port) === port)) problems.push(`gateway: ${P}_URL names no Service port (${service}.${ns}:${port})`);
  }
  return problems;
}

/** Images: the hub's image of the service the workload runs, with a version. */
export function imageProblems(objects: K8sObject[]): string[] {
  const problems: string[] = [];
  for (const t of podTemplates(objects)) {
    const ns = t.owner.metadata.namespace;
    const service = ns === GATEWAY_NAMESPACE ? 'gateway' : PARTNERS.find((p) => partnerNamespace(p) === ns);
    for (const c of containersOf(t)) {
      const image = parseImage(c.image ?? '');
      const where = `${objectId(t.owner)} container ${c.name}`;
      if (!service) problems.push(`${where}: in no hub namespace`);
      else if (image.name !== `kassel-hub/${service}` && !image.name.endsWith(`/kassel-hub/${service}`)) problems.push(`${where}: image ${c.image} is not the ${service} image`);
      if (!image.digest && (!image.tag || image.tag === 'latest')) problems.push(`${where}: image ${c.image} has no version`);
    }
  }
  return problems;
}

/** A database URL's role and host, without the password. */
function urlParts(url: string | undefined): { user: string; host: string; database: string } | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return { user: decodeURIComponent(u.username), host: u.hostname, database: u.pathname.slice(1) };
  } catch {
    return undefined;
  }
}

function basicAuthUser(objects: K8sObject[], ns: string, name: string | undefined): string | undefined {
  const secret = name ? find(objects, ns, 'Secret', name) : undefined;
  const data = secret?.data as Labels | undefined;
  if (secret?.type !== 'kubernetes.io/basic-auth' || !data?.username || !data.password) return undefined;
  return Buffer.from(data.username, 'base64').toString('utf8');
}

/** A partner: its namespace, subgraph, migration job, database cluster with backups, and fences. */
export function partnerProblems(objects: K8sObject[], p: Partner): string[] {
  const ns = partnerNamespace(p);
  const problems: string[] = [];
  const say = (text: string) => problems.push(`${p}: ${text}`);
  if (!objects.some((o) => o.kind === 'Namespace' && o.metadata.name === ns)) say(`no Namespace ${ns}`);

  const deployment = find(objects, ns, 'Deployment', 'subgraph');
  if (!deployment) return [...problems, `${p}: no Deployment subgraph in ${ns}`];
  const [sub] = podTemplates([deployment]) as [PodTemplate];
  if ((spec<{ replicas?: number }>(deployment).replicas ?? 1) < 2) say('subgraph replicas below 2');
  const c = sub.spec.containers[0]!;
  if (c.livenessProbe?.httpGet?.path !== '/health') say('subgraph liveness probe is not /health');
  if (c.readinessProbe?.httpGet?.path !== '/ready') say('subgraph readiness probe is not /ready');
  if (!inNamespace(objects, ns, 'Service').some((s) => selects({ matchLabels: spec<{ selector?: Labels }>(s).selector }, sub.labels))) say('no Service for the subgraph');
  const clusters = inNamespace(objects, ns, 'Cluster');
  const serving = urlParts(secretFileValue(objects, sub, c, envValue(c, 'DATABASE_URL_FILE') ?? ''));
  if (!serving) say('subgraph has no DATABASE_URL_FILE from a Secret');
  else {
    if (serving.user !== p || serving.database !== p) say(`subgraph connects as ${serving.user} to ${serving.database}, not as ${p} to ${p}`);
    if (!clusters.some((k) => serving.host.startsWith(`${k.metadata.name}-rw.${ns}.`))) say(`subgraph's database host ${serving.host} is no Cluster's read-write service in ${ns}`);
  }
  if (!envValue(c, 'HUB_SIGNING_SECRET_FILE')) say('subgraph has no HUB_SIGNING_SECRET_FILE');
  if (c.env?.some((e) => e.name.startsWith('OWNER_DATABASE_URL'))) say("subgraph is given the owner's database URL");

  const jobs = podTemplates(inNamespace(objects, ns, 'Job')).filter((j) => j.spec.containers.some((x) => x.args?.[0] === 'migrate'));
  if (!jobs.length) say('no migration Job (args ["migrate"])');
  for (const job of jobs) {
    const m = job.spec.containers.find((x) => x.args?.[0] === 'migrate')!;
    const owner = urlParts(secretFileValue(objects, job, m, envValue(m, 'OWNER_DATABASE_URL_FILE') ?? ''));
    const role = urlParts(secretFileValue(objects, job, m, envValue(m, 'DATABASE_URL_FILE') ?? ''));
    if (owner?.user !== `${p}_owner` || owner.database !== p || owner.host !== serving?.host) say(`migration Job ${job.owner.metadata.name} does not run as ${p}_owner on the subgraph's database (OWNER_DATABASE_URL_FILE)`);
    if (role?.user !== p) say(`migration Job ${job.owner.metadata.name} does not name the serving role ${p} (DATABASE_URL_FILE)`);
  }

  if (!clusters.length) say(`no CloudNativePG Cluster in ${ns}`);
  for (const cluster of clusters) {
    const name = cluster.metadata.name;
    const k = spec<{
      instances: number;
      bootstrap?: { initdb?: { database?: string; owner?: string; secret?: { name: string } } };
      managed?: { roles?: { name: string; login?: boolean; passwordSecret?: { name: string } }[] };
      backup?: { barmanObjectStore?: { destinationPath?: string; wal?: unknown } };
      plugins?: { name: string; isWALArchiver?: boolean }[];
    }>(cluster);
    if (k.instances < 2) say(`Cluster ${name} has ${k.instances} instance(s), want at least 2`);
    const init = k.bootstrap?.initdb;
    if (init?.database !== p || init.owner !== `${p}_owner`) say(`Cluster ${name} does not create database ${p} owned by ${p}_owner`);
    if (basicAuthUser(objects, ns, init?.secret?.name) !== `${p}_owner`) say(`Cluster ${name}: the owner's password is not a basic-auth Secret for ${p}_owner`);
    const role = k.managed?.roles?.find((r) => r.name === p);
    if (!role?.login || basicAuthUser(objects, ns, role.passwordSecret?.name) !== p) say(`Cluster ${name}: the serving role ${p} is not managed with a basic-auth password Secret`);
    const archives = Boolean(k.backup?.barmanObjectStore?.destinationPath) || Boolean(k.plugins?.some((x) => x.isWALArchiver));
    if (!archives) say(`Cluster ${name} archives no WAL to an object store`);
    if (!inNamespace(objects, ns, 'ScheduledBackup').some((b) => spec<{ cluster: { name: string } }>(b).cluster.name === name)) say(`Cluster ${name} has no ScheduledBackup`);
  }

  // Handovers (docs/partners.md): this partner's own Job reaches its database as its owner; a
  // recipient's Job in another namespace reaches it when its source URL names this database.
  const adoptJobs = (where: K8sObject[]) => podTemplates(where.filter((o) => o.kind === 'Job')).filter((j) => j.spec.containers.some((x) => x.args?.[0] === 'adopt'));
  const ownAdopt = adoptJobs(inNamespace(objects, ns, 'Job'));
  for (const job of ownAdopt) {
    const a = job.spec.containers.find((x) => x.args?.[0] === 'adopt')!;
    const owner = urlParts(secretFileValue(objects, job, a, envValue(a, 'OWNER_DATABASE_URL_FILE') ?? ''));
    if (owner?.user !== `${p}_owner` || owner.database !== p || owner.host !== serving?.host) say(`handover Job ${job.owner.metadata.name} does not run as ${p}_owner on the subgraph's database (OWNER_DATABASE_URL_FILE)`);
  }
  const handoverClients = adoptJobs(objects.filter((o) => o.metadata.namespace !== ns))
    .filter((job) => {
      const a = job.spec.containers.find((x) => x.args?.[0] === 'adopt')!;
      return urlParts(secretFileValue(objects, job, a, envValue(a, 'SOURCE_OWNER_DATABASE_URL_FILE') ?? ''))?.host.startsWith(`db-rw.${ns}.`);
    })
    .map((job) => ({ namespace: job.owner.metadata.namespace!, labels: job.labels }));
  const gatewayLabels = podTemplates(objects.filter((o) => o.kind === 'Deployment' && o.metadata.namespace === GATEWAY_NAMESPACE && o.metadata.name === 'gateway'))[0]?.labels ?? {};
  const migrateLabels = [...jobs, ...ownAdopt].map((j) => j.labels);
  const instanceLabels = clusters.map((k) => ({ 'cnpg.io/cluster': k.metadata.name, 'cnpg.io/podRole': 'instance' }));
  problems.push(
    ...networkProblems(objects, p, { gateway: gatewayLabels, subgraph: sub.labels, databaseClients: [sub.labels, ...migrateLabels, ...instanceLabels], handoverClients, instances: instanceLabels }),
  );
  return problems;
}

/** Everything at once, as the test reports it. */
export function hubProblems(objects: K8sObject[]): string[] {
  return [
    ...schemaProblems(objects),
    ...gatewayProblems(objects),
    ...PARTNERS.flatMap((p) => partnerProblems(objects, p)),
    ...containerProblems(objects),
    ...secretProblems(objects),
    ...imageProblems(objects),
  ];
}
