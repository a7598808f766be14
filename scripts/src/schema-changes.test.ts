import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isNonNullType, isObjectType, isScalarType, Kind, parse, print, visit, type FieldDefinitionNode, type InputValueDefinitionNode, type TypeNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { apiSchemaOf, compareSchemaFiles, formatReport, SUPERGRAPH_FILE } from './schema-changes';
import { PreviousReleaseError, readReleasedSchemaFiles } from './previous-release';
import { schemaDir } from './schema';

/** The committed schema files, as a release would hold them. */
function committed(): Map<string, string> {
  const subgraphFiles = readdirSync(join(schemaDir, 'subgraphs')).map((f) => `subgraphs/${f}`);
  return new Map([SUPERGRAPH_FILE, ...subgraphFiles].map((rel) => [rel, readFileSync(join(schemaDir, rel), 'utf8')]));
}

type FieldEdit = (field: FieldDefinitionNode) => FieldDefinitionNode | null;

/** `sdl` with the field `Type.field` of every definition and extension of Type edited (null removes it). */
function editField(sdl: string, coordinate: string, edit: FieldEdit): string {
  const [typeName, fieldName] = coordinate.split('.');
  let found = false;
  const doc = visit(parse(sdl), {
    ObjectTypeDefinition(node) {
      if (node.name.value !== typeName) return undefined;
      const fields = (node.fields ?? []).flatMap((f) => {
        if (f.name.value !== fieldName) return [f];
        found = true;
        const edited = edit(f);
        return edited ? [edited] : [];
      });
      return { ...node, fields };
    },
  });
  if (!found) throw new Error(`${coordinate} is not in the SDL`);
  return print(doc);
}

const named = (name: string): TypeNode => ({ kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: name } });

/** The committed supergraph with one field edited; the subgraphs as committed. */
function withSupergraphEdit(coordinate: string, edit: FieldEdit): Map<string, string> {
  const files = committed();
  files.set(SUPERGRAPH_FILE, editField(files.get(SUPERGRAPH_FILE)!, coordinate, edit));
  return files;
}

// Targets are picked from the API schema itself, so the cases keep working as the schema grows.
const api = apiSchemaOf(committed().get(SUPERGRAPH_FILE)!);
const queryField = Object.values(api.getQueryType()!.getFields()).find((f) => f.args.length > 0)!;
const optionalArg = Object.values(api.getQueryType()!.getFields())
  .flatMap((f) => f.args.map((a) => ({ field: f.name, arg: a })))
  .find(({ arg }) => !isNonNullType(arg.type) && arg.defaultValue === undefined)!;
const scalarField = Object.values(api.getTypeMap())
  .filter(isObjectType)
  .filter((t) => !t.name.startsWith('__') && t !== api.getQueryType())
  .flatMap((t) => Object.values(t.getFields()).map((f) => ({ type: t.name, field: f })))
  .find(({ field }) => isNonNullType(field.type) && isScalarType(field.type.ofType) && field.type.ofType.name === 'String')!;

describe('schema changes against the previous release', () => {
  it('a release compared with itself has no changes', async () => {
    const report = await compareSchemaFiles(committed(), committed());
    expect(report).toEqual({ breaking: [], dangerous: [], allowed: [] });
  });

  it('a partner system loses a query field: breaking, listed as Query.<field>', async () => {
    const report = await compareSchemaFiles(committed(), withSupergraphEdit(`Query.${queryField.name}`, () => null));
    expect(report.breaking).toContainEqual(expect.objectContaining({ scope: 'supergraph API', path: `Query.${queryField.name}`, message: expect.stringMatching(/removed/) }));
    expect(formatReport(report, 'r1')).toContain(`BREAKING changes against r1 (${report.breaking.length}):\n  - supergraph API: Query.${queryField.name}:`);
  });

  it("a field's type changes (String! to Int!): breaking", async () => {
    const coordinate = `${scalarField.type}.${scalarField.field.name}`;
    const report = await compareSchemaFiles(committed(), withSupergraphEdit(coordinate, (f) => ({ ...f, type: { kind: Kind.NON_NULL_TYPE, type: named('Int') } as TypeNode })));
    expect(report.breaking).toContainEqual(expect.objectContaining({ path: coordinate, message: expect.stringMatching(/changed type from 'String!' to 'Int!'/) }));
  });

  it('an optional argument becomes required: breaking', async () => {
    const coordinate = `Query.${optionalArg.field}`;
    const requireArg = (f: FieldDefinitionNode): FieldDefinitionNode => ({
      ...f,
      arguments: f.arguments?.map((a): InputValueDefinitionNode => (a.name.value === optionalArg.arg.name ? { ...a, type: { kind: Kind.NON_NULL_TYPE, type: a.type } as TypeNode } : a)),
    });
    const report = await compareSchemaFiles(committed(), withSupergraphEdit(coordinate, requireArg));
    expect(report.breaking).toContainEqual(expect.objectContaining({ path: `${coordinate}.${optionalArg.arg.name}` }));
  });

  it('a field removed from a subgraph only fails when the supergraph no longer serves it', async () => {
    const previous = committed();
    const [file, sdl] = [...previous].find(([rel, s]) => rel !== SUPERGRAPH_FILE && s.includes(`${queryField.name}(`))!;
    const current = withSupergraphEdit(`Query.${queryField.name}`, () => null);
    current.set(file, editField(sdl, `Query.${queryField.name}`, () => null));
    const report = await compareSchemaFiles(previous, current);
    expect(report.breaking.map((i) => i.scope)).toEqual(expect.arrayContaining(['supergraph API', file.replace(/^subgraphs\/(.*)\.graphql$/, 'subgraph $1')]));

    // Still in the supergraph (another subgraph took it over): the subgraph's removal is allowed.
    const moved = committed();
    moved.set(file, editField(sdl, `Query.${queryField.name}`, () => null));
    const movedReport = await compareSchemaFiles(previous, moved);
    expect(movedReport.breaking).toEqual([]);
    expect(movedReport.allowed).toContainEqual(expect.objectContaining({ path: `Query.${queryField.name}` }));
  });

  it('a field deprecated in the previous release may be removed', async () => {
    const coordinate = `Query.${queryField.name}`;
    const deprecate: FieldEdit = (f) => ({
      ...f,
      directives: [...(f.directives ?? []), { kind: Kind.DIRECTIVE, name: { kind: Kind.NAME, value: 'deprecated' }, arguments: [] }],
    });
    const previous = withSupergraphEdit(coordinate, deprecate);
    const report = await compareSchemaFiles(previous, withSupergraphEdit(coordinate, () => null));
    expect(report.breaking).toEqual([]);
    expect(report.allowed).toContainEqual(expect.objectContaining({ scope: 'supergraph API', path: coordinate }));
  });

  it('a clone without the previous release fails with how to fetch it, never passes silently', () => {
    const absent = 'ffffffffffffffffffffffffffffffffffffffff';
    expect(() => readReleasedSchemaFiles(schemaDir, absent)).toThrow(PreviousReleaseError);
    expect(() => readReleasedSchemaFiles(schemaDir, absent)).toThrow(/not in this clone[\s\S]*git fetch origin ffff/);
  });
});
