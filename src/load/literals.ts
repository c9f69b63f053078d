import neo4j, { Integer } from 'neo4j-driver';
import { CypherLexer, isTrivia, Tok } from './tokenizer';

/**
 * Literal lifting: string and number literals become parameters ($_kg0, $_kg1, ...), so that
 * statements of one shape share one text and one cached plan (see statement.ts for why, and
 * docs/loader.md for where Cypher wants a literal as written). It reads the statement through the
 * loader's one tokenizer.
 */
export interface Parameterized {
  text: string;
  params: Record<string, unknown>;
  /** Each replaced literal: its range in the original text and the length of what replaced it. */
  edits?: Edit[];
}

export interface Edit {
  start: number;
  end: number;
  length: number;
}

const QUANTIFIER = /\{\s*\d*\s*(?:,\s*\d*\s*)?\}/y;
const MAX_LONG = 2n ** 63n - 1n;
const ESCAPES: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
/** Words after which `[` opens a list (not an index into the value before it). */
const LIST_KEYWORDS = new Set([
  'UNWIND',
  'IN',
  'RETURN',
  'WITH',
  'WHERE',
  'AND',
  'OR',
  'XOR',
  'NOT',
  'THEN',
  'ELSE',
  'WHEN',
  'CASE',
  'SET',
  'CONTAINS',
  'YIELD',
  'BY',
  'DISTINCT',
]);
/** Words after which a number is a path selector's count (`SHORTEST 2`, `ANY 3 PATHS`): Cypher wants a literal. */
const SELECTOR_WORDS = new Set(['SHORTEST', 'ANY']);
/** Statements left as written: their literals are options or names, not values. */
const UNTOUCHED = new Set(['CYPHER', 'EXPLAIN', 'PROFILE', 'USE', 'SHOW', 'TERMINATE']);
/** What comes before `[` when it indexes a value rather than opening a list. */
const VALUE_ENDS = new Set(['x', ')', ']', '}', '0', '`', "'", '"']);

/** Decodes a Cypher string literal's body, or returns null for an escape Neo4j would reject. */
export function decodeString(body: string): string | null {
  if (!body.includes('\\')) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[++i];
    const hex = e === 'u' ? 4 : e === 'U' ? 8 : 0;
    if (e in ESCAPES) out += ESCAPES[e];
    else if (hex && new RegExp(`^[0-9A-Fa-f]{${hex}}$`).test(body.slice(i + 1, i + 1 + hex))) {
      const cp = parseInt(body.slice(i + 1, i + 1 + hex), 16);
      if (cp > 0x10ffff) return null;
      out += String.fromCodePoint(cp);
      i += hex;
    } else return null;
  }
  return out;
}

export function numberValue(lit: string): number | Integer | null {
  if (lit.length < 16 && /^\d+$/.test(lit)) return neo4j.int(Number(lit)); // exact in a double: the fast way
  if (/^0x/i.test(lit) || /^0o/i.test(lit) || /^\d+$/.test(lit)) {
    const big = /^0o/i.test(lit) ? BigInt(`0o${lit.slice(2)}`) : BigInt(lit);
    return big > MAX_LONG ? null : neo4j.int(big.toString());
  }
  const f = Number(lit);
  return Number.isFinite(f) ? f : null;
}

/** The value of the string token the lexer is on, or null when it is not a complete, valid literal. */
function stringValue(lx: CypherLexer): string | null {
  if (lx.unterminated || lx.end - lx.start < 2) return null;
  return decodeString(lx.text.slice(lx.start + 1, lx.end - 1));
}

// One shared instance, thrown to unwind the reader and caught by identity (no stack trace per literal).
const NOT_CONSTANT = new Error('not a constant');

/** Reads a constant value (strings, numbers, booleans, null, lists and maps of them) at the lexer's position. */
class ConstantReader {
  constructor(private readonly lx: CypherLexer) {}

  /** The next token that is not white space; a comment makes the literal not a constant. */
  private token(): string {
    const lx = this.lx;
    do {
      if (!lx.next()) throw NOT_CONSTANT;
      if (lx.kind === Tok.LineComment || lx.kind === Tok.BlockComment) throw NOT_CONSTANT;
    } while (lx.kind === Tok.Space);
    return lx.text.slice(lx.start, lx.end);
  }

  value(first = this.token()): unknown {
    const lx = this.lx;
    if (first === '[') return this.list();
    if (first === '{') return this.map();
    if (lx.kind === Tok.String) {
      const s = stringValue(lx);
      if (s === null) throw NOT_CONSTANT;
      return s;
    }
    const negative = first === '-';
    const tok = negative ? this.token() : first;
    if (lx.kind === Tok.Number && !lx.odd && !/^0\d/.test(tok)) {
      const v = numberValue(tok);
      if (v === null) throw NOT_CONSTANT;
      return negative ? (typeof v === 'number' ? -v : v.negate()) : v;
    }
    const word = lx.kind === Tok.Word && !negative ? tok.toLowerCase() : '';
    if (word === 'null') return null;
    if (word === 'true' || word === 'false') return word === 'true';
    throw NOT_CONSTANT;
  }

  private list(): unknown[] {
    const out: unknown[] = [];
    let tok = this.token();
    if (tok === ']') return out;
    for (;;) {
      out.push(this.value(tok));
      const sep = this.token();
      if (sep === ']') return out;
      if (sep !== ',') throw NOT_CONSTANT;
      tok = this.token();
    }
  }

  private map(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    let tok = this.token();
    if (tok === '}') return out;
    for (;;) {
      const lx = this.lx;
      if (lx.kind !== Tok.Word && lx.kind !== Tok.Backtick) throw NOT_CONSTANT;
      const key = lx.kind === Tok.Backtick ? tok.slice(1, -1).replace(/``/g, '`') : tok;
      if (this.token() !== ':') throw NOT_CONSTANT;
      out[key] = this.value();
      const sep = this.token();
      if (sep === '}') return out;
      if (sep !== ',') throw NOT_CONSTANT;
      tok = this.token();
    }
  }
}

/** Reads a constant list or map literal at `i`: its value and end, or null when anything else is inside. */
export function readConstant(text: string, i: number): { value: unknown; end: number } | null {
  const lx = new CypherLexer(text, i);
  try {
    const value = new ConstantReader(lx).value();
    return { value, end: lx.pos };
  } catch (e) {
    if (e === NOT_CONSTANT) return null;
    throw e;
  }
}

interface Lift {
  start: number;
  end: number;
  value: unknown;
}

/** Walks the statement's tokens and collects the literals to lift. */
class LiteralFinder {
  readonly lifts: Lift[] = [];
  projection = false;
  /** Last code token: 'x' for a name, '0' for a number, else the character. */
  private prev = '';
  private prevWord = '';
  private readonly lx: CypherLexer;

  constructor(private readonly text: string) {
    this.lx = new CypherLexer(text);
  }

  run(): this {
    const lx = this.lx;
    while (lx.next()) {
      if (isTrivia(lx.kind)) continue;
      if (lx.kind === Tok.String) this.string();
      else if (lx.kind === Tok.Number) this.number();
      else if (lx.kind === Tok.Word) this.word();
      else if (lx.kind === Tok.Param) this.mark('x', '');
      else if (lx.kind === Tok.Backtick) this.prev = '`';
      else this.punct();
    }
    return this;
  }

  private mark(prev: string, prevWord: string): void {
    this.prev = prev;
    this.prevWord = prevWord;
  }

  private string(): void {
    const lx = this.lx;
    const value = stringValue(lx);
    if (value !== null && this.prevWord !== 'FIELDTERMINATOR') this.lifts.push({ start: lx.start, end: lx.end, value });
    this.mark(this.text[lx.start], '');
  }

  private number(): void {
    const lx = this.lx;
    const lit = this.text.slice(lx.start, lx.end);
    // Kept as written: `*1..3` pattern lengths, `SHORTEST 2`, and `017` (an old octal form Neo4j refuses).
    const literal = !lx.odd && this.prev !== '*' && this.prev !== '.' && !SELECTOR_WORDS.has(this.prevWord) && !/^0\d/.test(lit);
    const value = literal ? numberValue(lit) : null;
    if (value !== null) this.lifts.push({ start: lx.start, end: lx.end, value });
    this.mark('0', '');
  }

  private word(): void {
    const upper = this.text.slice(this.lx.start, this.lx.end).toUpperCase();
    if (upper === 'WITH' || upper === 'RETURN') this.projection = true;
    this.mark('x', upper);
  }

  private punct(): void {
    const lx = this.lx;
    const c = this.text[lx.start];
    if (c === '[' && (LIST_KEYWORDS.has(this.prevWord) || !VALUE_ENDS.has(this.prev))) {
      // A list literal of constants (UNWIND batches): one list parameter, as a driver program would send.
      const constant = readConstant(this.text, lx.start);
      if (constant && Array.isArray(constant.value) && constant.value.length > 0) {
        this.lifts.push({ start: lx.start, end: constant.end, value: constant.value });
        lx.pos = constant.end;
        this.prev = ']';
        return;
      }
    }
    if (c === '{') {
      QUANTIFIER.lastIndex = lx.start;
      const q = QUANTIFIER.exec(this.text);
      if (q) {
        lx.pos = lx.start + q[0].length; // a quantifier such as {1,3}: Cypher wants literal numbers there
        this.prev = '}';
        return;
      }
    }
    this.prev = c;
    if (c !== ',') this.prevWord = '';
  }
}

/** The first word of the statement, upper case. */
function headWord(text: string): string {
  const lx = new CypherLexer(text);
  while (lx.next()) {
    if (isTrivia(lx.kind)) continue;
    return lx.kind === Tok.Word ? text.slice(lx.start, lx.end).toUpperCase() : '';
  }
  return '';
}

/**
 * Lifts string and number literals into parameters named $_kg0, $_kg1, ... Returns null when the
 * statement has nothing to lift or is of a kind left untouched (schema, USE, CYPHER options,
 * EXPLAIN/PROFILE, SHOW, LOAD CSV with FIELDTERMINATOR).
 *
 * In a statement with a projection (WITH or RETURN), the same literal written twice becomes the
 * same parameter: Neo4j matches an ORDER BY (or WHERE) expression against the projected one after
 * an aggregation or DISTINCT (`RETURN n.x + 1, count(*) ORDER BY n.x + 1`), and `n.x + $_kg0` is
 * not the same expression as `n.x + $_kg1`. Statements without a projection (the usual seed
 * CREATE/MERGE) keep one parameter per literal, so coinciding values do not split their shape.
 */
export function parameterizeLiterals(text: string): Parameterized | null {
  const head = headWord(text);
  if (!head || UNTOUCHED.has(head)) return null;
  const found = new LiteralFinder(text).run();
  if (found.lifts.length === 0) return null;
  const params: Record<string, unknown> = {};
  const names = new Map<string, string>();
  const edits: Edit[] = [];
  let out = '';
  let from = 0;
  for (const l of found.lifts) {
    const literal = text.slice(l.start, l.end);
    let name = found.projection ? names.get(literal) : undefined;
    if (!name) {
      name = `_kg${names.size}`;
      names.set(found.projection ? literal : name, name);
      params[name] = l.value;
    }
    out += text.slice(from, l.start) + `$${name}`;
    edits.push({ start: l.start, end: l.end, length: name.length + 1 });
    from = l.end;
  }
  return { text: out + text.slice(from), params, edits };
}

/** Maps an offset in the lifted text back to the original text (a lifted literal maps to its start). */
export function originalOffset(edits: readonly Edit[], offset: number): number {
  let shift = 0;
  for (const e of edits) {
    const outStart = e.start + shift;
    if (offset < outStart) break;
    if (offset < outStart + e.length) return e.start;
    shift += e.length - (e.end - e.start);
  }
  return offset - shift;
}
