/**
 * Turns a user's search text into a Lucene query for Neo4j's full-text index, treating the text
 * as words, never as query syntax: every Lucene special character is escaped, and AND/OR/NOT are
 * lower-cased so they stay words. The query prefers the exact phrase, then all words, then every
 * word as the start of a word (so "Lach" or "Berdz" finds a name while it is being typed), then
 * near spellings (one edit per word of four letters or more), so a typo still finds a name.
 * Prefix matches all score alike in Lucene, so whole words outrank them.
 *
 * A number is one term however it is written: "86,600", "86.600", "86 600" and "86600" each find a
 * name that writes it any of these ways (the index's analyzer keeps "86,600" as one token and splits
 * "86 600" into two, so the query asks for every spelling).
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

/**
 * A number written with thousands separators: groups of three digits after the first one to three,
 * joined by a comma, a dot, an apostrophe or a (no-break or thin) space, as in 86,600 or 86 600.
 */
const GROUPED_NUMBER = /(?<![\p{L}\p{N}])\d{1,3}(?:[,.'\u0020\u00a0\u202f]\d{3})+(?![\p{L}\p{N}]|[,.]\d)/gu;

/** The text with every grouped number written as plain digits ("86,600 km2" -> "86600 km2"). */
export function joinNumbers(text: string): string {
  return text.replace(GROUPED_NUMBER, (n) => n.replace(/\D/g, ''));
}

/** The search terms of a text: its words, with numbers joined into one term each. */
export function searchTerms(text: string): string[] {
  return searchWords(joinNumbers(text));
}

/** The ways a name may write a number of four digits or more: 86600, 86,600, 86.600, "86 600", or its groups as words. */
function numberSpellings(digits: string): string {
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ' ').split(' ');
  // The groups as separate words too: "822 853" may be two numbers rather than one.
  const spellings = [digits, ...[',', '.'].map((sep) => `"${grouped.join(sep)}"`), `"${grouped.join(' ')}"`, `(${grouped.join(' AND ')})`];
  return `(${spellings.join(' OR ')})`;
}

const isNumberTerm = (term: string) => /^\d{4,}$/.test(term);

/** Null when the text has no word to search for. */
export function fullTextQuery(text: string): string | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  const terms = searchTerms(text);
  const exact = (term: string) => (isNumberTerm(term) ? numberSpellings(term) : escapeLucene(term));
  const phrase = `"${words.map(escapeLucene).join(' ')}"^4`;
  const all = `(${terms.map(exact).join(' AND ')})^2`;
  const prefix = `(${terms.map((w) => (isNumberTerm(w) ? numberSpellings(w) : `${escapeLucene(w)}*`)).join(' AND ')})`;
  const near = terms.filter((w) => [...w].length >= 4 && !isNumberTerm(w)).map((w) => `${escapeLucene(w)}~1`);
  return [phrase, all, prefix, ...near].join(' OR ');
}

/** True when every searched word is a word of the name or the start of one (no near spelling needed). */
export function coversWords(searched: readonly string[], name: readonly string[]): boolean {
  return searched.every((w) => name.some((n) => n.startsWith(w)));
}

/** True when every searched word is a whole word of the name. */
export function matchesWholeWords(searched: readonly string[], name: readonly string[]): boolean {
  return searched.every((w) => name.includes(w));
}
