import neo4j, { Integer } from 'neo4j-driver';

/**
 * What the loader needs to know about one statement before it runs it: whether Neo4j accepts it
 * only in an auto-commit transaction, whether it is an old (3.x/4.x) schema command that Neo4j 5
 * spells differently, and a parameterized form of it.
 *
 * Why parameterize: seed files hold many one-row statements that differ only in their literals.
 * Neo4j caches plans by query text, so every such statement is parsed and planned anew. Lifting
 * the literals into parameters (`{id: 'a'}` -> `{id: $_kg0}`) gives one text for all of them and
 * a plan-cache hit, which makes one-statement-per-row files several times faster. The values and
 * their types are the same (integer literals become Integer parameters, floats stay floats), so
 * the result is the same graph. Where Cypher does not accept a parameter (pattern lengths,
 * quantifiers, path selector counts such as `SHORTEST 2`, CYPHER options, USE, FIELDTERMINATOR) the
 * literal is kept as written. What Neo4j would refuse as written (an old octal literal `017`) is
 * kept as written too, so it fails as it does in cypher-shell.
 */

/** The statement with string contents, backtick names and comments blanked: safe for keyword tests. */
export function skeleton(text: string): string {
  let out = '';
  let i = 0;
  const n = text.length;
  let from = 0;
  while (i < n) {
    const c = text[i];
    if (c === "'" || c === '"') {
      out += text.slice(from, i) + c + c;
      i = endOfString(text, i);
      from = i;
    } else if (c === '`') {
      const close = text.indexOf('`', i + 1);
      out += text.slice(from, i) + '``';
      i = close < 0 ? n : close + 1;
      from = i;
    } else if (c === '/' && text[i + 1] === '/') {
      const nl = text.indexOf('\n', i);
      out += text.slice(from, i) + ' ';
      i = nl < 0 ? n : nl;
      from = i;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      out += text.slice(from, i) + ' ';
      i = close < 0 ? n : close + 2;
      from = i;
    } else {
      i++;
    }
  }
  return out + text.slice(from);
}

/** Index just past the closing quote of the string opening at `i`. */
function endOfString(text: string, i: number): number {
  const q = text[i];
  let j = i + 1;
  while (j < text.length) {
    const c = text[j];
    if (c === '\\') j += 2;
    else if (c === q) return j + 1;
    else j++;
  }
  return text.length;
}

const IN_TRANSACTIONS = /\bIN\s+(\S+\s+)?(CONCURRENT\s+)?TRANSACTIONS\b/i;
const AUTO_COMMIT = [
  /^(CREATE|DROP)\s+(OR\s+REPLACE\s+)?(RANGE\s+|TEXT\s+|POINT\s+|LOOKUP\s+|FULLTEXT\s+|VECTOR\s+|BTREE\s+)?(INDEX|CONSTRAINT)\b/i,
  /^(CREATE|DROP|ALTER|START|STOP|RENAME)\s+(OR\s+REPLACE\s+)?(DATABASE|ALIAS|COMPOSITE\s+DATABASE|USER|ROLE|SERVER)\b/i,
  /^(ENABLE|DEALLOCATE|REALLOCATE)\s+(SERVER|DATABASES?)\b/i,
  /^(GRANT|DENY|REVOKE|TERMINATE)\b/i,
  /^USING\s+PERIODIC\s+COMMIT\b/i,
  IN_TRANSACTIONS,
  /^USE\b/i,
];

/**
 * True for statements Neo4j runs only in an auto-commit transaction, or that must not share a
 * transaction with data writes: schema and administration commands, CALL ... IN TRANSACTIONS,
 * statements with a USE clause (they may target another database).
 */
export function needsAutoCommit(statement: string): boolean {
  const code = skeleton(statement).trim().replace(/^(CYPHER(\s+\w+\s*=\s*\w+|\s+\d+)*\s+)/i, '');
  return AUTO_COMMIT.some((re) => re.test(code));
}

/** True for `CALL { ... } IN [n CONCURRENT] TRANSACTIONS`: it commits inner transactions as it runs. */
export function runsInnerTransactions(statement: string): boolean {
  return IN_TRANSACTIONS.test(skeleton(statement));
}

/**
 * Neo4j 3.x/4.x schema syntax that Neo4j 5 rejects, rewritten to the Neo4j 5 form with the same
 * effect (the old commands were no-ops when the index or constraint existed, hence IF NOT EXISTS).
 * Returns null when the statement is not one of them.
 */
export function modernizeSchema(statement: string): string | null {
  const ident = '(`[^`]+`|[A-Za-z_][A-Za-z0-9_]*)';
  const index = new RegExp(`^CREATE\\s+INDEX\\s+ON\\s*:\\s*${ident}\\s*\\(([^)]*)\\)\\s*$`, 'i').exec(statement.trim());
  if (index) {
    const props = index[2].split(',').map((p) => p.trim()).filter(Boolean);
    return `CREATE INDEX IF NOT EXISTS FOR (n:${index[1]}) ON (${props.map((p) => `n.${p}`).join(', ')})`;
  }
  const constraint = new RegExp(
    `^CREATE\\s+CONSTRAINT\\s+ON\\s*\\(\\s*${ident}\\s*:\\s*${ident}\\s*\\)\\s+ASSERT\\s+(?:\\(?\\s*)?${ident}\\.${ident}\\s*\\)?\\s+IS\\s+(UNIQUE|NODE\\s+KEY)\\s*$`,
    'i',
  ).exec(statement.trim());
  if (constraint && constraint[1] === constraint[3]) {
    return `CREATE CONSTRAINT IF NOT EXISTS FOR (${constraint[1]}:${constraint[2]}) REQUIRE ${constraint[1]}.${constraint[4]} IS ${constraint[5].toUpperCase()}`;
  }
  return null;
}

export interface Parameterized {
  text: string;
  params: Record<string, unknown>;
}

const NUMBER = /(?:0x[0-9A-Fa-f]+|0o[0-7]+|\d+(?:\.\d+)?(?:[eE]-?\d+)?)(?![A-Za-z0-9_.])/y;
const QUANTIFIER = /\{\s*\d*\s*(?:,\s*\d*\s*)?\}/y;
/** Identifier characters, Unicode letters included (a digit after one is part of a name, not a number). */
const WORD_CHAR = /[\p{L}\p{N}_]/u;
const MAX_LONG = 2n ** 63n - 1n;
const ESCAPES: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Decodes a Cypher string literal's body, or returns null for an escape Neo4j would reject. */
function decodeString(body: string): string | null {
  if (!body.includes('\\')) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[++i];
    if (e in ESCAPES) out += ESCAPES[e];
    else if (e === 'u' && /^[0-9A-Fa-f]{4}$/.test(body.slice(i + 1, i + 5))) {
      out += String.fromCharCode(parseInt(body.slice(i + 1, i + 5), 16));
      i += 4;
    } else if (e === 'U' && /^[0-9A-Fa-f]{8}$/.test(body.slice(i + 1, i + 9))) {
      const cp = parseInt(body.slice(i + 1, i + 9), 16);
      if (cp > 0x10ffff) return null;
      out += String.fromCodePoint(cp);
      i += 8;
    } else return null;
  }
  return out;
}

function numberValue(lit: string): number | Integer | null {
  if (/^0x/i.test(lit) || /^0o/i.test(lit) || /^\d+$/.test(lit)) {
    const big = /^0o/i.test(lit) ? BigInt(`0o${lit.slice(2)}`) : BigInt(lit);
    return big > MAX_LONG ? null : neo4j.int(big.toString());
  }
  const f = Number(lit);
  return Number.isFinite(f) ? f : null;
}

/**
 * Reads a constant list or map literal (only strings, numbers, booleans, null, lists and maps)
 * starting at `i`; returns its value and end, or null when anything else is inside (a variable, a
 * function call such as date(), a parameter, a comment).
 */
function readConstant(text: string, i: number): { value: unknown; end: number } | null {
  const n = text.length;
  const ws = () => {
    while (i < n && /\s/.test(text[i])) i++;
  };
  const value = (): unknown => {
    ws();
    const c = text[i];
    if (c === '[') {
      i++;
      const list: unknown[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return list;
      }
      for (;;) {
        list.push(value());
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return list;
        } else throw FAIL;
      }
    }
    if (c === '{') {
      i++;
      const map: Record<string, unknown> = {};
      ws();
      if (text[i] === '}') {
        i++;
        return map;
      }
      for (;;) {
        ws();
        let key: string;
        if (text[i] === '`') {
          const close = text.indexOf('`', i + 1);
          if (close < 0) throw FAIL;
          key = text.slice(i + 1, close);
          i = close + 1;
        } else {
          const m = /[A-Za-z_][A-Za-z0-9_]*/y;
          m.lastIndex = i;
          const k = m.exec(text);
          if (!k) throw FAIL;
          key = k[0];
          i += key.length;
        }
        ws();
        if (text[i] !== ':') throw FAIL;
        i++;
        map[key] = value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return map;
        } else throw FAIL;
      }
    }
    if (c === "'" || c === '"') {
      const end = endOfString(text, i);
      if (text[end - 1] !== c || end - i < 2) throw FAIL;
      const s = decodeString(text.slice(i + 1, end - 1));
      if (s === null) throw FAIL;
      i = end;
      return s;
    }
    const neg = c === '-';
    NUMBER.lastIndex = neg ? i + 1 : i;
    const m = NUMBER.exec(text);
    if (m) {
      const v = numberValue(m[0]);
      if (v === null) throw FAIL;
      i = NUMBER.lastIndex;
      return neg ? (typeof v === 'number' ? -v : v.negate()) : v;
    }
    const word = /(true|false|null)(?![A-Za-z0-9_])/iy;
    word.lastIndex = i;
    const w = word.exec(text);
    if (w) {
      i += w[0].length;
      const lower = w[0].toLowerCase();
      return lower === 'null' ? null : lower === 'true';
    }
    throw FAIL;
  };
  try {
    const v = value();
    return { value: v, end: i };
  } catch (e) {
    if (e === FAIL) return null;
    throw e;
  }
}
const FAIL = new Error('not a constant');
/** Words after which `[` opens a list (not an index into the value before it). */
const LIST_KEYWORDS = new Set(['UNWIND', 'IN', 'RETURN', 'WITH', 'WHERE', 'AND', 'OR', 'XOR', 'NOT', 'THEN', 'ELSE', 'WHEN', 'CASE', 'SET', 'CONTAINS', 'YIELD', 'BY', 'DISTINCT']);

/** Words after which a number is a path selector's count (`SHORTEST 2`, `ANY 3 PATHS`): Cypher wants a literal. */
const SELECTOR_WORDS = new Set(['SHORTEST', 'ANY']);

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
  const head = /^\s*([A-Za-z]+)/.exec(text)?.[1]?.toUpperCase();
  if (!head || ['CYPHER', 'EXPLAIN', 'PROFILE', 'USE', 'SHOW', 'TERMINATE'].includes(head)) return null;
  const lifts: { start: number; end: number; value: unknown }[] = [];
  let projection = false;
  let i = 0;
  const n = text.length;
  /** Last character before `i` that is not white space (for `*1..3` and division contexts). */
  let prev = '';
  let prevWord = '';
  const lift = (start: number, end: number, value: unknown) => {
    lifts.push({ start, end, value });
  };
  while (i < n) {
    const c = text[i];
    const code = text.charCodeAt(i);
    if (c === "'" || c === '"') {
      const end = endOfString(text, i);
      const value = end <= n && text[end - 1] === c && end - i >= 2 ? decodeString(text.slice(i + 1, end - 1)) : null;
      if (value !== null && prevWord !== 'FIELDTERMINATOR') lift(i, end, value);
      i = end;
      prev = c;
      prevWord = '';
      continue;
    }
    if (c === '`') {
      const close = text.indexOf('`', i + 1);
      i = close < 0 ? n : close + 1;
      prev = '`';
      continue;
    }
    if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      if (text[i + 1] === '/') {
        const nl = text.indexOf('\n', i);
        i = nl < 0 ? n : nl;
      } else {
        const close = text.indexOf('*/', i + 2);
        i = close < 0 ? n : close + 2;
      }
      continue;
    }
    if (c === '$') {
      i++;
      if (text[i] === '`') {
        const close = text.indexOf('`', i + 1);
        i = close < 0 ? n : close + 1;
      } else while (i < n && WORD_CHAR.test(text[i])) i++;
      prev = 'x';
      prevWord = '';
      continue;
    }
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || c === '_' || (code > 127 && WORD_CHAR.test(c))) {
      const s = i;
      while (i < n && WORD_CHAR.test(text[i])) i++;
      const word = text.slice(s, i);
      prev = 'x';
      prevWord = word.toUpperCase();
      if (prevWord === 'WITH' || prevWord === 'RETURN') projection = true;
      continue;
    }
    if (c === '[' && (LIST_KEYWORDS.has(prevWord) || !['x', ')', ']', '}', '0', '`', "'", '"'].includes(prev))) {
      // A list literal of constants (UNWIND batches): one list parameter, as a driver program would send.
      const constant = readConstant(text, i);
      if (constant && Array.isArray(constant.value) && constant.value.length > 0) {
        lift(i, constant.end, constant.value);
        i = constant.end;
        prev = ']';
        continue;
      }
    }
    if (c === '{') {
      QUANTIFIER.lastIndex = i;
      const q = QUANTIFIER.exec(text);
      if (q) {
        i += q[0].length; // a quantifier such as {1,3}: Cypher wants literal numbers there
        prev = '}';
        continue;
      }
    }
    if (code >= 48 && code <= 57) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      // Kept as written: `*1..3` pattern lengths, `SHORTEST 2`, and `017` (an old octal form Neo4j refuses).
      if (m && prev !== '*' && prev !== '.' && !SELECTOR_WORDS.has(prevWord) && !/^0\d/.test(m[0])) {
        const value = numberValue(m[0]);
        if (value !== null) lift(i, i + m[0].length, value);
        i += m[0].length;
      } else {
        // `*1..3` pattern lengths and anything the pattern does not recognise stay as written
        while (i < n && /[0-9A-Za-z_.]/.test(text[i])) i++;
      }
      prev = '0';
      prevWord = '';
      continue;
    }
    if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') {
      prev = c;
      if (c !== ',') prevWord = '';
    }
    i++;
  }
  if (lifts.length === 0) return null;
  const params: Record<string, unknown> = {};
  const names = new Map<string, string>();
  let out = '';
  let from = 0;
  for (const l of lifts) {
    const literal = text.slice(l.start, l.end);
    let name = projection ? names.get(literal) : undefined;
    if (!name) {
      name = `_kg${names.size}`;
      names.set(projection ? literal : name, name);
      params[name] = l.value;
    }
    out += text.slice(from, l.start) + `$${name}`;
    from = l.end;
  }
  return { text: out + text.slice(from), params };
}
