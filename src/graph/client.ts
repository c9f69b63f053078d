import { Driver, Neo4jError, Session } from 'neo4j-driver';
import { Availability } from './availability';
import { toPlain } from './convert';
import { cypher, QueryRef } from './queries';
import type { QueryName, QueryParams, QueryRow } from './query-signatures';

/** What one GraphQL operation may use of Neo4j: a deadline, a cancel signal and a session cap. */
export interface OperationBudget {
  /** Epoch ms after which no transaction of the operation may run (Neo4j's own timeout enforces it). */
  deadline?: number;
  /** Aborted when the client has gone: open transactions are reset and new reads refused. */
  signal?: AbortSignal;
  /** Sessions the operation may hold at once; further reads wait for one to close. */
  maxSessions?: number;
  /**
   * Neo4j bookmarks every query of the operation waits for (read-your-writes across API copies: a
   * client sends back the bookmarks a mutation returned; docs/curation.md).
   */
  bookmarks?: readonly string[];
}

/** The queries of one write transaction (GraphClient.writeTransaction). */
export interface WriteTransaction {
  run<N extends QueryName>(query: QueryRef<N>, params: QueryParams<N>): Promise<QueryRow<N>[]>;
}

/**
 * Why a read did not run or did not finish. errors.ts gives each its own GraphQL code:
 * TIMEOUT (the deadline passed), CANCELLED (the client disconnected) and SERVICE_UNAVAILABLE
 * (Neo4j is known to be down: refused at once, without waiting for the driver).
 */
export class OperationTimeoutError extends Error {
  override name = 'OperationTimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`The operation ran past its deadline of ${timeoutMs} ms and was stopped.`);
  }
}

export class OperationCancelledError extends Error {
  override name = 'OperationCancelledError';
  constructor() {
    super('The client closed the request; its work was stopped.');
  }
}

/** Every pooled connection stayed busy for the whole acquisition timeout. */
export class PoolExhaustedError extends Error {
  override name = 'PoolExhaustedError';
  constructor() {
    super('Every connection to the graph database is busy; try again shortly.');
  }
}

export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
  constructor() {
    super('The graph database is unavailable; try again shortly.');
  }
}

/** Counters shared by every request of one root client (read by /metrics and by the tests). */
export interface GraphStats {
  /** Named queries started since the process began. */
  queries: number;
  /** Sessions open right now, across all operations. */
  sessionsInUse: number;
}

/** Tries of one write transaction when Neo4j reports a transient failure (a deadlock). */
const WRITE_ATTEMPTS = 5;

/** Neo4j's answer when a transaction outlives the timeout we gave it. */
const NEO4J_TIMEOUT_CODES = /TransactionTimedOut|Transaction\.Terminated|TransactionMarkedAsFailed/;

/**
 * The graph access layer: runs named queries (cypher/queries/*.cypher) with parameters and returns
 * plain rows. Reads go through read transactions so a cluster or Aura can route them to readers.
 * Each GraphQL request gets its own GraphClient (forRequest) so its queries can be counted, its
 * transactions carry the operation's deadline as Neo4j's transaction timeout, it holds at most
 * `maxSessions` sessions at once, and a client that disconnects has its transactions reset.
 */
export class GraphClient {
  queryCount = 0;
  /** Most sessions this operation held at once (never above its maxSessions). */
  peakSessions = 0;
  private readonly open = new Set<Session>();
  /** Session slots taken (sessions open, or about to open). */
  private held = 0;
  private readonly waiting: ((slot: boolean) => void)[] = [];
  private readonly budget: Required<Omit<OperationBudget, 'signal'>> & { signal?: AbortSignal };
  private timeoutMs: number;

  constructor(
    readonly driver: Driver,
    readonly database: string,
    budget: OperationBudget = {},
    readonly availability: Availability = new Availability(driver, database),
    readonly stats: GraphStats = { queries: 0, sessionsInUse: 0 },
  ) {
    this.budget = {
      deadline: budget.deadline ?? Number.POSITIVE_INFINITY,
      maxSessions: budget.maxSessions ?? Number.POSITIVE_INFINITY,
      signal: budget.signal,
      bookmarks: budget.bookmarks ?? [],
    };
    this.timeoutMs = Number.isFinite(this.budget.deadline) ? Math.max(0, this.budget.deadline - Date.now()) : 0;
    const signal = this.budget.signal;
    // The client went away: reset what runs (Bolt RESET stops the query in Neo4j) and wake waiters.
    signal?.addEventListener('abort', () => this.abortAll(), { once: true });
  }

  /** Starts the operation's clock again (once it is admitted: waiting in line is not its time). */
  restartDeadline(timeoutMs: number): void {
    this.budget.deadline = Date.now() + timeoutMs;
    this.timeoutMs = timeoutMs;
  }

  /** Lowers the operation's session cap (a heavy operation, once admitted as one). */
  limitSessions(maxSessions: number): void {
    this.budget.maxSessions = Math.min(this.budget.maxSessions, maxSessions);
  }

  /** A client for one GraphQL operation, sharing the driver, the availability probe and the stats. */
  forRequest(budget: OperationBudget = {}): GraphClient {
    return new GraphClient(this.driver, this.database, budget, this.availability, this.stats);
  }

  /** This operation's client (same deadline, signal and stats) reading at least the state of `bookmarks` too. */
  withBookmarks(bookmarks: readonly string[]): GraphClient {
    const { deadline, maxSessions, signal } = this.budget;
    return new GraphClient(
      this.driver,
      this.database,
      { deadline, maxSessions, signal, bookmarks: [...this.budget.bookmarks, ...bookmarks] },
      this.availability,
      this.stats,
    );
  }

  /** Runs a named query (query-signatures.ts types its parameters and rows) in a read session. */
  async read<N extends QueryName>(query: QueryRef<N>, params: QueryParams<N>): Promise<QueryRow<N>[]> {
    const rows = await this.runRead(cypher(query), params);
    // The one cast of the boundary: a query's rows are what its signature declares.
    return rows as QueryRow<N>[];
  }

  /** The bookmarks this operation's queries wait for (from the request's Neo4j-Bookmark header). */
  get bookmarks(): readonly string[] {
    return this.budget.bookmarks;
  }

  /**
   * Runs `work` in one explicit write transaction under the operation's deadline (Neo4j's
   * transaction timeout, and the same timer in JS as a read): its queries commit together or, when
   * any fails or the deadline passes, none does (a mutation leaves nothing behind). Returns the
   * result with the bookmarks of the commit.
   */
  async writeTransaction<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<{ result: T; bookmarks: string[] }> {
    // A transient failure (two writes deadlocked on the same index entry, a leader switch) is
    // retried in a new transaction, as executeWrite would, but at most WRITE_ATTEMPTS times, after
    // a growing pause (25, 50, 100, 200 ms and some jitter) and only while the deadline allows: the
    // work runs again from the start.
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.writeOnce(work);
      } catch (e) {
        const transient = e instanceof Neo4jError && e.retryable && !isUnavailable(e);
        if (!transient || attempt >= WRITE_ATTEMPTS || this.budget.signal?.aborted) throw e;
        const pause = 25 * 2 ** (attempt - 1) + Math.floor(Math.random() * 25);
        if (Date.now() + pause >= this.budget.deadline) throw e;
        await new Promise((r) => setTimeout(r, pause));
      }
    }
  }

  private async writeOnce<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<{ result: T; bookmarks: string[] }> {
    let bookmarks: string[] = [];
    const result = await this.withSession('WRITE', async (session, txConfig) => {
      const tx = session.beginTransaction(txConfig);
      try {
        const value = await work({
          run: async <N extends QueryName>(query: QueryRef<N>, params: QueryParams<N>) => {
            if (this.budget.signal?.aborted) throw new OperationCancelledError();
            this.queryCount++;
            this.stats.queries++;
            const res = await tx.run(cypher(query), params);
            // As in read: the rows are what the query's signature declares.
            return res.records.map((r) => toPlain(r.toObject()) as QueryRow<N>);
          },
        });
        await tx.commit();
        bookmarks = session.lastBookmarks();
        return value;
      } catch (e) {
        if (tx.isOpen()) await tx.rollback().catch(() => {});
        throw e;
      }
    });
    return { result, bookmarks };
  }

  private check(): number {
    if (this.budget.signal?.aborted) throw new OperationCancelledError();
    const remaining = this.budget.deadline - Date.now();
    if (remaining <= 0) throw new OperationTimeoutError(this.timeoutMs);
    if (!this.availability.up) throw new DatabaseUnavailableError();
    return remaining;
  }

  /**
   * Takes one of the operation's session slots, waiting (until its deadline or cancellation) while
   * all are held. A slot is taken synchronously, so resolvers that start together cannot all pass.
   */
  private async slot(): Promise<void> {
    if (this.held < this.budget.maxSessions) {
      this.held++;
      return;
    }
    const handedOver = await new Promise<boolean>((resolve) => {
      const timer = Number.isFinite(this.budget.deadline)
        ? setTimeout(() => resolve(false), Math.max(0, this.budget.deadline - Date.now()))
        : undefined;
      this.waiting.push((slot: boolean) => {
        if (timer) clearTimeout(timer);
        resolve(slot);
      });
    });
    if (!handedOver) {
      this.check();
      throw new OperationTimeoutError(this.timeoutMs);
    }
  }

  /** Closes the session's bookkeeping and passes its slot on. */
  private release(session: Session): void {
    if (this.open.delete(session)) this.stats.sessionsInUse--;
    this.handBack();
  }

  /** Gives a slot to the next waiter, or frees it. */
  private handBack(): void {
    const next = this.waiting.shift();
    if (next) next(true);
    else this.held--;
  }

  private abortAll(): void {
    for (const s of [...this.open]) s.close().catch(() => {});
    for (const wake of this.waiting.splice(0)) wake(false);
  }

  private async autoCommitRead(
    session: Session,
    text: string,
    params: object,
    txConfig: { timeout: number } | undefined,
  ): Promise<unknown[]> {
    const once = async (s: Session) => (await runWithoutStack(s, text, params, txConfig)).records.map((r) => toPlain(r.toObject()));
    try {
      return await once(session);
    } catch (e) {
      // (the driver's isRetriableError is unbound and throws when called on its own)
      if (!(e instanceof Neo4jError && e.retryable) || isUnavailable(e) || this.budget.signal?.aborted) throw e;
      const retry = this.driver.session({ database: this.database, defaultAccessMode: 'READ', bookmarks: [...this.budget.bookmarks] });
      try {
        return await once(retry);
      } finally {
        await retry.close().catch(() => {});
      }
    }
  }

  private async runRead(text: string, params: object): Promise<unknown[]> {
    return this.withSession('READ', (session, txConfig) => {
      this.queryCount++;
      this.stats.queries++;
      // A read is one query: as an auto-commit transaction its RUN and PULL go out in one write and
      // come back in one round trip, where executeRead adds a BEGIN and a COMMIT, a second round
      // trip and two more socket writes per query (bench/RESULTS.md, "request path"). A READ
      // session still routes to a cluster's readers; a retriable failure is tried once more.
      // Writes run in writeTransaction's explicit transaction, not executeWrite: its retry loop
      // waits about a second before giving up on an unreachable server, and a request must fail in
      // under one.
      return this.autoCommitRead(session, text, params, txConfig);
    });
  }

  /**
   * Runs `work` in a session of the operation: a session slot, the operation's bookmarks, its
   * deadline as Neo4j's transaction timeout and as a timer in JS (a query stuck before Neo4j starts
   * its clock, such as on a slow connection, ends too), and driver failures explained.
   */
  private async withSession<T>(
    mode: 'READ' | 'WRITE',
    work: (session: Session, txConfig: { timeout: number } | undefined) => Promise<T>,
  ): Promise<T> {
    this.check();
    await this.slot();
    let remaining: number;
    try {
      remaining = this.check();
    } catch (e) {
      this.handBack();
      throw e;
    }
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode, bookmarks: [...this.budget.bookmarks] });
    this.open.add(session);
    this.peakSessions = Math.max(this.peakSessions, this.open.size);
    this.stats.sessionsInUse++;
    let timer: NodeJS.Timeout | undefined;
    const expired = Number.isFinite(remaining)
      ? new Promise<never>((_, reject) => {
          timer = setTimeout(() => {
            session.close().catch(() => {});
            reject(new OperationTimeoutError(this.timeoutMs));
          }, remaining + 250);
        })
      : undefined;
    try {
      const txConfig = Number.isFinite(remaining) ? { timeout: Math.max(1, Math.ceil(remaining)) } : undefined;
      const done = work(session, txConfig);
      // If the deadline wins the race, the transaction's own failure comes later: not unhandled.
      done.catch(() => {});
      return await (expired ? Promise.race([done, expired]) : done);
    } catch (e) {
      throw this.explain(e);
    } finally {
      if (timer) clearTimeout(timer);
      this.release(session);
      session.close().catch(() => {});
    }
  }

  /** Turns a driver failure into what happened to the operation, and tells the availability probe. */
  private explain(e: unknown): unknown {
    if (this.budget.signal?.aborted) return new OperationCancelledError();
    if (e instanceof OperationTimeoutError) return e;
    if (e instanceof Neo4jError && NEO4J_TIMEOUT_CODES.test(e.code)) return new OperationTimeoutError(this.timeoutMs);
    if (Date.now() >= this.budget.deadline) return new OperationTimeoutError(this.timeoutMs);
    if (e instanceof Error && /Connection acquisition timed out/i.test(e.message)) return new PoolExhaustedError();
    if (isUnavailable(e)) {
      this.availability.reportFailure();
      return new DatabaseUnavailableError();
    }
    return e;
  }

  /** Liveness probe for /ready: answers at once while Neo4j is known down, else within timeoutMs. */
  async ping(timeoutMs = 1500): Promise<{ ok: true } | { ok: false; reason: string }> {
    if (!this.availability.up) return { ok: false, reason: 'database unavailable' };
    const ok = await this.availability.probe(timeoutMs);
    return ok ? { ok: true } : { ok: false, reason: 'database unavailable' };
  }
}

/**
 * session.run without the stack trace the driver captures and formats for every result, in case
 * the query fails (1 to 2% of the API's CPU in a profile). Errors reach clients as codes and
 * messages (errors.ts), never as stacks, so none is lost. The result is made synchronously inside
 * run, so the limit is back before anything else runs.
 */
function runWithoutStack(session: Session, text: string, params: object, txConfig: { timeout: number } | undefined) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return session.run(text, params, txConfig);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** A failure that means Neo4j cannot be reached or cannot serve (not a fault of the query). */
export function isUnavailable(e: unknown): boolean {
  if (e instanceof DatabaseUnavailableError) return true;
  if (!(e instanceof Error)) return false;
  const code = e instanceof Neo4jError ? e.code : '';
  return (
    /ServiceUnavailable|SessionExpired|DatabaseUnavailable|Neo\.TransientError\.General\.DatabaseUnavailable/.test(code) ||
    /ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ETIMEDOUT|connection.*(closed|refused|lost)|Pool is closed|Failed to connect|Database .* is unavailable/i.test(
      e.message,
    )
  );
}
