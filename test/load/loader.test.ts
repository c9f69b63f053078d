import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LoadError, loadPaths, LoadOptions } from '../../src/load/loader';
import { Parameterized, parameterizeLiterals } from '../../src/load/statement';
import { countGraph, dumpGraph } from '../support/graph-dump';
import { testDriver, testTarget, useEmptyGraph } from '../support/neo4j';

/** Scripts written for these tests in the shape of public example scripts (see each file's header). */
const FIXTURES = path.resolve(__dirname, '../fixtures');

let driver: Driver;
let dir: string;

beforeAll(() => {
  driver = testDriver();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-load-'));
});
afterAll(async () => {
  await driver?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => useEmptyGraph(driver));

function file(name: string, text: string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, text);
  return p;
}
const load = (paths: string[], options: LoadOptions = {}) => loadPaths(driver, paths, { database: testTarget().database, ...options });
async function count(query: string): Promise<number> {
  const res = await driver.executeQuery(query, {}, { database: testTarget().database });
  return (res.records[0].get(0) as { toNumber(): number }).toNumber();
}

describe('loading scripts', () => {
  it('loads tricky text: separators and comment markers in strings and names, escapes, unicode, CRLF, no final ;', async () => {
    const p = file(
      'tricky.cypher',
      [
        "CREATE (:T {k: 1, s: 'a;b // c /* d */', q: 'it\\'s', d: \"say \\\"hi\\\"; ok\"});",
        'CREATE (:`T;x` {k: 2, `odd;key`: 1}); // a ; comment',
        "/* ; */ CREATE (:T {k: 3, u: 'Şuşa – Շուշի – Шуша \\u00e9'});;",
        ';',
        'CREATE (:T {k: 4})',
      ].join('\r\n'),
    );
    const s = await load([p]);
    expect(s.statements).toBe(4);
    expect(s.counters.nodesCreated).toBe(4);
    const res = await driver.executeQuery(
      'MATCH (n:T) WHERE n.k IN [1, 3] RETURN n.s AS s, n.q AS q, n.d AS d, n.u AS u ORDER BY n.k',
      {},
      { database: testTarget().database },
    );
    expect(res.records[0].toObject()).toEqual({ s: 'a;b // c /* d */', q: "it's", d: 'say "hi"; ok', u: null });
    expect(res.records[1].get('u')).toBe('Şuşa – Շուշի – Шуша é');
    expect(await count('MATCH (n:`T;x`) WHERE n.`odd;key` = 1 RETURN count(n)')).toBe(1);
  });

  it('loads a directory in name order, grouping statements into transactions of --batch-size', async () => {
    const d = path.join(dir, 'seed');
    fs.mkdirSync(d, { recursive: true });
    fs.writeFileSync(path.join(d, '02-b.cypher'), 'MATCH (a:Step {n: 1}) CREATE (:Step {n: 2})-[:AFTER]->(a);\n');
    fs.writeFileSync(path.join(d, '01-a.cypher'), 'CREATE (:Step {n: 1});\n' + 'CREATE (:Filler);\n'.repeat(9));
    fs.writeFileSync(path.join(d, 'notes.txt'), 'not cypher');
    const s = await load([d], { batchSize: 4 });
    expect(s.files.map((f) => path.basename(f))).toEqual(['01-a.cypher', '02-b.cypher']);
    expect(s.statements).toBe(11);
    expect(s.transactions).toBe(4); // 4 + 4 + 2 in the first file, 1 in the second
    expect(await count('MATCH (:Step {n: 2})-[:AFTER]->(:Step {n: 1}) RETURN count(*)')).toBe(1);
  });

  it('runs schema commands alone in auto-commit, and :begin/:commit blocks as one transaction', async () => {
    const p = file(
      'schema.cypher',
      'CREATE (:S {id: 1});\nCREATE CONSTRAINT s_id IF NOT EXISTS FOR (n:S) REQUIRE n.id IS UNIQUE;\nCREATE (:S {id: 2});\n:begin\nCREATE (:S {id: 3});\nCREATE (:S {id: 4});\n:commit\n',
    );
    const s = await load([p]);
    expect(s.counters).toMatchObject({ nodesCreated: 4, constraintsAdded: 1 });
    expect(s.transactions).toBe(4); // [1], schema, [2], block [3, 4]
  });

  it('evaluates :param and :params on the server and keeps their types', async () => {
    const p = file(
      'params.cypher',
      ":param name => 'Stepanakert'\n:param founded => date('1923-09-26')\n:params {n: 2}\nUNWIND range(1, $n) AS i CREATE (:P {name: $name, founded: $founded, i: i});\n:param clear\n",
    );
    await load([p]);
    const res = await driver.executeQuery(
      'MATCH (p:P) RETURN p.name AS name, toString(p.founded) AS founded, valueType(p.founded) AS type, count(*) AS c',
      {},
      { database: testTarget().database },
    );
    expect(res.records[0].toObject()).toMatchObject({ name: 'Stepanakert', founded: '1923-09-26', type: 'DATE NOT NULL' });
    expect(res.records[0].get('c').toNumber()).toBe(2);
  });

  it('stops at an unknown client command with its file and line, before running anything after it', async () => {
    const p = file('unknown.cypher', 'CREATE (:U);\n:sleep 5\nCREATE (:U);\n');
    const err = await load([p]).catch((e) => e);
    expect(err).toBeInstanceOf(LoadError);
    expect(err.message).toMatch(new RegExp(`^${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:1: unknown client command ":sleep"`));
  });
});

describe('failures', () => {
  it('rolls back the failing transaction, keeps earlier ones, and reports file:line:column with code and excerpt', async () => {
    const p = file(
      'fail.cypher',
      'CREATE (:Ok {n: 1});\n:begin\nCREATE (:InBlock {n: 1});\nCREATE (:InBlock {n: 2});\nCREATE (:InBlock {n:\n  1 / 0});\nCREATE (:InBlock {n: 3});\n:commit\nCREATE (:After);\n',
    );
    const err: LoadError = await load([p]).catch((e) => e);
    expect(err).toBeInstanceOf(LoadError);
    expect(err.failure).toMatchObject({ file: p, line: 5, column: 1, code: 'Neo.ClientError.Statement.ArithmeticError' });
    expect(err.message).toContain(`${p}:5:1: Neo.ClientError.Statement.ArithmeticError: / by zero`);
    expect(err.message).toContain('in: CREATE (:InBlock {n: 1 / 0})');
    expect(await count('MATCH (n:Ok) RETURN count(n)')).toBe(1);
    expect(await count('MATCH (n:InBlock) RETURN count(n)')).toBe(0);
    expect(await count('MATCH (n:After) RETURN count(n)')).toBe(0);
    expect(err.summary.counters.nodesCreated).toBe(1);
  });

  it('points a syntax error at its line and column in the file', async () => {
    const p = file('syntax.cypher', 'CREATE (:A);\n\nMATCH (n)\nRETRUN n;\n');
    const err: LoadError = await load([p]).catch((e) => e);
    expect(err.failure).toMatchObject({ line: 4, column: 1, code: 'Neo.ClientError.Statement.SyntaxError' });
  });

  it('keeps every statement before the failure committed, also those of its own batch, as cypher-shell does', async () => {
    const p = file(
      'batch.cypher',
      Array.from({ length: 10 }, (_, i) => (i === 6 ? 'CREATE (:B {n: 1/0});' : `CREATE (:B {n: ${i}});`)).join('\n'),
    );
    const err: LoadError = await load([p], { batchSize: 5 }).catch((e) => e);
    expect(err.message).toMatch(/:7:1: /);
    expect(await count('MATCH (n:B) RETURN count(n)')).toBe(6); // the first batch of 5, and the one statement before the failure in the second
    expect(await count('MATCH (n:B) WHERE n.n > 5 RETURN count(n)')).toBe(0);
    expect(err.summary).toMatchObject({ statements: 6, transactions: 2, stopped: 'failure' });
    expect(err.summary.counters.nodesCreated).toBe(6);
  });

  it('2,500 good statements, a failing one, then more: exactly the 2,500 are committed', async () => {
    const lines = Array.from({ length: 2500 }, (_, i) => `CREATE (:G {i: ${i}});`);
    lines.push('CREATE (:G {i: 1 / 0});', ...Array.from({ length: 300 }, (_, i) => `CREATE (:G {i: ${3000 + i}});`));
    const p = file('2500.cypher', lines.join('\n'));
    const err: LoadError = await load([p]).catch((e) => e);
    expect(err).toBeInstanceOf(LoadError);
    expect(err.failure).toMatchObject({ line: 2501 });
    expect(await count('MATCH (n:G) RETURN count(n)')).toBe(2500);
    expect(await count('MATCH (n:G) WHERE n.i >= 2500 RETURN count(n)')).toBe(0);
    expect(err.summary.statements).toBe(2500);
    expect(err.summary.counters.nodesCreated).toBe(2500);
  });

  it('--continue-on-error skips exactly the failing statement of a batch: the ones after it in the same batch land', async () => {
    const lines = Array.from({ length: 20 }, (_, i) => (i === 3 || i === 11 ? `CREATE (:K {i: ${i} / 0});` : `CREATE (:K {i: ${i}});`));
    const s = await load([file('skip.cypher', lines.join('\n'))], { batchSize: 8, continueOnError: true });
    expect(s.failures.map((f) => f.line)).toEqual([4, 12]);
    expect(await count('MATCH (n:K) RETURN count(n)')).toBe(18);
    expect(s.statements).toBe(18);
    expect(s.counters.nodesCreated).toBe(18);
  });

  it('--continue-on-error runs every good statement and reports every failure', async () => {
    const p = file(
      'many.cypher',
      'CREATE (:C {n: 1});\nCREATE (:C {n: 1/0});\nCREATE (:C {n: 2});\n:begin\nCREATE (:Blk);\nCREATE (:Blk {x: nope});\n:commit\nRETRUN 1;\nCREATE (:C {n: 3});\n',
    );
    const s = await load([p], { continueOnError: true });
    expect(s.failures.map((f) => [f.line, f.code])).toEqual([
      [2, 'Neo.ClientError.Statement.ArithmeticError'],
      [6, 'Neo.ClientError.Statement.SyntaxError'],
      [8, 'Neo.ClientError.Statement.SyntaxError'],
    ]);
    expect(await count('MATCH (n:C) RETURN count(n)')).toBe(3);
    expect(await count('MATCH (n:Blk) RETURN count(n)')).toBe(0);
  });

  it('--dry-run checks every statement with EXPLAIN and writes nothing', async () => {
    const good = file(
      'dry.cypher',
      ":param x => 1\nCREATE CONSTRAINT d_id IF NOT EXISTS FOR (n:D) REQUIRE n.id IS UNIQUE;\n:begin\nCREATE (:D {id: $x});\n:commit\nMATCH (n:D) SET n.y = 'z';\n",
    );
    const s = await load([good], { dryRun: true });
    expect(s.statements).toBe(3);
    expect(s.counters.nodesCreated).toBe(0);
    expect(await count('MATCH (n) RETURN count(n)')).toBe(0);
    expect(await count('SHOW CONSTRAINTS YIELD name RETURN count(*)')).toBe(0);

    const bad = file('dry-bad.cypher', 'CREATE (:D);\nCREATE (:D {x: y});\nRETRUN 1;\n');
    const all = await load([bad], { dryRun: true, continueOnError: true });
    expect(all.failures.map((f) => [f.line, f.column])).toEqual([
      [2, 16],
      [3, 1],
    ]);
    expect(await count('MATCH (n) RETURN count(n)')).toBe(0);
  });
});

/** A small graph with two paths from a to c (a->b->c and a->c), for the path selector statements below. */
const PATHS =
  "CREATE (:N {id: 'a'})-[:R]->(:N {id: 'b'})-[:R]->(:N {id: 'c'});\nMATCH (a:N {id: 'a'}), (c:N {id: 'c'}) CREATE (a)-[:R]->(c);\n";
const SHORTEST = (tag: string) =>
  `MATCH p = SHORTEST 2 (a:N {id: 'a'})-[:R]-+(c:N {id: 'c'}) WITH count(p) AS n CREATE (:Paths {n: n, tag: '${tag}'});\n`;

/**
 * Test hook for the safety net: lifts like the loader did before it knew path selectors, so
 * `SHORTEST 2` becomes `SHORTEST $_bad`, which Neo4j refuses (a syntax error) although the
 * statement as written is fine.
 */
function liftSelectorCounts(text: string): Parameterized | null {
  const l = parameterizeLiterals(text);
  const lifted = l?.text ?? text;
  const m = /\bSHORTEST (\d+)/.exec(lifted);
  if (!m) return l;
  return { text: lifted.replace(m[0], 'SHORTEST $_bad'), params: { ...l?.params, _bad: neo4j.int(m[1]) } };
}

describe('literals Neo4j takes only as written', () => {
  it('loads path selector counts, a repeated literal under ORDER BY after an aggregation, and refuses 017 as cypher-shell does', async () => {
    const p = file(
      'literal-only.cypher',
      PATHS +
        SHORTEST('s') +
        "MATCH p = ANY 1 PATHS (a:N {id: 'a'})-[:R]-+(c:N {id: 'c'}) WITH count(p) AS n CREATE (:AnyPaths {n: n});\n" +
        "MATCH (n:N) WITH n.id + '!' AS k, count(*) AS c ORDER BY n.id + '!' CREATE (:Key {k: k, c: c});\n" +
        "MATCH (n:N) WITH DISTINCT n.id + '?' AS k ORDER BY n.id + '?' CREATE (:Distinct {k: k});\n",
    );
    const warnings: string[] = [];
    const s = await load([p], { onWarning: (w) => warnings.push(w) });
    expect(warnings).toEqual([]); // nothing needed the safety net
    expect(s.statements).toBe(6);
    expect(await count("MATCH (x:Paths {n: 2, tag: 's'}) RETURN count(x)")).toBe(1);
    expect(await count('MATCH (x:AnyPaths {n: 1}) RETURN count(x)')).toBe(1);
    expect(await count("MATCH (x:Key) WHERE x.k IN ['a!', 'b!', 'c!'] AND x.c = 1 RETURN count(x)")).toBe(3);
    expect(await count('MATCH (x:Distinct) RETURN count(x)')).toBe(3);
    const lifted = await dumpGraph(driver);
    await useEmptyGraph(driver);
    await load([p], { parameterize: false });
    expect(await dumpGraph(driver)).toEqual(lifted);

    const octal = file('octal.cypher', 'CREATE (:O {v: 017});\n');
    const err: LoadError = await load([octal]).catch((e) => e);
    expect(err.failure).toMatchObject({ line: 1, code: 'Neo.ClientError.Statement.SyntaxError' });
    expect(err.failure.message).toMatch(/octal/);
  });
});

describe('safety net: a statement Neo4j refuses only with its literals lifted', () => {
  /** Loads `text` with the wrong lift, then with --no-parameterize on an empty graph: both summaries and graphs. */
  async function bothWays(name: string, text: string, options: LoadOptions) {
    const p = file(name, text);
    const warnings: string[] = [];
    const lifted = await load([p], { ...options, liftLiterals: liftSelectorCounts, onWarning: (w) => warnings.push(w) });
    const liftedGraph = await dumpGraph(driver);
    await useEmptyGraph(driver);
    const plain = await load([p], { ...options, parameterize: false });
    const plainGraph = await dumpGraph(driver);
    return { p, warnings, lifted, liftedGraph, plain, plainGraph };
  }

  it('replays the batch with that statement as written, warns once, stops lifting its shape, and gives the --no-parameterize graph', async () => {
    // Batches of 2: [the two path statements], [SHORTEST (line 3), After], [SHORTEST of the same shape (line 5)], then a CALL ... IN TRANSACTIONS alone.
    const text =
      PATHS +
      SHORTEST('first') +
      'CREATE (:After {k: 1});\n' +
      SHORTEST('second') +
      "CALL () { MATCH p = SHORTEST 2 (a:N {id: 'a'})-[:R]-+(c:N {id: 'c'}) WITH count(p) AS n CREATE (:Inner {n: n}) } IN TRANSACTIONS OF 1 ROWS;\n";
    const r = await bothWays('net-batch.cypher', text, { batchSize: 2 });
    expect(r.warnings).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${r.p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:1: Neo4j refused this statement with its literals sent as parameters \\(Neo\\.ClientError\\.Statement\\.SyntaxError`,
        ),
      ),
      expect.stringMatching(/net-batch\.cypher:6:1: /), // the CALL ... IN TRANSACTIONS: another shape
    ]);
    expect(r.lifted.failures).toEqual([]);
    expect(r.liftedGraph).toEqual(r.plainGraph);
    expect(r.liftedGraph.nodes.filter((n) => n.startsWith('Paths '))).toHaveLength(2);
    expect(r.liftedGraph.nodes.filter((n) => n.startsWith('Inner '))).toHaveLength(1);
    // Nothing counted twice: the same statements, transactions and counters as without lifting.
    expect(r.lifted.statements).toBe(6);
    expect(r.lifted.statements).toBe(r.plain.statements);
    expect(r.lifted.transactions).toBe(r.plain.transactions);
    expect(r.lifted.counters).toEqual(r.plain.counters);
  });

  it('replays a :begin block as one transaction', async () => {
    const text = PATHS + ':begin\nCREATE (:B {k: 1});\n' + SHORTEST('in-block') + 'CREATE (:B {k: 2});\n:commit\n';
    const r = await bothWays('net-block.cypher', text, {});
    expect(r.warnings).toEqual([expect.stringMatching(/net-block\.cypher:5:1: /)]);
    expect(r.liftedGraph).toEqual(r.plainGraph);
    expect(r.liftedGraph.nodes.filter((n) => n.startsWith('B '))).toHaveLength(2);
    expect(r.lifted.transactions).toBe(r.plain.transactions);
    expect(r.lifted.counters).toEqual(r.plain.counters);
  });

  it('with --continue-on-error, reruns that one statement as written in the one-by-one replay; real failures are still reported', async () => {
    const text = PATHS + 'CREATE (:C {n: 1});\nCREATE (:C {n: 1/0});\n' + SHORTEST('replayed') + 'CREATE (:C {n: 2});\n';
    const r = await bothWays('net-continue.cypher', text, { continueOnError: true });
    expect(r.warnings).toEqual([expect.stringMatching(/net-continue\.cypher:5:1: /)]);
    expect(r.lifted.failures.map((f) => [f.line, f.code])).toEqual([[4, 'Neo.ClientError.Statement.ArithmeticError']]);
    expect(r.plain.failures.map((f) => [f.line, f.code])).toEqual([[4, 'Neo.ClientError.Statement.ArithmeticError']]);
    expect(r.liftedGraph).toEqual(r.plainGraph);
    expect(r.lifted.statements).toBe(r.plain.statements);
    expect(r.lifted.counters).toEqual(r.plain.counters);
  });

  it('still stops at a statement that fails as written too, naming it', async () => {
    const p = file('net-real.cypher', PATHS + "MATCH p = SHORTEST 2 (a:N {id: 'a'})-[:R]-+(c:N {id: 'c'}) RETURN nope;\n");
    const warnings: string[] = [];
    const err: LoadError = await load([p], { liftLiterals: liftSelectorCounts, onWarning: (w) => warnings.push(w) }).catch((e) => e);
    expect(err).toBeInstanceOf(LoadError);
    expect(err.failure).toMatchObject({ line: 3, code: 'Neo.ClientError.Statement.SyntaxError' });
    expect(err.failure.message).toMatch(/nope/);
    expect(warnings).toEqual([]);
    expect(await count('MATCH (n:N) RETURN count(n)')).toBe(3); // the path statements before it in its batch stay committed
  });
});

describe('real-world script shapes', () => {
  it('film-club.cypher (schema first, one long statement) gives the same graph as running each statement on its own', async () => {
    const s = await load([path.join(FIXTURES, 'film-club.cypher')]);
    // Reference: bench/statement-counts.ts on Neo4j 5.26 (each statement alone, counters added up).
    expect(s.counters).toMatchObject({
      nodesCreated: 8,
      relationshipsCreated: 9,
      propertiesSet: 31,
      labelsAdded: 8,
      indexesAdded: 2,
      constraintsAdded: 2,
    });
    expect(await countGraph(driver)).toEqual({ nodes: 8, relationships: 9, labels: 8, nodeProperties: 20, relationshipProperties: 11 });
    expect(
      await count(
        `MATCH (m:Member {name: "Emre \\"The Projectionist\\" Kaya"})-[:PROJECTED]->(f:Film {title: "The Harbourmaster's Daughter"}) RETURN count(*)`,
      ),
    ).toBe(1);
  });

  it('server-room.cypher: stops where cypher-shell stops on Neo4j 5, and with --continue-on-error gives the statement-by-statement graph', async () => {
    const file = path.join(FIXTURES, 'server-room.cypher');
    // Its "Racks" statement refers, in one CREATE, to a node created in that same CREATE: Neo4j 5
    // refuses it (as it does for cypher-shell). Its `create index on :Machine(name)` is Neo4j 3
    // syntax, which the loader runs as CREATE INDEX IF NOT EXISTS FOR (n:Machine) ON (n.name).
    const err: LoadError = await load([file]).catch((e) => e);
    expect(err).toBeInstanceOf(LoadError);
    expect(err.failure).toMatchObject({ line: 21, column: 122, code: 'Neo.ClientError.Statement.SyntaxError' });
    expect(err.failure.message).not.toMatch(/\(line \d+, column \d+/); // one position: the file's
    // As with cypher-shell, the two statements before it stay, although they were in its batch.
    expect(await countGraph(driver)).toEqual({ nodes: 7, relationships: 8, labels: 7, nodeProperties: 12, relationshipProperties: 0 });

    await useEmptyGraph(driver);
    const warnings: string[] = [];
    const s = await load([file], { continueOnError: true, onWarning: (w) => warnings.push(w) });
    expect(s.failures.map((f) => `${f.line}:${f.column}`)).toEqual(['21:122']);
    expect(warnings).toEqual([
      expect.stringMatching(/server-room\.cypher:35:1: .*CREATE INDEX IF NOT EXISTS FOR \(n:Machine\) ON \(n\.name\)/),
    ]);
    // Reference: bench/statement-counts.ts (the Racks statement fails and counts nothing; the old index command fails there).
    expect(s.counters).toMatchObject({ nodesCreated: 22, relationshipsCreated: 32, propertiesSet: 36, labelsAdded: 22, indexesAdded: 1 });
    expect(await countGraph(driver)).toEqual({ nodes: 22, relationships: 32, labels: 22, nodeProperties: 36, relationshipProperties: 0 });
  });

  it('an APOC cypher-shell export (test/fixtures/apoc-export.cypher) loads, cleans up its import label and constraint', async () => {
    const s = await load([path.resolve(__dirname, '../fixtures/apoc-export.cypher')]);
    expect(s.counters).toMatchObject({ nodesCreated: 4, relationshipsCreated: 3, constraintsAdded: 1, constraintsRemoved: 1 });
    expect(await countGraph(driver)).toEqual({ nodes: 4, relationships: 3, labels: 5, nodeProperties: 10, relationshipProperties: 3 });
    expect(await count('MATCH (n:`UNIQUE IMPORT LABEL`) RETURN count(n)')).toBe(0);
    expect(await count('MATCH (n) WHERE n.`UNIQUE IMPORT ID` IS NOT NULL RETURN count(n)')).toBe(0);
    expect(await count('SHOW CONSTRAINTS YIELD name RETURN count(*)')).toBe(0);
    const res = await driver.executeQuery(
      "MATCH (:Town {name: 'Lachin'})-[r:MENTIONED_IN]->(a:Agreement:`Signed Document`) RETURN valueType(r.since) AS t, valueType(a.effectiveAt) AS e, valueType(r.clause) AS c",
      {},
      { database: testTarget().database },
    );
    expect(res.records[0].toObject()).toEqual({ t: 'DATE NOT NULL', e: 'ZONED DATETIME NOT NULL', c: 'INTEGER NOT NULL' });
  });
});
