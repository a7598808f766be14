import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSchemaFiles, compareWithPreviousRelease, schemaDir } from './schema';
import { formatReport } from './schema-changes';

describe('committed schema files', () => {
  it('every subgraph SDL and the supergraph are up to date and compose (run `npm run schema` after a change)', async () => {
    const files = await buildSchemaFiles();
    expect([...files.keys()].sort()).toEqual([
      'subgraphs/chambers.graphql',
      'subgraphs/employment.graphql',
      'subgraphs/municipality.graphql',
      'subgraphs/schools.graphql',
      'subgraphs/youthwelfare.graphql',
      'supergraph.graphql',
    ]);
    for (const [rel, content] of files) {
      expect(readFileSync(join(schemaDir, rel), 'utf8'), `schema/${rel} is stale`).toBe(content);
    }
  });

  it('subgraph SDL keeps the federation keys that plain printSchema would drop', async () => {
    const files = await buildSchemaFiles();
    expect(files.get('subgraphs/schools.graphql')).toMatch(/type Youth\s+@key\(fields: "pseudonym"\)/);
    expect(files.get('subgraphs/municipality.graphql')).toMatch(/type District\s+@key\(fields: "code"\)/);
  });

  it('no partner system breaks against the previous release (schema/previous-release), unless deprecated there first', async () => {
    const { ref, report } = await compareWithPreviousRelease(await buildSchemaFiles());
    expect(report.breaking, formatReport(report, `the previous release ${ref}`)).toEqual([]);
  });
});
