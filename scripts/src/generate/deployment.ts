import type { PartnerManifest } from '@kassel-hub/manifest';
import { BACKUP_SECRET } from './kubernetes-backup';

/*
 * The per-partner parts of the deployment files (docker/, deploy/kubernetes/, .env.example), as
 * lines for the generated regions of each file. One function per file; the surrounding text stays
 * hand-written.
 */

const upper = (m: PartnerManifest) => m.name.toUpperCase();

/** Every handover the recipients' manifests declare, with its recipient. */
const adoptions = (manifests: readonly PartnerManifest[]) => manifests.flatMap((m) => m.adopts.map((a) => ({ ...a, to: m.name })));

/** `{ a: { condition: c }, … }` for a compose `depends_on`. */
const dependsOn = (entries: readonly [string, string][]) => `{ ${entries.map(([service, condition]) => `${service}: { condition: ${condition} }`).join(', ')} }`;
const done = 'service_completed_successfully';

export function composeRegions(manifests: readonly PartnerManifest[]): Record<string, string[]> {
  const image = (m: PartnerManifest) =>
    `    build: { context: .., dockerfile: docker/Dockerfile, args: { SERVICE: subgraphs/${m.name}, PORT: "${m.defaultPort}", HEALTH_PATH: /health } }`;
  const moves = adoptions(manifests);
  return {
    'partner-services': manifests.flatMap((m) => {
      const n = m.name;
      // A source migrates after the handovers out of it (its migration drops their table), a
      // recipient serves after the handovers into it.
      const outOf = moves.filter((a) => a.from === n).map((a): [string, string] => [`adopt-${a.name}`, done]);
      const into = moves.filter((a) => a.to === n);
      return [
        `  db-${n}:`,
        '    <<: *postgres',
        '    environment:',
        `      POSTGRES_DB: ${m.database.name}`,
        `      POSTGRES_USER: ${m.database.ownerRole}`,
        `      POSTGRES_PASSWORD_FILE: /run/secrets/${n}-owner-db-password`,
        `      SUBGRAPH_ROLE: ${m.database.servingRole}`,
        `      SUBGRAPH_PASSWORD_FILE: /run/secrets/${n}-db-password`,
        `    secrets: [${n}-owner-db-password, ${n}-db-password]`,
        `    volumes: [db-${n}:/var/lib/postgresql, ./postgres-init:/docker-entrypoint-initdb.d:ro]`,
        `  migrate-${n}:`,
        '    <<: *service',
        '    restart: "no"',
        `    image: kassel-hub/${n}`,
        image(m),
        '    command: ["migrate"]',
        '    environment:',
        `      DATABASE_URL_FILE: /run/secrets/${n}-database-url`,
        `      OWNER_DATABASE_URL_FILE: /run/secrets/${n}-owner-database-url`,
        `    secrets: [${n}-database-url, ${n}-owner-database-url]`,
        `    depends_on: ${dependsOn([[`db-${n}`, 'service_healthy'], ...outOf])}`,
        ...into.flatMap((a) => [
          `  adopt-${a.name}:`,
          '    <<: *service',
          '    restart: "no"',
          `    image: kassel-hub/${n}`,
          image(m),
          `    command: ["adopt", "${a.name}"]`,
          '    environment:',
          `      OWNER_DATABASE_URL_FILE: /run/secrets/${n}-owner-database-url`,
          `      SOURCE_OWNER_DATABASE_URL_FILE: /run/secrets/${a.from}-owner-database-url`,
          `    secrets: [${n}-owner-database-url, ${a.from}-owner-database-url]`,
          `    depends_on: ${dependsOn([[`migrate-${n}`, done], [`db-${a.from}`, 'service_healthy']])}`,
        ]),
        `  ${n}:`,
        '    <<: *service',
        `    image: kassel-hub/${n}`,
        image(m),
        '    environment:',
        `      PORT: "${m.defaultPort}"`,
        `      DATABASE_URL_FILE: /run/secrets/${n}-database-url`,
        `      HUB_SIGNING_SECRET_FILE: /run/secrets/${n}-signing-secret`,
        '      HUB_SEED: ${HUB_SEED:-off}',
        '      LOG_LEVEL: ${LOG_LEVEL:-info}',
        '      LOG_FORMAT: json',
        `    secrets: [${n}-database-url, ${n}-signing-secret]`,
        `    depends_on: ${dependsOn([[`migrate-${n}`, done], ...into.map((a): [string, string] => [`adopt-${a.name}`, done])])}`,
      ];
    }),
    'gateway-subgraph-urls': manifests.map((m) => `      ${upper(m)}_URL: http://${m.name}:${m.defaultPort}/graphql`),
    'gateway-signing-secrets': manifests.map((m) => `      ${upper(m)}_SIGNING_SECRET_FILE: /run/secrets/${m.name}-signing-secret`),
    'gateway-secrets': [
      `    secrets: [${manifests.map((m) => `${m.name}-signing-secret`).join(', ')}]`,
      `    depends_on: { ${manifests.map((m) => `${m.name}: { condition: service_healthy }`).join(', ')} }`,
    ],
    'partner-secrets': manifests.flatMap((m) =>
      ['db-password', 'owner-db-password', 'database-url', 'owner-database-url', 'signing-secret'].map((s) => `  ${m.name}-${s}: { file: ./secrets/${m.name}-${s} }`),
    ),
    'partner-volumes': manifests.map((m) => `  db-${m.name}:`),
  };
}

/** `partner <name> <database> <owner role> <serving role>` for each partner: the shell function of make-secrets.sh does the rest. */
export function makeSecretsRegions(manifests: readonly PartnerManifest[]): Record<string, string[]> {
  return { partners: manifests.map((m) => `partner ${m.name} ${m.database.name} ${m.database.ownerRole} ${m.database.servingRole}`) };
}

export function envExampleRegions(manifests: readonly PartnerManifest[]): Record<string, string[]> {
  const example = manifests[0]!;
  return {
    'start-databases': [
      ...manifests.map((m) => `# ${upper(m)}_DATABASE_URL=postgres://${m.database.servingRole}:secret@db-${m.name}:5432/${m.database.name}`),
      ...manifests.map((m) => `# ${upper(m)}_OWNER_DATABASE_URL=postgres://${m.database.ownerRole}:secret@db-${m.name}:5432/${m.database.name}`),
    ],
    'start-ports': manifests.map((m) => `# ${upper(m)}_PORT=${m.defaultPort}`.padEnd(37) + `# the ${m.name} subgraph; wins over SUBGRAPH_BASE_PORT`),
    'subgraph-ports': [`# PORT=${example.defaultPort}                          # ${manifests.map((m) => `${m.name} ${m.defaultPort}`).join(', ')}`],
    'gateway-subgraph-urls': manifests.map((m) => `# ${upper(m)}_URL=http://127.0.0.1:${m.defaultPort}/graphql`),
    'gateway-subgraph-timeouts': manifests.map((m) => `# ${upper(m)}_TIMEOUT_MS=10000`),
    'gateway-signing-secrets': manifests.map((m) => `# ${upper(m)}_SIGNING_SECRET=...`),
  };
}

export function kubernetesGatewayRegions(manifests: readonly PartnerManifest[]): Record<string, string[]> {
  return {
    'subgraph-urls': manifests.flatMap((m) => [`            - name: ${upper(m)}_URL`, `              value: http://subgraph.hub-${m.name}.svc.cluster.local/graphql`]),
    'signing-secrets': manifests.flatMap((m) => [`            - name: ${upper(m)}_SIGNING_SECRET_FILE`, `              value: /run/secrets/hub/${m.name}`]),
  };
}

export function kubernetesBaseRegions(manifests: readonly PartnerManifest[]): Record<string, string[]> {
  return { partners: manifests.map((m) => `  - partners/${m.name}`) };
}

export function kubernetesOverlayRegions(manifests: readonly PartnerManifest[]): Record<string, string[]> {
  return {
    // The handover Job runs in the recipient's namespace with both owners' URLs.
    'handover-secrets': adoptions(manifests).flatMap((a) => [
      `  - name: adopt-${a.name}-secrets`,
      `    namespace: hub-${a.to}`,
      `    files: [owner-database-url=secrets/${a.to}/owner-database-url, source-owner-database-url=secrets/${a.from}/owner-database-url]`,
    ]),
    images: manifests.flatMap((m) => [
      `  - name: kassel-hub/${m.name}`,
      `    newName: registry.kassel.example/kassel-hub/${m.name}`,
      '    newTag: "1.0.0"',
    ]),
    'signing-secrets': manifests.map((m) => `      - ${m.name}=secrets/${m.name}/signing-secret`),
    'partner-secrets': manifests.flatMap((m) => {
      const ns = `hub-${m.name}`;
      const dir = `secrets/${m.name}`;
      return [
        '  - name: db-owner',
        `    namespace: ${ns}`,
        '    type: kubernetes.io/basic-auth',
        `    literals: [username=${m.database.ownerRole}]`,
        `    files: [password=${dir}/owner-db-password]`,
        '  - name: db-app',
        `    namespace: ${ns}`,
        '    type: kubernetes.io/basic-auth',
        `    literals: [username=${m.database.servingRole}]`,
        `    files: [password=${dir}/db-password]`,
        '  - name: subgraph-secrets',
        `    namespace: ${ns}`,
        `    files: [database-url=${dir}/database-url, signing-secret=${dir}/signing-secret]`,
        '  - name: migrate-secrets',
        `    namespace: ${ns}`,
        `    files: [database-url=${dir}/database-url, owner-database-url=${dir}/owner-database-url]`,
        `  - name: ${BACKUP_SECRET}`,
        `    namespace: ${ns}`,
        '    files: [ACCESS_KEY_ID=secrets/backup-access-key-id, ACCESS_SECRET_KEY=secrets/backup-access-secret-key]',
      ];
    }),
  };
}
