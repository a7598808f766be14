import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { EntityManager, Knex, QBQueryOrderMap } from '@mikro-orm/postgresql';

/** Who a panel read is for: the pseudonyms themselves, or a query that selects them in the same database. */
export type PanelMembers = readonly string[] | Knex.QueryBuilder;

/**
 * Rows of one entity for the members of a panel, as plain objects holding the named properties.
 * Reports read tens of thousands of rows, so this bypasses what an ORM read costs besides the query:
 * entity instances (identity map, hydration, change tracking), and the ORM's habit of inlining
 * parameters into the SQL text, which escapes a 15,000-pseudonym list character by character. The
 * statement runs through the query builder with real bind parameters, the pseudonyms as ONE JSON
 * parameter (PostgreSQL allows 65,535 parameters in a statement).
 */
export async function panelRows<T extends object, K extends keyof T & string>(
  em: EntityManager,
  entity: EntityClass<T>,
  members: PanelMembers,
  fields: readonly K[],
  options: { where?: FilterQuery<T>; orderBy?: QBQueryOrderMap<T> } = {},
): Promise<Pick<T, K>[]> {
  if (Array.isArray(members) && members.length === 0) return [];
  const columnOf = (property: string) => em.getMetadata().get(entity.name).properties[property].fieldNames[0];
  const knex = em.getConnection().getKnex();
  const qb = em.createQueryBuilder(entity, 'e').where(options.where ?? {});
  if (options.orderBy) qb.orderBy(options.orderBy);
  const query = qb
    .getKnexQuery()
    .clearSelect()
    .select(fields.map((f) => knex.raw('??.?? as ??', ['e', columnOf(f), f])));
  if (Array.isArray(members)) query.whereRaw('e.pseudonym = any(array(select jsonb_array_elements_text(?::jsonb)))', [JSON.stringify(members)]);
  else query.whereIn('e.pseudonym', members as Knex.QueryBuilder);
  return (await query) as Pick<T, K>[];
}
