import { Kind, parse, type ConstDirectiveNode, type DocumentNode, type FieldDefinitionNode, type ObjectTypeDefinitionNode, type TypeNode } from 'graphql';

/** A field of an entity keyed by pseudonym, with the partners whose subgraphs resolve it. */
export interface PersonField {
  type: string;
  field: string;
  /** Partner names (the `join__graph` names) that resolve the field. */
  owners: string[];
  /** What to select below the field: `{ __typename }` for objects, nothing for scalars and enums. */
  selection: string;
}

/** An entity type keyed by pseudonym and the root list field that fetches it by pseudonyms. */
export interface PersonEntity {
  type: string;
  /** Query field with a `pseudonyms` argument returning a list of the type. */
  rootField: string;
  /** Fields named in any of the type's keys: the pseudonym, never guarded. */
  keyFields: string[];
  fields: PersonField[];
}

const argString = (d: ConstDirectiveNode, name: string): string | undefined => {
  const v = d.arguments?.find((a) => a.name.value === name)?.value;
  return v?.kind === Kind.STRING || v?.kind === Kind.ENUM ? v.value : undefined;
};
const argBool = (d: ConstDirectiveNode, name: string): boolean => {
  const v = d.arguments?.find((a) => a.name.value === name)?.value;
  return v?.kind === Kind.BOOLEAN && v.value;
};
const directives = (node: { directives?: readonly ConstDirectiveNode[] }, name: string) => (node.directives ?? []).filter((d) => d.name.value === name);
const namedType = (t: TypeNode): string => (t.kind === Kind.NAMED_TYPE ? t.name.value : namedType(t.type));
const isList = (t: TypeNode): boolean => t.kind === Kind.LIST_TYPE || (t.kind === Kind.NON_NULL_TYPE && isList(t.type));

/**
 * Every entity keyed by pseudonym in a composed supergraph, with its fields and their owners as the
 * join spec encodes them: a field's `@join__field(graph:)` entries that are not `external` name the
 * subgraphs resolving it (an overridden one no longer does); a field without any `@join__field` belongs to every graph in the type's
 * `@join__type`. Fields hidden from clients (`@inaccessible`) are left out, since no partner can ask for them.
 */
export function personEntities(supergraphSdl: string): PersonEntity[] {
  const doc: DocumentNode = parse(supergraphSdl);
  const objects = new Map<string, ObjectTypeDefinitionNode>();
  const compositeKinds = new Set<string>([Kind.OBJECT_TYPE_DEFINITION, Kind.INTERFACE_TYPE_DEFINITION, Kind.UNION_TYPE_DEFINITION]);
  const composite = new Set<string>();
  const graphNames = new Map<string, string>();
  for (const def of doc.definitions) {
    if ('name' in def && def.name && compositeKinds.has(def.kind)) composite.add(def.name.value);
    if (def.kind === Kind.OBJECT_TYPE_DEFINITION) objects.set(def.name.value, def);
    if (def.kind === Kind.ENUM_TYPE_DEFINITION && def.name.value === 'join__Graph') {
      for (const v of def.values ?? []) graphNames.set(v.name.value, argString(directives(v, 'join__graph')[0]!, 'name')!);
    }
  }
  const partnerOf = (graph: string) => {
    const name = graphNames.get(graph);
    if (!name) throw new Error(`graph ${graph} is not declared in join__Graph`);
    return name;
  };
  const query = objects.get('Query');
  if (!query) throw new Error('the supergraph has no Query type');

  const entities: PersonEntity[] = [];
  for (const type of objects.values()) {
    const joins = directives(type, 'join__type');
    const keys = joins.map((d) => argString(d, 'key')).filter((k): k is string => k !== undefined);
    if (!keys.some((k) => k.split(/\s+/).includes('pseudonym'))) continue;
    const declaringGraphs = [...new Set(joins.map((d) => partnerOf(argString(d, 'graph')!)))];
    const keyFields = [...new Set(keys.flatMap((k) => k.split(/[\s{}]+/).filter(Boolean)))];
    const root = (query.fields ?? []).find((f) => namedType(f.type) === type.name.value && isList(f.type) && f.arguments?.some((a) => a.name.value === 'pseudonyms'));
    if (!root) throw new Error(`${type.name.value} is keyed by pseudonym but no Query field fetches it by pseudonyms`);
    const fields = (type.fields ?? [])
      .filter((f) => directives(f, 'inaccessible').length === 0)
      .map((f: FieldDefinitionNode): PersonField => {
        const required = (f.arguments ?? []).filter((a) => a.type.kind === Kind.NON_NULL_TYPE && !a.defaultValue);
        if (required.length) throw new Error(`${type.name.value}.${f.name.value} needs arguments; teach the guarded-fields test what to pass`);
        const joinFields = directives(f, 'join__field');
        const owners = joinFields.length === 0 ? declaringGraphs : [...new Set(joinFields.filter((d) => !argBool(d, 'external') && !argBool(d, 'usedOverridden') && argString(d, 'graph')).map((d) => partnerOf(argString(d, 'graph')!)))];
        return { type: type.name.value, field: f.name.value, owners, selection: composite.has(namedType(f.type)) ? '{ __typename }' : '' };
      });
    entities.push({ type: type.name.value, rootField: root.name.value, keyFields, fields });
  }
  return entities;
}
