import 'reflect-metadata';
import { loadConfig } from '../src/config';
import { createDriver } from '../src/graph/driver';
import { applySchema, loadSeed } from '../src/load/bootstrap';

/**
 * Puts the seed graph into the database of NEO4J_URI for a benchmark, after wiping it: for a test
 * or scratch database only (it refuses without BENCH_ALLOW_WIPE=yes).
 */
async function main() {
  if (process.env.BENCH_ALLOW_WIPE !== 'yes')
    throw new Error('bench/reseed wipes the database of NEO4J_URI: set BENCH_ALLOW_WIPE=yes to confirm.');
  const target = loadConfig().external;
  if (!target) throw new Error('set NEO4J_URI (and NEO4J_PASSWORD) to the scratch database');
  const driver = createDriver(target);
  try {
    const session = driver.session({ database: target.database });
    try {
      await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    } finally {
      await session.close();
    }
    await applySchema(driver, target.database);
    await loadSeed(driver, target.database);
    const n = await driver.executeQuery('MATCH (n) RETURN count(n) AS n', {}, { database: target.database });
    console.log(`seeded: ${n.records[0].get('n')} nodes`);
  } finally {
    await driver.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
