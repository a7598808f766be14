import 'reflect-metadata';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'graphql';
import { printSubgraphSchema } from '@apollo/subgraph';
import { composeServices } from '@theguild/federation-composition';
import { buildFederatedSchema } from '@kassel-hub/kit';
import { subgraphs } from '@kassel-hub/registry';
import { compareSchemaFiles, formatReport, SUPERGRAPH_FILE, type SchemaChangeReport } from './schema-changes';
import { readPreviousReleaseRef, readReleasedSchemaFiles } from './previous-release';

/**
 * Prints every subgraph's SDL (with federation directives) into schema/subgraphs/ and composes
 * schema/supergraph.graphql, then lists the changes against the previous release
 * (schema/previous-release). With `--check` (`npm run schema:check`) it writes nothing and fails if
 * a committed file is stale or a change is breaking.
 */
export const schemaDir = resolve(__dirname, '../../schema');

export async function buildSchemaFiles(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const services = [];
  for (const def of subgraphs) {
    const sdl = printSubgraphSchema(await buildFederatedSchema(def));
    files.set(join('subgraphs', `${def.name}.graphql`), sdl);
    services.push({ name: def.name, typeDefs: parse(sdl), url: `http://localhost:${def.defaultPort}/graphql` });
  }
  const result = composeServices(services);
  if (result.errors?.length || !result.supergraphSdl) {
    throw new Error(`composition failed:\n${(result.errors ?? []).map((e) => `  - ${e.message}`).join('\n')}`);
  }
  files.set(SUPERGRAPH_FILE, result.supergraphSdl);
  return files;
}

/** The changes of `files` against the release schema/previous-release names. */
export async function compareWithPreviousRelease(files: ReadonlyMap<string, string>): Promise<{ ref: string; report: SchemaChangeReport }> {
  const ref = readPreviousReleaseRef(schemaDir);
  return { ref, report: await compareSchemaFiles(readReleasedSchemaFiles(schemaDir, ref), files) };
}

async function main() {
  const check = process.argv.includes('--check');
  const files = await buildSchemaFiles();
  const stale: string[] = [];
  for (const [rel, content] of files) {
    const path = join(schemaDir, rel);
    let current: string | undefined;
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === content) continue;
    if (check) stale.push(rel);
    else {
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, content);
      process.stdout.write(`wrote schema/${rel}\n`);
    }
  }
  if (stale.length) process.stderr.write(`stale schema files (run npm run schema): ${stale.join(', ')}\n`);
  else if (check) process.stdout.write('schema files are up to date\n');
  const { ref, report } = await compareWithPreviousRelease(files);
  process.stdout.write(`${formatReport(report, `the previous release ${ref}`)}\n`);
  if (check && (stale.length || report.breaking.length)) process.exit(1);
}

if (require.main === module) {
  main().catch((err: Error) => {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  });
}
