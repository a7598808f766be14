import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  getNamedType,
  isEnumType,
  isObjectType,
  Kind,
  parse,
  print,
  validate,
  type DocumentNode,
  type FieldDefinitionNode,
  type GraphQLSchema,
  type ObjectTypeDefinitionNode,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSchemaFiles } from './schema';
import { apiSchemaOf, SUPERGRAPH_FILE } from './schema-changes';

/** The coordination office's report contract, written for people (see README "Monitoring"). */
const docPath = resolve(__dirname, '../../docs/monitoring-api.graphql');

/**
 * One query reading every field the document describes, from its `Query` down, with a variable per
 * argument typed as the document types it. graphql-js `validate` then checks it against the API
 * schema: a field the schema lacks, an argument it does not take, or a variable type that no longer
 * fits (an argument made required) is an error. Types the document does not describe (CountCell,
 * LocalDate) are read from the schema.
 */
function operationFor(doc: DocumentNode, api: GraphQLSchema): string {
  const described = new Map(doc.definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION).map((d) => [d.name.value, d]));
  const variables: string[] = [];
  const selectSchemaType = (typeName: string): string => {
    const type = api.getType(typeName);
    if (!isObjectType(type)) return '';
    return `{ ${Object.values(type.getFields()).map((f) => `${f.name} ${selectSchemaType(getNamedType(f.type).name)}`).join(' ')} }`;
  };
  const selectField = (owner: string, field: FieldDefinitionNode): string => {
    const args = (field.arguments ?? []).map((a) => {
      const variable = `${owner}_${field.name.value}_${a.name.value}`;
      variables.push(`$${variable}: ${print(a.type)}`);
      return `${a.name.value}: $${variable}`;
    });
    let typeNode = field.type;
    while (typeNode.kind !== Kind.NAMED_TYPE) typeNode = typeNode.type;
    const target = typeNode.name.value;
    const selection = described.has(target) ? selectType(target) : selectSchemaType(target);
    return `${field.name.value}${args.length ? `(${args.join(', ')})` : ''} ${selection}`;
  };
  const selectType = (name: string): string => `{ ${(described.get(name)!.fields ?? []).map((f) => selectField(name, f)).join(' ')} }`;
  const body = selectType('Query');
  return `query MonitoringApiDoc${variables.length ? `(${variables.join(', ')})` : ''} ${body}`;
}

/** Differences between what the document says of each type and what the API schema serves. */
function contractDifferences(doc: DocumentNode, api: GraphQLSchema): string[] {
  const out: string[] = [];
  for (const def of doc.definitions) {
    if (def.kind === Kind.ENUM_TYPE_DEFINITION) {
      const type = api.getType(def.name.value);
      if (!isEnumType(type)) {
        out.push(`${def.name.value}: not an enum of the API schema`);
        continue;
      }
      const documented = (def.values ?? []).map((v) => v.name.value).sort();
      const served = type.getValues().map((v) => v.name).sort();
      if (documented.join() !== served.join()) out.push(`${def.name.value}: documents ${documented.join(' ')}, the schema has ${served.join(' ')}`);
    }
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    const type = api.getType(def.name.value);
    if (!isObjectType(type)) {
      out.push(`${def.name.value}: not an object type of the API schema`);
      continue;
    }
    const fields = type.getFields();
    for (const f of def.fields ?? []) {
      const served = fields[f.name.value];
      const at = `${def.name.value}.${f.name.value}`;
      if (!served) continue; // validate() names it
      if (print(f.type) !== String(served.type)) out.push(`${at}: documented as ${print(f.type)}, served as ${String(served.type)}`);
      for (const a of f.arguments ?? []) {
        const arg = served.args.find((x) => x.name === a.name.value);
        const documentedDefault = a.defaultValue ? print(a.defaultValue) : undefined;
        const servedDefault = arg?.astNode?.defaultValue ? print(arg.astNode.defaultValue) : undefined;
        if (arg && print(a.type) !== String(arg.type)) out.push(`${at}(${a.name.value}): documented as ${print(a.type)}, served as ${String(arg.type)}`);
        if (arg && documentedDefault !== servedDefault) out.push(`${at}(${a.name.value}): default ${documentedDefault} documented, ${servedDefault} served`);
      }
    }
    // Query is an excerpt (the reports' entry points); every other type is documented whole.
    if (def.name.value === 'Query') continue;
    const undocumented = Object.keys(fields).filter((name) => !(def.fields ?? []).some((f) => f.name.value === name));
    if (undocumented.length) out.push(`${def.name.value}: the schema has fields the document lacks: ${undocumented.join(', ')}`);
  }
  return out;
}

describe('docs/monitoring-api.graphql describes the schema partner systems query', () => {
  let api: GraphQLSchema;
  const doc = parse(readFileSync(docPath, 'utf8'));

  beforeAll(async () => {
    api = apiSchemaOf((await buildSchemaFiles()).get(SUPERGRAPH_FILE)!);
  });

  it("every report field and argument it documents validates against the composed supergraph's API schema", () => {
    const errors = validate(api, parse(operationFor(doc, api))).map((e) => e.message);
    expect(errors).toEqual([]);
  });

  it('every type it documents has the types, defaults, enum values and fields the schema serves', () => {
    expect(contractDifferences(doc, api)).toEqual([]);
  });

  it('a documented field the schema lacks, or a type it documents wrongly, is named', () => {
    const wrong = parse(
      readFileSync(docPath, 'utf8')
        .replace(/^(\s*)panelSize: Int!/m, '$1panelSize: Int!\n$1panelMedianAge: Float')
        .replace(/^(\s*)nonGermanShares: NonGermanShares!/m, '$1nonGermanShares: NonGermanShares'),
    );
    expect(validate(api, parse(operationFor(wrong, api))).map((e) => e.message)).toContainEqual(expect.stringContaining('Cannot query field "panelMedianAge" on type "Cohort"'));
    expect(contractDifferences(wrong, api)).toContain('Cohort.nonGermanShares: documented as NonGermanShares, served as NonGermanShares!');
  });
});
