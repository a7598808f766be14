import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PartnerManifest } from '@kassel-hub/manifest';
import { composeRegions, envExampleRegions, kubernetesBaseRegions, kubernetesGatewayRegions, kubernetesOverlayRegions, makeSecretsRegions } from './deployment';
import { kubernetesPartnerFiles } from './kubernetes-partner';
import { kubernetesRecoveryFile } from './kubernetes-recovery';
import { handoverFiles } from './kubernetes-handover';
import { PARTNER_DIRECTORY_PATH, partnerDirectorySource } from './partner-directory';
import { fillRegions } from './regions';

/** A file derived from the registry: its path from the repository root and its whole content. */
export interface GeneratedFile {
  path: string;
  content: string;
}

const ROOT = resolve(__dirname, '../../..');

/** Hand-written files whose `# >>> generated:` regions come from the registry. */
export const REGION_FILES: Readonly<Record<string, (manifests: readonly PartnerManifest[]) => Record<string, string[]>>> = {
  '.env.example': envExampleRegions,
  'docker/compose.yaml': composeRegions,
  'docker/make-secrets.sh': makeSecretsRegions,
  'deploy/kubernetes/make-secrets.sh': makeSecretsRegions,
  'deploy/kubernetes/base/kustomization.yaml': kubernetesBaseRegions,
  'deploy/kubernetes/base/gateway/deployment.yaml': kubernetesGatewayRegions,
  'deploy/kubernetes/overlays/production/kustomization.yaml': kubernetesOverlayRegions,
};

/** Folders that hold one generated folder per partner and nothing else. */
export const PARTNER_FOLDERS = ['deploy/kubernetes/base/partners'];

/** Every file `npm run generate` writes, from the files as they are in `root`; a test fails when a committed one differs. */
export function generatedFiles(manifests: readonly PartnerManifest[], root = ROOT): GeneratedFile[] {
  return [
    { path: PARTNER_DIRECTORY_PATH, content: partnerDirectorySource(manifests) },
    ...Object.entries(REGION_FILES).map(([path, regions]) => ({ path, content: fillRegions(path, readFileSync(resolve(root, path), 'utf8'), regions(manifests)) })),
    ...manifests.flatMap((m) => kubernetesPartnerFiles(m, manifests)),
    ...handoverFiles(manifests),
    ...manifests.map(kubernetesRecoveryFile),
  ];
}
