import { readFileSync } from 'node:fs';
import {
  buildASTSchema,
  getNamedType,
  isEnumType,
  isLeafType,
  isNonNullType,
  isObjectType,
  parse,
  type GraphQLField,
  type GraphQLObjectType,
} from 'graphql';

/** A report field found in the supergraph, with a query the bench generated for it. */
export interface ReportQuery {
  field: string;
  query: string;
}

/** Names and descriptions that mark a coordination report or indicator (aggregates, not persons). */
const REPORT_NAME = /report|indicator|dashboard|statistic/i;
const REPORT_DESCRIPTION = /\breports?\b|indicator|disclosure control|dashboard/i;

/**
 * The coordination reports present in the supergraph at run time (other work adds them). Each gets
 * a generated query: required arguments filled from the generated data (a year argument takes the
 * latest leaving cohort, an enum its first value), every leaf field selected down to depth 3.
 * Fields whose required arguments cannot be filled are returned in `skipped` with the reason.
 */
export function discoverReports(supergraphPath: string, cohortYear: number): { reports: ReportQuery[]; skipped: string[] } {
  const schema = buildASTSchema(parse(readFileSync(supergraphPath, 'utf8')), { assumeValidSDL: true });
  const query = schema.getQueryType()!;
  const reports: ReportQuery[] = [];
  const skipped: string[] = [];
  for (const field of Object.values(query.getFields())) {
    if (!REPORT_NAME.test(field.name) && !REPORT_DESCRIPTION.test(field.description ?? '')) continue;
    const args: string[] = [];
    let unfillable: string | undefined;
    for (const arg of field.args) {
      if (!isNonNullType(arg.type) || arg.defaultValue !== undefined) continue;
      const named = getNamedType(arg.type);
      if (named.name === 'Int' && /year/i.test(arg.name)) args.push(`${arg.name}: ${cohortYear}`);
      else if (isEnumType(named)) args.push(`${arg.name}: ${named.getValues()[0].name}`);
      else if (named.name === 'Boolean') args.push(`${arg.name}: true`);
      else unfillable = `${field.name}: cannot fill required argument ${arg.name}: ${arg.type.toString()}`;
    }
    const selection = selectionOf(field, 0);
    if (unfillable) skipped.push(unfillable);
    else if (!selection) skipped.push(`${field.name}: no selectable fields`);
    else reports.push({ field: field.name, query: `query Report_${field.name} { ${field.name}${args.length ? `(${args.join(', ')})` : ''} ${selection} }` });
  }
  return { reports, skipped };
}

function selectionOf(field: GraphQLField<unknown, unknown>, depth: number): string {
  const type = getNamedType(field.type);
  if (isLeafType(type)) return '';
  if (!isObjectType(type) || depth >= 3) return '';
  const parts: string[] = [];
  for (const f of Object.values((type as GraphQLObjectType).getFields())) {
    if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    if (isLeafType(getNamedType(f.type))) parts.push(f.name);
    else {
      const sub = selectionOf(f, depth + 1);
      if (sub) parts.push(`${f.name} ${sub}`);
    }
  }
  return parts.length ? `{ ${parts.join(' ')} }` : '';
}
