import type { GatewayConfig as RuntimeConfig } from '@graphql-hive/gateway-runtime';
import { callerOf } from './caller';

/**
 * The runtime's `disableIntrospection` option for this deployment. In production the schema is
 * not published: only identities with the role `admin` may introspect (they operate the hub);
 * in development everyone may, so GraphiQL documents the schema.
 */
export function introspectionPolicy(production: boolean): RuntimeConfig['disableIntrospection'] {
  if (!production) return undefined;
  return { disableIf: ({ context }) => !callerOf(context.request)?.roles.includes('admin') };
}
