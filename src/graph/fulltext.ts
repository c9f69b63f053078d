/**
 * Turns a user's search text into a Lucene query for Neo4j's full-text index, treating the text
 * as words, never as query syntax: every Lucene special character is escaped, and AND/OR/NOT are
 * lower-cased so they stay words. The query prefers the exact phrase, then all words, then
 * near spellings (one edit per word of four letters or more), so a typo still finds a name.
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
  const near = words.filter((w) => [...w].length >= 4).map((w) => `${escapeLucene(w)}~1`);
  return [phrase, all, ...near].join(' OR ');
}
