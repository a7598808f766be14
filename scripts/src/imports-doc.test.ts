import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportKinds } from './import';
import { generatedImportsDoc, importsDocPath, renderExportKinds, withExportKinds } from './imports-doc';

describe('docs/imports.md', () => {
  const committed = readFileSync(importsDocPath, 'utf8');

  it('lists every export kind with its columns as the kinds define them (run `npm run docs` after a change)', () => {
    expect(committed, 'docs/imports.md is stale: run npm run docs').toBe(generatedImportsDoc());
    for (const [partner, kinds] of Object.entries(exportKinds)) {
      for (const kind of kinds) {
        const section = committed.slice(committed.indexOf(`### ${partner}: \`${kind.name}\``));
        for (const column of kind.columns) expect(section, `${partner} ${kind.name}: ${column.header}`).toContain(`| ${column.header} |`);
      }
    }
  });

  it('a column added to a kind, or a changed description, makes the committed file stale', () => {
    const [partner, kinds] = Object.entries(exportKinds)[0]!;
    const [first, ...rest] = kinds;
    const extraColumn = { ...first!.columns[0]!, header: 'Bemerkung', aliases: undefined, presence: 'optional' as const, doc: 'A remark; not stored.' };
    const changed = { ...exportKinds, [partner]: [{ ...first!, columns: [...first!.columns, extraColumn] }, ...rest] };
    expect(withExportKinds(committed, renderExportKinds(changed))).toContain('| Bemerkung | optional column | A remark; not stored. |');
    expect(withExportKinds(committed, renderExportKinds(changed))).not.toBe(committed);
    const redescribed = { ...exportKinds, [partner]: [{ ...first!, description: 'Something else.' }, ...rest] };
    expect(withExportKinds(committed, renderExportKinds(redescribed))).not.toBe(committed);
  });

  it('a guide that lost the markers of its generated part is refused, not silently rewritten', () => {
    expect(() => withExportKinds('# Importing\n', renderExportKinds(exportKinds))).toThrow(/lacks the markers/);
  });
});
