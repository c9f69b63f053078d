/**
 * The one Cypher tokenizer of the loader. The script splitter (split.ts), the literal lifting and
 * the statement classification (statement.ts) all read Cypher through it, so they agree on what
 * is a string, a comment, a backtick name, a number or a parameter.
 *
 * It is a cursor: `next()` reads the token at `pos` into `kind`, `start`, `end` and moves `pos` to
 * `end`, without allocating. For streamed input, `next(false)` refuses a token that may continue
 * past the end of the text read so far (an open string or comment, a word or number, a trailing
 * `/` that may start a comment) and leaves `pos` at its start, so the caller can add text and go on.
 */
export const enum Tok {
  Space,
  LineComment,
  BlockComment,
  String,
  Backtick,
  Number,
  Word,
  Param,
  Punct,
}

const NL = 10;
const SLASH = 47;
const STAR = 42;
const QUOTE = 39;
const DQUOTE = 34;
const BACKTICK = 96;
const BACKSLASH = 92;
const DOLLAR = 36;

function isSpace(c: number): boolean {
  return c === 32 || c === NL || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xfeff || c === 0xa0;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
const WORD_CHAR = /[\p{L}\p{N}_]/u;
const LETTER = /\p{L}/u;
// By character code: the string of one character is made only for the rare non-ASCII ones.
function isWordStart(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c > 127 && LETTER.test(t[i]));
}
function isWordChar(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 48 && c <= 57) || (c > 127 && WORD_CHAR.test(t[i]));
}

/** A Cypher number as Cypher spells it: hex, octal, decimal, float with exponent. */
const NUMBER = /(?:0x[0-9A-Fa-f]+|0o[0-7]+|\d+(?:\.\d+)?(?:[eE]-?\d+)?)/y;

export class CypherLexer {
  kind: Tok = Tok.Space;
  start = 0;
  end = 0;
  /** A string, backtick name or block comment that the text ends inside of (only with `final`). */
  unterminated = false;
  /** A Space token that holds a line break. */
  newline = false;
  /** A Number token that is not a plain literal (`1..3`, `12abc`): kept as written by the lifting. */
  odd = false;

  constructor(
    public text = '',
    public pos = 0,
  ) {}

  reset(text: string, pos = 0): this {
    this.text = text;
    this.pos = pos;
    return this;
  }

  /** Reads the next token. False at the end of the text, or (not `final`) when the token may go on past it. */
  next(final = true): boolean {
    const t = this.text;
    const n = t.length;
    const i = this.pos;
    if (i >= n) return false;
    this.unterminated = false;
    this.newline = false;
    this.odd = false;
    const c = t.charCodeAt(i);
    let end: number;
    if (isSpace(c)) end = this.space(i);
    else if (c === SLASH && (i + 1 >= n ? !final : t.charCodeAt(i + 1) === SLASH || t.charCodeAt(i + 1) === STAR)) {
      if (i + 1 >= n) return false; // `/` at the end: a comment or a division? the next text tells
      end = t.charCodeAt(i + 1) === SLASH ? this.lineComment(i) : this.blockComment(i);
    } else if (c === QUOTE || c === DQUOTE) end = this.quoted(i, c);
    else if (c === BACKTICK) end = this.backtick(i, Tok.Backtick);
    else if (isDigit(c)) end = this.number(i);
    else if (c === DOLLAR) end = this.param(i);
    else if (isWordStart(t, i)) end = this.word(i, Tok.Word);
    else {
      this.kind = Tok.Punct;
      end = i + 1;
    }
    // Not final: a token that reaches the end of the text may go on in the next chunk (a `$` too: its name may follow).
    if (!final && (this.unterminated || (end >= n && (this.kind !== Tok.Punct || c === DOLLAR)))) return false;
    this.start = i;
    this.end = end;
    this.pos = end;
    return true;
  }

  private space(i: number): number {
    const t = this.text;
    const n = t.length;
    this.kind = Tok.Space;
    let j = i;
    for (; j < n; j++) {
      const c = t.charCodeAt(j);
      if (!isSpace(c)) break;
      if (c === NL) this.newline = true;
    }
    return j;
  }

  private lineComment(i: number): number {
    this.kind = Tok.LineComment;
    const nl = this.text.indexOf('\n', i + 2);
    if (nl < 0) {
      this.unterminated = false;
      return this.text.length;
    }
    return nl;
  }

  private blockComment(i: number): number {
    this.kind = Tok.BlockComment;
    const close = this.text.indexOf('*/', i + 2);
    if (close < 0) {
      this.unterminated = true;
      return this.text.length;
    }
    return close + 2;
  }

  private quoted(i: number, q: number): number {
    this.kind = Tok.String;
    const t = this.text;
    const n = t.length;
    let j = i + 1;
    while (j < n) {
      const c = t.charCodeAt(j);
      if (c === BACKSLASH) j += 2;
      else if (c === q) return j + 1;
      else j++;
    }
    this.unterminated = true;
    return n;
  }

  /** A backtick name; a doubled backtick inside it stands for one. */
  private backtick(i: number, kind: Tok): number {
    this.kind = kind;
    const t = this.text;
    let j = i + 1;
    for (;;) {
      const close = t.indexOf('`', j);
      if (close < 0) {
        this.unterminated = true;
        return t.length;
      }
      if (t.charCodeAt(close + 1) !== BACKTICK) return close + 1;
      j = close + 2;
    }
  }

  private number(i: number): number {
    this.kind = Tok.Number;
    const t = this.text;
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(t);
    let j = m ? i + m[0].length : i + 1;
    // Anything glued on (`1..3` in a pattern length, `12abc`) makes one token that is not a plain literal.
    while (j < t.length && (t.charCodeAt(j) === 46 /* . */ || isWordChar(t, j))) {
      this.odd = true;
      j++;
    }
    return j;
  }

  private param(i: number): number {
    const t = this.text;
    if (t.charCodeAt(i + 1) === BACKTICK) return this.backtick(i + 1, Tok.Param);
    const j = this.word(i + 1, Tok.Param);
    if (j === i + 1) this.kind = Tok.Punct; // a lone `$`, as in `$(...)` dynamic labels
    return j;
  }

  private word(i: number, kind: Tok): number {
    this.kind = kind;
    const t = this.text;
    let j = i;
    while (j < t.length && isWordChar(t, j)) j++;
    return j;
  }
}

/** True for tokens that carry no code: white space and comments. */
export function isTrivia(kind: Tok): boolean {
  return kind === Tok.Space || kind === Tok.LineComment || kind === Tok.BlockComment;
}
