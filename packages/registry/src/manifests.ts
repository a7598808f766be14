import type { PartnerManifest } from '@kassel-hub/manifest';
import { municipalityManifest } from '@kassel-hub/municipality';
import { schoolsManifest } from '@kassel-hub/schools';
import { employmentManifest } from '@kassel-hub/employment';
import { chambersManifest } from '@kassel-hub/chambers';
import { youthWelfareManifest } from '@kassel-hub/youthwelfare';

/**
 * Every partner of the hub, in the order they start, own their data categories and appear in
 * generated files. Adding a partner: its workspace with a manifest, one line here (and its
 * dependency in package.json and tsconfig.json), then `npm run generate`.
 */
export const manifests: readonly PartnerManifest[] = [municipalityManifest, schoolsManifest, employmentManifest, chambersManifest, youthWelfareManifest] as never;
