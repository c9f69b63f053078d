import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { Driver, Integer } from 'neo4j-driver';
import { loadConfig, Neo4jTarget } from '../src/config';
import { createDriver } from '../src/graph/driver';
import { parseStream } from '../src/load/split';

/**
 * `npm run bench:load`: the loader against (a) a naive loop that runs each statement in its own
 * auto-commit transaction and (b) the raw driver sending the same UNWIND batches, on one Neo4j.
 *
 * Seeds (generated into bench/out/): `rows.cypher`, one statement per node and per relationship;
 * `unwind.cypher`, the same graph as UNWIND batches of 1000 rows. Both start with a uniqueness
 * constraint on :Person(id) so that relationships find their endpoints by index.
 * The loader runs as a child process (the built CLI) under /usr/bin/time -v for its peak RSS.
 * The naive loop is too slow for 1M statements: it runs a prefix of each section of rows.cypher
 * and its per-statement rate is extrapolated to the whole file (said so in the output).
 *
 * The raw driver sends the same batches as a list parameter (what a hand-written program does; the
 * 1.2x target is against it). (Earlier runs also sent the file's statement texts as they are; see
 * bench/RESULTS.md for those figures.)
 * Size: BENCH_NODES (default 100000), BENCH_RELS (default 1000000), BENCH_NAIVE (default 3000
 * statements per section). Target: NEO4J_URI, or the local instance named by NEO4J_LOCAL_*.
 * BENCH_LOADER_ONLY=1 runs only the loader on both files (time and peak RSS), e.g. to compare
 * builds on a smaller graph; BENCH_CLI names another built CLI to run (default: this build's), and
 * BENCH_BASELINE_CLI one to run beside it in the same rounds (a before/after comparison).
 * BENCH_ROUNDS (default 3): every contender runs once per round, in an order that rotates.
 */
const NODES = Number(process.env.BENCH_NODES ?? 100_000);
const RELS = Number(process.env.BENCH_RELS ?? 1_000_000);
const NAIVE = Number(process.env.BENCH_NAIVE ?? 3_000);
const UNWIND = 1000;
const OUT = path.join(__dirname, '..', '..', 'bench', 'out');
const CLI = process.env.BENCH_CLI ?? path.join(__dirname, '..', 'src', 'load', 'cli.js');
const LOADER_ONLY = process.env.BENCH_LOADER_ONLY === '1';
/** Another built CLI (e.g. main's) run in the same rounds, for a before/after comparison. */
const BASELINE = process.env.BENCH_BASELINE_CLI;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** Node flags on a CLI's `#!/usr/bin/env -S node ...` line: the bin runs with them, so the benchmark does too. */
function nodeFlags(cli: string): string[] {
  return /^#!.*\bnode((?:\s+--\S+)*)\s*$/m.exec(fs.readFileSync(cli, 'utf8').split('\n')[0])?.[1].trim().split(/\s+/).filter(Boolean) ?? [];
}
const SCHEMA = 'CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE;\n';

/** A fixed pseudo-random sequence, so every run loads the same graph. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function generate(): { rows: string; unwind: string } {
  fs.mkdirSync(OUT, { recursive: true });
  const rows = path.join(OUT, `rows-${NODES}-${RELS}.cypher`);
  const unwind = path.join(OUT, `unwind-${NODES}-${RELS}.cypher`);
  if (fs.existsSync(rows) && fs.existsSync(unwind)) return { rows, unwind };
  const node = (i: number) => ({ id: i, name: `Person ${i}`, born: 1900 + (i % 120) });
  const rand = rng(42);
  const rel = () => ({
    s: Math.floor(rand() * NODES),
    e: Math.floor(rand() * NODES),
    since: 1950 + Math.floor(rand() * 70),
    weight: Math.round(rand() * 1000) / 1000,
  });

  const r = fs.openSync(rows, 'w');
  fs.writeSync(r, SCHEMA);
  let buf = '';
  const flush = (fd: number, force = false) => {
    if (buf.length > 1 << 20 || force) {
      fs.writeSync(fd, buf);
      buf = '';
    }
  };
  for (let i = 0; i < NODES; i++) {
    const n = node(i);
    buf += `CREATE (:Person {id: ${n.id}, name: '${n.name}', born: ${n.born}});\n`;
    flush(r);
  }
  for (let i = 0; i < RELS; i++) {
    const x = rel();
    buf += `MATCH (a:Person {id: ${x.s}}), (b:Person {id: ${x.e}}) CREATE (a)-[:KNOWS {since: ${x.since}, weight: ${x.weight.toFixed(3)}}]->(b);\n`;
    flush(r);
  }
  flush(r, true);
  fs.closeSync(r);

  const rand2 = rng(42);
  const rel2 = () => ({
    s: Math.floor(rand2() * NODES),
    e: Math.floor(rand2() * NODES),
    since: 1950 + Math.floor(rand2() * 70),
    weight: Math.round(rand2() * 1000) / 1000,
  });
  const u = fs.openSync(unwind, 'w');
  fs.writeSync(u, SCHEMA);
  for (let i = 0; i < NODES; i += UNWIND) {
    const part: string[] = [];
    for (let j = i; j < Math.min(NODES, i + UNWIND); j++) {
      const n = node(j);
      part.push(`{id: ${n.id}, name: '${n.name}', born: ${n.born}}`);
    }
    buf += `UNWIND [${part.join(', ')}] AS row CREATE (p:Person) SET p = row;\n`;
    flush(u);
  }
  for (let i = 0; i < RELS; i += UNWIND) {
    const part: string[] = [];
    for (let j = i; j < Math.min(RELS, i + UNWIND); j++) {
      const x = rel2();
      part.push(`{s: ${x.s}, e: ${x.e}, since: ${x.since}, weight: ${x.weight.toFixed(3)}}`);
    }
    buf += `UNWIND [${part.join(', ')}] AS row MATCH (a:Person {id: row.s}) MATCH (b:Person {id: row.e}) CREATE (a)-[:KNOWS {since: row.since, weight: row.weight}]->(b);\n`;
    flush(u);
  }
  flush(u, true);
  fs.closeSync(u);
  return { rows, unwind };
}

async function wipe(driver: Driver, database: string): Promise<void> {
  const s = driver.session({ database });
  try {
    await s.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
    await s.run('DROP CONSTRAINT person_id IF EXISTS');
  } finally {
    await s.close();
  }
}

async function graphCounts(driver: Driver, database: string): Promise<{ nodes: number; rels: number }> {
  const n = await driver.executeQuery('MATCH (n) RETURN count(n) AS c', {}, { database });
  const r = await driver.executeQuery('MATCH ()-[r]->() RETURN count(r) AS c', {}, { database });
  return { nodes: (n.records[0].get('c') as Integer).toNumber(), rels: (r.records[0].get('c') as Integer).toNumber() };
}

interface ChildRun {
  seconds: number;
  maxRssMb: number;
  status: number | null;
  tail: string;
}

/** The built CLI as a child process under /usr/bin/time -v (peak RSS = "Maximum resident set size"). */
function runLoader(file: string, target: Neo4jTarget, extra: string[] = [], cli = CLI): ChildRun {
  const started = process.hrtime.bigint();
  const res = spawnSync('/usr/bin/time', ['-v', 'node', ...nodeFlags(cli), cli, file, '--progress', 'none', ...extra], {
    env: {
      ...process.env,
      NEO4J_URI: target.uri,
      NEO4J_USER: target.user,
      NEO4J_PASSWORD: target.password,
      NEO4J_DATABASE: target.database,
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(res.stderr);
  return {
    seconds,
    maxRssMb: rss ? Number(rss[1]) / 1024 : NaN,
    status: res.status,
    tail: `${res.stdout}\n${res.stderr}`.trim().split('\n').slice(-20).join('\n'),
  };
}

/** Statements of a file in order (our parser: it costs the same for every contender). */
async function* statementsOf(file: string): AsyncGenerator<string> {
  for await (const item of parseStream(fs.createReadStream(file, { highWaterMark: 1 << 20 }), file))
    if (item.kind === 'statement') yield item.text;
}

/** (a) Each statement in its own auto-commit transaction, awaited one by one: `limit` per section. */
async function naiveLoop(
  driver: Driver,
  database: string,
  file: string,
  section: (text: string) => boolean,
  limit: number,
): Promise<{ statements: number; seconds: number }> {
  const s = driver.session({ database });
  let n = 0;
  const started = process.hrtime.bigint();
  try {
    for await (const text of statementsOf(file)) {
      if (!section(text)) continue;
      await s.run(text);
      if (++n >= limit) break;
    }
  } finally {
    await s.close();
  }
  return { statements: n, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

/**
 * (b') What a hand-written driver program would do with the same batches: the same rows, sent as
 * one list parameter (`UNWIND $rows AS row ...`), one auto-commit transaction per batch.
 */
async function rawUnwindParameters(driver: Driver, database: string): Promise<number> {
  const s = driver.session({ database });
  const started = process.hrtime.bigint();
  try {
    await s.run(SCHEMA.replace(/;\n$/, ''));
    for (let i = 0; i < NODES; i += UNWIND) {
      const rows = [];
      for (let j = i; j < Math.min(NODES, i + UNWIND); j++)
        rows.push({ id: neo4j.int(j), name: `Person ${j}`, born: neo4j.int(1900 + (j % 120)) });
      await s.run('UNWIND $rows AS row CREATE (p:Person) SET p = row', { rows });
    }
    const rand = rng(42);
    for (let i = 0; i < RELS; i += UNWIND) {
      const rows = [];
      for (let j = i; j < Math.min(RELS, i + UNWIND); j++) {
        const x = {
          s: Math.floor(rand() * NODES),
          e: Math.floor(rand() * NODES),
          since: 1950 + Math.floor(rand() * 70),
          weight: Math.round(rand() * 1000) / 1000,
        };
        rows.push({ s: neo4j.int(x.s), e: neo4j.int(x.e), since: neo4j.int(x.since), weight: Number(x.weight.toFixed(3)) });
      }
      await s.run(
        'UNWIND $rows AS row MATCH (a:Person {id: row.s}) MATCH (b:Person {id: row.e}) CREATE (a)-[:KNOWS {since: row.since, weight: row.weight}]->(b)',
        { rows },
      );
    }
  } finally {
    await s.close();
  }
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const f1 = (x: number) => x.toFixed(1);

/** One contender's figures over the rounds. */
class Series {
  readonly seconds: number[] = [];
  readonly rssMb: number[] = [];
  add(run: { seconds: number; maxRssMb?: number }): void {
    this.seconds.push(run.seconds);
    if (run.maxRssMb !== undefined) this.rssMb.push(run.maxRssMb);
  }
  get median(): number {
    return median(this.seconds);
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

interface Bench {
  driver: Driver;
  db: string;
  target: Neo4jTarget;
  rows: string;
  unwind: string;
  say: (line: string) => void;
}

/** The loader (`cli`) on `file` into an empty database, checked to leave the whole graph. */
async function loaderRun(b: Bench, cli: string, file: string): Promise<ChildRun> {
  await wipe(b.driver, b.db);
  const run = runLoader(file, b.target, [], cli);
  if (run.status !== 0) throw new Error(`loader (${cli}) failed on ${file}:\n${run.tail}`);
  const c = await graphCounts(b.driver, b.db);
  if (c.nodes !== NODES || c.rels !== RELS)
    throw new Error(`${cli} on ${file}: expected ${NODES} nodes and ${RELS} relationships, found ${c.nodes} and ${c.rels}`);
  return run;
}

/** The naive loop on a prefix of each section; its rate extrapolated to the whole file (seconds). */
async function naiveRun(b: Bench): Promise<{ seconds: number; detail: string }> {
  await wipe(b.driver, b.db);
  await b.driver.executeQuery(SCHEMA.replace(/;\n$/, ''), {}, { database: b.db });
  const nodes = await naiveLoop(b.driver, b.db, b.rows, (t) => t.startsWith('CREATE (:Person'), NAIVE);
  await wipe(b.driver, b.db);
  const nodesOnly = path.join(OUT, 'nodes-only.cypher');
  fs.writeFileSync(
    nodesOnly,
    fs
      .readFileSync(b.unwind, 'utf8')
      .split('\n')
      .filter((l) => !l.includes(':KNOWS'))
      .join('\n'),
  );
  const prep = runLoader(nodesOnly, b.target);
  if (prep.status !== 0) throw new Error(`loader failed on nodes-only.cypher:\n${prep.tail}`);
  const rels = await naiveLoop(b.driver, b.db, b.rows, (t) => t.startsWith('MATCH (a:Person'), NAIVE);
  const seconds = NODES / (nodes.statements / nodes.seconds) + RELS / (rels.statements / rels.seconds);
  return {
    seconds,
    detail: `${nodes.statements} node statements in ${f1(nodes.seconds)} s, ${rels.statements} relationship statements in ${f1(rels.seconds)} s`,
  };
}

async function rawParamsRun(b: Bench): Promise<{ seconds: number }> {
  await wipe(b.driver, b.db);
  const seconds = await rawUnwindParameters(b.driver, b.db);
  const c = await graphCounts(b.driver, b.db);
  if (c.nodes !== NODES || c.rels !== RELS)
    throw new Error(`raw driver: expected ${NODES} nodes and ${RELS} relationships, found ${c.nodes} and ${c.rels}`);
  return { seconds };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const target = config.external ?? config.localTarget;
  const driver = createDriver(target);
  const db = target.database;
  const lines: string[] = [];
  const say = (line: string) => {
    console.log(line);
    lines.push(line);
  };
  try {
    await driver.verifyConnectivity();
    const version = (
      await driver.executeQuery('CALL dbms.components() YIELD versions RETURN versions[0] AS v', {}, { database: db })
    ).records[0].get('v') as string;
    const { rows, unwind } = generate();
    const b: Bench = { driver, db, target, rows, unwind, say };
    say(`# kg-load benchmark, ${new Date().toISOString()}`);
    say(
      `machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), ${Math.round(os.totalmem() / 2 ** 30)} GB, load average ${os.loadavg().map(f1).join(' ')}; Neo4j ${version} at ${target.uri}; node ${process.version}`,
    );
    say(
      `graph: ${NODES} :Person nodes, ${RELS} :KNOWS relationships; ${ROUNDS} rounds, contenders interleaved (the order rotates each round)`,
    );
    say(
      `rows.cypher: ${NODES + RELS + 1} statements, ${f1(fs.statSync(rows).size / 2 ** 20)} MB; unwind.cypher: ${Math.ceil(NODES / UNWIND) + Math.ceil(RELS / UNWIND) + 1} statements (${UNWIND} rows each), ${f1(fs.statSync(unwind).size / 2 ** 20)} MB`,
    );
    if (BASELINE) say(`baseline loader: ${BASELINE}`);
    say('');

    const series: Record<string, Series> = {};
    type Contender = [string, () => Promise<{ seconds: number; maxRssMb?: number; detail?: string }>];
    const contenders: Contender[] = [
      ['loader rows', () => loaderRun(b, CLI, rows)],
      ['loader unwind', () => loaderRun(b, CLI, unwind)],
      ...(BASELINE
        ? ([
            ['baseline rows', () => loaderRun(b, BASELINE, rows)],
            ['baseline unwind', () => loaderRun(b, BASELINE, unwind)],
          ] satisfies Contender[])
        : []),
      ...(LOADER_ONLY
        ? []
        : ([
            ['raw driver unwind (parameters)', () => rawParamsRun(b)],
            ['naive loop rows (extrapolated)', () => naiveRun(b)],
          ] satisfies Contender[])),
    ];
    for (let round = 0; round < ROUNDS; round++) {
      const order = contenders.map((_, i) => contenders[(i + round) % contenders.length]);
      for (const [name, run] of order) {
        const r = await run();
        (series[name] ??= new Series()).add(r);
        say(
          `round ${round + 1}: ${name}: ${f1(r.seconds)} s${r.maxRssMb !== undefined ? `, peak RSS ${f1(r.maxRssMb)} MB` : ''}${r.detail ? ` (${r.detail})` : ''}`,
        );
      }
    }
    say('');
    for (const [name, s] of Object.entries(series)) {
      say(`${name}: median ${f1(s.median)} s${s.rssMb.length ? `, peak RSS max ${f1(Math.max(...s.rssMb))} MB` : ''}`);
    }
    const ratio = (a: string, c: string) => (series[a] && series[c] ? series[a].seconds.map((x, i) => series[c].seconds[i] / x) : []);
    const show = (label: string, xs: number[], digits = 2) =>
      xs.length && say(`=> ${label}: median ${median(xs).toFixed(digits)} (rounds: ${xs.map((x) => x.toFixed(digits)).join(', ')})`);
    show(
      'naive loop / loader time on one-statement-per-row files (speed-up; target at least 5)',
      ratio('loader rows', 'naive loop rows (extrapolated)'),
      1,
    );
    show('loader / raw driver time on UNWIND files (target at most 1.2)', ratio('raw driver unwind (parameters)', 'loader unwind'));
    show('this loader / baseline time, rows.cypher', ratio('baseline rows', 'loader rows'));
    show('this loader / baseline time, unwind.cypher', ratio('baseline unwind', 'loader unwind'));
    await wipe(driver, db);
    fs.writeFileSync(path.join(OUT, 'last-run.txt'), `${lines.join('\n')}\n`);
  } finally {
    await driver.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
