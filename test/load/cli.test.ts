import { ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dumpGraph } from '../support/graph-dump';
import { testDriver, testTarget, useEmptyGraph } from '../support/neo4j';

/**
 * The built CLI (dist/src/load/cli.js, the `kg-load` bin) as a child process against the test
 * Neo4j: exit codes and messages, SIGKILL in the middle of a file, and re-running an idempotent seed.
 */
const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist', 'src', 'load', 'cli.js');
let driver: Driver;
let dir: string;

beforeAll(() => {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  driver = testDriver();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-cli-'));
}, 180_000);
afterAll(async () => {
  await driver?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => useEmptyGraph(driver));

function env(): NodeJS.ProcessEnv {
  const t = testTarget();
  return { ...process.env, NEO4J_URI: t.uri, NEO4J_USER: t.user, NEO4J_PASSWORD: t.password, NEO4J_DATABASE: t.database };
}
function cli(...args: string[]) {
  return spawnSync('node', [CLI, ...args], { env: env(), encoding: 'utf8', timeout: 120_000 });
}
/** The environment without the NEO4J_* connection variables: only the flags say where to connect. */
function bareEnv(): NodeJS.ProcessEnv {
  const e = { ...process.env };
  for (const k of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']) delete e[k];
  return e;
}
function statements(n: number, line: (i: number) => string): string {
  return Array.from({ length: n }, (_, i) => line(i)).join('\n') + '\n';
}
async function count(query: string): Promise<number> {
  const res = await driver.executeQuery(query, {}, { database: testTarget().database });
  return (res.records[0].get(0) as { toNumber(): number }).toNumber();
}

describe('kg-load CLI', () => {
  it('loads, prints the counters summary and exits 0', () => {
    const f = path.join(dir, 'ok.cypher');
    fs.writeFileSync(f, 'CREATE (:A {n: 1})-[:R]->(:B);\nCREATE INDEX a_n IF NOT EXISTS FOR (a:A) ON (a.n);\n');
    const r = cli('load', f, '--progress', 'lines');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Loaded 1 file: 2 statements in 2 transactions/);
    expect(r.stdout).toMatch(
      /2 nodes created, 0 nodes deleted, 1 relationship created, 0 relationships deleted, 1 property set, 2 labels added, 0 labels removed, 1 index added/,
    );
  });

  it('exits non-zero with file:line:column, the excerpt and Neo4j code on a failure', () => {
    const f = path.join(dir, 'bad.cypher');
    fs.writeFileSync(f, 'CREATE (:A);\n\n  CREATE (:B {x: 1 / 0});\n');
    const r = cli(f, '--progress', 'none');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`error: ${f}:3:3: Neo.ClientError.Statement.ArithmeticError: / by zero`);
    expect(r.stderr).toContain('in: CREATE (:B {x: 1 / 0})');
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('exits 2 with one line that points at --help on bad arguments, an unknown flag or a missing file', () => {
    const r = cli('load', '--batch-size', 'zero', __filename);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--batch-size must be a whole number/);
    const unknown = cli('load', '--frobnicate', __filename);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('error: unknown option --frobnicate (see kg-load --help)\n');
    const missing = cli('no-such-file.cypher');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('error: no-such-file.cypher: no such file or directory (see kg-load --help)\n');
  });

  it('check exits 1 on violations and 0 on a clean graph; export writes a file', async () => {
    await driver.executeQuery(
      "CREATE (:Entity:Actor:SovereignState {id: 'armenia', kind: 'SOVEREIGN_STATE', name: 'Armenia'})",
      {},
      { database: testTarget().database },
    );
    expect(cli('check').status).toBe(0);
    await driver.executeQuery(
      "CREATE (:Entity:Actor:SovereignState {id: 'armenia', kind: 'SOVEREIGN_STATE', name: 'Again'})",
      {},
      { database: testTarget().database },
    );
    const bad = cli('check');
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('entity-id-unique: armenia: id is held by 2 entities');
    const out = path.join(dir, 'export.cypher');
    expect(cli('export', '--out', out).status).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toContain("id: 'armenia'");
  });

  it('killed mid-file with SIGKILL, leaves only whole transactions behind', async () => {
    const group = 50;
    const f = path.join(dir, 'big.cypher');
    const fd = fs.openSync(f, 'w');
    // Implicit batches of `group` statements, then :begin blocks of 37.
    for (let i = 0; i < 200_000; i++)
      fs.writeSync(fd, `CREATE (:Kill {g: ${Math.floor(i / group)}, i: ${i}, pad: 'xxxxxxxxxxxxxxxxxxxxxxxx'});\n`);
    for (let b = 0; b < 2000; b++) {
      fs.writeSync(fd, ':begin\n');
      for (let i = 0; i < 37; i++) fs.writeSync(fd, `CREATE (:KillBlock {b: ${b}, i: ${i}});\n`);
      fs.writeSync(fd, ':commit\n');
    }
    fs.closeSync(fd);

    const child: ChildProcess = spawn('node', [CLI, f, '--batch-size', String(group), '--progress', 'none'], {
      env: env(),
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    const deadline = Date.now() + 60_000;
    while ((await count('MATCH (n:Kill) RETURN count(n)')) < 2000 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    await new Promise((r) => setTimeout(r, 1000)); // the server rolls back the open transaction when the connection drops

    const n = await count('MATCH (n:Kill) RETURN count(n)');
    expect(n).toBeGreaterThanOrEqual(2000);
    expect(n).toBeLessThan(200_000); // it was killed mid-file
    expect(n % group).toBe(0);
    expect(await count(`MATCH (n:Kill) WITH n.g AS g, count(*) AS c WHERE c <> ${group} RETURN count(*)`)).toBe(0);

    // The same for :begin blocks: kill during the second part of the file.
    await useEmptyGraph(driver);
    const blocks = path.join(dir, 'blocks.cypher');
    fs.writeFileSync(
      blocks,
      fs
        .readFileSync(f, 'utf8')
        .split('\n')
        .filter((l) => !l.startsWith('CREATE (:Kill '))
        .join('\n'),
    );
    const child2 = spawn('node', [CLI, blocks, '--progress', 'none'], { env: env(), stdio: 'ignore' });
    const exited2 = new Promise<NodeJS.Signals | null>((resolve) => child2.once('exit', (_code, signal) => resolve(signal)));
    while ((await count('MATCH (n:KillBlock) RETURN count(n)')) < 370 && Date.now() < deadline + 60_000)
      await new Promise((r) => setTimeout(r, 50));
    child2.kill('SIGKILL');
    expect(await exited2).toBe('SIGKILL');
    await new Promise((r) => setTimeout(r, 1000));
    const m = await count('MATCH (n:KillBlock) RETURN count(n)');
    expect(m).toBeGreaterThanOrEqual(370); // it was killed after ten blocks were committed, not before
    expect(m).toBeLessThan(2000 * 37);
    expect(m % 37).toBe(0);
    expect(await count('MATCH (n:KillBlock) WITH n.b AS b, count(*) AS c WHERE c <> 37 RETURN count(*)')).toBe(0);
  }, 180_000);

  it('re-running an idempotent seed gives the same graph', async () => {
    const f = path.join(dir, 'idempotent.cypher');
    fs.writeFileSync(
      f,
      [
        'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;',
        "MERGE (a:Entity:Actor:SovereignState {id: 'armenia'}) SET a.name = 'Armenia', a.kind = 'SOVEREIGN_STATE';",
        "MERGE (n:Entity:Place:Region {id: 'nagorno-karabakh'}) SET n.name = 'Nagorno-Karabakh', n.kind = 'REGION';",
        ':begin',
        "MATCH (a:Entity {id: 'armenia'}), (n:Entity {id: 'nagorno-karabakh'}) MERGE (a)-[r:CLAIMS {id: 'claims-am-nk'}]->(n) SET r.validFrom = date('1991-09-02');",
        "UNWIND range(1, 3) AS i MERGE (n:Entity {id: 'nagorno-karabakh'}) MERGE (n)-[:HAS_ALIAS]->(:Alias {name: 'Alias ' + i});",
        ':commit',
      ].join('\n'),
    );
    expect(cli(f, '--progress', 'none').status).toBe(0);
    const first = await dumpGraph(driver);
    const again = cli(f, '--progress', 'none');
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/0 nodes created, 0 nodes deleted, 0 relationships created/);
    expect(await dumpGraph(driver)).toEqual(first);
  });

  it('--version answers without connecting anywhere', () => {
    const r = spawnSync('node', [CLI, '--version'], { env: bareEnv(), encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`kg-load ${JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version}\n`);
  });

  it('reads standard input with -, connecting with cypher-shell flags -a -u -p -d, and takes -P parameters', async () => {
    const t = testTarget();
    const script = ':param who => "stdin"\nCREATE (:In {n: 1, who: $who, tag: $tag});\nCREATE (:In {n: 2, who: $who, tag: $tag});\n';
    const r = spawnSync(
      'node',
      [CLI, '-a', t.uri, '-u', t.user, '-p', t.password, '-d', t.database, '-P', "tag => 'from-flag'", '--progress', 'none', '-'],
      {
        env: bareEnv(),
        input: script,
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Loaded 1 file: 2 statements in 1 transaction, /);
    expect(await count("MATCH (n:In {who: 'stdin', tag: 'from-flag'}) RETURN count(n)")).toBe(2);
  });

  it(':source runs another script in place, relative to the script that names it', async () => {
    fs.mkdirSync(path.join(dir, 'parts'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'parts', 'inner.cypher'), 'CREATE (:Src {n: 2});\n');
    const outer = path.join(dir, 'outer.cypher');
    fs.writeFileSync(outer, 'CREATE (:Src {n: 1});\n:source parts/inner.cypher\nCREATE (:Src {n: 3});\n');
    const r = cli(outer, '--progress', 'none');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Loaded 2 files: 3 statements/);
    const res = await driver.executeQuery('MATCH (n:Src) RETURN collect(n.n) AS ns', {}, { database: testTarget().database });
    expect([...res.records[0].get('ns')].map(Number).sort()).toEqual([1, 2, 3]);
  });

  it('2,500 good statements, then a failing one, then more: exit 1, exactly the 2,500 committed, and the summary says so', async () => {
    const f = path.join(dir, '2500.cypher');
    fs.writeFileSync(
      f,
      statements(2500, (i) => `CREATE (:G {i: ${i}});`) +
        'CREATE (:G {i: 1 / 0});\n' +
        statements(500, (i) => `CREATE (:G {i: ${3000 + i}});`),
    );
    const r = cli(f, '--progress', 'none');
    expect(r.status).toBe(1);
    expect(await count('MATCH (n:G) RETURN count(n)')).toBe(2500);
    expect(r.stderr).toContain(`error: ${f}:2501:1: Neo.ClientError.Statement.ArithmeticError: / by zero`);
    expect(r.stdout).toMatch(/^Committed before the load stopped \(1 file read\): 2,500 statements in 3 transactions/);
    expect(r.stdout).toMatch(/2,500 nodes created/);
  });

  it('--continue-on-error skips a script syntax error to the next safe boundary and reports every skip', async () => {
    const f = path.join(dir, 'syntax.cypher');
    fs.writeFileSync(f, "CREATE (:Y {n: 1});\n:sleep 5\nCREATE (:Y {n: 2});\nCREATE (:Y {s: 'open);\nCREATE (:Y {n: 3});\n");
    const r = cli(f, '--progress', 'none', '--continue-on-error');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${f}:2:1: unknown client command ":sleep"`);
    expect(r.stderr).toContain(`${f}:4:16: unterminated string (opened here, never closed before the end of the file); skipped to line 5`);
    expect(await count('MATCH (n:Y) RETURN count(n)')).toBe(3); // 1, 2 and 3: only the statement with the open string (line 4) is skipped, then loading goes on
  });

  it('--dry-run says "checked", not committed', () => {
    const f = path.join(dir, 'dry.cypher');
    fs.writeFileSync(f, 'CREATE (:D);\nCREATE (:D {x: y});\n');
    const r = cli(f, '--progress', 'none', '--dry-run');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^Checked 1 file \(dry run, nothing written\): 1 statement checked/);
    expect(r.stdout + r.stderr).not.toMatch(/committed/i);
  });

  it('check prints a summary per rule by default, every violation with --all, and JSON with --format json', async () => {
    const db = testTarget().database;
    await driver.executeQuery(
      "UNWIND range(1, 5) AS i CREATE (:Entity:Actor:SovereignState {id: 'dup', kind: 'SOVEREIGN_STATE', name: 'Dup ' + i}) CREATE (:Stray {name: 'stray ' + i})",
      {},
      { database: db },
    );
    const summary = cli('check');
    expect(summary.status).toBe(1);
    expect(summary.stdout).toMatch(
      /^node-labels: 5 violations\n {2}node-labels: .*: unknown labels: :Stray\n(.*\n){2} {2}\.\.\. and 2 more \(--all lists every one\)/m,
    );
    expect(summary.stdout).toMatch(/^entity-id-unique: 1 violation\n/m);
    const all = cli('check', '--all');
    expect(all.stdout.split('\n').filter((l) => l.startsWith('node-labels: '))).toHaveLength(5);
    const json = JSON.parse(cli('check', '--format', 'json').stdout);
    expect(json.violations).toBe(6);
    expect(json.rules).toContainEqual({
      rule: 'node-labels',
      count: 5,
      examples: [expect.stringMatching(/^node-labels: /), expect.anything(), expect.anything()],
    });
  });

  it('SIGTERM stops the load: the open transaction is rolled back, what was committed stays, exit 130', async () => {
    const f = path.join(dir, 'term.cypher');
    fs.writeFileSync(
      f,
      statements(300_000, (i) => `CREATE (:Term {g: ${Math.floor(i / 100)}, i: ${i}});`),
    );
    const child = spawn('node', ['--max-semi-space-size=4', CLI, f, '--batch-size', '100', '--progress', 'none'], {
      env: env(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const deadline = Date.now() + 60_000;
    while ((await count('MATCH (n:Term) RETURN count(n)')) < 1000 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGTERM');
    expect(await exited).toBe(130);
    const n = await count('MATCH (n:Term) RETURN count(n)');
    expect(n).toBeGreaterThanOrEqual(1000);
    expect(n).toBeLessThan(300_000);
    expect(n % 100).toBe(0); // whole transactions only: the open one was rolled back
    expect(out).toMatch(new RegExp(`^Committed before the load stopped \\(1 file read\\): ${n.toLocaleString('en-US')} statements`));
    await new Promise((r) => setTimeout(r, 1000));
    expect(await count('MATCH (n:Term) RETURN count(n)')).toBe(n); // nothing runs on
  }, 180_000);

  it('killing the process that runs it (SIGKILL, nothing passed on) stops the loader too', async () => {
    const f = path.join(dir, 'orphan.cypher');
    fs.writeFileSync(
      f,
      statements(300_000, (i) => `CREATE (:Orphan {i: ${i}});`),
    );
    // Without the memory flag, kg-load runs itself again with it: this process is the wrapper.
    const wrapper = spawn('node', [CLI, f, '--batch-size', '100', '--progress', 'none'], { env: env(), stdio: 'ignore' });
    const deadline = Date.now() + 60_000;
    while ((await count('MATCH (n:Orphan) RETURN count(n)')) < 1000 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    wrapper.kill('SIGKILL');
    await new Promise((r) => setTimeout(r, 3000)); // the loader notices within a second and rolls back
    const n = await count('MATCH (n:Orphan) RETURN count(n)');
    await new Promise((r) => setTimeout(r, 2000));
    expect(await count('MATCH (n:Orphan) RETURN count(n)')).toBe(n);
    expect(n).toBeLessThan(300_000);
    expect(n % 100).toBe(0);
  }, 180_000);

  it('on a terminal (a pseudo-terminal), the bar of a 20,000-statement file rises steadily to 100%', () => {
    const f = path.join(dir, 'progress.cypher');
    fs.writeFileSync(
      f,
      statements(20_000, (i) => `CREATE (:P {i: ${i}, pad: '${'x'.repeat(i % 50)}'});`),
    );
    // script(1) runs the command on a pseudo-terminal, so kg-load draws its bar, and records what it wrote.
    const r = spawnSync('script', ['-qfec', `stty cols 200; node ${CLI} ${f} --batch-size 500`, '/dev/null'], {
      env: env(),
      encoding: 'utf8',
      timeout: 170_000,
    });
    expect(r.status).toBe(0);
    const percents = [...r.stdout.matchAll(/\] +(\d+)% /g)].map((m) => Number(m[1]));
    expect(percents.length).toBeGreaterThan(3);
    for (let i = 1; i < percents.length; i++) expect(percents[i]).toBeGreaterThanOrEqual(percents[i - 1]);
    expect(percents[percents.length - 1]).toBe(100);
    expect(r.stdout).toMatch(/20,000 statements, 1\.\d MB \/ 1\.\d MB, [\d,]+ statements\/s, done/);
    expect(r.stdout).toMatch(/Loaded 1 file: 20,000 statements in 40 transactions/);
  }, 180_000);
});
