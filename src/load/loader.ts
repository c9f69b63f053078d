import fs from 'node:fs';
import path from 'node:path';
import neo4j, { Driver, Neo4jError, ResultSummary, Session, Transaction } from 'neo4j-driver';
import { CommandItem, parseStream, Position, ScriptItem, StatementItem } from './parser';
import { modernizeSchema, needsAutoCommit, Parameterized, parameterizeLiterals, runsInnerTransactions } from './statement';

/**
 * Runs cypher-shell scripts against Neo4j.
 *
 * Transactions: an explicit :begin/:commit block is one transaction. Other statements are grouped
 * into transactions of `batchSize` statements (and at most BATCH_BYTES of text); a file's end
 * commits. Statements Neo4j accepts only in auto-commit (schema commands, CALL ... IN
 * TRANSACTIONS, ...) first commit what is open, then run alone.
 *
 * Speed: the statements of a transaction are pipelined (sent without waiting for each answer; the
 * answers are checked in order) and their literals are lifted into parameters (see statement.ts).
 *
 * Failure: the first failing statement rolls back its whole transaction and stops the load with a
 * LoadError (file:line:column, excerpt, Neo4j's code and message); earlier transactions stay
 * committed. With `continueOnError` the failed batch is replayed one statement per transaction
 * so that every good statement lands and every bad one is reported; a failed :begin block is
 * skipped as a whole.
 *
 * Safety net for the literal lifting: when a lifted statement fails with a syntax, semantic,
 * missing-parameter or type error and the statement as written passes EXPLAIN, the lift was wrong,
 * not the statement. Its transaction (already rolled back) is replayed with that statement's shape
 * sent as written from then on, with one warning naming file:line; nothing is reported as failed.
 */
export interface LoadOptions {
  database?: string;
  /** Statements per transaction outside :begin/:commit blocks (default 1000). */
  batchSize?: number;
  /** EXPLAIN every statement in read-only sessions; nothing is written. */
  dryRun?: boolean;
  /** Keep going after a failure; the summary lists every failure. */
  continueOnError?: boolean;
  /** Lift literals into parameters for plan-cache hits (default true). */
  parameterize?: boolean;
  onProgress?: (progress: LoadProgress) => void;
  onWarning?: (message: string) => void;
  /**
   * Test hook: the function that lifts literals (default `parameterizeLiterals`). Tests pass one
   * that lifts wrongly on purpose to exercise the fallback; nothing else should set it.
   */
  liftLiterals?: (text: string) => Parameterized | null;
}

export interface LoadProgress {
  file: string;
  statements: number;
  /** Bytes read so far, over all files. */
  bytesRead: number;
  /** Size of all files together. */
  bytesTotal: number;
}

export interface LoadCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  labelsAdded: number;
  labelsRemoved: number;
  indexesAdded: number;
  indexesRemoved: number;
  constraintsAdded: number;
  constraintsRemoved: number;
}

export interface LoadFailure extends Position {
  /** The statement (or client command) in one line, shortened. */
  excerpt: string;
  /** Neo4j's status code, when Neo4j refused it. */
  code?: string;
  message: string;
}

export interface LoadSummary {
  files: string[];
  /** Statements that ran in committed transactions (checked ones, in a dry run). */
  statements: number;
  transactions: number;
  counters: LoadCounters;
  elapsedMs: number;
  dryRun: boolean;
  failures: LoadFailure[];
}

export class LoadError extends Error {
  override name = 'LoadError';
  constructor(
    readonly failure: LoadFailure,
    readonly summary: LoadSummary,
  ) {
    super(formatFailure(failure));
  }
  get position(): Position {
    return { file: this.failure.file, line: this.failure.line, column: this.failure.column };
  }
}

/** file:line:column: code: message, then the statement's excerpt on the next line. */
export function formatFailure(f: LoadFailure): string {
  return `${f.file}:${f.line}:${f.column}: ${f.code ? `${f.code}: ` : ''}${f.message}${f.excerpt ? `\n  in: ${f.excerpt}` : ''}`;
}

export function emptyCounters(): LoadCounters {
  return {
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    propertiesSet: 0,
    labelsAdded: 0,
    labelsRemoved: 0,
    indexesAdded: 0,
    indexesRemoved: 0,
    constraintsAdded: 0,
    constraintsRemoved: 0,
  };
}

function addCounters(into: LoadCounters, updates: Record<string, number>): void {
  for (const key of Object.keys(into) as (keyof LoadCounters)[]) into[key] += updates[key] ?? 0;
}

/** Expands directories into their .cypher files, in name order. */
export function expandPaths(paths: string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      throw new Error(`${p}: no such file or directory`);
    }
    if (stat.isDirectory()) {
      const names = fs
        .readdirSync(p)
        .filter((n) => n.endsWith('.cypher'))
        .sort();
      files.push(...names.map((n) => path.join(p, n)));
    } else {
      files.push(p);
    }
  }
  return files;
}

export function excerptOf(text: string, max = 160): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 3)}...` : oneLine;
}

/** Maps Neo4j's "(line L, column C (offset: O))" inside a statement to the file's line and column. */
function positionInFile(item: Position, message: string, shift: number): Position {
  const m = /\(line (\d+), column (\d+) \(offset: \d+\)\)/.exec(message);
  if (!m) return { file: item.file, line: item.line, column: item.column };
  const l = Number(m[1]);
  const c = l === 1 ? Math.max(1, Number(m[2]) - shift) : Number(m[2]);
  return { file: item.file, line: item.line + l - 1, column: l === 1 ? item.column + c - 1 : c };
}

/** `shift`: characters put before the statement's first line when it ran (such as "EXPLAIN "). */
function failureOf(item: ScriptItem, e: unknown, shift = 0): LoadFailure {
  const code = e instanceof Neo4jError && e.code ? e.code : undefined;
  const message = (e instanceof Error ? e.message : String(e)).split('\n')[0];
  const text = item.kind === 'statement' ? item.text : `:${item.name} ${item.args}`;
  return { ...positionInFile(item, message, shift), excerpt: excerptOf(text), code, message };
}

const EXPLAIN = 'EXPLAIN ';

function clientFailure(item: Position & { kind?: string }, message: string, excerpt = ''): LoadFailure {
  return { file: item.file, line: item.line, column: item.column, excerpt, message };
}

/** A transaction is also committed once its statements add up to this much text. */
const BATCH_BYTES = 4 * 1024 * 1024;
/** Statements (and bytes of statement text) sent ahead before their answers are checked. */
const PIPELINE = 256;
const PIPELINE_BYTES = 1024 * 1024;
/** A :begin block's statements are kept for a replay up to this much text (implicit batches are bounded by BATCH_BYTES). */
const BLOCK_REPLAY_BYTES = BATCH_BYTES;

interface Pending {
  item: StatementItem;
  query: string;
  params: Record<string, unknown>;
  /** The :param values it ran with (without the lifted literals). */
  scriptParams: Record<string, unknown>;
  /** The lifted text, when its literals were lifted (the statement's shape). */
  shape?: string;
}
/** A statement of the open transaction, kept to replay it: its text and the :param values of its time. */
interface Buffered {
  item: StatementItem;
  params: Record<string, unknown>;
}
const LIFT_ERROR = /^Neo\.ClientError\.Statement\.(SyntaxError|SemanticError|ParameterMissing|TypeError)$/;
/** Errors raised before anything runs (a statement that commits inner transactions may only be rerun after one of these). */
const COMPILE_ERROR = /^Neo\.ClientError\.Statement\.(SyntaxError|SemanticError|ParameterMissing)$/;
type Outcome = { ok: true; summary: ResultSummary } | { ok: false; error: unknown };
interface InFlight {
  pending: Pending;
  outcome: Promise<Outcome>;
}

class Abort extends Error {}

/** Loads files (or directories of them, in name order) and returns Neo4j's counters. */
export async function loadPaths(driver: Driver, paths: string[], options: LoadOptions = {}): Promise<LoadSummary> {
  const started = Date.now();
  const files = expandPaths(paths);
  const batchSize = Math.max(1, options.batchSize ?? 1000);
  const dryRun = options.dryRun ?? false;
  const parameterize = options.parameterize ?? true;
  const liftLiterals = options.liftLiterals ?? parameterizeLiterals;
  /** Shapes (lifted texts) Neo4j refused although the statement as written is fine: sent as written. */
  const unliftable = new Set<string>();
  const summary: LoadSummary = { files, statements: 0, transactions: 0, counters: emptyCounters(), elapsedMs: 0, dryRun, failures: [] };
  const warn = options.onWarning ?? (() => {});
  const bytesTotal = files.reduce((sum, f) => sum + fs.statSync(f).size, 0);
  let bytesBefore = 0;
  let sent = 0;

  let database = options.database;
  let params: Record<string, unknown> = {};
  const openSession = (): Session => driver.session({ database, defaultAccessMode: dryRun ? neo4j.session.READ : neo4j.session.WRITE });
  let session = openSession();

  // The open transaction and what it holds.
  let tx: Transaction | null = null;
  let block: CommandItem | null = null; // the :begin of an open explicit block
  let skipBlock = false; // continue-on-error: the block failed, skip to its :commit
  let buffer: Buffered[] = []; // the open transaction's statements (for a replay)
  let bufferBytes = 0;
  let replayable = true; // false once a :begin block outgrew BLOCK_REPLAY_BYTES (only its first statement is kept)
  let inflight: InFlight[] = [];
  let inflightBytes = 0;
  let txStatements = 0;
  let txBytes = 0;
  let txCounters = emptyCounters();

  const resetTx = () => {
    tx = null;
    buffer = [];
    bufferBytes = 0;
    replayable = true;
    inflight = [];
    inflightBytes = 0;
    txStatements = 0;
    txBytes = 0;
    txCounters = emptyCounters();
  };

  /** `at`: the :param values the statement runs with; `again`: a replay (its warnings were given). */
  const prepare = (item: StatementItem, at: Record<string, unknown> = params, again = false): Pending => {
    let text = item.text;
    const modern = modernizeSchema(text);
    if (modern) {
      if (!again) warn(`${item.file}:${item.line}:${item.column}: Neo4j 5 no longer accepts this schema syntax; running it as: ${modern}`);
      text = modern;
    }
    if (dryRun) return { item, query: `${EXPLAIN}${text}`, params: at, scriptParams: at };
    const lifted = parameterize && !modern ? liftLiterals(text) : null;
    if (!lifted || unliftable.has(lifted.text)) return { item, query: text, params: at, scriptParams: at };
    return { item, query: lifted.text, params: { ...at, ...lifted.params }, scriptParams: at, shape: lifted.text };
  };

  /**
   * True when `p` failed only because its literals were lifted: a lift-class error, and the text as
   * written passes EXPLAIN. Its shape is then sent as written from now on, with one warning.
   * `compileOnly`: accept only errors raised before anything ran.
   */
  const liftedWrongly = async (p: Pending, error: unknown, compileOnly = false): Promise<boolean> => {
    if (!p.shape || !(error instanceof Neo4jError) || !(compileOnly ? COMPILE_ERROR : LIFT_ERROR).test(error.code)) return false;
    const s = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      await s.run(`${EXPLAIN}${p.item.text}`, p.scriptParams);
    } catch {
      return false;
    } finally {
      await s.close();
    }
    unliftable.add(p.shape);
    warn(
      `${p.item.file}:${p.item.line}:${p.item.column}: Neo4j refused this statement with its literals sent as parameters (${error.code}: ${error.message.split('\n')[0]}); ` +
        'it runs as written, as do statements of the same shape from here on',
    );
    return true;
  };

  // summary() discards the rows a statement returns instead of keeping them: memory stays flat.
  const outcomeOf = (runner: Session | Transaction, p: Pending): Promise<Outcome> =>
    runner.run(p.query, p.params).summary().then(
      (summary) => ({ ok: true as const, summary }),
      (error: unknown) => ({ ok: false as const, error }),
    );

  /** A failure's message as Neo4j gives it for the statement as written (positions included). */
  const describe = async (p: Pending, error: unknown): Promise<LoadFailure> => {
    const rewritten = p.query !== p.item.text;
    const aboutText = error instanceof Neo4jError && /^Neo\.ClientError\.Statement\.(SyntaxError|SemanticError|ParameterMissing)/.test(error.code);
    if (!rewritten || !aboutText) return failureOf(p.item, error, dryRun ? EXPLAIN.length : 0);
    // It ran rewritten (lifted literals, EXPLAIN): ask Neo4j about the text as written.
    const s = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      await s.run(`${EXPLAIN}${modernizeSchema(p.item.text) ?? p.item.text}`, params);
      return failureOf(p.item, error);
    } catch (e) {
      return failureOf(p.item, e, EXPLAIN.length);
    } finally {
      await s.close();
    }
  };

  const fail = async (failure: LoadFailure): Promise<void> => {
    summary.failures.push(failure);
    if (!options.continueOnError) throw new Abort();
  };

  /** Checks the answers of everything sent so far, in order; returns the first failure. */
  const settle = async (): Promise<{ pending: Pending; error: unknown } | null> => {
    const list = inflight;
    inflight = [];
    inflightBytes = 0;
    for (let i = 0; i < list.length; i++) {
      const o = await list[i].outcome;
      if (!o.ok) {
        await Promise.all(list.slice(i + 1).map((f) => f.outcome)); // let the rest drain
        return { pending: list[i].pending, error: o.error };
      }
      addCounters(txCounters, o.summary.counters.updates() as unknown as Record<string, number>);
    }
    return null;
  };

  /** Runs each statement in a transaction of its own (continue-on-error after a failed batch). */
  const replay = async (items: Buffered[]): Promise<void> => {
    for (const b of items) {
      for (;;) {
        const p = prepare(b.item, b.params, true);
        const one = session.beginTransaction();
        const o = await outcomeOf(one, p);
        if (o.ok) {
          await (dryRun ? one.rollback() : one.commit());
          addCounters(summary.counters, o.summary.counters.updates() as unknown as Record<string, number>);
          summary.statements++;
          summary.transactions++;
          break;
        }
        await one.rollback().catch(() => {});
        if (await liftedWrongly(p, o.error)) continue; // once more, as written
        summary.failures.push(await describe(p, o.error));
        break;
      }
    }
  };

  /** The open transaction failed at `pending`: roll it back, then replay it (a wrong lift), stop, skip or replay one by one. */
  const txFailed = async (pending: Pending, error: unknown): Promise<void> => {
    const open = tx as Transaction | null;
    const items = buffer;
    const complete = replayable;
    const inBlock = block !== null && !dryRun;
    resetTx();
    if (open) await open.rollback().catch(() => {});
    if (await liftedWrongly(pending, error)) {
      if (complete) {
        // Nothing of it remains: send it again, that shape now as written (the same statements, the same boundaries).
        for (const b of items) await runStatement(b.item, b.params, true);
        return;
      }
      // Only a :begin block larger than BLOCK_REPLAY_BYTES gets here.
      const failure = await describe(pending, error);
      failure.message += ' (the :begin block is too large to replay with this statement as written; load it with --no-parameterize)';
      await fail(failure);
      skipBlock = true;
      return;
    }
    if (!options.continueOnError) await fail(await describe(pending, error));
    if (inBlock) {
      summary.failures.push(await describe(pending, error));
      skipBlock = true;
    } else {
      await replay(items);
    }
  };

  const commit = async (): Promise<void> => {
    // A replay after a wrong lift leaves the transaction open again, with the same statements: commit that one.
    for (;;) {
      const open = tx as Transaction | null;
      if (!open) return;
      const failed = await settle();
      if (failed) {
        await txFailed(failed.pending, failed.error);
        continue;
      }
      try {
        await (dryRun ? open.rollback() : open.commit());
      } catch (e) {
        const first = buffer[0];
        if (!first) throw e;
        await txFailed(prepare(first.item, first.params, true), e);
        continue;
      }
      addCounters(summary.counters, txCounters as unknown as Record<string, number>);
      summary.statements += txStatements;
      summary.transactions++;
      resetTx();
      return;
    }
  };

  /** `at`: the :param values of the statement's time; `again`: a replay (not counted as sent again). */
  const runStatement = async (item: StatementItem, at: Record<string, unknown> = params, again = false): Promise<void> => {
    if (skipBlock) return;
    let p = prepare(item, at, again);
    if (!again) sent++;
    const inBlock = block !== null && !dryRun;
    if (!inBlock && needsAutoCommit(p.item.text)) {
      await commit();
      let o = await outcomeOf(session, p);
      // A statement that commits inner transactions is rerun only after an error raised before it ran anything.
      if (!o.ok && (await liftedWrongly(p, o.error, runsInnerTransactions(p.item.text)))) {
        p = prepare(item, at, true);
        o = await outcomeOf(session, p);
      }
      if (o.ok) {
        addCounters(summary.counters, o.summary.counters.updates() as unknown as Record<string, number>);
        summary.statements++;
        summary.transactions++;
      } else {
        await fail(await describe(p, o.error));
      }
      return;
    }
    tx ??= session.beginTransaction();
    inflight.push({ pending: p, outcome: outcomeOf(tx, p) });
    // Kept for a replay: after a wrong lift, or one statement per transaction with continue-on-error.
    if (replayable) {
      buffer.push({ item, params: at });
      bufferBytes += item.text.length;
      if (inBlock && bufferBytes > BLOCK_REPLAY_BYTES) {
        replayable = false;
        buffer.length = 1; // the first statement still names a failed commit
      }
    }
    txStatements++;
    txBytes += p.item.text.length;
    inflightBytes += p.item.text.length;
    if (inflight.length >= PIPELINE || inflightBytes >= PIPELINE_BYTES) {
      const failed = await settle();
      if (failed) return txFailed(failed.pending, failed.error);
    }
    if (!inBlock && (txStatements >= batchSize || txBytes >= BATCH_BYTES)) await commit();
  };

  const evaluate = async (item: CommandItem, expr: string): Promise<unknown> => {
    // Read-only, in a session of its own: a :param can never write, and never joins the open transaction.
    try {
      const res = await driver.executeQuery(`RETURN ${expr} AS value`, params, { database, routing: neo4j.routing.READ });
      return res.records[0]?.get('value') ?? null;
    } catch (e) {
      await fail(failureOf(item, e));
      return undefined;
    }
  };

  const runCommand = async (item: CommandItem): Promise<void> => {
    const where = `${item.file}:${item.line}:${item.column}`;
    const text = `:${item.name}${item.args ? ` ${item.args}` : ''}`;
    switch (item.name) {
      case 'begin':
        if (block) return fail(clientFailure(item, `:begin while the block opened at line ${block.line} is still open`, text));
        await commit();
        block = item;
        skipBlock = false;
        if (dryRun) return; // a dry run checks statements one batch at a time anyway
        tx = session.beginTransaction();
        return;
      case 'commit':
      case 'rollback': {
        if (!block) return fail(clientFailure(item, `:${item.name} without :begin`, text));
        if (!skipBlock) {
          if (item.name === 'commit' || dryRun) await commit();
          else {
            const open = tx as Transaction | null;
            resetTx();
            if (open) await open.rollback();
          }
        }
        block = null;
        skipBlock = false;
        return;
      }
      case 'param': {
        // cypher-shell forms: `:param name => expr`, the older `:param name: expr`, `:param {map}`, `:param clear`.
        if (/^clear$/i.test(item.args)) {
          params = {};
          return;
        }
        if (item.args.startsWith('{')) return setParams(item, item.args);
        const m = /^(`[^`]+`|[A-Za-z_][A-Za-z0-9_]*)\s*(=>|:)\s*([\s\S]+)$/.exec(item.args);
        if (!m) return fail(clientFailure(item, 'expected ":param name => expression" or ":param {name: expression, ...}"', text));
        const value = await evaluate(item, m[3]);
        if (value !== undefined) params = { ...params, [m[1].replace(/^`|`$/g, '')]: value };
        return;
      }
      case 'params':
        if (item.args === '') return; // lists the parameters in cypher-shell; nothing to do here
        if (/^clear$/i.test(item.args)) {
          params = {};
          return;
        }
        return setParams(item, item.args);
      case 'use': {
        const name = item.args.replace(/^`|`$/g, '');
        if (block) return fail(clientFailure(item, ':use inside a :begin block', text));
        if (!/^[A-Za-z0-9.\-_]+$/.test(name)) return fail(clientFailure(item, `${where}: ":use" needs a database name`, text));
        await commit();
        await session.close();
        database = name;
        session = openSession();
        return;
      }
    }
  };

  const setParams = async (item: CommandItem, expr: string): Promise<void> => {
    const value = await evaluate(item, expr);
    if (value === undefined) return;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return fail(clientFailure(item, 'a parameter map is needed, such as :params {a: 1}', `:${item.name} ${item.args}`));
    }
    params = { ...params, ...(value as Record<string, unknown>) };
  };

  try {
    for (const file of files) {
      const stream = fs.createReadStream(file, { highWaterMark: 256 * 1024 });
      let item: ScriptItem | undefined;
      for await (item of parseStream(stream, file)) {
        if (item.kind === 'command') await runCommand(item);
        else await runStatement(item);
        options.onProgress?.({ file, statements: sent, bytesRead: bytesBefore + item.bytesRead, bytesTotal });
      }
      const open = block as CommandItem | null;
      if (open) {
        block = null;
        skipBlock = false;
        const t = tx as Transaction | null;
        resetTx();
        if (t) await t.rollback().catch(() => {});
        await fail(clientFailure(open, 'this :begin block is never closed by :commit before the end of the file; it was rolled back', ':begin'));
      }
      await commit();
      bytesBefore += fs.statSync(file).size;
      options.onProgress?.({ file, statements: sent, bytesRead: bytesBefore, bytesTotal });
    }
  } catch (e) {
    const open = tx as Transaction | null;
    if (open) await open.rollback().catch(() => {});
    summary.elapsedMs = Date.now() - started;
    if (e instanceof Abort) throw new LoadError(summary.failures[summary.failures.length - 1], summary);
    if (e && typeof e === 'object' && 'position' in e && e instanceof Error && e.name === 'ScriptSyntaxError') {
      const pos = (e as unknown as { position: Position; reason: string }).position;
      const failure = clientFailure(pos, (e as unknown as { reason: string }).reason);
      summary.failures.push(failure);
      throw new LoadError(failure, summary);
    }
    throw e;
  } finally {
    await session.close();
  }
  summary.elapsedMs = Date.now() - started;
  return summary;
}
