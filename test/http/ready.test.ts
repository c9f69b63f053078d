import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Driver } from 'neo4j-driver';
import { GraphClient } from '../../src/graph/client';
import { createDriver, verifyTarget } from '../../src/graph/driver';
import { ApiServer, createApiServer, listen } from '../../src/http/server';
import { start, stop } from '../../src/localdb/launcher';
import { buildApiSchema } from '../../src/schema';

/**
 * /ready follows Neo4j without a restart of the API. The Neo4j here is a dedicated instance that
 * this file stops and starts again, so the database the other tests share is not disturbed.
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
  driver = createDriver(spare.target);
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
    const down = await pollUntil(503, Date.now(), 2_000);
    expect(down.elapsed).toBeLessThanOrEqual(2_000);
    expect(down.answer.body.status).toBe('unavailable');
    expect(down.answer.body.reason).toMatch(/Neo4j/);

    // /health is about the process, not the database.
    expect((await fetch(`${base}/health`)).status).toBe(200);

    // A query meanwhile gets a clear, retryable error: no 500, no driver message.
    const failed = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ entity(id: "nagorno-karabakh") { id } }' }),
    });
    expect(failed.status).toBeLessThan(500);
    const failedBody = (await failed.json()) as any;
    expect(failedBody.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(failedBody)).not.toMatch(/ECONNREFUSED|bolt:|Neo4jError|at .*\.js:\d+/);

    await start(spare.local, spare.target);
    const up = await pollUntil(200, Date.now(), 10_000);
    expect(up.answer.body).toEqual({ status: 'ready' });
    // And GraphQL works again on the same API process.
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ about { neo4jEdition } }' }),
    });
    expect(((await res.json()) as any).data.about.neo4jEdition).toBe('community');

    const kept = await driver.executeQuery('MATCH (m:ReadyTestMarker {id: $marker}) DETACH DELETE m RETURN count(*) AS n', { marker }, { database: spare.target.database });
    expect(kept.records[0].get('n').toNumber()).toBe(1);
  });
});
