/**
 * Generated regions inside hand-written files: the lines between `# >>> generated: <id>` and
 * `# <<< generated: <id>` are rewritten from the registry, everything around them is kept. So a
 * compose file or a kustomization stays readable and commented, and only its per-partner lists are
 * derived.
 */
const START = /^\s*# >>> generated: ([\w-]+)/;
const END = (id: string) => new RegExp(`^\\s*# <<< generated: ${id}\\b`);

export class RegionError extends Error {
  readonly code = 'GENERATED_REGION_INVALID';
}

/** Replaces each region of `text` with `regions[id]`; every region in the file must be known, and every known one present. */
export function fillRegions(path: string, text: string, regions: Readonly<Record<string, readonly string[]>>): string {
  const lines = text.split('\n');
  const out: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const start = START.exec(lines[i]!);
    out.push(lines[i]!);
    if (!start) continue;
    const id = start[1]!;
    const content = regions[id];
    if (!content) throw new RegionError(`${path}: no generator for region "${id}"`);
    const end = lines.findIndex((l, j) => j > i && END(id).test(l));
    if (end < 0) throw new RegionError(`${path}: region "${id}" has no end marker`);
    out.push(...content, lines[end]!);
    seen.add(id);
    i = end;
  }
  const missing = Object.keys(regions).filter((id) => !seen.has(id));
  if (missing.length) throw new RegionError(`${path}: regions ${missing.join(', ')} not found`);
  return out.join('\n');
}

/** The text of a file with its generated regions removed (what a person wrote). */
export function withoutRegions(text: string): string {
  const out: string[] = [];
  let inside: string | null = null;
  for (const line of text.split('\n')) {
    if (inside) {
      if (END(inside).test(line)) inside = null;
      continue;
    }
    const start = START.exec(line);
    if (start) inside = start[1]!;
    else out.push(line);
  }
  return out.join('\n');
}
