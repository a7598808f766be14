import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { MemoryLogWriter } from '@graphql-hive/logger';
import { gatewayLogger, redactingWriter, redactPersonData } from './logging';

// What the runtime attaches to an upstream failure: the subgraph request it could not send.
const upstreamFailure = () =>
  new GraphQLError('Failed to fetch', {
    extensions: {
      code: 'PARTNER_UNAVAILABLE',
      serviceName: 'schools',
      request: {
        url: 'http://127.0.0.1:4002/graphql',
        method: 'POST',
        body: { query: 'query($r:[_Any!]!){ _entities(representations:$r){ __typename } }', variables: { representations: [{ __typename: 'Youth', pseudonym: 'YWJ4QHJM01RZX' }] } },
      },
    },
  });

describe('gateway logs', () => {
  it('carry no subgraph request body, wherever it sits, and keep what an operator needs', () => {
    const attrs = { err: upstreamFailure(), nested: [{ request: { body: '{"variables":{"ps":["YWJ4QHJM01RZX"]}}' } }], variables: { ps: ['YWJ4QHJM01RZX'] } };
    const out = JSON.stringify(redactPersonData(attrs));
    expect(out).not.toContain('YWJ4QHJM01RZX');
    expect(out).toContain('Failed to fetch');
    expect(out).toContain('PARTNER_UNAVAILABLE');
    expect(out).toContain('http://127.0.0.1:4002/graphql');
  });

  it('are redacted before the writer sees them', () => {
    const memory = new MemoryLogWriter();
    redactingWriter(memory).write('error', { error: upstreamFailure() }, 'upstream failed');
    expect(memory.logs).toHaveLength(1);
    expect(JSON.stringify(memory.logs[0])).not.toContain('YWJ4QHJM01RZX');
    expect(memory.logs[0].msg).toBe('upstream failed');
  });

  it('survive circular values', () => {
    const a: Record<string, unknown> = { name: 'a' };
    a.self = a;
    expect(redactPersonData(a)).toEqual({ name: 'a', self: '[circular]' });
  });

  it('can be silenced with LOG_LEVEL=silent, which the runtime\'s own logger would refuse', () => {
    const before = process.env.LOG_LEVEL;
    process.env.LOG_LEVEL = 'silent';
    try {
      expect(() => gatewayLogger('silent')).not.toThrow();
    } finally {
      if (before === undefined) delete process.env.LOG_LEVEL;
      else process.env.LOG_LEVEL = before;
    }
  });
});
