import { inject } from 'vitest';
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

export function testGraph(driver: Driver): GraphClient {
  return new GraphClient(driver, testTarget().database);
}
