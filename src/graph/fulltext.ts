/**
 * Turns a user's search text into a Lucene query for Neo4j's full-text index, treating the text
 * as words, never as query syntax: every Lucene special character is escaped, and AND/OR/NOT are
 * lower-cased so they stay words. The query prefers the exact phrase, then all words, then every
 * word as the start of a word (so "Lach" or "Berdz" finds a name while it is being typed), then
 * near spellings (one edit per word of four letters or more), so a typo still finds a name.
 * Prefix matches all score alike in Lucene, so whole words outrank them.
 */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(term: string): string {
  return term.replace(SPECIAL, '\\$&');
}

/** The words of the text, as the index's analyzer would roughly see them. */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[\s\p{P}\p{S}]+/u)
    .filter((w) => w.length > 0);
}

/** Null when the text has no word to search for. */
export function fullTextQuery(text: string): string | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  const phrase = `"${words.map(escapeLucene).join(' ')}"^4`;
  const all = `(${words.map(escapeLucene).join(' AND ')})^2`;
  const prefix = `(${words.map((w) => `${escapeLucene(w)}*`).join(' AND ')})`;
  const near = words.filter((w) => [...w].length >= 4).map((w) => `${escapeLucene(w)}~1`);
  return [phrase, all, prefix, ...near].join(' OR ');
}

/** True when every searched word is a word of the name or the start of one (no near spelling needed). */
export function coversWords(searched: readonly string[], name: readonly string[]): boolean {
  return searched.every((w) => name.some((n) => n.startsWith(w)));
}
