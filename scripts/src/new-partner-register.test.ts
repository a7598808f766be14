import { describe, expect, it } from 'vitest';
import { partnerNames } from './new-partner-names';
import { RegistryEditError, withDependency, withManifest, withReference } from './new-partner-register';

const names = partnerNames('youthWelfare');

const manifests = `import type { PartnerManifest } from '@kassel-hub/kit';
import { municipalityManifest } from '@kassel-hub/municipality';
import { chambersManifest } from '@kassel-hub/chambers';

/** Every partner of the hub. */
export const manifests: readonly PartnerManifest[] = [municipalityManifest, chambersManifest] as never;
`;

const tsconfig = `{
  "extends": "../../tsconfig.base.json",
  "references": [
    { "path": "../../packages/kit" },
    { "path": "../../subgraphs/chambers" }
  ]
}
`;

describe('the registry line npm run new:partner writes', () => {
  it('imports the manifest after the other imports and lists it last', () => {
    expect(withManifest(manifests, names)).toBe(`import type { PartnerManifest } from '@kassel-hub/kit';
import { municipalityManifest } from '@kassel-hub/municipality';
import { chambersManifest } from '@kassel-hub/chambers';
import { youthWelfareManifest } from '@kassel-hub/youthwelfare';

/** Every partner of the hub. */
export const manifests: readonly PartnerManifest[] = [municipalityManifest, chambersManifest, youthWelfareManifest] as never;
`);
  });

  it('refuses to register a partner twice', () => {
    expect(() => withManifest(withManifest(manifests, names), names)).toThrow(RegistryEditError);
  });

  it('adds the package dependency and the project reference the import needs', () => {
    expect(JSON.parse(withDependency('{"name":"@kassel-hub/registry","dependencies":{"@kassel-hub/kit":"0.1.0"}}', names)).dependencies).toEqual({
      '@kassel-hub/kit': '0.1.0',
      '@kassel-hub/youthwelfare': '0.1.0',
    });
    expect(JSON.parse(withReference(tsconfig, names)).references.at(-1)).toEqual({ path: '../../subgraphs/youthwelfare' });
    expect(withReference(tsconfig, names)).toContain('    { "path": "../../subgraphs/chambers" },\n    { "path": "../../subgraphs/youthwelfare" }\n  ]');
  });
});
