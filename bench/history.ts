import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { ApolloServer } from '@apollo/server';
import { loadConfig } from '../src/config';
import { Curation } from '../src/curation/service';
import { GraphClient } from '../src/graph/client';
import { createDriver, verifyTarget } from '../src/graph/driver';
import { start as startLocal } from '../src/localdb/launcher';
import { applySchema, loadSeed } from '../src/load/bootstrap';
import { buildApiSchema } from '../src/schema';
import { Context, createContext } from '../src/schema/context';
import { formatError } from '../src/schema/errors';

/**
 * `npm run bench:history`: what recorded time costs a read (docs/curation.md). One database holds
 * the seed twice: as loaded (no history), and a copy with every id prefixed `h-` whose statements
 * were each corrected CORRECTIONS times through the curation service (so each has CORRECTIONS + 1
 * versions, CORRECTIONS of them closed). `controlledBy(asOf:)` of every place that has a CONTROLS
 * statement is asked of both copies through the GraphQL schema in-process, the two interleaved
 * place by place, for ROUNDS rounds after a warm-up; the figure is the ratio of the medians.
 *
 * WIPES the target database first: run it on a test or bench instance (NEO4J_URI or NEO4J_LOCAL_*).
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS || 5);
const CORRECTIONS = Number(process.env.BENCH_CORRECTIONS || 10);
const AS_OF = '2022-01-01';
const QUERY = `query($id: ID!, $asOf: Date, $t: DateTime) {
  entity(id: $id) { ... on Place { controlledBy(asOf: $asOf, asRecordedOn: $t) { id version validFrom validTo subject { id name } sources { id } } } }
}`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const config = loadConfig();
  const target = config.external ?? config.localTarget;
  if (!config.external) await startLocal(config.local, target, () => {});
  const driver = createDriver(target);
  const database = target.database;
  try {
    await verifyTarget(driver, target);
    const session = driver.session({ database });
    try {
      await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    } finally {
      await session.close();
    }
    await applySchema(driver, database);
    await loadSeed(driver, database);
    // The copy: same labels, properties and statements, ids prefixed.
    await driver.executeQuery("MATCH (n:Entity) CREATE (m:$(labels(n))) SET m = n {.*, id: 'h-' + n.id}", {}, { database });
    await driver.executeQuery(
      "MATCH (a:Entity)-[r]->(b:Entity) WHERE NOT a.id STARTS WITH 'h-' MATCH (a2:Entity {id: 'h-' + a.id}), (b2:Entity {id: 'h-' + b.id}) CREATE (a2)-[r2:$(type(r))]->(b2) SET r2 = r {.*, id: 'h-' + r.id}",
      {},
      { database },
    );
    const graph = new GraphClient(driver, database);
    let ids = (
      await driver.executeQuery("MATCH (:Entity)-[r]->(:Entity) WHERE r.id STARTS WITH 'h-' RETURN r.id AS id", {}, { database })
    ).records.map((r) => r.get('id') as string);
    const curation = new Curation(graph, { subject: 'bench', roles: ['editor'], tokenId: null, expiresAt: null });
    const t0 = performance.now();
    const writes: number[] = [];
    // Statements the contract refuses to correct as they stand (a seed statement the API's checks
    // would not accept, such as one citing no Source) keep one version; they are counted.
    const refused: string[] = [];
    for (let v = 1; v <= CORRECTIONS; v++) {
      // One at a time: corrections of statements that share an entity lock the same nodes, and
      // many at once mostly measure deadlock retries.
      for (let i = 0; i < ids.length; i += 1) {
        await Promise.all(
          ids.slice(i, i + 1).map(async (id) => {
            const w0 = performance.now();
            try {
              await curation.correctStatement(id, v, { note: `bench correction ${v}` });
            } catch (e) {
              if (v === 1 && (e as { extensions?: { code?: string } }).extensions?.code === 'BAD_USER_INPUT') {
                refused.push(id);
                return;
              }
              throw e;
            }
            writes.push(performance.now() - w0);
          }),
        );
      }
      if (v === 1) ids = ids.filter((id) => !refused.includes(id));
      console.error(
        `[bench:history] correction round ${v} of ${CORRECTIONS} done (${ids.length} statements, ${Math.round(performance.now() - t0)} ms)`,
      );
    }
    const loadMs = performance.now() - t0;
    const places = (
      await driver.executeQuery(
        "MATCH (:Entity)-[:CONTROLS]->(p:Place) WHERE NOT p.id STARTS WITH 'h-' RETURN DISTINCT p.id AS id ORDER BY id",
        {},
        { database },
      )
    ).records.map((r) => r.get('id') as string);

    const apollo = new ApolloServer<Context>({ schema: await buildApiSchema(), formatError });
    await apollo.start();
    const ask = async (id: string, t: string | null) => {
      const contextValue = createContext(graph);
      const w0 = performance.now();
      const res = await apollo.executeOperation({ query: QUERY, variables: { id, asOf: AS_OF, t } }, { contextValue });
      const ms = performance.now() - w0;
      if (res.body.kind !== 'single' || res.body.singleResult.errors) throw new Error(JSON.stringify(res.body));
      const data = res.body.singleResult.data as { entity: { controlledBy: unknown[] } };
      return { ms, rows: data.entity.controlledBy.length };
    };
    // The same answers from both copies (the history copy's current versions), checked once.
    for (const p of places) {
      const [a, b] = [await ask(p, null), await ask(`h-${p}`, null)];
      if (a.rows !== b.rows) throw new Error(`${p}: ${a.rows} rows without history, ${b.rows} with`);
    }
    const recordedBefore = new Date(Date.now()).toISOString();
    const series: Record<'plain' | 'history' | 'historyAsRecorded', number[]> = { plain: [], history: [], historyAsRecorded: [] };
    for (let round = 0; round <= ROUNDS; round++) {
      const sums = { plain: 0, history: 0, historyAsRecorded: 0 };
      for (const p of places) {
        sums.plain += (await ask(p, null)).ms;
        sums.history += (await ask(`h-${p}`, null)).ms;
        sums.historyAsRecorded += (await ask(`h-${p}`, recordedBefore)).ms;
      }
      if (round === 0) continue; // warm-up
      for (const k of Object.keys(sums) as (keyof typeof sums)[]) series[k].push(sums[k] / places.length);
    }
    await apollo.stop();
    const out = {
      places: places.length,
      statementsCorrected: ids.length,
      statementsRefusedByTheContract: refused.length,
      versionsPerStatement: CORRECTIONS + 1,
      correctionMs: { total: Math.round(loadMs), medianPerWrite: Number(median(writes).toFixed(1)) },
      rounds: ROUNDS,
      msPerRequest: Object.fromEntries(
        Object.entries(series).map(([k, v]) => [k, { median: Number(median(v).toFixed(2)), rounds: v.map((x) => Number(x.toFixed(2))) }]),
      ),
      ratio: {
        historyOverPlain: Number((median(series.history) / median(series.plain)).toFixed(2)),
        asRecordedOverPlain: Number((median(series.historyAsRecorded) / median(series.plain)).toFixed(2)),
      },
    };
    console.log(JSON.stringify(out, null, 2));
  } finally {
    await driver.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
