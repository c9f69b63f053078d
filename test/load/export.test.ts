import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/load/exporter';
import { loadPaths } from '../../src/load/loader';
import { dumpGraph } from '../support/graph-dump';
import { testDriver, testTarget, useEmptyGraph } from '../support/neo4j';

let driver: Driver;
let dir: string;
beforeAll(() => {
  driver = testDriver();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-export-'));
});
afterAll(async () => {
  await driver?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const database = () => testTarget().database;

async function exportTo(file: string, batchSize?: number): Promise<void> {
  const out = fs.createWriteStream(file);
  await exportGraph(driver, database(), out, { batchSize });
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

async function schemaOf(): Promise<string[]> {
  const c = await driver.executeQuery(
    'SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN [name, type, labelsOrTypes, properties] AS s',
    {},
    { database: database() },
  );
  const i = await driver.executeQuery(
    "SHOW INDEXES YIELD name, type, labelsOrTypes, properties WHERE type <> 'LOOKUP' RETURN [name, type, labelsOrTypes, properties] AS s",
    {},
    { database: database() },
  );
  return [...c.records, ...i.records].map((r) => JSON.stringify(r.get('s'))).sort();
}

describe('kg-load export', () => {
  it('writes a seed that loads back into an identical graph, types included', async () => {
    await useEmptyGraph(driver);
    await driver.executeQuery(
      'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
      {},
      { database: database() },
    );
    await driver.executeQuery('CREATE INDEX event_start IF NOT EXISTS FOR (e:Event) ON (e.startDate)', {}, { database: database() });
    await driver.executeQuery(
      `CREATE (a:Entity:Actor:SovereignState {id: 'armenia', name: 'Armenia – Հայաստան', n: 1, f: 1.0, tenth: 0.1, big: 4611686018427387904, neg: -7,
                 yes: true, quote: 'it\\'s "quoted"; /* not */ // nor\\nthis\\t\\\\', ints: [1, 2, 3], floats: [1.0, 2.5], strs: ['a', 'b;c'], dates: [date('2020-11-10'), date('1991-12-31')]})
       CREATE (b:Entity:Event {id: 'war-2020', startDate: date('2020-09-27'), at: datetime('2020-11-10T01:00:00+04:00'), zoned: datetime('2020-11-09T22:00:00[Asia/Baku]'),
                 local: localdatetime('2020-11-10T01:00:00'), t: time('12:30:00+04:00'), lt: localtime('12:30:00.123456789'), d: duration('P1Y2M3DT4H5M6.5S'),
                 p: point({x: 1.5, y: 2.5}), geo: point({longitude: 46.75, latitude: 39.82, height: 1200.0})})
       CREATE (c:\`Odd Label\`:\`Back\`\`tick\` {\`weird key\`: 'v', e: ''})
       CREATE (d)
       CREATE (a)-[:PARTICIPATED_IN {id: 's1', validFrom: date('2020-09-27'), sources: ['seed-article'], confidence: 'CONFIRMED'}]->(b)
       CREATE (a)-[:PARTICIPATED_IN {id: 's2'}]->(b)
       CREATE (a)-[:\`ODD TYPE\`]->(a)
       CREATE (c)-[:LINK {w: 0.5}]->(d)`,
      {},
      { database: database() },
    );
    // Enough nodes of one label set for several UNWIND batches.
    await driver.executeQuery(
      'UNWIND range(1, 25) AS i CREATE (:Filler {i: i, s: toString(i)})-[:NEXT {i: i}]->(:Filler {i: -i})',
      {},
      { database: database() },
    );
    const before = await dumpGraph(driver);
    const schemaBefore = await schemaOf();

    const file = path.join(dir, 'export.cypher');
    await exportTo(file, 7);
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toMatch(/^:begin$/m);
    expect(text).toContain("datetime('2020-11-09T22:00:00+04:00[Asia/Baku]')");

    await useEmptyGraph(driver);
    const summary = await loadPaths(driver, [file], { database: database() });
    expect(summary.failures).toEqual([]);
    const after = await dumpGraph(driver);
    expect(after.nodes).toEqual(before.nodes);
    expect(after.relationships).toEqual(before.relationships);
    expect(await schemaOf()).toEqual(schemaBefore);
  });
});
