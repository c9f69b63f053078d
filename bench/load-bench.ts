import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { Driver } from 'neo4j-driver';
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
 * The raw driver runs twice: with the batches as a list parameter (what a hand-written program
 * does; the 1.2x target is against this one) and with the file's statement texts as they are (each
 * 50 KB literal is parsed by Neo4j; slow and heavy on its heap, so measured on BENCH_RAW_TEXT
 * batches per section and extrapolated).
 * Size: BENCH_NODES (default 100000), BENCH_RELS (default 1000000), BENCH_NAIVE (default 3000
 * statements per section), BENCH_RAW_TEXT (default 50 batches per section). Target: NEO4J_URI, or the local instance named by NEO4J_LOCAL_*.
 * BENCH_LOADER_ONLY=1 runs only the loader on both files (time and peak RSS), e.g. to compare
 * builds on a smaller graph; BENCH_CLI names another built CLI to run (default: this build's).
 */
const NODES = Number(process.env.BENCH_NODES ?? 100_000);
const RELS = Number(process.env.BENCH_RELS ?? 1_000_000);
const NAIVE = Number(process.env.BENCH_NAIVE ?? 3_000);
const RAW_TEXT = Number(process.env.BENCH_RAW_TEXT ?? 50);
const UNWIND = 1000;
const OUT = path.join(__dirname, '..', '..', 'bench', 'out');
const CLI = process.env.BENCH_CLI ?? path.join(__dirname, '..', 'src', 'load', 'cli.js');
const LOADER_ONLY = process.env.BENCH_LOADER_ONLY === '1';
/** Node flags on the CLI's `#!/usr/bin/env -S node ...` line: the bin runs with them, so the benchmark does too. */
const NODE_FLAGS = /^#!.*\bnode((?:\s+--\S+)*)\s*$/m.exec(fs.readFileSync(CLI, 'utf8').split('\n')[0])?.[1].trim().split(/\s+/).filter(Boolean) ?? [];
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
  const rel = () => ({ s: Math.floor(rand() * NODES), e: Math.floor(rand() * NODES), since: 1950 + Math.floor(rand() * 70), weight: Math.round(rand() * 1000) / 1000 });

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
  const rel2 = () => ({ s: Math.floor(rand2() * NODES), e: Math.floor(rand2() * NODES), since: 1950 + Math.floor(rand2() * 70), weight: Math.round(rand2() * 1000) / 1000 });
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
  return { nodes: n.records[0].get('c').toNumber(), rels: r.records[0].get('c').toNumber() };
}

interface ChildRun {
  seconds: number;
  maxRssMb: number;
  status: number | null;
  tail: string;
}

/** The built CLI as a child process under /usr/bin/time -v (peak RSS = "Maximum resident set size"). */
function runLoader(file: string, target: Neo4jTarget, extra: string[] = []): ChildRun {
  const started = process.hrtime.bigint();
  const res = spawnSync('/usr/bin/time', ['-v', 'node', ...NODE_FLAGS, CLI, file, '--progress', 'none', ...extra], {
    env: { ...process.env, NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password, NEO4J_DATABASE: target.database },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(res.stderr);
  return { seconds, maxRssMb: rss ? Number(rss[1]) / 1024 : NaN, status: res.status, tail: `${res.stdout}\n${res.stderr}`.trim().split('\n').slice(-20).join('\n') };
}

/** Statements of a file in order (our parser: it costs the same for every contender). */
async function* statementsOf(file: string): AsyncGenerator<string> {
  for await (const item of parseStream(fs.createReadStream(file, { highWaterMark: 1 << 20 }), file)) if (item.kind === 'statement') yield item.text;
}

/** (a) Each statement in its own auto-commit transaction, awaited one by one: `limit` per section. */
async function naiveLoop(driver: Driver, database: string, file: string, section: (text: string) => boolean, limit: number): Promise<{ statements: number; seconds: number }> {
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
 * (b) The raw driver sending each UNWIND batch of the file as it is, one auto-commit transaction
 * each. `limit` statements of each section (nodes, relationships), as for the naive loop.
 */
async function rawUnwind(driver: Driver, database: string, file: string, limit: number): Promise<{ nodes: [number, number]; rels: [number, number] }> {
  const s = driver.session({ database });
  const out = { nodes: [0, 0] as [number, number], rels: [0, 0] as [number, number] };
  try {
    for await (const text of statementsOf(file)) {
      const section = text.includes(':KNOWS') ? out.rels : text.startsWith('UNWIND') ? out.nodes : null;
      if (!section || section[0] >= limit) continue;
      const started = process.hrtime.bigint();
      await s.run(text);
      section[1] += Number(process.hrtime.bigint() - started) / 1e9;
      section[0]++;
    }
  } finally {
    await s.close();
  }
  return out;
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
      for (let j = i; j < Math.min(NODES, i + UNWIND); j++) rows.push({ id: neo4j.int(j), name: `Person ${j}`, born: neo4j.int(1900 + (j % 120)) });
      await s.run('UNWIND $rows AS row CREATE (p:Person) SET p = row', { rows });
    }
    const rand = rng(42);
    for (let i = 0; i < RELS; i += UNWIND) {
      const rows = [];
      for (let j = i; j < Math.min(RELS, i + UNWIND); j++) {
        const x = { s: Math.floor(rand() * NODES), e: Math.floor(rand() * NODES), since: 1950 + Math.floor(rand() * 70), weight: Math.round(rand() * 1000) / 1000 };
        rows.push({ s: neo4j.int(x.s), e: neo4j.int(x.e), since: neo4j.int(x.since), weight: Number(x.weight.toFixed(3)) });
      }
      await s.run('UNWIND $rows AS row MATCH (a:Person {id: row.s}) MATCH (b:Person {id: row.e}) CREATE (a)-[:KNOWS {since: row.since, weight: row.weight}]->(b)', { rows });
    }
  } finally {
    await s.close();
  }
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const f1 = (x: number) => x.toFixed(1);

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
    const version = (await driver.executeQuery('CALL dbms.components() YIELD versions RETURN versions[0] AS v', {}, { database: db })).records[0].get('v');
    const { rows, unwind } = generate();
    say(`# kg-load benchmark, ${new Date().toISOString()}`);
    say(`machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), ${Math.round(os.totalmem() / 2 ** 30)} GB; Neo4j ${version} at ${target.uri}; node ${process.version}`);
    say(`graph: ${NODES} :Person nodes, ${RELS} :KNOWS relationships`);
    say(`rows.cypher: ${NODES + RELS + 1} statements, ${f1(fs.statSync(rows).size / 2 ** 20)} MB; unwind.cypher: ${Math.ceil(NODES / UNWIND) + Math.ceil(RELS / UNWIND) + 1} statements (${UNWIND} rows each), ${f1(fs.statSync(unwind).size / 2 ** 20)} MB`);
    say('');

    const check = async (what: string) => {
      const c = await graphCounts(driver, db);
      if (c.nodes !== NODES || c.rels !== RELS) throw new Error(`${what}: expected ${NODES} nodes and ${RELS} relationships, found ${c.nodes} and ${c.rels}`);
    };

    // Loader, one statement per row.
    await wipe(driver, db);
    const loaderRows = runLoader(rows, target);
    if (loaderRows.status !== 0) throw new Error(`loader failed on rows.cypher:\n${loaderRows.tail}`);
    await check('loader on rows.cypher');
    say(`loader, rows.cypher: ${f1(loaderRows.seconds)} s (${Math.round((NODES + RELS) / loaderRows.seconds)} statements/s), peak RSS ${f1(loaderRows.maxRssMb)} MB`);
    if (LOADER_ONLY) {
      await wipe(driver, db);
      const u = runLoader(unwind, target);
      if (u.status !== 0) throw new Error(`loader failed on unwind.cypher:\n${u.tail}`);
      await check('loader on unwind.cypher');
      say(`loader, unwind.cypher: ${f1(u.seconds)} s, peak RSS ${f1(u.maxRssMb)} MB (${CLI})`);
      await wipe(driver, db);
      return;
    }

    // Naive loop on a prefix of each section (nodes need an empty graph; relationships need the nodes, which the loader just made).
    await wipe(driver, db);
    await driver.executeQuery(SCHEMA.replace(/;\n$/, ''), {}, { database: db });
    const naiveNodes = await naiveLoop(driver, db, rows, (t) => t.startsWith('CREATE (:Person'), NAIVE);
    await wipe(driver, db);
    const nodesOnly = path.join(OUT, 'nodes-only.cypher');
    fs.writeFileSync(nodesOnly, fs.readFileSync(unwind, 'utf8').split('\n').filter((l) => !l.includes(':KNOWS')).join('\n'));
    const prep = runLoader(nodesOnly, target);
    if (prep.status !== 0) throw new Error(`loader failed on nodes-only.cypher:\n${prep.tail}`);
    const naiveRels = await naiveLoop(driver, db, rows, (t) => t.startsWith('MATCH (a:Person'), NAIVE);
    const nodeRate = naiveNodes.statements / naiveNodes.seconds;
    const relRate = naiveRels.statements / naiveRels.seconds;
    const naiveTotal = NODES / nodeRate + RELS / relRate;
    say(
      `naive loop (each statement its own auto-commit transaction), MEASURED ON A SUBSET: ${naiveNodes.statements} node statements in ${f1(naiveNodes.seconds)} s (${Math.round(nodeRate)}/s), ` +
        `${naiveRels.statements} relationship statements in ${f1(naiveRels.seconds)} s (${Math.round(relRate)}/s); EXTRAPOLATED to the whole file: ${f1(naiveTotal)} s`,
    );
    say(`=> loader is ${f1(naiveTotal / loaderRows.seconds)}x faster than the naive loop on one-statement-per-row files (target: at least 5x)`);
    say('');

    // UNWIND batches: loader vs raw driver.
    await wipe(driver, db);
    const loaderUnwind = runLoader(unwind, target);
    if (loaderUnwind.status !== 0) throw new Error(`loader failed on unwind.cypher:\n${loaderUnwind.tail}`);
    await check('loader on unwind.cypher');
    say(`loader, unwind.cypher: ${f1(loaderUnwind.seconds)} s, peak RSS ${f1(loaderUnwind.maxRssMb)} MB`);
    await wipe(driver, db);
    const rawParams = await rawUnwindParameters(driver, db);
    await check('raw driver with parameters');
    say(`raw driver, the same batches as a list parameter (UNWIND $rows), one auto-commit transaction each: ${f1(rawParams)} s`);
    say(`=> loader / raw driver (parameters) time on UNWIND files: ${(loaderUnwind.seconds / rawParams).toFixed(2)} (target: at most 1.2)`);

    await wipe(driver, db);
    const rawText = await rawUnwind(driver, db, unwind, RAW_TEXT);
    const textTotal = (Math.ceil(NODES / UNWIND) * rawText.nodes[1]) / rawText.nodes[0] + (Math.ceil(RELS / UNWIND) * rawText.rels[1]) / rawText.rels[0];
    say(
      `raw driver, the same UNWIND statement texts, one auto-commit transaction each, MEASURED ON A SUBSET: ${rawText.nodes[0]} node batches in ${f1(rawText.nodes[1])} s, ` +
        `${rawText.rels[0]} relationship batches in ${f1(rawText.rels[1])} s; EXTRAPOLATED to the whole file: ${f1(textTotal)} s`,
    );
    say(`=> loader / raw driver (statement texts) time on UNWIND files: ${(loaderUnwind.seconds / textTotal).toPrecision(2)}`);
    say('');
    say(`peak RSS of the loader: ${f1(Math.max(loaderRows.maxRssMb, loaderUnwind.maxRssMb))} MB (target: under 200 MB)`);
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
