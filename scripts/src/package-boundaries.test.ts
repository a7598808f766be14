import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspaceDirs } from './workspaces';

/*
 * The package layout keeps each part to its job: the gateway speaks the hub's protocol and needs
 * none of the subgraphs' plumbing or the generator, and the protocol and the reference data depend
 * on nothing, so that anything may use them.
 */
const root = resolve(__dirname, '../..');
const workspaces = workspaceDirs(root);
interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}
const manifest = (dir: string): Manifest => JSON.parse(readFileSync(resolve(root, dir, 'package.json'), 'utf8'));
const allDependencies = (m: Manifest) => Object.keys({ ...m.dependencies, ...m.devDependencies, ...m.peerDependencies, ...m.optionalDependencies });

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* sources(path);
    else if (entry.endsWith('.ts')) yield path;
  }
}
/** Every module a folder's sources import or re-export, by specifier. */
const importsOf = (dir: string) =>
  new Set([...sources(resolve(root, dir))].flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\b(?:from|import|import\(|require\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!)));

/** Whether `deps` (package name to its workspace dependencies) has a cycle; returns one if so. */
export function findCycle(deps: ReadonlyMap<string, readonly string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (name: string): string[] | null => {
    if (state.get(name) === 'done') return null;
    if (state.get(name) === 'open') return [...path.slice(path.indexOf(name)), name];
    state.set(name, 'open');
    path.push(name);
    for (const next of deps.get(name) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(name, 'done');
    return null;
  };
  for (const name of deps.keys()) {
    const cycle = visit(name);
    if (cycle) return cycle;
  }
  return null;
}

const FORBIDDEN_FOR_GATEWAY = ['@kassel-hub/kit', '@kassel-hub/datagen', '@kassel-hub/governance', '@kassel-hub/import'];

/**
 * The kit is plumbing: governance (release, the audit trail) builds on it and plugs into it, and
 * seeding data is the partners' business, so it names neither. A workspace that names another only
 * in a relative path (`../../governance/src`) would break the layout just the same.
 */
const FORBIDDEN_FOR_KIT = ['@kassel-hub/governance', '@kassel-hub/datagen'];

/** What of `forbidden` a workspace declares or its sources import, by package name or by path. */
export function forbiddenUses(dependencies: readonly string[], imports: Iterable<string>, forbidden: readonly string[]): string[] {
  const folders = forbidden.map((f) => f.replace('@kassel-hub/', ''));
  return [
    ...dependencies.filter((d) => forbidden.includes(d)),
    ...[...imports].filter((s) => forbidden.some((f) => s === f || s.startsWith(`${f}/`)) || (s.startsWith('.') && folders.some((f) => new RegExp(`(^|/)${f}(/|$)`).test(s)))),
  ];
}

describe('package boundaries', () => {
  it('the gateway depends on neither the kit nor the generator, nor what builds on the kit', () => {
    const deps = allDependencies(manifest('gateway'));
    expect(deps).toContain('@kassel-hub/protocol');
    expect(deps.filter((d) => FORBIDDEN_FOR_GATEWAY.includes(d))).toEqual([]);
    // Hoisting would let an undeclared import compile, so the sources are checked too.
    expect([...importsOf('gateway/src')].filter((s) => FORBIDDEN_FOR_GATEWAY.some((f) => s === f || s.startsWith(`${f}/`)) || /subgraphs\/|packages\/kit|datagen/.test(s))).toEqual([]);
  });

  it.each(['packages/protocol', 'packages/reference'])('%s has no dependencies and imports only node built-ins', (dir) => {
    expect(allDependencies(manifest(dir))).toEqual([]);
    expect([...importsOf(`${dir}/src`)].filter((s) => !s.startsWith('node:') && !s.startsWith('./') && s !== 'vitest')).toEqual([]);
  });

  it('the kit depends on neither governance nor the generator', () => {
    expect(forbiddenUses(allDependencies(manifest('packages/kit')), importsOf('packages/kit/src'), FORBIDDEN_FOR_KIT)).toEqual([]);
  });

  it('finds a forbidden dependency or import where there is one', () => {
    expect(forbiddenUses(['@kassel-hub/protocol', '@kassel-hub/datagen'], [], FORBIDDEN_FOR_KIT)).toEqual(['@kassel-hub/datagen']);
    expect(forbiddenUses([], ['./server', '@kassel-hub/governance/dist/audit', '@kassel-hub/protocol'], FORBIDDEN_FOR_KIT)).toEqual(['@kassel-hub/governance/dist/audit']);
    expect(forbiddenUses([], ['../../governance/src/audit/audit-log', '../audit/audit-log'], FORBIDDEN_FOR_KIT)).toEqual(['../../governance/src/audit/audit-log']);
  });

  it('the workspaces depend on each other without a cycle', () => {
    const names = new Set(workspaces.map((w) => manifest(w).name));
    const graph = new Map(workspaces.map((w) => [manifest(w).name, allDependencies(manifest(w)).filter((d) => names.has(d))] as const));
    expect(findCycle(graph)).toBeNull();
  });

  it('finds a cycle where there is one', () => {
    const graph = new Map<string, string[]>([
      ['kit', ['protocol']],
      ['governance', ['kit']],
      ['protocol', ['governance']],
    ]);
    expect(findCycle(graph)).toEqual(['kit', 'protocol', 'governance', 'kit']);
    expect(findCycle(new Map([['a', ['b']], ['b', []]]))).toBeNull();
  });
});
