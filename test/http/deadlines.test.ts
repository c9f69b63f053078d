import { describe, expect, it } from 'vitest';
import { ApolloServer } from '@apollo/server';
import { GraphClient } from '../../src/graph/client';
import { buildApiSchema } from '../../src/schema';
import { Context, createContext } from '../../src/schema/context';
import { formatError } from '../../src/schema/errors';
import { seededGraphForFile, testTarget } from '../support/neo4j';
import { startLimitedApi } from './support';

/**
 * Deadlines, cancellation and fair sharing on the real Neo4j (seeded graph). Outcomes are
 * asserted (codes, admission, sessions released, no transaction left in Neo4j), not timings.
 */
const seeded = seededGraphForFile();

const HEAVY =
  '{ a: neighborhood(id: "azerbaijan", depth: 3, maxNodes: 500) { nodes { id } edges { id } } b: neighborhood(id: "armenia", depth: 3, maxNodes: 500) { nodes { id } edges { id } } }';
const LIGHT = 'query OneEntity { entity(id: "armenia") { id name } }';

/** Transactions Neo4j is running for the API's views, other than the one asking. */
async function viewTransactions(): Promise<number> {
  const res = await seeded.driver.executeQuery(
    "SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW' AND (currentQuery CONTAINS 'maxNodes' OR currentQuery CONTAINS '$depth') RETURN count(*) AS n",
    {},
    { database: testTarget().database },
  );
  return res.records[0].get('n').toNumber();
}

async function until(check: () => Promise<boolean> | boolean, limitMs: number): Promise<boolean> {
  const end = Date.now() + limitMs;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}

describe('deadline', () => {
  it('stops an operation that runs past it with TIMEOUT, in Neo4j too, and releases its sessions', async () => {
    const api = await startLimitedApi(seeded.driver, { limits: { timeoutMs: 1 } });
    try {
      const res = await api.post({ query: HEAVY });
      expect(res.status).toBeLessThan(500);
      expect(res.json.errors.length).toBeGreaterThan(0);
      for (const e of res.json.errors) {
        expect(e.extensions.code).toBe('TIMEOUT');
        expect(e.message).toMatch(/deadline of 1 ms/);
      }
      expect(res.text).not.toMatch(/Neo4jError|TransactionTimedOut|MATCH/);
      expect(api.graph.stats.sessionsInUse).toBe(0);
      expect(await until(async () => (await viewTransactions()) === 0, 2000)).toBe(true);
    } finally {
      await api.close();
    }
  });

  it('gives Neo4j the remaining time as the transaction timeout (Neo4j ends a long transaction itself)', async () => {
    // 40 ms is less than a depth-3 neighborhood of everything takes on the seed, but the check
    // before the query passes: the transaction starts, and Neo4j's own timeout ends it.
    const api = await startLimitedApi(seeded.driver, { limits: { timeoutMs: 40 } });
    try {
      let timedOut = 0;
      for (let i = 0; i < 5 && timedOut === 0; i++) {
        const res = await api.post({ query: HEAVY });
        timedOut = (res.json.errors ?? []).filter((e: any) => e.extensions.code === 'TIMEOUT').length;
        for (const e of res.json.errors ?? []) expect(e.extensions.code).toBe('TIMEOUT');
      }
      expect(timedOut).toBeGreaterThan(0);
      expect(await until(async () => (await viewTransactions()) === 0, 2000)).toBe(true);
      expect(api.graph.stats.sessionsInUse).toBe(0);
    } finally {
      await api.close();
    }
  });
});

describe('client disconnect', () => {
  it('cancels the operation: its Neo4j transactions are reset and its sessions released', async () => {
    const lines: any[] = [];
    const api = await startLimitedApi(seeded.driver, { limits: { timeoutMs: 30_000 } });
    const original = api.server.logger.info.bind(api.server.logger);
    (api.server.logger as any).info = (obj: any, msg?: string) => {
      lines.push(obj);
      return original(obj, msg);
    };
    try {
      const many = `{ ${Array.from({ length: 12 }, (_, i) => `n${i}: neighborhood(id: "${i % 2 ? 'armenia' : 'azerbaijan'}", depth: 3, maxNodes: 500, asOf: "20${10 + i}-01-01") { nodes { id } }`).join(' ')} }`;
      const abort = new AbortController();
      const pending = fetch(`${api.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: many }),
        signal: abort.signal,
      }).catch((e) => e);
      expect(await until(() => api.graph.stats.sessionsInUse > 0, 10_000)).toBe(true);
      abort.abort();
      expect(await pending).toBeInstanceOf(Error);
      expect(await until(() => api.graph.stats.sessionsInUse === 0, 3000)).toBe(true);
      expect(await until(async () => (await viewTransactions()) === 0, 3000)).toBe(true);
      // Not all twelve ran: the rest were refused once the client had gone.
      expect(await until(() => lines.length > 0, 3000)).toBe(true);
      expect(lines[0].outcome).toMatch(/CANCELLED/);
      expect(lines[0].cypher).toBeLessThan(12 * 2);
    } finally {
      await api.close();
    }
  });
});

describe('fair sharing', () => {
  it('one operation holds at most maxSessionsPerOperation sessions at once', async () => {
    const apollo = new ApolloServer<Context>({ schema: await buildApiSchema(), formatError });
    await apollo.start();
    try {
      const graph = new GraphClient(seeded.driver, testTarget().database);
      const query = `{ ${Array.from({ length: 6 }, (_, i) => `p${i}: paths(from: "russia", to: "lachin-corridor", maxHops: ${1 + (i % 4)}) { length }`).join(' ')} }`;
      const contextValue = createContext(graph, { maxSessions: 2, deadline: Date.now() + 30_000 });
      const res = await apollo.executeOperation({ query }, { contextValue });
      expect(res.body.kind === 'single' && res.body.singleResult.errors).toBeFalsy();
      expect(contextValue.graph.queryCount).toBeGreaterThanOrEqual(6);
      expect(contextValue.graph.peakSessions).toBe(2);
      const wide = createContext(graph, { maxSessions: 100, deadline: Date.now() + 30_000 });
      await apollo.executeOperation({ query }, { contextValue: wide });
      expect(wide.graph.peakSessions).toBeGreaterThan(2);
    } finally {
      await apollo.stop();
    }
  });

  it('a heavy operation holds at most heavyMaxSessions sessions; a light one with the same fields may hold more', async () => {
    const lines: any[] = [];
    const api = await startLimitedApi(seeded.driver, { limits: { heavyCost: 1000, heavyMaxSessions: 1, maxSessionsPerOperation: 4 } });
    const original = api.server.logger.info.bind(api.server.logger);
    (api.server.logger as any).info = (obj: any, msg?: string) => {
      lines.push(obj);
      return original(obj, msg);
    };
    try {
      const four = `{ ${['azerbaijan', 'armenia', 'russia', 'turkiye'].map((id, i) => `n${i}: neighborhood(id: "${id}", depth: 3, maxNodes: 500) { nodes { id } }`).join(' ')} }`;
      const heavy = await api.post({ query: four });
      expect(heavy.status).toBe(200);
      expect(heavy.json.extensions.cost.estimated).toBeGreaterThanOrEqual(1000);
      expect(heavy.json.data.n3.nodes.length).toBeGreaterThan(1);
      expect(lines.at(-1)).toMatchObject({ cypher: 4, sessions: 1, outcome: 'ok' });
    } finally {
      await api.close();
    }
    const wide = await startLimitedApi(seeded.driver, {
      limits: { heavyCost: 10_000_000, heavyMaxSessions: 1, maxSessionsPerOperation: 4 },
    });
    const wideLines: any[] = [];
    const info = wide.server.logger.info.bind(wide.server.logger);
    (wide.server.logger as any).info = (obj: any, msg?: string) => {
      wideLines.push(obj);
      return info(obj, msg);
    };
    try {
      const res = await wide.post({
        query: `{ ${['azerbaijan', 'armenia', 'russia', 'turkiye'].map((id, i) => `n${i}: neighborhood(id: "${id}", depth: 3, maxNodes: 500) { nodes { id } }`).join(' ')} }`,
      });
      expect(res.status).toBe(200);
      expect(wideLines.at(-1).sessions).toBeGreaterThan(1);
    } finally {
      await wide.close();
    }
  });

  it('while the heavy lane is full, a heavy operation is shed with 503 and Retry-After, and a light one answers', async () => {
    const api = await startLimitedApi(seeded.driver, { limits: { maxInFlight: 4, maxHeavyInFlight: 1, heavyCost: 1000, queueWaitMs: 0 } });
    try {
      const held = await api.server.admission.admit(true); // a heavy operation in progress
      expect(held).not.toBeNull();
      const heavy = await api.post({ query: HEAVY });
      expect(heavy.status).toBe(503);
      expect(heavy.headers.get('retry-after')).toBe('1');
      expect(heavy.json.errors[0].extensions.code).toBe('OVERLOADED');
      const light = await api.post({ query: LIGHT });
      expect(light.status).toBe(200);
      expect(light.json.data.entity).toEqual({ id: 'armenia', name: 'Armenia' });
      held!();
      const after = await api.post({ query: HEAVY });
      expect(after.status).toBe(200);
      expect(after.json.data.a.nodes.length).toBeGreaterThan(1);
    } finally {
      await api.close();
    }
  });

  it('beyond maxInFlight everything waits up to queueWaitMs, then gets 503; a slot freed in time admits it', async () => {
    const api = await startLimitedApi(seeded.driver, { limits: { maxInFlight: 1, maxHeavyInFlight: 1, queueWaitMs: 300 } });
    try {
      const held = await api.server.admission.admit(false);
      const shed = await api.post({ query: LIGHT });
      expect(shed.status).toBe(503);
      expect(shed.json.errors[0].extensions.code).toBe('OVERLOADED');
      const waiting = api.post({ query: LIGHT });
      setTimeout(() => held!(), 50);
      expect((await waiting).status).toBe(200);
    } finally {
      await api.close();
    }
  });

  it('8 heavy operations at once with a light one: the light one answers, every heavy one answers or is shed, none fails otherwise', async () => {
    const api = await startLimitedApi(seeded.driver, { limits: { maxHeavyInFlight: 2, queueWaitMs: 200, heavyCost: 1000 } });
    try {
      const heavy = Array.from({ length: 8 }, () => api.post({ query: HEAVY }));
      const light = await api.post({ query: LIGHT });
      expect(light.status).toBe(200);
      expect(light.json.data.entity.id).toBe('armenia');
      for (const r of await Promise.all(heavy)) {
        expect([200, 503]).toContain(r.status);
        if (r.status === 503) expect(r.json.errors[0].extensions.code).toBe('OVERLOADED');
        else expect(r.json.errors).toBeUndefined();
      }
      expect(api.server.admission.inFlight).toBe(0);
    } finally {
      await api.close();
    }
  });
});

describe('a write under the deadline', () => {
  async function revoked(jti: string): Promise<number> {
    const res = await seeded.driver.executeQuery(
      'MATCH (t:RevokedToken {jti: $jti}) RETURN count(t) AS n',
      { jti },
      { database: testTarget().database },
    );
    return res.records[0].get('n').toNumber();
  }

  it('commits all of its queries when it ends in time', async () => {
    const graph = new GraphClient(seeded.driver, testTarget().database).forRequest({ deadline: Date.now() + 10_000 });
    const jti = `deadline-ok-${Date.now()}`;
    const { result, bookmarks } = await graph.writeTransaction(async (tx) => {
      await tx.run('token-revoke', { now: '2026-01-01T00:00:00Z', tokenId: jti, by: 'test' });
      return tx.run('token-revoke', { now: '2026-01-01T00:00:00Z', tokenId: `${jti}-2`, by: 'test' });
    });
    expect(result).toHaveLength(1);
    expect(bookmarks.length).toBeGreaterThan(0);
    expect((await revoked(jti)) + (await revoked(`${jti}-2`))).toBe(2);
  });

  it('is stopped with TIMEOUT when it runs past the deadline, and leaves nothing behind', async () => {
    const graph = new GraphClient(seeded.driver, testTarget().database).forRequest({ deadline: Date.now() + 400 });
    const jti = `deadline-late-${Date.now()}`;
    const late = graph.writeTransaction(async (tx) => {
      await tx.run('token-revoke', { now: '2026-01-01T00:00:00Z', tokenId: jti, by: 'test' });
      // The write's first query ran; the rest comes after the deadline.
      await new Promise((r) => setTimeout(r, 900));
      return tx.run('token-revoke', { now: '2026-01-01T00:00:00Z', tokenId: `${jti}-2`, by: 'test' });
    });
    await expect(late).rejects.toMatchObject({ name: 'OperationTimeoutError' });
    expect(graph.peakSessions).toBe(1);
    expect(await until(async () => (await revoked(jti)) === 0 && (await revoked(`${jti}-2`)) === 0, 2000)).toBe(true);
    // Still nothing once Neo4j has had time to end the transaction.
    await new Promise((r) => setTimeout(r, 500));
    expect(await revoked(jti)).toBe(0);
  });

  it('is rolled back when one of its queries fails', async () => {
    const graph = new GraphClient(seeded.driver, testTarget().database).forRequest({ deadline: Date.now() + 10_000 });
    const jti = `deadline-fail-${Date.now()}`;
    const failing = graph.writeTransaction(async (tx) => {
      await tx.run('token-revoke', { now: '2026-01-01T00:00:00Z', tokenId: jti, by: 'test' });
      return tx.run('token-revoke', { now: 'not a date', tokenId: `${jti}-2`, by: 'test' });
    });
    await expect(failing).rejects.toBeDefined();
    expect(await revoked(jti)).toBe(0);
  });
});
