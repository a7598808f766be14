import { buildSchema, parse, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import type { HubOperation } from './operations';

export type OperationStatus =
  /** The report is in the supergraph and the example validates against it. */
  | { state: 'available' }
  /** The report's field is not in the supergraph yet (the lead is still building it). */
  | { state: 'pending' }
  /** The report exists but the example no longer matches it: fix operations.ts. */
  | { state: 'mismatch'; errors: string[] };

/**
 * The supergraph as a schema to validate against: its types and fields are those of the API, and
 * it defines its own join directives, so a plain build suffices (as the cost rule's test does).
 */
export const supergraphSchema = (sdl: string): GraphQLSchema => buildSchema(sdl, { assumeValidSDL: true });

/** Whether `Type.field` exists in the schema. */
function hasField(schema: GraphQLSchema, report: string): boolean {
  const [type, field] = report.split('.');
  const t = schema.getType(type!);
  return !!t && 'getFields' in t && field! in t.getFields();
}

/**
 * Checks an example against the composed schema, so that GraphiQL and the monitoring page offer
 * only reports that exist: a report the subgraphs have not shipped yet shows up by itself once the
 * supergraph has it, without anyone editing the page.
 */
export function operationStatus(schema: GraphQLSchema, op: HubOperation): OperationStatus {
  if (!hasField(schema, op.report)) return { state: 'pending' };
  const errors = validate(schema, parse(op.query), specifiedRules);
  return errors.length === 0 ? { state: 'available' } : { state: 'mismatch', errors: errors.map((e) => e.message) };
}

/** The operations whose reports are in the supergraph and which validate against it. */
export function availableOperations(sdl: string, ops: readonly HubOperation[]): HubOperation[] {
  const schema = supergraphSchema(sdl);
  return ops.filter((op) => operationStatus(schema, op).state === 'available');
}
