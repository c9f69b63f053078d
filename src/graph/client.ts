import { Driver, isRetriableError } from 'neo4j-driver';
import { toPlain } from './convert';
import { cypher } from './queries';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/**
 * The graph access layer: runs named queries (cypher/queries/*.cypher) with parameters and returns
 * plain rows. Reads go through read transactions so a cluster or Aura can route them to readers.
 * Each GraphQL request gets its own GraphClient (forRequest) so its queries can be counted.
 */
export class GraphClient {
  queryCount = 0;

  constructor(
    readonly driver: Driver,
    readonly database: string,
  ) {}

  forRequest(): GraphClient {
    return new GraphClient(this.driver, this.database);
  }

  async read<T extends Row = Row>(name: string, params: Params = {}): Promise<T[]> {
    return this.run<T>('READ', cypher(name), params);
  }

  async write<T extends Row = Row>(name: string, params: Params = {}): Promise<T[]> {
    return this.run<T>('WRITE', cypher(name), params);
  }

  private async run<T extends Row>(mode: 'READ' | 'WRITE', text: string, params: Params): Promise<T[]> {
    this.queryCount++;
    if (mode === 'READ') return this.autoCommitRead<T>(text, params);
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode });
    try {
      return await session.executeWrite(async (tx) => (await tx.run(text, params)).records.map((r) => toPlain(r.toObject()) as T));
    } finally {
      await session.close();
    }
  }

  /**
   * A read is one query, so it runs as an auto-commit transaction: RUN and PULL go out in one
   * write and come back in one round trip, where a managed transaction (executeRead) adds a BEGIN
   * and a COMMIT, a second round trip and two more socket writes per query (bench/RESULTS.md,
   * "request path"). A READ session still routes to a cluster's readers. What executeRead's retry
   * loop gave is kept for the case that matters, a connection lost between queries: a retriable
   * failure is tried once more on a fresh session.
   */
  private async autoCommitRead<T extends Row>(text: string, params: Params, attempt = 1): Promise<T[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    try {
      const res = await session.run(text, params);
      return res.records.map((r) => toPlain(r.toObject()) as T);
    } catch (e) {
      if (attempt === 1 && isRetriableError(e)) return this.autoCommitRead<T>(text, params, 2);
      throw e;
    } finally {
      await session.close();
    }
  }

  /** Cheap liveness probe for /ready: resolves false within timeoutMs when Neo4j is gone. */
  async ping(timeoutMs = 1500): Promise<{ ok: true } | { ok: false; reason: string }> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    let timer: NodeJS.Timeout | undefined;
    try {
      const probe = session.run('RETURN 1 AS ok', {}, { timeout: timeoutMs }).then(() => ({ ok: true as const }));
      const timeout = new Promise<{ ok: false; reason: string }>((resolve) => {
        timer = setTimeout(() => resolve({ ok: false, reason: `Neo4j did not answer within ${timeoutMs} ms` }), timeoutMs);
      });
      return await Promise.race([probe, timeout]);
    } catch (e) {
      return { ok: false, reason: `Neo4j is unreachable: ${(e as Error).message.split('\n')[0]}` };
    } finally {
      if (timer) clearTimeout(timer);
      session.close().catch(() => {});
    }
  }
}
