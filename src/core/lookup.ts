/** Lookups of what users type in tables written as object literals. */

/**
 * The table's own entry for a key, or undefined: "constructor", "toString" or "__proto__" typed into a cell must
 * find nothing, not what every object inherits.
 */
export const ownEntry = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined =>
  (Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined);
