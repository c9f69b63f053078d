import { describe, expect, it } from 'vitest';
import {
  coversWords,
  escapeLucene,
  fullTextQuery,
  joinNumbers,
  matchesWholeWords,
  searchTerms,
  searchWords,
} from '../../src/graph/fulltext';

describe('full-text query building', () => {
  it('escapes every Lucene special character', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });

  it('reads the text as words in any script, lower-cased', () => {
    expect(searchWords('Verin Horatagh')).toEqual(['verin', 'horatagh']);
    expect(searchWords('Nagorno-Karabakh (NKR)')).toEqual(['nagorno', 'karabakh', 'nkr']);
    expect(searchWords('Юхары-Оратаг')).toEqual(['юхары', 'оратаг']);
    expect(searchWords('Վերին Հոռաթաղ')).toEqual(['վերին', 'հոռաթաղ']);
  });

  it('prefers the phrase, then all words, then word starts, then near spellings; operators stay words', () => {
    expect(fullTextQuery('Verin Horatagh')).toBe(
      '"verin horatagh"^4 OR (verin AND horatagh)^2 OR (verin* AND horatagh*) OR verin~1 OR horatagh~1',
    );
    expect(fullTextQuery('Khankendi AND NOT')).toBe(
      '"khankendi and not"^4 OR (khankendi AND and AND not)^2 OR (khankendi* AND and* AND not*) OR khankendi~1',
    );
    expect(fullTextQuery('title:x*')).toBe('"title x"^4 OR (title AND x)^2 OR (title* AND x*) OR title~1');
    expect(fullTextQuery('  ?! ')).toBeNull();
  });

  it('counts a word as found when a word of the name starts with it', () => {
    expect(coversWords(['berdz'], ['berdzor', 'corridor'])).toBe(true);
    expect(coversWords(['lachin', 'corr'], ['lachin', 'corridor'])).toBe(true);
    expect(coversWords(['khankandi'], ['khankendi'])).toBe(false);
  });

  it('reads a number written with separators as one term', () => {
    expect(joinNumbers('86,600 km2')).toBe('86600 km2');
    expect(joinNumbers('86 600 and 29.800')).toBe('86600 and 29800');
    expect(joinNumbers('1,960 personnel, 90 APCs')).toBe('1960 personnel, 90 APCs');
    expect(joinNumbers('2022-08-03')).toBe('2022-08-03');
    for (const text of ['86,600', '86 600', '86600', '86.600']) expect(searchTerms(text)).toEqual(['86600']);
  });

  it('asks for every spelling of a number, and its groups as words', () => {
    for (const text of ['86,600', '86 600', '86600']) {
      const query = fullTextQuery(text)!;
      for (const spelling of ['86600', '"86,600"', '"86.600"', '"86 600"', '(86 AND 600)']) expect(query).toContain(spelling);
    }
  });

  it('tells whole words from word starts', () => {
    expect(matchesWholeWords(['russian', 'peacekeeping'], ['point', '3', 'russian', 'peacekeeping', 'contingent'])).toBe(true);
    expect(matchesWholeWords(['lach'], ['lachin', 'corridor'])).toBe(false);
  });
});
