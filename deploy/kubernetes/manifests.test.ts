import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBGRAPH_ENV_KEYS } from '@kassel-hub/kit';
import { manifests } from '@kassel-hub/registry';
import { gatewayEnvKeys } from '../../gateway/src/config';
import { committedSubgraphs } from '../../gateway/src/test-env';
import { GATEWAY_NAMESPACE, hubProblems, PARTNERS, schemaProblems } from './hub-checks';
import { objectId, parseYamlDocuments, renderKustomization, type K8sObject } from './kustomize';

const here = __dirname;
const GATEWAY_ENV_KEYS = gatewayEnvKeys(committedSubgraphs());
const overlay = 'overlays/production';
let work: string;
let rendered: K8sObject[];

const makeSecrets = () =>
  execFileSync('sh', [join(work, 'make-secrets.sh')], {
    env: { ...process.env, BACKUP_ACCESS_KEY_ID: 'test-access-key', BACKUP_ACCESS_SECRET_KEY: 'test-secret-key' },
    stdio: 'pipe',
  });

beforeAll(() => {
  // The operator's steps, on a copy: make the secret files, then render the overlay. A developer's
  // own secrets/ (git-ignored) are never read.
  work = mkdtempSync(join(tmpdir(), 'hub-kubernetes-'));
  cpSync(here, work, { recursive: true, filter: (src) => relative(here, src) !== join(overlay, 'secrets') });
  makeSecrets();
  rendered = renderKustomization(join(work, overlay));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

const copy = () => structuredClone(rendered);
const get = (objects: K8sObject[], kind: string, ns: string, name: string) => {
  const o = objects.find((x) => x.kind === kind && x.metadata.namespace === ns && x.metadata.name === name);
  if (!o) throw new Error(`the scenario needs ${kind} ${ns}/${name}`);
  return o as K8sObject & { spec: any };
};
const drop = (objects: K8sObject[], kind: string, ns: string, name: string) => objects.filter((x) => x !== get(objects, kind, ns, name));
const container = (objects: K8sObject[], kind: string, ns: string, name: string) => get(objects, kind, ns, name).spec.template.spec.containers[0];

describe('Kubernetes manifests (deploy/kubernetes)', () => {
  it('the production overlay renders the gateway and, per partner, a namespace with subgraph, migration, database and backups', () => {
    const count = (kind: string) => rendered.filter((o) => o.kind === kind).length;
    expect(count('Namespace')).toBe(PARTNERS.length + 1);
    expect(count('Deployment')).toBe(PARTNERS.length + 1);
    // A migration Job per partner, and a handover Job per move a recipient's manifest adopts.
    expect(count('Job')).toBe(PARTNERS.length + manifests.flatMap((m) => m.adopts).length);
    // A database per partner, and the gateway's own for the rate limit its replicas share.
    expect(count('Cluster')).toBe(PARTNERS.length + 1);
    expect(count('ScheduledBackup')).toBe(PARTNERS.length);
    expect(count('HorizontalPodAutoscaler')).toBe(1);
  });

  it('every object names its step of the rollout order, so that an operator can apply one step at a time (-l)', () => {
    const steps = ['setup', 'database', 'migration', 'subgraph', 'gateway'];
    const unplaced = rendered.filter((o) => !steps.includes(o.metadata.labels?.['app.kubernetes.io/component'] ?? '')).map(objectId);
    expect(unplaced).toEqual([]);
  });

  it('every rendered object is valid against its Kubernetes or CloudNativePG schema', () => {
    expect(schemaProblems(rendered)).toEqual([]);
  });

  it('the hub runs replicated, non-root on read-only files, fenced per partner, with every secret a mounted file', () => {
    expect(hubProblems(rendered)).toEqual([]);
  });

  it('every variable a container gets is one its service reads (a misspelt one would be ignored)', () => {
    // What `index.js migrate` reads: packages/kit/src/main.ts, migrateEnv.
    const MIGRATE_ENV_KEYS = ['DATABASE_URL', 'OWNER_DATABASE_URL', 'LOG_LEVEL', 'LOG_FORMAT'];
    // What `index.js adopt` reads: adoptEnv, beside it.
    const ADOPT_ENV_KEYS = ['OWNER_DATABASE_URL', 'SOURCE_OWNER_DATABASE_URL', 'LOG_LEVEL', 'LOG_FORMAT'];
    const variable = (key: string) => key.replace(/_FILE$/, '');
    const unknown: string[] = [];
    for (const o of rendered.filter((x) => x.kind === 'Deployment' || x.kind === 'Job') as (K8sObject & { spec: any })[]) {
      const adopts = o.kind === 'Job' && o.spec.template.spec.containers.some((c: { args?: string[] }) => c.args?.[0] === 'adopt');
      const known = adopts ? ADOPT_ENV_KEYS : o.kind === 'Job' ? MIGRATE_ENV_KEYS : o.metadata.namespace === GATEWAY_NAMESPACE ? GATEWAY_ENV_KEYS : SUBGRAPH_ENV_KEYS;
      for (const c of o.spec.template.spec.containers) {
        const names: string[] = (c.env ?? []).map((e: { name: string }) => e.name);
        for (const from of c.envFrom ?? []) names.push(...Object.keys(get(rendered, 'ConfigMap', o.metadata.namespace!, from.configMapRef.name).data as object));
        unknown.push(...names.filter((n) => !known.includes(variable(n))).map((n) => `${objectId(o)}: ${n}`));
      }
    }
    expect(unknown).toEqual([]);
  });

  it('no secret is committed: the base has no Secret, and the overlay makes each from a file the operator makes', () => {
    expect(renderKustomization(join(here, 'base')).filter((o) => o.kind === 'Secret')).toEqual([]);
    const secrets = rendered.filter((o) => o.kind === 'Secret');
    expect(secrets.length).toBeGreaterThan(0);
    // make-secrets.sh keeps what it made: running it again must not change a password under a
    // running database.
    const before = JSON.stringify(secrets);
    makeSecrets();
    expect(JSON.stringify(renderKustomization(join(work, overlay)).filter((o) => o.kind === 'Secret'))).toBe(before);
  });

  it("the point-in-time recovery example restores a partner's database from its own backups to a stated time", () => {
    const files = readdirSync(join(here, 'recovery')).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const objects = parseYamlDocuments(readFileSync(join(here, 'recovery', file), 'utf8'), file);
      expect(schemaProblems(objects)).toEqual([]);
      for (const cluster of objects.filter((o) => o.kind === 'Cluster') as (K8sObject & { spec: any })[]) {
        const recovery = cluster.spec.bootstrap?.recovery;
        expect(recovery?.recoveryTarget?.targetTime, file).toMatch(/^\d{4}-\d\d-\d\dT/);
        const source = cluster.spec.externalClusters?.find((x: { name: string }) => x.name === recovery.source);
        const partner = PARTNERS.find((p) => recovery.database === p);
        expect(partner, `${file}: restores no partner's database`).toBeDefined();
        const original = get(rendered, 'Cluster', `hub-${partner}`, source?.barmanObjectStore?.serverName ?? '');
        expect(source.barmanObjectStore.destinationPath).toBe(original.spec.backup.barmanObjectStore.destinationPath);
        expect(recovery.owner).toBe(`${partner}_owner`);
        // Archiving under the original's name would collide with the original's WAL.
        expect(cluster.spec.backup?.barmanObjectStore?.serverName ?? cluster.metadata.name).not.toBe(original.metadata.name);
      }
    }
  });

  // Each scenario breaks one property on a copy of the rendered manifests; the checks must name it.
  const broken: [string, (o: K8sObject[]) => K8sObject[] | void, string][] = [
    ['a single gateway replica', (o) => void (get(o, 'Deployment', 'hub-gateway', 'gateway').spec.replicas = 1), 'gateway: replicas 1'],
    ['no autoscaler for the gateway', (o) => drop(o, 'HorizontalPodAutoscaler', 'hub-gateway', 'gateway'), 'gateway: no HorizontalPodAutoscaler'],
    ['an autoscaler that may go down to one replica', (o) => void (get(o, 'HorizontalPodAutoscaler', 'hub-gateway', 'gateway').spec.minReplicas = 1), 'minReplicas 1'],
    ['no disruption budget for the gateway', (o) => drop(o, 'PodDisruptionBudget', 'hub-gateway', 'gateway'), 'gateway: no PodDisruptionBudget'],
    ['readiness on the liveness path', (o) => void (container(o, 'Deployment', 'hub-gateway', 'gateway').readinessProbe.httpGet.path = '/healthcheck'), 'readiness probe is not /readiness'],
    ['the gateway in development mode', (o) => void container(o, 'Deployment', 'hub-gateway', 'gateway').env.splice(0, 1), 'NODE_ENV is not production'],
    ['a replica count that is no number', (o) => void (get(o, 'Deployment', 'hub-gateway', 'gateway').spec.replicas = 'two'), 'must be integer'],
    ['a kind without a schema', (o) => [...o, { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x', namespace: 'hub-gateway' } }], 'no schema known'],
    ['the schools without the NetworkPolicy that admits the gateway', (o) => drop(o, 'NetworkPolicy', 'hub-schools', 'subgraph-from-gateway'), 'schools: no NetworkPolicy admits the gateway'],
    [
      'a policy that admits every pod of the gateway namespace',
      (o) => void delete get(o, 'NetworkPolicy', 'hub-chambers', 'subgraph-from-gateway').spec.ingress[0].from[0].podSelector,
      'chambers: NetworkPolicy subgraph-from-gateway admits more than the gateway',
    ],
    [
      'a policy that admits the gateway pods of any namespace',
      (o) => void (get(o, 'NetworkPolicy', 'hub-municipality', 'subgraph-from-gateway').spec.ingress[0].from[0].namespaceSelector = {}),
      'municipality: NetworkPolicy subgraph-from-gateway admits more than the gateway',
    ],
    ['a subgraph free to send anywhere', (o) => drop(o, 'NetworkPolicy', 'hub-schools', 'subgraph-egress'), 'schools: no NetworkPolicy fences the subgraph\'s egress'],
    [
      'an egress rule to any address',
      (o) => void get(o, 'NetworkPolicy', 'hub-municipality', 'subgraph-egress').spec.egress.push({ to: [{ ipBlock: { cidr: '0.0.0.0/0' } }] }),
      'municipality: NetworkPolicy subgraph-egress lets the subgraph send anywhere',
    ],
    ['no default deny in a partner namespace', (o) => drop(o, 'NetworkPolicy', 'hub-employment', 'default-deny-ingress'), 'employment: no default-deny'],
    [
      'the database open to other namespaces',
      (o) => void (get(o, 'NetworkPolicy', 'hub-schools', 'db-from-subgraph-and-migration').spec.ingress[0].from[0].namespaceSelector = {}),
      'schools: NetworkPolicy db-from-subgraph-and-migration admits others',
    ],
    [
      "a handover that opens the source's database to the recipient's whole namespace",
      (o) => void delete get(o, 'NetworkPolicy', 'hub-municipality', 'db-from-youthwelfare-adopt-welfare-measures').spec.ingress[0].from[0].podSelector,
      'municipality: NetworkPolicy db-from-youthwelfare-adopt-welfare-measures admits others',
    ],
    ['a container running as root', (o) => void (container(o, 'Deployment', 'hub-gateway', 'gateway').securityContext.runAsUser = 0), 'runs as root'],
    ['a writable root file system', (o) => void (container(o, 'Deployment', 'hub-chambers', 'subgraph').securityContext.readOnlyRootFilesystem = false), 'readOnlyRootFilesystem is not true'],
    ['capabilities kept', (o) => void (container(o, 'Job', 'hub-schools', 'migrate').securityContext.capabilities.drop = []), 'capabilities do not drop ALL'],
    [
      'a database URL as a plain value',
      (o) => void container(o, 'Deployment', 'hub-municipality', 'subgraph').env.push({ name: 'DATABASE_URL', value: 'postgres://municipality:pw@db-rw/municipality' }),
      'DATABASE_URL is given as a value',
    ],
    [
      'a signing secret in the environment',
      (o) =>
        void container(o, 'Deployment', 'hub-gateway', 'gateway').env.push({
          name: 'SCHOOLS_SIGNING_SECRET_COPY',
          valueFrom: { secretKeyRef: { name: 'signing-secrets', key: 'schools' } },
        }),
      'takes a Secret into the environment',
    ],
    [
      'a secret file that no Secret provides',
      (o) => void (container(o, 'Deployment', 'hub-employment', 'subgraph').env.find((e: { name: string }) => e.name === 'HUB_SIGNING_SECRET_FILE').value = '/etc/secret'),
      'HUB_SIGNING_SECRET_FILE (/etc/secret) is not a key of a mounted Secret',
    ],
    ["another partner's image", (o) => void (container(o, 'Deployment', 'hub-schools', 'subgraph').image = 'registry.kassel.example/kassel-hub/chambers:1.0.0'), 'is not the schools image'],
    ['an image without a version', (o) => void (container(o, 'Deployment', 'hub-gateway', 'gateway').image = 'registry.kassel.example/kassel-hub/gateway'), 'has no version'],
    [
      'a migration that runs as the serving role',
      (o) => void (container(o, 'Job', 'hub-schools', 'migrate').env.find((e: { name: string }) => e.name === 'OWNER_DATABASE_URL_FILE').value = '/run/secrets/hub/database-url'),
      'schools: migration Job migrate does not run as schools_owner',
    ],
    ['a partner without its migration job', (o) => drop(o, 'Job', 'hub-chambers', 'migrate'), 'chambers: no migration Job'],
    [
      "a subgraph given the owner's URL",
      (o) => void container(o, 'Deployment', 'hub-employment', 'subgraph').env.push({ name: 'OWNER_DATABASE_URL_FILE', value: '/run/secrets/hub/database-url' }),
      "employment: subgraph is given the owner's database URL",
    ],
    ['gateway replicas counting the rate limit alone', (o) => drop(o, 'Cluster', 'hub-gateway', 'rate-limit-db'), 'gateway: no Cluster rate-limit-db'],
    ['a single subgraph replica', (o) => void (get(o, 'Deployment', 'hub-schools', 'subgraph').spec.replicas = 1), 'schools: subgraph replicas below 2'],
    ['a database without a standby', (o) => void (get(o, 'Cluster', 'hub-municipality', 'db').spec.instances = 1), 'municipality: Cluster db has 1 instance(s)'],
    ['a database without scheduled backups', (o) => drop(o, 'ScheduledBackup', 'hub-employment', 'db-nightly'), 'employment: Cluster db has no ScheduledBackup'],
    ['a database without WAL archiving', (o) => void delete get(o, 'Cluster', 'hub-chambers', 'db').spec.backup, 'chambers: Cluster db archives no WAL'],
    ['a database owned by the serving role', (o) => void (get(o, 'Cluster', 'hub-schools', 'db').spec.bootstrap.initdb.owner = 'schools'), 'does not create database schools owned by schools_owner'],
  ];

  it.each(broken)('catches %s', (_scenario, breakIt, expected) => {
    const objects = copy();
    const result = breakIt(objects) ?? objects;
    expect(hubProblems(result)).toContainEqual(expect.stringContaining(expected));
  });

  // The renderer implements a subset of kustomize; where kubectl is installed, it must agree.
  const kubectl = spawnSync('kubectl', ['version', '--client'], { stdio: 'ignore' }).status === 0;
  it.skipIf(!kubectl)('renders what kubectl kustomize renders', () => {
    const theirs = parseYamlDocuments(execFileSync('kubectl', ['kustomize', join(work, overlay)], { encoding: 'utf8' }), 'kubectl kustomize');
    // kubectl folds long base64 values over lines; the bytes are the same.
    const byId = (objects: K8sObject[]) =>
      Object.fromEntries(
        objects.map((o) => {
          const data = o.kind === 'Secret' ? Object.fromEntries(Object.entries(o.data as Record<string, string>).map(([k, v]) => [k, v.replace(/\s/g, '')])) : o.data;
          return [objectId(o), { ...o, ...(data ? { data } : {}) }];
        }),
      );
    expect(byId(rendered)).toEqual(byId(theirs));
  });
});
