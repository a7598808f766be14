import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { aliasesRule } from './aliases.rule';
import { depthRule } from './depth.rule';

/**
 * Adds the depth and alias rules to validation. They depend only on the document, so the
 * runtime's validation cache may keep their verdict: a repeated query is not measured again.
 */
export function useShapeLimits(o: { maxDepth: number; maxAliases: number }): GatewayPlugin {
  const rules = [depthRule(o.maxDepth), aliasesRule(o.maxAliases)];
  return {
    onValidate({ addValidationRule }) {
      for (const rule of rules) addValidationRule(rule);
    },
  };
}
