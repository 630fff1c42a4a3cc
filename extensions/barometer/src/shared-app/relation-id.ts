export type PrimaryKey = string | number;

/**
 * The key behind a many-to-one value of the item form: the key itself once the user picked an item, or
 * the related object when the app loaded the item with nested fields (`{ id, ... }`).
 */
export function relationId(value: unknown): PrimaryKey | null {
  if (typeof value === 'number' || (typeof value === 'string' && value !== '')) return value;
  if (typeof value === 'object' && value !== null && 'id' in value) return relationId(value.id);
  return null;
}
