import { describe, expect, it } from 'vitest';
import { ConfigError } from '@kassel-hub/kit';
import { manifests } from '@kassel-hub/registry';
import { devPorts, portKey } from './dev-ports';

const taken = { gateway: 4000, PostgreSQL: 54329 };

describe('the subgraph ports of npm start', () => {
  it('are the manifests\' development ports when nothing is set', () => {
    expect(devPorts(manifests, {}, taken)).toEqual(Object.fromEntries(manifests.map((m) => [m.name, m.defaultPort])));
  });

  it('follow SUBGRAPH_BASE_PORT in registry order, and a partner\'s own <NAME>_PORT before it', () => {
    const [first, second] = manifests;
    const ports = devPorts(manifests, { SUBGRAPH_BASE_PORT: '5101', [portKey(second!.name)]: '6200' }, taken);
    expect(ports[first!.name]).toBe(5101);
    expect(ports[second!.name]).toBe(6200);
    expect(ports[manifests[2]!.name]).toBe(5103);
  });

  it('are refused, naming the variable, when two services would share one', () => {
    const [first, second] = manifests;
    expect(() => devPorts(manifests, { [portKey(first!.name)]: '4000' }, taken)).toThrow(ConfigError);
    expect(() => devPorts(manifests, { [portKey(first!.name)]: String(second!.defaultPort) }, taken)).toThrow(new RegExp(`would both listen on ${second!.defaultPort}`));
    expect(() => devPorts(manifests, { SUBGRAPH_BASE_PORT: '65534' }, taken)).toThrow(/above 65535/);
    expect(() => devPorts(manifests, { [portKey(first!.name)]: 'eighty' }, taken)).toThrow(ConfigError);
  });
});
