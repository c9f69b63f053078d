import fs from 'node:fs';
import path from 'node:path';
import { Driver, ManagedTransaction, Neo4jError, Session, Transaction } from 'neo4j-driver';
import { CommandItem, parseStream, Position, ScriptItem, ScriptSyntaxError, StatementItem } from './parser';

/**
 * Runs cypher-shell scripts against Neo4j. Statements are grouped into transactions of
 * `batchSize`; an explicit :begin/:commit block is one transaction; statements that Neo4j only
 * accepts in an auto-commit transaction (schema commands, CALL ... IN TRANSACTIONS) run alone.
 * The first failure rolls back the transaction it was in and stops the load.
 */
export interface LoadOptions {
  database?: string;
  /** Statements per transaction outside :begin/:commit blocks. */
  batchSize?: number;
  onProgress?: (progress: LoadProgress) => void;
}

export interface LoadProgress {
  file: string;
  statements: number;
  bytesRead: number;
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

export interface LoadSummary {
  files: string[];
  statements: number;
  transactions: number;
  counters: LoadCounters;
  elapsedMs: number;
}

export class LoadError extends Error {
  override name = 'LoadError';
  constructor(
    message: string,
    readonly position: Position,
    readonly excerpt: string,
    readonly neo4jCode?: string,
  ) {
    super(message);
  }
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

/** Expands directories into their .cypher files, in name order. */
export function expandPaths(paths: string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      const names = fs.readdirSync(p).filter((n) => n.endsWith('.cypher')).sort();
      files.push(...names.map((n) => path.join(p, n)));
    } else {
      files.push(p);
    }
  }
  return files;
}

/** Strips comments so that statement kinds can be recognised by their first words. */
export function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, ' ').trim();
}

const AUTO_COMMIT = [
  /^(CREATE|DROP)\s+(OR\s+REPLACE\s+)?(RANGE\s+|TEXT\s+|POINT\s+|LOOKUP\s+|FULLTEXT\s+|VECTOR\s+|BTREE\s+)?(INDEX|CONSTRAINT)\b/i,
  /^(CREATE|DROP|ALTER|START|STOP)\s+(DATABASE|ALIAS|COMPOSITE\s+DATABASE|USER|ROLE|SERVER)\b/i,
  /^(GRANT|DENY|REVOKE)\b/i,
  /^USING\s+PERIODIC\s+COMMIT\b/i,
  /\bIN\s+(\d+\s+|\$\w+\s+)?(CONCURRENT\s+)?TRANSACTIONS\b/i,
  /^CALL\s+db\.(awaitIndex|awaitIndexes|index\.fulltext\.awaitEventuallyConsistentIndexRefresh)\b/i,
];

/** True for statements Neo4j runs only in an auto-commit transaction (or that must see committed schema). */
export function needsAutoCommit(statement: string): boolean {
  const text = stripComments(statement);
  return AUTO_COMMIT.some((re) => re.test(text));
}

function addCounters(into: LoadCounters, updates: Record<string, number>): void {
  for (const key of Object.keys(into) as (keyof LoadCounters)[]) into[key] += updates[key] ?? 0;
}

function excerptOf(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 160 ? `${oneLine.slice(0, 157)}...` : oneLine;
}

function failure(item: ScriptItem, e: unknown): LoadError {
  const code = e instanceof Neo4jError ? e.code : undefined;
  const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
  const text = item.kind === 'statement' ? item.text : `:${item.name} ${item.args}`;
  return new LoadError(`${item.file}:${item.line}:${item.column}: ${code ? `${code}: ` : ''}${msg}`, item, excerptOf(text), code);
}

type Runner = Session | Transaction | ManagedTransaction;

/** Loads files (or directories of them, in name order) and returns Neo4j's counters. */
export async function loadPaths(driver: Driver, paths: string[], options: LoadOptions = {}): Promise<LoadSummary> {
  const started = Date.now();
  const files = expandPaths(paths);
  const batchSize = Math.max(1, options.batchSize ?? 500);
  const summary: LoadSummary = { files, statements: 0, transactions: 0, counters: emptyCounters(), elapsedMs: 0 };
  let database = options.database;
  let params: Record<string, unknown> = {};
  let session = driver.session({ database });
  let tx: Transaction | null = null;
  let explicit = false;
  let pending = 0;

  const commit = async () => {
    if (tx) {
      await tx.commit();
      summary.transactions++;
    }
    tx = null;
    pending = 0;
  };
  const run = async (runner: Runner, item: StatementItem) => {
    const res = await runner.run(item.text, params);
    addCounters(summary.counters, res.summary.counters.updates() as unknown as Record<string, number>);
    summary.statements++;
  };
  const evaluate = async (expr: string): Promise<unknown> => {
    // Kept as driver values (Integer stays Integer) so that `LIMIT $n` still gets an integer.
    const res = await session.run(`RETURN ${expr} AS value`, params);
    return res.records[0]?.get('value') ?? null;
  };

  try {
    for (const file of files) {
      const bytesTotal = fs.statSync(file).size;
      const stream = fs.createReadStream(file, { highWaterMark: 256 * 1024 });
      let item: ScriptItem | undefined;
      try {
        for await (item of parseStream(stream, file)) {
          if (item.kind === 'command') {
            await handleCommand(item);
          } else if (!explicit && needsAutoCommit(item.text)) {
            await commit();
            await run(session, item);
            summary.transactions++;
          } else {
            tx ??= session.beginTransaction();
            await run(tx, item);
            pending++;
            if (!explicit && pending >= batchSize) await commit();
          }
          options.onProgress?.({ file, statements: summary.statements, bytesRead: item.bytesRead, bytesTotal });
        }
      } catch (e) {
        if (e instanceof ScriptSyntaxError || e instanceof LoadError) throw e;
        throw failure(item ?? { kind: 'statement', text: '', file, line: 1, column: 1, bytesRead: 0 }, e);
      }
    }
    if (explicit) throw new LoadError(`${files[files.length - 1]}: a :begin block was never closed by :commit`, { file: files[files.length - 1], line: 0, column: 0 }, '');
    await commit();
  } catch (e) {
    const open = tx as Transaction | null;
    if (open) await open.rollback().catch(() => {});
    throw e;
  } finally {
    await session.close();
  }
  summary.elapsedMs = Date.now() - started;
  return summary;

  async function handleCommand(item: CommandItem): Promise<void> {
    switch (item.name) {
      case 'begin':
        if (explicit) throw new LoadError(`${item.file}:${item.line}:${item.column}: :begin inside an open :begin block`, item, ':begin');
        await commit();
        explicit = true;
        tx = session.beginTransaction();
        return;
      case 'commit':
        if (!explicit) throw new LoadError(`${item.file}:${item.line}:${item.column}: :commit without :begin`, item, ':commit');
        explicit = false;
        await commit();
        return;
      case 'rollback':
        if (!explicit) throw new LoadError(`${item.file}:${item.line}:${item.column}: :rollback without :begin`, item, ':rollback');
        explicit = false;
        if (tx) await (tx as Transaction).rollback();
        tx = null;
        pending = 0;
        return;
      case 'param': {
        // cypher-shell forms: `:param name => expr` and the older `:param name: expr`.
        const m = /^`?([A-Za-z_][A-Za-z0-9_]*)`?\s*(=>|:)\s*(.+)$/s.exec(item.args);
        if (!m) throw new LoadError(`${item.file}:${item.line}:${item.column}: expected ":param name => value"`, item, `:param ${item.args}`);
        params = { ...params, [m[1]]: await evaluateAt(item, m[3]) };
        return;
      }
      case 'params': {
        if (item.args === '' || /^clear$/i.test(item.args)) {
          if (/^clear$/i.test(item.args)) params = {};
          return;
        }
        const value = await evaluateAt(item, item.args);
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
          throw new LoadError(`${item.file}:${item.line}:${item.column}: :params takes a map, such as :params {a: 1}`, item, `:params ${item.args}`);
        }
        params = { ...params, ...(value as Record<string, unknown>) };
        return;
      }
      case 'use':
        if (explicit) throw new LoadError(`${item.file}:${item.line}:${item.column}: :use inside a :begin block`, item, `:use ${item.args}`);
        await commit();
        await session.close();
        database = item.args.replace(/^`|`$/g, '');
        session = driver.session({ database });
        return;
    }
  }

  async function evaluateAt(item: CommandItem, expr: string): Promise<unknown> {
    try {
      return await evaluate(expr);
    } catch (e) {
      throw failure(item, e);
    }
  }
}
