import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ts from 'typescript';
import { parse } from 'graphql';
import { printSubgraphSchema } from '@apollo/subgraph';
import { composeServices } from '@theguild/federation-composition';
import { buildFederatedSchema, type SubgraphDefinition } from '@kassel-hub/kit';
import { auditTrail } from '@kassel-hub/governance';
import { generatePartner, migrationName, PartnerExistsError, type GeneratedPartner } from './new-partner-generate';
import { partnerNames, PartnerNameError } from './new-partner-names';

const root = resolve(__dirname, '../..');

/** Type-checks every generated file (tests included) as the workspace's tsconfig would, without emitting. */
function typeErrors(folder: string, files: string[]): string[] {
  const base = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.base.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
  const options = { ...base.options, noEmit: true, composite: false, incremental: false, declaration: false };
  const program = ts.createProgram(files.filter((f) => f.endsWith('.ts')).map((f) => join(folder, f)), options);
  // Only the generated files: the shared test support is checked where it lives.
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName.startsWith(folder))
    .map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

describe('npm run new:partner', () => {
  let dir: string;
  let partner: GeneratedPartner;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'hub-new-partner-'));
    // The generated workspace resolves its packages as one in the repository would.
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    partner = generatePartner({
      name: 'probationService',
      title: 'probation service',
      port: 4099,
      category: 'TRAINING',
      root,
      folder: join(dir, 'probationservice'),
      now: new Date('2026-12-03T15:30:00Z'),
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('derives every name a partner goes by from one camel-case word', () => {
    expect(partnerNames('youthWelfare')).toMatchObject({ name: 'youthwelfare', pascal: 'YouthWelfare', env: 'YOUTHWELFARE', packageName: '@kassel-hub/youthwelfare', entityTable: 'youth_welfare_record' });
    for (const bad of ['Youth', 'youth-welfare', 'youth_welfare', 'x', '9lives']) expect(() => partnerNames(bad)).toThrow(PartnerNameError);
  });

  it('writes the workspace: entity, resolver, reference, loader, migration, seed, manifest and tests', () => {
    expect([...partner.files].sort()).toEqual([
      'package.json',
      'src/access.ts',
      'src/context.ts',
      'src/entities/probation-service-record.entity.ts',
      'src/entities/youth.entity.ts',
      'src/index.ts',
      'src/loaders/index.ts',
      `src/migrations/${migrationName(new Date('2026-12-03T15:30:00Z'))}.ts`,
      'src/migrations/index.ts',
      'src/probationservice.manifest.ts',
      'src/references/probation-service-record.reference.ts',
      'src/resolvers/probation-service-record.resolver.ts',
      'src/resolvers/youth.resolver.ts',
      'src/schema.test.ts',
      'src/seed/seed.ts',
      'src/subgraph.ts',
      'test/probationservice.int.ts',
      'tsconfig.json',
    ]);
    expect(JSON.parse(readFileSync(join(partner.folder, 'package.json'), 'utf8')).name).toBe('@kassel-hub/probationservice');
    expect(readdirSync(partner.folder)).toContain('src');
  });

  it('compiles, its tests included, with the repository\'s compiler settings', () => {
    expect(typeErrors(partner.folder, partner.files)).toEqual([]);
  }, 60_000);

  it('has the audit trail and composes into the supergraph with the other partners', async () => {
    const { probationService } = (await import(join(partner.folder, 'src/subgraph.ts'))) as { probationService: SubgraphDefinition<unknown> };
    // Its requests carry an audit collector and its releases are written to its own trail.
    expect(probationService.extensions).toEqual([auditTrail]);
    const sdl = printSubgraphSchema(await buildFederatedSchema(probationService));
    const services = readdirSync(join(root, 'schema/subgraphs'))
      .filter((f) => f.endsWith('.graphql'))
      .map((f) => ({ name: f.replace(/\.graphql$/, ''), typeDefs: parse(readFileSync(join(root, 'schema/subgraphs', f), 'utf8')), url: 'http://localhost/graphql' }));
    const result = composeServices([...services, { name: probationService.name, typeDefs: parse(sdl), url: 'http://localhost:4099/graphql' }]);
    expect((result.errors ?? []).map((e) => e.message)).toEqual([]);
    expect(result.supergraphSdl).toContain('PROBATIONSERVICE @join__graph(name: "probationservice", url: "http://localhost:4099/graphql")');
    expect(result.supergraphSdl).toMatch(/probationServiceRecords: \[ProbationServiceRecord!\] @join__field\(\s*graph: PROBATIONSERVICE\s*requires:/);
  }, 60_000);

  it('never overwrites a partner that exists', () => {
    expect(() => generatePartner({ name: 'probationService', title: 'x', port: 4099, category: 'TRAINING', root, folder: partner.folder })).toThrow(PartnerExistsError);
  });
});
