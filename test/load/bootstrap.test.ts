import { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../src/load/bootstrap';
import { testDriver, testTarget, useEmptyGraph } from '../support/neo4j';

/** prepareDatabase (npm start): the schema every start, the seed only into an empty database. */
let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => driver?.close());
beforeEach(async () => useEmptyGraph(driver));

const KEY_IDS = [
  'nagorno-karabakh',
  'artsakh',
  'azerbaijan',
  'armenia',
  'russia',
  'lachin-corridor',
  'trilateral-statement-2020',
  'seed-article',
];

async function one(query: string, params: Record<string, unknown> = {}): Promise<unknown> {
  const res = await driver.executeQuery(query, params, { database: testTarget().database });
  const v = res.records[0].get(0);
  return typeof v === 'object' && v !== null && 'toNumber' in v ? (v as { toNumber(): number }).toNumber() : v;
}
const entities = () => one('MATCH (e:Entity) RETURN count(e)');
const constraints = () => one('SHOW CONSTRAINTS YIELD name RETURN count(*)');
const prepare = (lines: string[]) => prepareDatabase(driver, testTarget().database, true, (l) => lines.push(l));

describe('prepareDatabase', () => {
  it('seeds an empty database, after applying the schema', async () => {
    const lines: string[] = [];
    await prepare(lines);
    expect(await entities()).toBeGreaterThan(0);
    expect(await one('MATCH (e:Entity) WHERE e.id IN $ids RETURN count(DISTINCT e.id)', { ids: KEY_IDS })).toBe(KEY_IDS.length);
    expect(await constraints()).toBeGreaterThan(0);
    expect(lines).toEqual([expect.stringMatching(/^Loaded the seed: \d+ nodes/)]);
  });

  it('applies the schema but does not seed a database that holds anything, even one unrelated node', async () => {
    await driver.executeQuery("CREATE (:Unrelated {name: 'mine'})", {}, { database: testTarget().database });
    const lines: string[] = [];
    await prepare(lines);
    expect(await one("MATCH (n:Unrelated {name: 'mine'}) RETURN count(n)")).toBe(1);
    expect(await one('MATCH (n) RETURN count(n)')).toBe(1);
    expect(await entities()).toBe(0);
    expect(await constraints()).toBeGreaterThan(0);
    expect(lines).toEqual([]);
  });

  it('is harmless twice: the second start keeps the graph and the schema as they are', async () => {
    await prepare([]);
    const before = {
      nodes: await one('MATCH (n) RETURN count(n)'),
      relationships: await one('MATCH ()-[r]->() RETURN count(r)'),
      constraints: await constraints(),
      indexes: await one('SHOW INDEXES YIELD name RETURN count(*)'),
    };
    const lines: string[] = [];
    await prepare(lines);
    expect({
      nodes: await one('MATCH (n) RETURN count(n)'),
      relationships: await one('MATCH ()-[r]->() RETURN count(r)'),
      constraints: await constraints(),
      indexes: await one('SHOW INDEXES YIELD name RETURN count(*)'),
    }).toEqual(before);
    expect(lines).toEqual([]); // not seeded again
  });
});
