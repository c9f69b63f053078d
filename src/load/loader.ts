import { Driver } from 'neo4j-driver';
import { Executor } from './execute';
import { clientFailure } from './failure';
import { Parameterized } from './literals';
import { TransactionPlanner } from './plan';
import { ScriptReader } from './read';
import { emptySummary, formatFailure, LoadFailure, LoadProgress, LoadSummary } from './report';
import { Position, ScriptSyntaxError } from './split';

/**
 * Runs cypher-shell scripts against Neo4j, as a pipeline of five stages with explicit state:
 *
 *   read (read.ts) -> split statements (split.ts) -> plan transactions (plan.ts)
 *     -> execute (execute.ts, with prepare.ts and transaction.ts) -> report (report.ts)
 *
 * Each stage is a file with a unit test that needs no Neo4j, except execute, which is the one that
 * talks to it. One tokenizer (tokenizer.ts) reads Cypher for all of them. What a failure commits,
 * and how it compares with cypher-shell, is in execute.ts and docs/loader.md.
 */
export type { LoadFailure, LoadProgress, LoadSummary } from './report';

export interface LoadOptions {
  database?: string;
  /** Statements per transaction outside :begin/:commit blocks (default 1000). */
  batchSize?: number;
  /** EXPLAIN every statement in read-only sessions; nothing is written. */
  dryRun?: boolean;
  /** Keep going after a failure (and past script syntax errors); the summary lists every failure. */
  continueOnError?: boolean;
  /** Lift literals into parameters for plan-cache hits (default true). */
  parameterize?: boolean;
  onProgress?: (progress: LoadProgress) => void;
  onWarning?: (message: string) => void;
  /** Parameters set before the first file, each as a `:param` line would (`name => expression`). */
  params?: string[];
  /** Aborting it stops the load: the open transaction is rolled back, the summary says "stopped". */
  signal?: AbortSignal;
  /** Where `-` reads from (default: process.stdin). */
  stdin?: AsyncIterable<string | Buffer>;
  /**
   * Test hook: the function that lifts literals (default `parameterizeLiterals`). Tests pass one
   * that lifts wrongly on purpose to exercise the fallback; nothing else should set it.
   */
  liftLiterals?: (text: string) => Parameterized | null;
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

/** Loads files (or directories of them, in name order; `-` for standard input) and returns what was committed. */
export async function loadPaths(driver: Driver, paths: string[], options: LoadOptions = {}): Promise<LoadSummary> {
  const started = Date.now();
  const dryRun = options.dryRun ?? false;
  const continueOnError = options.continueOnError ?? false;
  const summary = emptySummary(dryRun);
  const reader = new ScriptReader(paths, continueOnError, options.stdin);
  const planner = new TransactionPlanner({ batchSize: Math.max(1, options.batchSize ?? 1000), dryRun });
  const executor = new Executor(driver, summary, {
    database: options.database,
    dryRun,
    continueOnError,
    parameterize: options.parameterize ?? true,
    liftLiterals: options.liftLiterals,
    warn: options.onWarning ?? (() => {}),
  });
  const interrupt = () => executor.interrupt();
  options.signal?.addEventListener('abort', interrupt);
  if (options.signal?.aborted) interrupt();
  try {
    await setParams(executor, options.params ?? []);
    await pump(reader, planner, executor, options.onProgress);
  } catch (e) {
    if (!(e instanceof ScriptSyntaxError)) throw e;
    // What came before the error is committed (cypher-shell has run it by then), an open block is not.
    await executor.finishBeforeStop();
    summary.failures.push(clientFailure(e.position, e.reason));
    summary.stopped = 'failure';
  } finally {
    options.signal?.removeEventListener('abort', interrupt);
    await executor.close();
    summary.files = reader.files;
    summary.elapsedMs = Date.now() - started;
  }
  if (summary.stopped === 'failure') throw new LoadError(summary.failures[summary.failures.length - 1], summary);
  return summary;
}

/** `--param name => expression`: as a `:param` line before the first file. */
async function setParams(executor: Executor, params: string[]): Promise<void> {
  for (const [i, args] of params.entries()) {
    await executor.run({
      op: 'param',
      item: { kind: 'command', name: 'param', args, file: '--param', line: i + 1, column: 1, endByte: 0 },
    });
  }
}

/** Moves each item through the stages; progress after each one. */
async function pump(
  reader: ScriptReader,
  planner: TransactionPlanner,
  executor: Executor,
  onProgress?: (p: LoadProgress) => void,
): Promise<void> {
  let statements = 0;
  for await (const item of reader.items()) {
    for (const step of planner.plan(item)) await executor.run(step);
    if (executor.stopped) return;
    if (item.kind === 'statement') statements++;
    onProgress?.({ file: reader.current, statements, bytesRead: reader.bytesRead, bytesTotal: reader.bytesTotal });
  }
}
