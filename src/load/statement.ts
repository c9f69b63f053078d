import { CypherLexer, Tok } from './tokenizer';

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
  const lx = new CypherLexer(text);
  let out = '';
  let from = 0;
  while (lx.next()) {
    const k = lx.kind;
    let blank: string;
    if (k === Tok.String) blank = text[lx.start] + text[lx.start];
    else if (k === Tok.Backtick) blank = '``';
    else if (k === Tok.LineComment || k === Tok.BlockComment) blank = ' ';
    else continue;
    out += text.slice(from, lx.start) + blank;
    from = lx.end;
  }
  return out + text.slice(from);
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

/** A word that every statement needing auto-commit holds somewhere (a quick first test, on the raw text). */
const MAYBE_AUTO_COMMIT = /INDEX|CONSTRAINT|DATABASE|ALIAS|USER|ROLE|SERVER|TRANSACTIONS|GRANT|DENY|REVOKE|TERMINATE|PERIODIC|USE/i;

/**
 * True for statements Neo4j runs only in an auto-commit transaction, or that must not share a
 * transaction with data writes: schema and administration commands, CALL ... IN TRANSACTIONS,
 * statements with a USE clause (they may target another database).
 */
export function needsAutoCommit(statement: string): boolean {
  if (!MAYBE_AUTO_COMMIT.test(statement)) return false; // most statements: no need to read them through
  const code = skeleton(statement)
    .trim()
    .replace(/^(CYPHER(\s+\w+\s*=\s*\w+|\s+\d+)*\s+)/i, '');
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
    const props = index[2]
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
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

export { parameterizeLiterals } from './literals';
export type { Parameterized } from './literals';
