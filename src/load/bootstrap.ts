import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../config';
import { cypher } from '../graph/queries';
import { loadPaths, LoadSummary } from './loader';
import { emptySummary } from './report';

/** cypher/schema: constraints and indexes; cypher/seed: the knowledge graph (both idempotent). */
export const SCHEMA_DIR = path.join(PROJECT_ROOT, 'cypher', 'schema');
export const SEED_DIR = path.join(PROJECT_ROOT, 'cypher', 'seed');

function existing(dir: string): string[] {
  return fs.existsSync(dir) ? [dir] : [];
}

/** Applies the schema Cypher (every start: it is idempotent). */
export async function applySchema(driver: Driver, database: string): Promise<LoadSummary> {
  return loadPaths(driver, existing(SCHEMA_DIR), { database });
}

/** The seed's files, in the order the loader reads a directory (by name). */
export function seedFiles(): string[] {
  if (!fs.existsSync(SEED_DIR)) return [];
  return fs
    .readdirSync(SEED_DIR)
    .filter((n) => n.endsWith('.cypher'))
    .sort()
    .map((n) => path.join(SEED_DIR, n));
}

/** Two load summaries as one (the seed is loaded file by file). */
function addSummaries(a: LoadSummary, b: LoadSummary): LoadSummary {
  const counters = { ...a.counters };
  for (const k of Object.keys(counters) as (keyof typeof counters)[]) counters[k] += b.counters[k];
  return {
    files: [...a.files, ...b.files],
    statements: a.statements + b.statements,
    transactions: a.transactions + b.transactions,
    counters,
    elapsedMs: a.elapsedMs + b.elapsedMs,
    dryRun: a.dryRun,
    failures: [...a.failures, ...b.failures],
    ...((a.stopped ?? b.stopped) ? { stopped: a.stopped ?? b.stopped } : {}),
  };
}

/**
 * Loads the seed through the same loader data teams use, one file after another, and records each
 * file that wrote statements as one change by that file (docs/curation.md): its statements become
 * version 1, recorded by load:cypher/seed/<file>. A file that fails stops the load there.
 */
export async function loadSeed(driver: Driver, database: string): Promise<LoadSummary> {
  let total = emptySummary(false);
  for (const file of seedFiles()) {
    const summary = await loadPaths(driver, [file], { database });
    total = addSummaries(total, summary);
    if (summary.stopped) break;
    if (summary.statements > 0) await recordLoad(driver, database, [file]);
  }
  return total;
}

/**
 * Records a load as one change by its files (docs/curation.md): the statements it wrote without
 * a version become version 1, recorded now by load:<path>.
 */
export async function recordLoad(driver: Driver, database: string, paths: string[]): Promise<void> {
  const files = paths.map((p) => path.relative(PROJECT_ROOT, p) || p);
  await driver.executeQuery(
    cypher('record-load'),
    { changeId: `load-${randomUUID()}`, by: `load:${files.join(',')}`, files },
    { database },
  );
}

export async function isEmpty(driver: Driver, database: string): Promise<boolean> {
  const res = await driver.executeQuery('MATCH (n) RETURN count(n) > 0 AS any LIMIT 1', {}, { database, routing: 'READ' });
  return !res.records[0].get('any');
}

/** Schema always; the seed only into an empty database, so a user's data is never overwritten. */
export async function prepareDatabase(driver: Driver, database: string, seed: boolean, log: (line: string) => void): Promise<void> {
  await applySchema(driver, database);
  if (seed && (await isEmpty(driver, database))) {
    const s = await loadSeed(driver, database);
    if (s.statements === 0) log(`No seed to load: ${SEED_DIR} holds no Cypher.`);
    else
      log(
        // Net of the statement rows the seed stages and removes again (cypher/seed/shared/write-statements.cypher).
        `Loaded the seed: ${s.counters.nodesCreated - s.counters.nodesDeleted} nodes, ${s.counters.relationshipsCreated} relationships (${s.statements} statements, ${s.elapsedMs} ms).`,
      );
  }
}
