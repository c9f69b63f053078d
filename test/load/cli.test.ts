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
    expect(r.stdout).toMatch(/2 nodes created, 0 nodes deleted, 1 relationship created, 0 relationships deleted, 1 property set, 2 labels added, 0 labels removed, 1 index added/);
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
    await driver.executeQuery("CREATE (:Entity:Actor:SovereignState {id: 'armenia', kind: 'SOVEREIGN_STATE', name: 'Armenia'})", {}, { database: testTarget().database });
    expect(cli('check').status).toBe(0);
    await driver.executeQuery("CREATE (:Entity:Actor:SovereignState {id: 'armenia', kind: 'SOVEREIGN_STATE', name: 'Again'})", {}, { database: testTarget().database });
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
    for (let i = 0; i < 200_000; i++) fs.writeSync(fd, `CREATE (:Kill {g: ${Math.floor(i / group)}, i: ${i}, pad: 'xxxxxxxxxxxxxxxxxxxxxxxx'});\n`);
    for (let b = 0; b < 2000; b++) {
      fs.writeSync(fd, ':begin\n');
      for (let i = 0; i < 37; i++) fs.writeSync(fd, `CREATE (:KillBlock {b: ${b}, i: ${i}});\n`);
      fs.writeSync(fd, ':commit\n');
    }
    fs.closeSync(fd);

    const child: ChildProcess = spawn('node', [CLI, f, '--batch-size', String(group), '--progress', 'none'], { env: env(), stdio: 'ignore' });
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
    fs.writeFileSync(blocks, fs.readFileSync(f, 'utf8').split('\n').filter((l) => !l.startsWith('CREATE (:Kill ')).join('\n'));
    const child2 = spawn('node', [CLI, blocks, '--progress', 'none'], { env: env(), stdio: 'ignore' });
    const exited2 = new Promise<NodeJS.Signals | null>((resolve) => child2.once('exit', (_code, signal) => resolve(signal)));
    while ((await count('MATCH (n:KillBlock) RETURN count(n)')) < 370 && Date.now() < deadline + 60_000) await new Promise((r) => setTimeout(r, 50));
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
        ":begin",
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
});
