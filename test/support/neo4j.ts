import { afterAll, beforeAll, inject } from 'vitest';
import { Driver } from 'neo4j-driver';
import { Neo4jTarget } from '../../src/config';
import { GraphClient } from '../../src/graph/client';
import { createDriver } from '../../src/graph/driver';
import { applySchema, loadSeed } from '../../src/load/bootstrap';

/**
 * How tests keep their data apart: test files run one at a time against one database.
 * - Files that read the knowledge graph call `useSeededGraph()`: it wipes the database and loads
 *   the schema and seed, so each such file starts from the same known graph.
 * - Files that need their own data call `useEmptyGraph()` (wipe only) and create what they read.
 * Nothing depends on what another file left behind.
 */
export function testTarget(): Neo4jTarget {
  return inject('neo4j');
}

export function testDriver(): Driver {
  return createDriver(testTarget());
}

export async function wipe(driver: Driver): Promise<void> {
  const database = testTarget().database;
  // CALL ... IN TRANSACTIONS runs only in an auto-commit transaction, hence session.run.
  const session = driver.session({ database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
  const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name', {}, { database });
  for (const r of constraints.records) await driver.executeQuery(`DROP CONSTRAINT \`${r.get('name')}\` IF EXISTS`, {}, { database });
  const indexes = await driver.executeQuery("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name", {}, { database });
  for (const r of indexes.records) await driver.executeQuery(`DROP INDEX \`${r.get('name')}\` IF EXISTS`, {}, { database });
}

export async function useEmptyGraph(driver: Driver): Promise<void> {
  await wipe(driver);
}

export async function useSeededGraph(driver: Driver): Promise<void> {
  await wipe(driver);
  await applySchema(driver, testTarget().database);
  await loadSeed(driver, testTarget().database);
}

/**
 * For a file that reads the seeded graph and writes nothing of its own: before its tests, opens a
 * driver and seeds the database (useSeededGraph); after them, closes the driver. `driver` is that
 * driver while the tests run.
 */
export function seededGraphForFile(): { readonly driver: Driver } {
  let driver: Driver | undefined;
  beforeAll(async () => {
    driver = testDriver();
    await useSeededGraph(driver);
  });
  afterAll(async () => {
    await driver?.close();
  });
  return {
    get driver(): Driver {
      if (!driver) throw new Error('the seeded graph is opened in beforeAll: use its driver inside a test or hook');
      return driver;
    },
  };
}

export function testGraph(driver: Driver): GraphClient {
  return new GraphClient(driver, testTarget().database);
}
