import { GraphQLError, buildSchema, parse, validate, NoSchemaIntrospectionCustomRule } from 'graphql';
import { describe, expect, it } from 'vitest';
import { maskHubError } from './mask-error';
import { sanitizeError } from './sanitize';

/** An error as the runtime's HTTP executor makes it when a subgraph refuses the connection. */
const connectionRefused = () =>
  new GraphQLError('connect ECONNREFUSED 127.0.0.1:4002', {
    path: ['youth'],
    originalError: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4002'), { code: 'ECONNREFUSED' }),
    extensions: { code: 'SUBREQUEST_HTTP_ERROR', serviceName: 'schools', request: { method: 'POST', body: '{"query":"{ _entities }"}' } },
  });

describe('masking errors', () => {
  it('an unreachable subgraph becomes PARTNER_UNAVAILABLE naming the partner, without URL or request', () => {
    const masked = maskHubError(connectionRefused()) as GraphQLError;
    expect(masked.message).toBe('the schools partner is not reachable');
    expect(masked.path).toEqual(['youth']);
    expect(masked.extensions).toEqual({ code: 'PARTNER_UNAVAILABLE' });
    expect(JSON.stringify(masked)).not.toMatch(/127\.0\.0\.1|_entities|ECONNREFUSED/);
  });

  it('a timed-out subgraph is PARTNER_UNAVAILABLE too, and loses the 504 that would fail the whole answer', () => {
    const timeout = new GraphQLError('The operation was aborted due to timeout', { extensions: { code: 'GATEWAY_TIMEOUT', serviceName: 'chambers', http: { status: 504 } } });
    const masked = maskHubError(timeout) as GraphQLError;
    expect(masked.message).toBe('the chambers partner is not reachable');
    expect(masked.extensions).toEqual({ code: 'PARTNER_UNAVAILABLE' });
  });

  it('an unexpected exception becomes "Internal server error" with no details', () => {
    const masked = maskHubError(new TypeError('cannot read properties of undefined (reading "x")')) as GraphQLError;
    expect(masked.message).toBe('Internal server error');
    expect(masked.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    expect(JSON.stringify(masked)).not.toMatch(/TypeError|reading/);
  });

  it('client and subgraph GraphQL errors pass the mask unchanged (they are trimmed afterwards)', () => {
    const e = new GraphQLError('first must be between 1 and 500', { extensions: { code: 'INVALID_PAGE_SIZE' } });
    expect(maskHubError(e)).toBe(e);
  });
});

describe('sanitizing errors', () => {
  const dev = { production: false };

  it('keeps message, path, locations, code, argument and hub* extensions; drops serviceName and internals', () => {
    const e = new GraphQLError('"x" is not a pseudonym', {
      path: ['youth'],
      extensions: { code: 'INVALID_PSEUDONYM', argument: 'pseudonym', hubConsent: 'none', serviceName: 'municipality', stacktrace: ['at x (a.ts:1)'], exception: { stacktrace: [] }, http: { status: 500 } },
    });
    const out = sanitizeError(e, dev) as GraphQLError;
    expect(out.toJSON()).toEqual({ message: '"x" is not a pseudonym', path: ['youth'], extensions: { code: 'INVALID_PSEUDONYM', argument: 'pseudonym', hubConsent: 'none' } });
  });

  it("keeps the gateway's own HTTP status for the runtime, which removes it from the JSON", () => {
    const e = new GraphQLError('too deep', { extensions: { code: 'QUERY_TOO_DEEP', http: { status: 400, spec: false } } });
    expect((sanitizeError(e, dev) as GraphQLError).extensions).toEqual({ code: 'QUERY_TOO_DEEP', http: { status: 400, spec: false } });
  });

  it('keeps locations', () => {
    const schema = buildSchema('type Query { a: Int }');
    const [e] = validate(schema, parse('{\n  b\n}'));
    expect((sanitizeError(e, dev) as GraphQLError).locations).toEqual([{ line: 2, column: 3 }]);
  });

  it('in production removes "Did you mean" suggestions, which would spell out the schema', () => {
    const schema = buildSchema('type Query { youth: Int youths: Int }');
    const [e] = validate(schema, parse('{ youthh }'));
    expect(e.message).toMatch(/Did you mean/);
    expect(sanitizeError(e, { production: true }).message).toBe('Cannot query field "youthh" on type "Query".');
    expect(sanitizeError(e, dev).message).toMatch(/Did you mean "youth" or "youths"\?/);
  });

  it("graphql-js's introspection refusal becomes INTROSPECTION_DISABLED with 403", () => {
    const schema = buildSchema('type Query { a: Int }');
    const [e] = validate(schema, parse('{ __schema { queryType { name } } }'), [NoSchemaIntrospectionCustomRule]);
    const out = sanitizeError(e, { production: true }) as GraphQLError;
    expect(out.extensions).toEqual({ code: 'INTROSPECTION_DISABLED', http: { status: 403, spec: false } });
    expect(out.message).toBe('introspection is disabled (the query asks for "__schema"): the schema is published to administrators only');
  });

  it('plain (already serialised) errors are trimmed the same way', () => {
    expect(sanitizeError({ message: 'm', path: ['a'], extensions: { code: 'C', serviceName: 's' } }, dev)).toEqual({ message: 'm', path: ['a'], extensions: { code: 'C' } });
  });
});
