/**
 * A lookup table written as an object literal, held as a Map. Tables here are looked up with text
 * from files (unit words, charge codes, CSV headers); on a plain object "constructor", "toString"
 * or "__proto__" would find what every object inherits, where a Map finds only its own entries.
 */
export const tableOf = <V>(entries: Readonly<Record<string, V>>): ReadonlyMap<string, V> =>
  new Map(Object.entries(entries));
