import fs from 'node:fs';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config';
import { createDriver } from '../src/graph/driver';
import { parseScript } from '../src/load/split';

/**
 * The reference the loader's tests compare with: runs every statement of a script on its own, as
 * written, in an auto-commit transaction (as cypher-shell -f does), into an emptied database, and
 * adds up Neo4j's counters. A statement that fails is reported and counts nothing (as with
 * cypher-shell --fail-at-end). Usage: node dist/bench/statement-counts.js <file.cypher>
 * (uses NEO4J_URI, or the local instance named by NEO4J_LOCAL_INSTANCE/NEO4J_LOCAL_PORT).
 */
async function main(file: string): Promise<void> {
  const config = loadConfig();
  const target = config.external ?? config.localTarget;
  const driver = createDriver(target);
  const totals: Record<string, number> = {};
  try {
    const s = driver.session({ database: target.database });
    await s.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    for (const c of (await s.run('SHOW CONSTRAINTS YIELD name')).records) await s.run(`DROP CONSTRAINT \`${c.get('name')}\``);
    for (const c of (await s.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")).records)
      await s.run(`DROP INDEX \`${c.get('name')}\``);
    for (const item of parseScript(fs.readFileSync(file, 'utf8'), file)) {
      if (item.kind !== 'statement') continue;
      try {
        const res = await s.run(item.text);
        for (const [k, v] of Object.entries(res.summary.counters.updates())) totals[k] = (totals[k] ?? 0) + v;
      } catch (e) {
        console.log(`${item.file}:${item.line}:${item.column}: failed: ${(e as Error).message.split('\n')[0]}`);
      }
    }
    const graph = await s.run(
      'MATCH (n) WITH count(n) AS nodes, sum(size(labels(n))) AS labels, sum(size(keys(n))) AS nodeProps ' +
        'OPTIONAL MATCH ()-[r]->() RETURN nodes, labels, nodeProps, count(r) AS rels, sum(size(keys(r))) AS relProps',
    );
    await s.close();
    console.log('counters:', JSON.stringify(totals));
    console.log(
      'graph:',
      JSON.stringify(graph.records[0].toObject(), (_, v: unknown) => (neo4j.isInt(v) ? v.toNumber() : v)),
    );
  } finally {
    await driver.close();
  }
}

main(process.argv[2]).catch((e) => {
  console.error(e);
  process.exit(1);
});
