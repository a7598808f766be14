import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isPartner, isRole, PARTNERS, ROLES } from '@kassel-hub/protocol';
import { loadOrCreateDevKeys, MAX_TOKEN_AGE_DEFAULT_SECONDS, mintDevToken } from '@kassel-hub/gateway';

/**
 * `npm run token -- --partner coordination --role analyst [--role admin] [--sub name] [--ttl 8h]`
 * prints a development token signed with this checkout's dev key (made on first use in
 * .data/dev-jwt, the same key `npm start` trusts). Production uses the city's identity provider.
 */
function ttlSeconds(text: string): number {
  const m = /^(\d+)([smh])$/.exec(text);
  if (!m) throw new Error(`--ttl must look like 30m, 8h or 90s, got ${text}`);
  const seconds = Number(m[1]) * { s: 1, m: 60, h: 3600 }[m[2] as 's' | 'm' | 'h'];
  // The gateway refuses a token that lives longer than its maximum age (AUTH_MAX_TOKEN_AGE_SECONDS,
  // by default MAX_TOKEN_AGE_DEFAULT_SECONDS): better no token than one that is refused later.
  if (seconds < 1 || seconds > MAX_TOKEN_AGE_DEFAULT_SECONDS) throw new Error(`--ttl must be between 1s and ${MAX_TOKEN_AGE_DEFAULT_SECONDS / 3600}h, got ${text}`);
  return seconds;
}

async function main() {
  const { values } = parseArgs({
    options: {
      partner: { type: 'string' },
      role: { type: 'string', multiple: true },
      sub: { type: 'string' },
      ttl: { type: 'string', default: '8h' },
    },
  });
  if (!isPartner(values.partner)) throw new Error(`--partner must be one of ${PARTNERS.join(', ')}`);
  const roles = values.role ?? [];
  if (roles.length === 0 || !roles.every(isRole)) throw new Error(`--role must be one or more of ${ROLES.join(', ')}`);
  const dataDir = resolve(process.env.HUB_DATA_DIR ?? join(__dirname, '../../.data'));
  const keys = await loadOrCreateDevKeys(join(dataDir, 'dev-jwt'));
  const token = await mintDevToken(
    keys.privateJwk,
    { sub: values.sub ?? `${values.partner}-${roles[0]}`, partner: values.partner, roles },
    { ttlSeconds: ttlSeconds(values.ttl!) },
  );
  process.stdout.write(`${token}\n`);
}

main().catch((err: Error) => {
  process.stderr.write(`${err.message}\n`);
  process.exit(2);
});
