import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the runtime', () => {
  it('npm scripts run on the Node.js LTS the project brings (the `node` devDependency), whatever Node.js the machine has', () => {
    const { node } = JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8')).devDependencies;
    expect(process.versions.node).toBe(node);
    expect(Number(node.split('.')[0]) % 2, 'an even major is an LTS line').toBe(0);
  });
});
