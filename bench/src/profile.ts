import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

export interface ProfileSummary {
  totalMs: number;
  functions: { name: string; where: string; selfMs: number; share: number }[];
  packages: { name: string; selfMs: number; share: number }[];
}

/** `node_modules/@scope/pkg/...` → `@scope/pkg`; our own code by workspace folder; node internals. */
export function ownerOf(url: string): string {
  if (!url) return '(native / V8)';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1];
  if (url.startsWith('node:')) return 'node core';
  const ours = /\/(gateway|subgraphs\/\w+|bench|datagen|scripts)\/dist\//.exec(url);
  return ours ? `hub ${ours[1]}` : url.replace(/^file:\/\//, '');
}

/**
 * Self time per function and per package from a V8 `.cpuprofile` (what `node --cpu-prof` writes):
 * samples are attributed to the function on top of the stack, at the profile's mean interval.
 */
export function summarizeProfile(path: string, top = 15): ProfileSummary {
  const p = JSON.parse(readFileSync(path, 'utf8')) as { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[] };
  const totalSamples = p.samples.length || 1;
  const msPerSample = (p.endTime - p.startTime) / 1000 / totalSamples;
  const byFunction = new Map<string, { name: string; where: string; hits: number }>();
  const byPackage = new Map<string, number>();
  for (const n of p.nodes) {
    const hits = n.hitCount ?? 0;
    if (!hits) continue;
    const name = n.callFrame.functionName || '(anonymous)';
    const owner = ownerOf(n.callFrame.url);
    const where = n.callFrame.url ? `${owner}:${n.callFrame.lineNumber + 1}` : owner;
    const key = `${name}@${where}`;
    const f = byFunction.get(key) ?? { name, where, hits: 0 };
    f.hits += hits;
    byFunction.set(key, f);
    const pkg = ['(idle)', '(garbage collector)', '(program)'].includes(name) ? name : owner;
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + hits);
  }
  const share = (hits: number) => hits / totalSamples;
  return {
    totalMs: totalSamples * msPerSample,
    functions: [...byFunction.values()]
      .sort((a, b) => b.hits - a.hits)
      .slice(0, top)
      .map((f) => ({ name: f.name, where: f.where, selfMs: f.hits * msPerSample, share: share(f.hits) })),
    packages: [...byPackage.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, hits]) => ({ name, selfMs: hits * msPerSample, share: share(hits) })),
  };
}
