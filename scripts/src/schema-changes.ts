import { buildASTSchema, buildSchema, getNamedType, isEnumType, isInputObjectType, isInterfaceType, isObjectType, parse, type GraphQLSchema, type GraphQLType } from 'graphql';
import { ChangeType, CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { transformSupergraphToPublicSchema } from '@theguild/federation-composition';

/** The supergraph's file among the schema files (the others are `subgraphs/<name>.graphql`). */
export const SUPERGRAPH_FILE = 'supergraph.graphql';

/** One change between two schemas, as `npm run schema:check` and the test list it. */
export interface SchemaChangeItem {
  /** `supergraph API` or `subgraph <name>`. */
  scope: string;
  /** Schema coordinate, e.g. `Youth.leaving` or `Query.youths.pseudonyms`. */
  path: string;
  message: string;
}

export interface SchemaChangeReport {
  /** Fail the check: a partner system's query may stop working. */
  breaking: SchemaChangeItem[];
  /** Listed, never failing: a query keeps working but may behave differently (a new enum value). */
  dangerous: SchemaChangeItem[];
  /** Would be breaking, but the element was deprecated in the previous release or still served by the supergraph. */
  allowed: SchemaChangeItem[];
}

/** The schema partner systems query: the supergraph without federation internals and `@inaccessible` parts. */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return buildASTSchema(transformSupergraphToPublicSchema(parse(supergraphSdl)));
}

const REMOVALS = new Set<string>([ChangeType.FieldRemoved, ChangeType.EnumValueRemoved, ChangeType.InputFieldRemoved, ChangeType.FieldArgumentRemoved]);

/** Whether the element a removal names carried `@deprecated` in the old schema. */
function wasDeprecated(old: GraphQLSchema, change: Change): boolean {
  if (!REMOVALS.has(change.type) || !change.path) return false;
  const [typeName, member, argName] = change.path.split('.');
  const type = old.getType(typeName!);
  if (isEnumType(type)) return Boolean(type.getValue(member!)?.deprecationReason);
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    const field = type.getFields()[member!];
    if (!field) return false;
    if (argName === undefined) return Boolean(field.deprecationReason);
    return Boolean('args' in field && field.args.find((a) => a.name === argName)?.deprecationReason);
  }
  return false;
}

/**
 * A removed type breaks no query if every field, argument and input field that referred to it was
 * deprecated (those removals are allowed in their own right) or sat on a type removed as well.
 */
function onlyDeprecatedUses(old: GraphQLSchema, next: GraphQLSchema, change: Change): boolean {
  if (change.type !== ChangeType.TypeRemoved || !change.path) return false;
  const removed = change.path;
  for (const type of Object.values(old.getTypeMap())) {
    if (type.name.startsWith('__') || next.getType(type.name) === undefined) continue;
    if (!isObjectType(type) && !isInterfaceType(type) && !isInputObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const uses = [field, ...('args' in field ? field.args : [])].filter((f) => getNamedType(f.type as GraphQLType).name === removed);
      if (uses.some((f) => !f.deprecationReason)) return false;
    }
  }
  return true;
}

function item(scope: string, change: Change): SchemaChangeItem {
  return { scope, path: change.path ?? '(schema)', message: change.message };
}

function sortInto(report: SchemaChangeReport, scope: string, changes: Change[], allow: (c: Change) => boolean) {
  for (const change of changes) {
    if (change.criticality.level === CriticalityLevel.Breaking) (allow(change) ? report.allowed : report.breaking).push(item(scope, change));
    else if (change.criticality.level === CriticalityLevel.Dangerous) report.dangerous.push(item(scope, change));
  }
}

/**
 * Compares the schema files of the previous release with the current ones (both keyed as under
 * `schema/`: `supergraph.graphql`, `subgraphs/<name>.graphql`). The supergraph's API schema is what
 * partner systems query: a breaking change there fails unless the element was `@deprecated` in the
 * previous release. A subgraph's breaking change fails on the same terms, unless the API schema
 * still serves the element unchanged (a field moved to another subgraph, or an `@external` copy
 * dropped). A subgraph that is new is all additions; one that is gone is listed as dangerous, its
 * fields' fate shows in the API schema.
 */
export async function compareSchemaFiles(previous: ReadonlyMap<string, string>, current: ReadonlyMap<string, string>): Promise<SchemaChangeReport> {
  const report: SchemaChangeReport = { breaking: [], dangerous: [], allowed: [] };
  const oldSupergraph = previous.get(SUPERGRAPH_FILE);
  const newSupergraph = current.get(SUPERGRAPH_FILE);
  if (!oldSupergraph || !newSupergraph) throw new Error(`both releases need ${SUPERGRAPH_FILE}`);
  const oldApi = apiSchemaOf(oldSupergraph);
  const newApi = apiSchemaOf(newSupergraph);
  const apiChanges = await diff(oldApi, newApi);
  sortInto(report, 'supergraph API', apiChanges, (c) => wasDeprecated(oldApi, c) || onlyDeprecatedUses(oldApi, newApi, c));
  const apiBroken = new Set(apiChanges.filter((c) => c.criticality.level === CriticalityLevel.Breaking).map((c) => c.path));
  const servedUnchanged = (path: string | undefined) => {
    if (!path || apiBroken.has(path)) return false;
    const [typeName, member] = path.split('.');
    const type = newApi.getType(typeName!);
    if (member === undefined) return type !== undefined;
    if (isEnumType(type)) return type.getValue(member) !== undefined;
    return (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) && member in type.getFields();
  };

  for (const [file, oldSdl] of previous) {
    if (file === SUPERGRAPH_FILE) continue;
    const scope = `subgraph ${file.replace(/^subgraphs\//, '').replace(/\.graphql$/, '')}`;
    const newSdl = current.get(file);
    if (newSdl === undefined) {
      report.dangerous.push({ scope, path: '(schema)', message: 'the subgraph is gone; what it served shows in the supergraph API' });
      continue;
    }
    const oldSchema = buildSchema(oldSdl);
    const changes = await diff(oldSchema, buildSchema(newSdl));
    sortInto(report, scope, changes, (c) => wasDeprecated(oldSchema, c) || servedUnchanged(c.path));
  }
  return report;
}

/** The report as lines: breaking first, then dangerous, then the allowed removals. */
export function formatReport(report: SchemaChangeReport, against: string): string {
  const lines: string[] = [];
  const section = (title: string, items: SchemaChangeItem[]) => {
    if (!items.length) return;
    lines.push(`${title} (${items.length}):`);
    for (const i of items) lines.push(`  - ${i.scope}: ${i.path}: ${i.message}`);
  };
  section(`BREAKING changes against ${against}`, report.breaking);
  section(`Dangerous changes against ${against}`, report.dangerous);
  section(`Allowed removals against ${against} (deprecated before, or still served by the supergraph)`, report.allowed);
  if (!lines.length) lines.push(`no breaking or dangerous changes against ${against}`);
  return lines.join('\n');
}
