// Refuses, with a 409 that names what depends on the item, a delete that a RESTRICT foreign key would
// refuse anyway. The database keeps the last word; this turns its refusal into a message users can act
// on, on SQLite as on PostgreSQL (where Directus would otherwise answer 500 or a bare 400).
import type { Knex } from 'knex';
import { ConflictError } from '../http/errors.ts';

export interface RelationInfo {
  collection: string;
  field: string;
  related_collection: string | null;
  schema: { on_delete?: string | null } | null;
}

export async function refuseDeleteOfReferencedItems(
  database: Knex,
  relations: RelationInfo[],
  collection: string,
  keys: Array<string | number>,
): Promise<void> {
  const restricting = relations.filter(
    (relation) =>
      relation.related_collection === collection &&
      !relation.collection.startsWith('directus_') &&
      ['RESTRICT', 'NO ACTION'].includes(relation.schema?.on_delete?.toUpperCase() ?? ''),
  );
  for (const relation of restricting) {
    const row = await database(relation.collection).whereIn(relation.field, keys).count({ count: '*' }).first();
    const dependents = Number(row?.['count'] ?? 0);
    if (dependents > 0) {
      throw new ConflictError({
        reason: `Suppression impossible : ${dependents} élément(s) de « ${relation.collection} » (champ ${relation.field}) dépendent de cet élément de « ${collection} ». Supprimez-les ou modifiez-les d’abord.`,
      });
    }
  }
}
