/**
 * German (DIN 5007-1) sort key: umlauts sort with their base letter, ß as "ss",
 * case-insensitive. Stored in Partner.sortName so that the database sorts the
 * same on PostgreSQL and on the embedded PGlite (which has no ICU collations).
 */
export function germanSortKey(value: string): string {
  return value
    .toLocaleLowerCase("de")
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    // Letters of every script stay (a Cyrillic name must still be searchable); punctuation goes.
    .replace(/[^\p{L}\p{N} ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}
