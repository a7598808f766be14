import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifests, partnerNames } from '@kassel-hub/registry';
import { generatedFiles, PARTNER_FOLDERS, REGION_FILES } from './generate/outputs';
import { withoutRegions } from './generate/regions';

/*
 * The registry is the one place that lists the partners: everything else derives from it. This
 * test greps the repository for the partners' names (outside their own folders, docs, the
 * committed schema and samples) and fails on every hit that is not derived from the registry or
 * named below with its reason.
 */
const root = resolve(__dirname, '../..');
const pattern = `\\b(${partnerNames.join('|')})\\b`;
const outside = [...partnerNames.map((n) => `:!subgraphs/${n}`), ':!docs', ':!*.md', ':!schema', ':!samples', ':!bench/results'];

/** Where a partner's name may still appear, and why. Keep it short; each entry must still match. */
const ALLOWED: readonly { path: RegExp; why: string }[] = [
  { path: /^packages\/registry\//, why: 'the registry itself: the one list of partner workspaces' },
  { path: /^package-lock\.json$/, why: "npm's record of the workspaces (package.json lists them by the glob subgraphs/*)" },
  { path: /^tests\/.*\.e2e\.ts$/, why: 'end-to-end scenarios across partners: one partner reads what another owns' },
  { path: /(\.test\.ts|\.int\.ts)$/, why: 'unit and integration tests that use partners as sample identities and owners' },
  { path: /^datagen\//, why: "the synthetic-data generator builds each partner's slice of the data" },
  { path: /^bench\/src\//, why: 'benchmark workloads: fixed queries on partner fields' },
  { path: /^packages\/governance\/src\/monitoring\/panel-records\.ts$/, why: "the cohort panel types every partner and the city's reports declare alike (@shareable); part of the schema" },
  { path: /^packages\/governance\/src\/market\/applicant-market\.type\.ts$/, why: 'a type description in the committed schema' },
  { path: /^gateway\/src\/monitoring\//, why: "the monitoring page's example reports, which query partner fields" },
];

const regionFiles = new Set(Object.keys(REGION_FILES));
const wholeGenerated = new Set(generatedFiles(manifests, root).map((f) => f.path).filter((p) => !regionFiles.has(p)));

function filesNamingPartners(): string[] {
  try {
    return execFileSync('git', ['grep', '--untracked', '-l', '-E', pattern, '--', '.', ...outside], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
  } catch (err) {
    if ((err as { status?: number }).status === 1) return []; // git grep: nothing found
    throw err;
  }
}

/** The hits that nothing justifies: not generated, not in a generated region, not allowed. */
function unexplainedHits(files: readonly string[]): string[] {
  const re = new RegExp(pattern);
  return files.filter((file) => {
    if (wholeGenerated.has(file) || PARTNER_FOLDERS.some((f) => file.startsWith(`${f}/`))) return false;
    if (regionFiles.has(file)) return re.test(withoutRegions(readFileSync(join(root, file), 'utf8')));
    return !ALLOWED.some((a) => a.path.test(file));
  });
}

describe('the registry is the only list of partners', () => {
  const files = filesNamingPartners();

  it('no file outside the partners\' folders names a partner, unless it is generated from the registry or allowed with a reason', () => {
    expect(unexplainedHits(files)).toEqual([]);
  });

  it('every allowed exception is still needed', () => {
    expect(ALLOWED.filter((a) => !files.some((f) => a.path.test(f))).map((a) => a.why)).toEqual([]);
  });

  it('a partner named in a hand-written file, or outside the generated region of a deployment file, is found', () => {
    const compose = readFileSync(join(root, 'docker/compose.yaml'), 'utf8');
    expect(new RegExp(pattern).test(withoutRegions(compose))).toBe(false);
    expect(new RegExp(pattern).test(withoutRegions(`${compose}\n# ${partnerNames[0]} only\n`))).toBe(true);
    expect(unexplainedHits(['scripts/src/start.ts', 'gateway/src/config.ts'])).toEqual(['scripts/src/start.ts', 'gateway/src/config.ts']);
  });
});
