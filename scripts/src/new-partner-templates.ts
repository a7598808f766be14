import type { PartnerNames } from './new-partner-names';

/** What a new partner's workspace is generated from. */
export interface PartnerTemplateInput {
  names: PartnerNames;
  /** Who the partner is, in one line (schema descriptions, package description). */
  title: string;
  /** Port of `npm start`. */
  port: number;
  /** The data category its person-level field belongs to (a `DataCategory` value). */
  category: string;
  /** `Migration<yyyyMMddHHmmss>` of the first migration. */
  migrationName: string;
  /** Paths from the workspace folder to the root's tsconfig.base.json, the shared packages and the generator. */
  baseTsconfig: string;
  packagesFolder: string;
  datagenFolder: string;
  /** Path from the workspace's test/ folder to tests/support/ (without a trailing slash). */
  testSupport: string;
}

/** The workspace's files, path (relative to the workspace) to content. */
export type PartnerFiles = Map<string, string>;

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The description a new partner's category starts with (its manifest, the generated partner directory). */
export const categoryDescription = (title: string) => `Records of the ${title}.`;

/**
 * A new partner's first release rule: the narrowest useful one (the coordination office, in joint
 * case work), to be widened per rule only where the partner's law allows it (docs/partners.md).
 */
export const firstConsentRelease = (category: string) => ({
  categories: [category],
  recipients: ['coordination'],
  purposes: ['TRANSITION_SUPPORT' as const],
  basis: 'joint case work with the coordination office only, until the law of the partner is stated here',
});
const quote = (s: string) => s.replace(/\\/g, '\\\\').replace(/'/g, "\\'");

export function workspaceFiles(i: PartnerTemplateInput): PartnerFiles {
  const n = i.names;
  const files: PartnerFiles = new Map();
  files.set(
    'package.json',
    json({
      name: n.packageName,
      version: '0.1.0',
      private: true,
      // The package is its manifest (which re-exports the subgraph): the registry imports it.
      main: `dist/${n.name}.manifest.js`,
      types: `dist/${n.name}.manifest.d.ts`,
      scripts: { build: 'tsc -b', start: 'node dist/index.js' },
      description: `${i.title}: subgraph`,
      dependencies: {
        '@kassel-hub/protocol': '0.1.0',
        '@kassel-hub/kit': '0.1.0',
        '@kassel-hub/governance': '0.1.0',
        '@kassel-hub/manifest': '0.1.0',
        '@kassel-hub/datagen': '0.1.0',
        '@mikro-orm/core': '6.6.16',
        '@mikro-orm/migrations': '6.6.16',
        '@mikro-orm/postgresql': '6.6.16',
        graphql: '16.15.0',
        'reflect-metadata': '0.2.2',
        'type-graphql': '2.0.0-rc.4',
      },
    }),
  );
  const reference = (path: string) => `{ "path": "${path}" }`;
  files.set(
    'tsconfig.json',
    `{
  "extends": "${i.baseTsconfig}",
  "compilerOptions": { "rootDir": "src", "outDir": "dist" },
  "include": ["src"],
  "exclude": ["src/**/*.test.ts"],
  "references": [${[...['protocol', 'kit', 'governance', 'manifest'].map((p) => `${i.packagesFolder}/${p}`), i.datagenFolder].map(reference).join(', ')}]
}
`,
  );

  files.set(
    'src/index.ts',
    `import 'reflect-metadata';
import { runPartner } from '@kassel-hub/governance';
import { ${n.ident}Manifest } from './${n.name}.manifest';

runPartner(${n.ident}Manifest.subgraph, ${n.ident}Manifest.adopts);
`,
  );

  files.set(
    'src/context.ts',
    `import type { PartnerContext } from '@kassel-hub/governance';
import type { Loaders } from './loaders';

export type Context = PartnerContext<Loaders>;
`,
  );

  files.set(
    'src/access.ts',
    `import { ForbiddenError } from '@kassel-hub/kit';
import type { Context } from './context';

/** The partner's own staff, who read its records by number; everyone else goes through a young person and their consent. */
export function assertOwnStaff(ctx: Context): void {
  if (ctx.identity.partner !== ctx.owner || !ctx.identity.roles.some((r) => r === 'caseworker' || r === 'admin')) {
    throw new ForbiddenError('records are read by number by the partner\\'s own case workers only');
  }
}
`,
  );

  files.set(
    'src/entities/youth.entity.ts',
    `import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { ConsentScope } from '@kassel-hub/kit';

@ObjectType({ description: 'A young person, known across partners only by a random pseudonym.' })
@Directive('@key(fields: "pseudonym")')
export class Youth {
  @Field(() => ID, { description: 'Random pseudonym issued by the city\\'s consent register with the first consent.' })
  pseudonym!: string;

  @Directive('@external')
  @Field(() => ConsentScope, { nullable: true, description: 'Owned by the city\\'s consent register; required by the person-level fields.' })
  consentScope?: ConsentScope | null;
}
`,
  );

  files.set(
    `src/entities/${n.entityFile}.entity.ts`,
    `import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { LocalDate } from '@kassel-hub/kit';

@ObjectType({ description: 'A record the ${quote(i.title)} keeps about a young person.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: '${n.entityTable}' })
export class ${n.entity} {
  @Field(() => ID, { description: 'Record number in the partner\\'s own system.' })
  @PrimaryKey({ type: 'text' })
  id!: string;

  /** Not a field: a record is reached through its young person, whose consent decides. */
  @Index()
  @Property({ type: 'text' })
  pseudonym!: string;

  @Field(() => LocalDate, { description: 'Day the record was made.' })
  @Property({ type: 'date' })
  recordedOn!: string;
}
`,
  );

  files.set(
    'src/loaders/index.ts',
    `import type { EntityManager } from '@mikro-orm/postgresql';
import { manyByKey, oneByKey } from '@kassel-hub/kit';
import { ${n.entity} } from '../entities/${n.entityFile}.entity';

/** Per-request batch loaders: one SQL statement per loader and tick, whatever the number of keys. */
export function createLoaders(em: EntityManager) {
  return {
    ${n.entityIdent}: oneByKey(
      (ids: readonly string[]) => em.find(${n.entity}, { id: { $in: [...ids] } }),
      (r) => r.id,
    ),
    ${n.entityIdent}sByPseudonym: manyByKey(
      (ps: readonly string[]) => em.find(${n.entity}, { pseudonym: { $in: [...ps] } }, { orderBy: { recordedOn: 'asc', id: 'asc' } }),
      (r) => r.pseudonym,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
`,
  );

  files.set(
    'src/resolvers/youth.resolver.ts',
    `import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { CONSENT_SCOPE_REQUIRES, DataCategory } from '@kassel-hub/kit';
import { Released } from '@kassel-hub/governance';
import { Youth } from '../entities/youth.entity';
import { ${n.entity} } from '../entities/${n.entityFile}.entity';
import type { Context } from '../context';

@Resolver(() => Youth)
export class Youth${n.pascal}Resolver {
  @FieldResolver(() => [${n.entity}], {
    nullable: true,
    description: 'Records of the ${quote(i.title)}, oldest first; empty when it knows none. Category ${i.category}.',
  })
  @Directive(CONSENT_SCOPE_REQUIRES)
  @Released(DataCategory.${i.category})
  ${n.entityIdent}s(@Root() youth: Youth, @Ctx() ctx: Context): Promise<${n.entity}[]> {
    return ctx.loaders.${n.entityIdent}sByPseudonym.load(youth.pseudonym);
  }
}
`,
  );

  files.set(
    `src/resolvers/${n.entityFile}.resolver.ts`,
    `import { Arg, Ctx, Directive, ID, Query, Resolver } from 'type-graphql';
import { ownerScopes } from '@kassel-hub/protocol';
import { ${n.entity} } from '../entities/${n.entityFile}.entity';
import { assertOwnStaff } from '../access';
import type { Context } from '../context';

@Resolver(() => ${n.entity})
export class ${n.entity}Resolver {
  @Directive(ownerScopes('${n.name}'))
  @Query(() => ${n.entity}, { nullable: true, description: 'One record by number, for the partner\\'s own case workers; null when there is none.' })
  ${n.entityIdent}(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<${n.entity} | null> {
    assertOwnStaff(ctx);
    return ctx.loaders.${n.entityIdent}.load(id.slice(0, 100));
  }
}
`,
  );

  files.set(
    `src/references/${n.entityFile}.reference.ts`,
    `import { assertOwnStaff } from '../access';
import type { Context } from '../context';
import type { ${n.entity} } from '../entities/${n.entityFile}.entity';

/** \`${n.entity}.__resolveReference\`: batched through the loader, for the partner's own staff only (no consent travels with a bare key). */
export function resolve${n.entity}Reference(ref: { id: string }, ctx: Context): Promise<${n.entity} | null> {
  assertOwnStaff(ctx);
  return ctx.loaders.${n.entityIdent}.load(ref.id);
}
`,
  );

  files.set(
    `src/migrations/${i.migrationName}.ts`,
    `import { Migration } from '@mikro-orm/migrations';

export class ${i.migrationName} extends Migration {

  override async up(): Promise<void> {
    this.addSql(\`create table "${n.entityTable}" ("id" text not null, "pseudonym" text not null, "recorded_on" date not null, constraint "${n.entityTable}_pkey" primary key ("id"));\`);
    this.addSql(\`create index "${n.entityTable}_pseudonym_index" on "${n.entityTable}" ("pseudonym");\`);
  }

}
`,
  );

  files.set(
    'src/migrations/index.ts',
    `import type { MigrationObject } from '@mikro-orm/core';
import { ${i.migrationName} } from './${i.migrationName}';

/** Every migration of this subgraph, oldest first (generated by \`npm run migration -- <name>\`). */
export const migrations: MigrationObject[] = [
  { name: '${i.migrationName}', class: ${i.migrationName} },
];
`,
  );

  files.set(
    'src/seed/seed.ts',
    `import type { EntityManager } from '@mikro-orm/postgresql';
import { generatedWorld, type KasselData } from '@kassel-hub/datagen';
import { insertAll, type SeedOptions } from '@kassel-hub/kit';
import { ${n.entity} } from '../entities/${n.entityFile}.entity';

/** The ${quote(i.title)}'s slice of the synthetic Kassel, written into an empty database by \`npm start\`. */
export async function seed${n.pascal}(em: EntityManager, options: SeedOptions): Promise<Record<string, number>> {
  return { ${n.entityIdent}s: await insertAll(em, ${n.entity}, recordsOf(generatedWorld(options))) };
}

/** The generator (datagen) has no slice for a new partner: give it a build step there and map its rows here. */
function recordsOf(_data: KasselData): { id: string; pseudonym: string; recordedOn: string }[] {
  return [];
}
`,
  );

  files.set(
    'src/subgraph.ts',
    `import type { SubgraphDefinition } from '@kassel-hub/kit';
import { partnerSubgraph, resolveYouthReference } from '@kassel-hub/governance';
import { Youth } from './entities/youth.entity';
import { ${n.entity} } from './entities/${n.entityFile}.entity';
import { Youth${n.pascal}Resolver } from './resolvers/youth.resolver';
import { ${n.entity}Resolver } from './resolvers/${n.entityFile}.resolver';
import { resolve${n.entity}Reference } from './references/${n.entityFile}.reference';
import { createLoaders, type Loaders } from './loaders';
import { migrations } from './migrations';
import { seed${n.pascal} } from './seed/seed';

/** The subgraph of the ${quote(i.title)}. */
export const ${n.ident}: SubgraphDefinition<Loaders> = partnerSubgraph({
  name: '${n.name}',
  defaultPort: ${i.port},
  entities: [${n.entity}],
  migrations,
  resolvers: [${n.entity}Resolver, Youth${n.pascal}Resolver],
  // Youth is reached from no root query here, only through \`_entities\`; type-graphql drops it otherwise.
  orphanedTypes: [Youth],
  references: { ${n.entity}: resolve${n.entity}Reference, Youth: resolveYouthReference },
  createLoaders,
  seed: seed${n.pascal},
  seedMarker: ${n.entity},
});
`,
  );

  files.set(
    `src/${n.name}.manifest.ts`,
    `import { definePartner, type PartnerManifest } from '@kassel-hub/manifest';
import type { Loaders } from './loaders';
import { ${n.ident} } from './subgraph';

export * from './subgraph';

/** The partner as the registry knows it: everything the tooling derives instead of naming it. */
export const ${n.ident}Manifest: PartnerManifest<Loaders> = definePartner({
  name: '${n.name}',
  title: '${quote(i.title)}',
  defaultPort: ${i.port},
  database: { name: '${n.name}', ownerRole: '${n.name}_owner', servingRole: '${n.name}' },
  categories: {
    ${i.category}: '${quote(categoryDescription(i.title))}',
  },
  // Who may receive which category for which purpose under consent, each rule with its legal basis;
  // narrow at first, widened only where the partner's law allows it (docs/partners.md).
  consentReleases: [
    {
      categories: ['${i.category}'],
      recipients: [${firstConsentRelease(i.category).recipients.map((r) => `'${r}'`).join(', ')}],
      purposes: [${firstConsentRelease(i.category).purposes.map((p) => `'${p}'`).join(', ')}],
      basis: '${firstConsentRelease(i.category).basis}',
    },
  ],
  monitoringReaders: [],
  adopts: [],
  statutoryReleases: [],
  exportKinds: [],
  subgraph: ${n.ident},
});
`,
  );
  return files;
}
