import { describe, expect, it } from 'vitest';
import { CypherLexer, Tok } from '../../src/load/tokenizer';

/** Every token of `text` as [kind, text]. */
function tokens(text: string): [Tok, string][] {
  const lx = new CypherLexer(text);
  const out: [Tok, string][] = [];
  while (lx.next()) out.push([lx.kind, text.slice(lx.start, lx.end)]);
  return out;
}

describe('the Cypher tokenizer', () => {
  it('reads strings with escapes, backtick names with doubled backticks, comments, parameters, numbers and words', () => {
    const text = 'MATCH (`a``b` {s: \'it\\\'s; // x\', d: "q\\""}) // c;\n/* b; */ RETURN $p, $`odd p`, 1.5e-3, 0x1F, 1..3, über';
    const kinds = tokens(text).filter(([k]) => k !== Tok.Space);
    expect(kinds).toEqual([
      [Tok.Word, 'MATCH'],
      [Tok.Punct, '('],
      [Tok.Backtick, '`a``b`'],
      [Tok.Punct, '{'],
      [Tok.Word, 's'],
      [Tok.Punct, ':'],
      [Tok.String, "'it\\'s; // x'"],
      [Tok.Punct, ','],
      [Tok.Word, 'd'],
      [Tok.Punct, ':'],
      [Tok.String, '"q\\""'],
      [Tok.Punct, '}'],
      [Tok.Punct, ')'],
      [Tok.LineComment, '// c;'],
      [Tok.BlockComment, '/* b; */'],
      [Tok.Word, 'RETURN'],
      [Tok.Param, '$p'],
      [Tok.Punct, ','],
      [Tok.Param, '$`odd p`'],
      [Tok.Punct, ','],
      [Tok.Number, '1.5e-3'],
      [Tok.Punct, ','],
      [Tok.Number, '0x1F'],
      [Tok.Punct, ','],
      [Tok.Number, '1..3'],
      [Tok.Punct, ','],
      [Tok.Word, 'über'],
    ]);
  });

  it('marks numbers with something glued on as odd, and a space token that holds a line break', () => {
    const lx = new CypherLexer('1..3 12 \n');
    lx.next();
    expect([lx.kind, lx.odd]).toEqual([Tok.Number, true]);
    lx.next();
    lx.next();
    expect([lx.kind, lx.odd]).toEqual([Tok.Number, false]);
    lx.next();
    expect([lx.kind, lx.newline]).toEqual([Tok.Space, true]);
  });

  it('streaming: refuses a token that may go on past the text read so far, and takes it once the text is final', () => {
    for (const text of ["'open", '/* open', '`open', 'word', '12', '/', '$', '// comment']) {
      const lx = new CypherLexer(text);
      expect(lx.next(false), text).toBe(false);
      expect(lx.pos).toBe(0);
      expect(lx.next(true), text).toBe(true);
    }
    const lx = new CypherLexer("'open");
    lx.next(true);
    expect([lx.kind, lx.unterminated, lx.end]).toEqual([Tok.String, true, 5]);
    expect(new CypherLexer('a;').next(false)).toBe(true);
  });
});
