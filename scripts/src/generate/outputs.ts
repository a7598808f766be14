import type { PartnerManifest } from '@kassel-hub/kit';
import { PARTNER_DIRECTORY_PATH, partnerDirectorySource } from './partner-directory';

/** A file derived from the registry: its path from the repository root and its whole content. */
export interface GeneratedFile {
  path: string;
  content: string;
}

/** Every file `npm run generate` writes; a test fails when a committed one differs. */
export function generatedFiles(manifests: readonly PartnerManifest[]): GeneratedFile[] {
  return [{ path: PARTNER_DIRECTORY_PATH, content: partnerDirectorySource(manifests) }];
}
