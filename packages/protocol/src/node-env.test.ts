import { describe, expect, it } from 'vitest';
import { isProductionEnv } from './node-env';

describe('NODE_ENV', () => {
  it('counts production however a deployment spells its case', () => {
    for (const v of ['production', 'Production', 'PRODUCTION', ' production\n']) expect(isProductionEnv(v), JSON.stringify(v)).toBe(true);
  });

  it('counts anything else, or nothing, as not production', () => {
    for (const v of [undefined, '', 'development', 'test', 'prod', 'production-like']) expect(isProductionEnv(v), String(v)).toBe(false);
  });
});
