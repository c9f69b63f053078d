import neo4j, { Driver, Session } from 'neo4j-driver';
import { clientFailure, commandFailure, commandText } from './failure';
import { Parameterized } from './literals';
import { Step } from './plan';
import { Prepared, StatementPreparer } from './prepare';
import { addCounters, LoadFailure, LoadSummary } from './report';
import { CommandItem, StatementItem } from './split';
import { runsInnerTransactions } from './statement';
import { Buffered, countersOf, Failed, OpenTransaction, outcomeOf } from './transaction';

/**
 * Stage 4 of the loader: runs the planned steps against Neo4j and keeps the summary.
 *
 * Failure semantics (as cypher-shell's, at batch speed): when a statement of an implicit batch
 * fails, the batch is rolled back, the statements before the failing one are sent again in one
 * transaction and committed, and the failure is reported: so everything before it is committed,
 * as when cypher-shell runs each statement on its own. Then the load stops or, with
 * `continueOnError`, goes on with the statement after it. A `:begin` block stays all-or-nothing: a
 * failure in it rolls back the whole block (with `continueOnError`, the rest of the block is
 * skipped). A failed commit (rare: Neo4j refused the transaction as a whole) replays the batch one
 * statement per transaction, as cypher-shell would have run it.
 *
 * Safety net for the literal lifting: when a lifted statement fails only because of the lift, its
 * transaction (already rolled back) is sent again with that shape as written (see prepare.ts).
 */
export interface ExecuteOptions {
  database?: string;
  dryRun: boolean;
  continueOnError: boolean;
  parameterize: boolean;
  liftLiterals?: (text: string) => Parameterized | null;
  warn: (message: string) => void;
}

export class Executor {
  /** The load stops: a failure without continueOnError, or an interruption. */
  stopped = false;
  private database: string | undefined;
  private session: Session;
  private params: Record<string, unknown> = {};
  private open: OpenTransaction | null = null;
  /** A :begin block failed (continueOnError): its remaining statements are skipped up to its end. */
  private deadBlock = false;
  private readonly prep: StatementPreparer;

  constructor(
    private readonly driver: Driver,
    readonly summary: LoadSummary,
    private readonly options: ExecuteOptions,
  ) {
    this.database = options.database;
    this.session = this.openSession();
    this.prep = new StatementPreparer(driver, {
      dryRun: options.dryRun,
      parameterize: options.parameterize,
      liftLiterals: options.liftLiterals,
      warn: options.warn,
    });
  }

  async run(step: Step): Promise<void> {
    if (this.stopped) return;
    switch (step.op) {
      case 'run':
        if (step.into === 'alone') return this.alone(step.item);
        return this.send({ item: step.item, params: this.params }, step.into);
      case 'commit':
        await this.commit();
        if (step.block) this.deadBlock = false; // the end of a failed block: what follows runs again
        return;
      case 'begin':
        this.deadBlock = false;
        this.open = new OpenTransaction(this.session.beginTransaction(), 'block');
        return;
      case 'rollback':
        await this.rollback();
        this.deadBlock = false;
        if (step.failure) this.fail(step.failure);
        return;
      case 'param':
        return this.param(step.item);
      case 'use':
        return this.use(step.database);
      case 'fail':
        return this.fail(step.failure);
    }
  }

  /** Stops the load: what is open is rolled back by close(). */
  interrupt(): void {
    this.stopped = true;
    this.summary.stopped ??= 'signal';
  }

  /** Rolls back what is still open (a stop, an interruption) and closes the session. */
  async close(): Promise<void> {
    await this.rollback();
    await this.session.close().catch(() => {});
  }

  /** Before a stop at a script syntax error: what came before it is committed, unless it is in a block. */
  async finishBeforeStop(): Promise<void> {
    if (this.open?.kind === 'batch') await this.commit();
  }

  private openSession(): Session {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: this.options.dryRun ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  private fail(failure: LoadFailure): void {
    this.summary.failures.push(failure);
    if (!this.options.continueOnError) {
      this.stopped = true;
      this.summary.stopped = 'failure';
    }
  }

  /** Sends a statement into the open transaction (a new batch when none is open). `again`: a replay. */
  private async send(b: Buffered, into: 'batch' | 'block', again = false): Promise<void> {
    if (this.stopped || this.deadBlock) return;
    const p = this.prep.prepare(b.item, b.params, again);
    this.open ??= new OpenTransaction(this.session.beginTransaction(), into);
    this.open.send(b, p);
    if (!this.open.full) return;
    const failed = await this.open.settle();
    if (failed) await this.recover(failed);
  }

  private async commit(): Promise<void> {
    // A recovery may leave a transaction open again (the statements after a failure): commit that one too.
    while (this.open && !this.stopped) {
      const open = this.open;
      const failed = await open.settle();
      if (failed) {
        await this.recover(failed);
        continue;
      }
      this.open = null;
      try {
        await (this.options.dryRun ? open.tx.rollback() : open.tx.commit());
      } catch (e) {
        await this.commitFailed(open, e);
        continue;
      }
      this.account(open.statements, open.counters);
    }
  }

  private account(statements: number, counters: Partial<LoadSummary['counters']>): void {
    addCounters(this.summary.counters, counters);
    this.summary.statements += statements;
    this.summary.transactions++;
  }

  private async rollback(): Promise<void> {
    const open = this.open;
    this.open = null;
    if (open) await open.tx.rollback().catch(() => {});
  }

  /** The open transaction failed at one statement: roll back, then replay, keep the part before it, skip or stop. */
  private async recover(failed: Failed): Promise<void> {
    const open = this.open!;
    await this.rollback();
    if (this.stopped) return;
    if (await this.prep.liftedWrongly(failed.prepared, failed.error, this.database)) return this.resend(open, failed);
    const failure = await this.prep.describe(failed.prepared, failed.error, this.database);
    if (open.kind === 'block') {
      this.fail(failure); // a block is all-or-nothing
      this.deadBlock = true;
      return;
    }
    await this.keep(open.kept.slice(0, failed.index));
    this.fail(failure);
    for (const b of open.kept.slice(failed.index + 1)) await this.send(b, 'batch', true);
  }

  /** After a wrong lift: the same statements again, that shape now as written. */
  private async resend(open: OpenTransaction, failed: Failed): Promise<void> {
    if (!open.replayable) {
      const failure = await this.prep.describe(failed.prepared, failed.error, this.database);
      failure.message += ' (the :begin block is too large to replay with this statement as written; load it with --no-parameterize)';
      this.fail(failure);
      this.deadBlock = true;
      return;
    }
    if (open.kind === 'block') this.open = new OpenTransaction(this.session.beginTransaction(), 'block');
    for (const b of open.kept) await this.send(b, open.kind, true);
  }

  /** Commits the statements that came before a failure, in one transaction (in a dry run they were checked already). */
  private async keep(before: Buffered[]): Promise<void> {
    if (before.length === 0) return;
    if (this.options.dryRun) {
      this.summary.statements += before.length;
      return;
    }
    for (const b of before) await this.send(b, 'batch', true);
    await this.commit();
  }

  /** Neo4j refused the commit itself: replay the batch one statement per transaction to find the failing one. */
  private async commitFailed(open: OpenTransaction, error: unknown): Promise<void> {
    const first = open.kept[0];
    if (open.kind === 'block' || !first) {
      if (first) return this.fail(await this.prep.describe(this.prep.prepare(first.item, first.params, true), error, this.database));
      return this.fail(clientFailure({ file: '?', line: 0, column: 0 }, `the commit failed: ${(error as Error).message ?? error}`));
    }
    for (const b of open.kept) {
      await this.send(b, 'batch', true);
      await this.commit();
      if (this.stopped) return;
    }
  }

  /** A statement Neo4j runs only in auto-commit: alone, after what is open is committed. */
  private async alone(item: StatementItem): Promise<void> {
    await this.commit();
    if (this.stopped) return;
    let p: Prepared = this.prep.prepare(item, this.params);
    let o = await outcomeOf(this.session, p);
    // A statement that commits inner transactions is rerun only after an error raised before it ran anything.
    if (!o.ok && (await this.prep.liftedWrongly(p, o.error, this.database, runsInnerTransactions(item.text)))) {
      p = this.prep.prepare(item, this.params, true);
      o = await outcomeOf(this.session, p);
    }
    if (o.ok) this.account(1, countersOf(o.summary));
    else this.fail(await this.prep.describe(p, o.error, this.database));
  }

  /** `:param name => expr`, `:param name: expr`, `:param {map}`, `:params {map}`, `... clear`. */
  private async param(item: CommandItem): Promise<void> {
    if (item.name === 'params' && item.args === '') return; // lists the parameters in cypher-shell; nothing to do here
    if (/^clear$/i.test(item.args)) {
      this.params = {};
      return;
    }
    if (item.args.startsWith('{')) return this.paramMap(item);
    const m = /^(`[^`]+`|[A-Za-z_][A-Za-z0-9_]*)\s*(=>|:)\s*([\s\S]+)$/.exec(item.args);
    if (!m || item.name === 'params') {
      return this.fail(clientFailure(item, 'expected ":param name => expression" or ":param {name: expression, ...}"', commandText(item)));
    }
    const value = await this.evaluate(item, m[3]);
    if (value !== undefined) this.params = { ...this.params, [m[1].replace(/^`|`$/g, '')]: value };
  }

  private async paramMap(item: CommandItem): Promise<void> {
    const value = await this.evaluate(item, item.args);
    if (value === undefined) return;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return this.fail(clientFailure(item, 'a parameter map is needed, such as :params {a: 1}', commandText(item)));
    }
    this.params = { ...this.params, ...(value as Record<string, unknown>) };
  }

  /** Evaluates a :param expression read-only, in a session of its own: it never writes, and never joins the open transaction. */
  private async evaluate(item: CommandItem, expr: string): Promise<unknown> {
    try {
      const res = await this.driver.executeQuery(`RETURN ${expr} AS value`, this.params, {
        database: this.database,
        routing: neo4j.routing.READ,
      });
      return res.records[0]?.get('value') ?? null;
    } catch (e) {
      this.fail(commandFailure(item, e));
      return undefined;
    }
  }

  private async use(database: string): Promise<void> {
    await this.commit();
    await this.session.close();
    this.database = database;
    this.session = this.openSession();
  }
}
