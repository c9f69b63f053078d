import { Driver, RecordShape } from 'neo4j-driver';
import { toPlain } from './convert';
import { cypher } from './queries';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/**
 * The graph access layer: runs named queries (cypher/queries/*.cypher) with parameters and returns
 * plain rows. Reads go through read transactions so a cluster or Aura can route them to readers.
 * Each GraphQL request gets its own GraphClient (forRequest) so its queries can be counted.
 */
/** The queries of one write transaction (GraphClient.writeTransaction). */
export interface WriteTransaction {
  run<T extends Row = Row>(name: string, params?: Params): Promise<T[]>;
}

export class GraphClient {
  queryCount = 0;

  /**
   * @param bookmarks Neo4j bookmarks every read of this client waits for (read-your-writes across
   * API copies: a client sends back the bookmarks a mutation returned; docs/curation.md).
   */
  constructor(
    readonly driver: Driver,
    readonly database: string,
    readonly bookmarks: readonly string[] = [],
  ) {}

  forRequest(options: { bookmarks?: readonly string[] } = {}): GraphClient {
    return new GraphClient(this.driver, this.database, options.bookmarks ?? []);
  }

  /**
   * Runs `work` in one write transaction (all its queries commit together or none does) and
   * returns its result with the bookmarks of the commit.
   */
  async writeTransaction<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<{ result: T; bookmarks: string[] }> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE', bookmarks: [...this.bookmarks] });
    try {
      const result = await session.executeWrite((tx) =>
        work({
          run: async <R extends Row>(name: string, params: Params = {}) => {
            this.queryCount++;
            const res = await tx.run(cypher(name), params);
            return res.records.map((r) => toPlain(r.toObject()) as R);
          },
        }),
      );
      return { result, bookmarks: session.lastBookmarks() };
    } finally {
      await session.close();
    }
  }

  async read<T extends Row = Row>(name: string, params: Params = {}): Promise<T[]> {
    return this.run<T>('READ', cypher(name), params);
  }

  async write<T extends Row = Row>(name: string, params: Params = {}): Promise<T[]> {
    return this.run<T>('WRITE', cypher(name), params);
  }

  private async run<T extends Row>(mode: 'READ' | 'WRITE', text: string, params: Params): Promise<T[]> {
    this.queryCount++;
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode, bookmarks: [...this.bookmarks] });
    try {
      const work = async (tx: { run: (q: string, p: Params) => PromiseLike<{ records: { toObject(): RecordShape }[] }> }) => {
        const res = await tx.run(text, params);
        return res.records.map((r) => toPlain(r.toObject()) as T);
      };
      return mode === 'READ' ? await session.executeRead(work) : await session.executeWrite(work);
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
