import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Driver } from 'neo4j-driver';
import { GraphClient } from '../../src/graph/client';
import { API_DRIVER_SETTINGS, createDriver, verifyTarget } from '../../src/graph/driver';
import { ApiServer, createApiServer, listen } from '../../src/http/server';
import { start, stop } from '../../src/localdb/launcher';
import { buildApiSchema } from '../../src/schema';

/**
 * /ready and queries follow Neo4j without a restart of the API: while it is down, requests fail
 * in under 1 s with SERVICE_UNAVAILABLE; once it accepts connections again, queries and /ready
 * recover within 2 s. The Neo4j here is a dedicated instance that this file stops and starts
 * again, so the database the other tests share is not disturbed.
 */
const spare = inject('neo4jSpare');
let driver: Driver;
let api: ApiServer;
let base: string;

async function ready(): Promise<{ status: number; body: { status: string; reason?: string } }> {
  const res = await fetch(`${base}/ready`);
  return { status: res.status, body: (await res.json()) as { status: string; reason?: string } };
}

/** Polls /ready every 100 ms until it answers `status`; returns when (ms after `since`) it did. */
async function query(text: string): Promise<{ status: number; ms: number; body: any }> {
  const t0 = Date.now();
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: text }),
  });
  return { status: res.status, body: await res.json(), ms: Date.now() - t0 };
}

async function pollUntil(status: number, since: number, limitMs: number) {
  for (;;) {
    const answer = await ready();
    const elapsed = Date.now() - since;
    if (answer.status === status) return { elapsed, answer };
    if (elapsed > limitMs) throw new Error(`/ready still answered ${answer.status} ${JSON.stringify(answer.body)} after ${elapsed} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  await stop(spare.local);
  await start(spare.local, spare.target);
  driver = createDriver(spare.target, API_DRIVER_SETTINGS); // as npm start creates it
  await verifyTarget(driver, spare.target); // as npm start does before it serves
  api = await createApiServer(await buildApiSchema(), new GraphClient(driver, spare.target.database));
  base = `http://127.0.0.1:${await listen(api.httpServer, 0, '127.0.0.1')}`;
});

afterAll(async () => {
  await api?.close();
  await driver?.close();
  await stop(spare.local);
});

describe('GET /ready follows Neo4j', () => {
  it('200 while Neo4j is up, 503 within 2 s of it stopping, 200 again once it is back (with its data)', async () => {
    expect(await ready()).toEqual({ status: 200, body: { status: 'ready' } });
    // Something to find after the restart: the local Neo4j keeps its data on disk.
    const marker = `ready-test-${Date.now()}`;
    await driver.executeQuery('CREATE (:ReadyTestMarker {id: $marker})', { marker }, { database: spare.target.database });

    await stop(spare.local);
    const stoppedAt = Date.now();
    // The first request after the stop meets a pooled connection to a server that has gone.
    const first = await query('{ entity(id: "nagorno-karabakh") { id } }');
    expect(first.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(first.ms).toBeLessThan(1000);
    const down = await pollUntil(503, stoppedAt, 2_000);
    expect(down.elapsed).toBeLessThanOrEqual(2_000);
    // Only what a load balancer needs: no driver text, host or port.
    expect(down.answer.body).toEqual({ status: 'unavailable' });

    // /health is about the process, not the database.
    expect((await fetch(`${base}/health`)).status).toBe(200);

    // Queries meanwhile get a clear, retryable error at once: no 500, no driver message.
    for (let i = 0; i < 5; i++) {
      const failed = await query('{ entity(id: "nagorno-karabakh") { id } }');
      expect(failed.status).toBeLessThan(500);
      expect(failed.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(failed.ms).toBeLessThan(1000);
      expect(JSON.stringify(failed.body)).not.toMatch(/ECONNREFUSED|bolt:|Neo4jError|127\.0\.0\.1|at .*\.js:\d+/);
    }

    // start() returns once Neo4j accepts Bolt connections: from then on, both recover within 2 s.
    await start(spare.local, spare.target);
    const back = Date.now();
    const up = await pollUntil(200, back, 2_000);
    expect(up.answer.body).toEqual({ status: 'ready' });
    // With /ready back, the breaker is closed: the next query reaches Neo4j (no SERVICE_UNAVAILABLE;
    // data, or NOT_FOUND where the spare database holds no seed). How fast a cold Neo4j answers
    // it is a matter for bench/down-up.ts, not for a test on a busy machine.
    const answered = await query('{ entity(id: "nagorno-karabakh") { id } }');
    expect(['ok', 'NOT_FOUND']).toContain(answered.body.errors?.[0]?.extensions.code ?? 'ok');
    // And the API answers in full again on the same process.
    const about = await query('{ about { neo4jEdition } }');
    expect(about.body.data.about.neo4jEdition).toBe('community');

    const kept = await driver.executeQuery(
      'MATCH (m:ReadyTestMarker {id: $marker}) DETACH DELETE m RETURN count(*) AS n',
      { marker },
      { database: spare.target.database },
    );
    expect(kept.records[0].get('n').toNumber()).toBe(1);
  }, 300_000); // stopping and starting Neo4j takes a minute or more on a busy machine
});
