/** The Secret every partner namespace holds for its backup bucket (deployment.ts generates it). */
export const BACKUP_SECRET = 'backup-store';

/** The partner's backup bucket, as CloudNativePG's `barmanObjectStore` names it. */
export const backupBucket = (partner: string) => `s3://kassel-hub-backups/${partner}`;

/**
 * The `s3Credentials` of a `barmanObjectStore`, read from the backup Secret, each line indented by
 * `indent` so that it sits under the store wherever a manifest nests it.
 */
export function s3Credentials(indent: string): string {
  return [
    's3Credentials:',
    '  accessKeyId:',
    `    name: ${BACKUP_SECRET}`,
    '    key: ACCESS_KEY_ID',
    '  secretAccessKey:',
    `    name: ${BACKUP_SECRET}`,
    '    key: ACCESS_SECRET_KEY',
  ]
    .map((line) => indent + line)
    .join('\n');
}
