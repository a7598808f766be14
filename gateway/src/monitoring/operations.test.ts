import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getOperationAST, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { costRule } from '../limits/cost.rule';
import { depthRule } from '../limits/depth.rule';
import { availableOperations, operationStatus, supergraphSchema } from './availability';
import { hubOperations } from './operations';

const sdl = readFileSync(resolve(__dirname, '../../../schema/supergraph.graphql'), 'utf8');
const schema = supergraphSchema(sdl);

describe('the example operations of GraphiQL and the monitoring page', () => {
  it('have unique names, each the name of its only operation, with variables for every required argument', () => {
    expect(new Set(hubOperations.map((o) => o.name)).size).toBe(hubOperations.length);
    for (const op of hubOperations) {
      const ast = getOperationAST(parse(op.query));
      expect(ast?.name?.value, op.name).toBe(op.name);
      const required = (ast?.variableDefinitions ?? []).filter((v) => v.type.kind === 'NonNullType').map((v) => v.variable.name.value);
      for (const name of required) expect(op.variables, `${op.name}: $${name}`).toHaveProperty(name);
    }
  });

  it('match every report the supergraph already has (a renamed field fails here, not in front of the office)', () => {
    const mismatches = hubOperations
      .map((op) => ({ op: op.name, status: operationStatus(schema, op) }))
      .filter((x) => x.status.state === 'mismatch');
    expect(mismatches).toEqual([]);
  });

  it("offer every report of the issue, the schools' leaver table and the README's cross-partner read", () => {
    expect(availableOperations(sdl, hubOperations).map((o) => o.name)).toEqual(hubOperations.map((o) => o.name));
  });

  // The defaults of GATEWAY_MAX_DEPTH and GATEWAY_MAX_COST (gateway/src/config.ts).
  it("stay within the gateway's default depth and cost limits, so they run as shipped", () => {
    for (const op of availableOperations(sdl, hubOperations)) {
      const doc = parse(op.query);
      expect(validate(schema, doc, [depthRule(12), costRule({ maxCost: 5000, variables: op.variables })]), op.name).toEqual([]);
    }
  });
});
