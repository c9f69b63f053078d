import { clientFailure, commandText } from './failure';
import { ReadItem } from './read';
import { LoadFailure } from './report';
import { CommandItem, StatementItem } from './split';
import { needsAutoCommit } from './statement';

/**
 * Stage 3 of the loader: decides the transactions, without talking to Neo4j.
 *
 * - A `:begin` ... `:commit` block is one transaction (`:rollback` discards it); a block still open
 *   at the end of its file is rolled back and reported.
 * - Other statements are grouped into transactions of `batchSize` statements, or fewer once their
 *   text adds up to BATCH_BYTES; the end of each file commits.
 * - Statements Neo4j accepts only in auto-commit (schema and administration commands,
 *   CALL ... IN TRANSACTIONS, USE) first commit what is open, then run alone.
 * - A dry run checks block statements in batches too: nothing is written anyway.
 */
export type Step =
  | { op: 'run'; item: StatementItem; into: 'batch' | 'block' | 'alone' }
  /** Commit the open transaction; `block`: the end of a :begin block. */
  | { op: 'commit'; block?: boolean }
  | { op: 'begin'; item: CommandItem }
  /** `:rollback`, or (with a failure) a block left open at the end of its file. */
  | { op: 'rollback'; item: CommandItem; failure?: LoadFailure }
  | { op: 'param'; item: CommandItem }
  | { op: 'use'; item: CommandItem; database: string }
  /** The script is wrong here (a misplaced command, a skipped syntax error): report it. */
  | { op: 'fail'; failure: LoadFailure };

/** A transaction is also committed once its statements add up to this much text. */
export const BATCH_BYTES = 4 * 1024 * 1024;

export interface PlanOptions {
  batchSize: number;
  dryRun: boolean;
}

export class TransactionPlanner {
  /** The `:begin` of the open block. */
  private block: CommandItem | null = null;
  /** Statements and text in the open implicit transaction. */
  private count = 0;
  private bytes = 0;

  constructor(private readonly options: PlanOptions) {}

  plan(item: ReadItem): Step[] {
    switch (item.kind) {
      case 'statement':
        return this.statement(item);
      case 'command':
        return this.command(item);
      case 'skip':
        return [{ op: 'fail', failure: clientFailure(item, item.reason) }];
      case 'end':
        return this.endOfFile();
    }
  }

  private get inBlock(): boolean {
    return this.block !== null && !this.options.dryRun;
  }

  /** Commits the open implicit transaction, when there is one. */
  private flush(): Step[] {
    if (this.count === 0) return [];
    this.count = 0;
    this.bytes = 0;
    return [{ op: 'commit' }];
  }

  private statement(item: StatementItem): Step[] {
    if (this.inBlock) return [{ op: 'run', item, into: 'block' }];
    if (needsAutoCommit(item.text)) return [...this.flush(), { op: 'run', item, into: 'alone' }];
    this.count++;
    this.bytes += item.text.length;
    const full = this.count >= this.options.batchSize || this.bytes >= BATCH_BYTES;
    return [{ op: 'run', item, into: 'batch' }, ...(full ? this.flush() : [])];
  }

  private command(item: CommandItem): Step[] {
    const fail = (message: string): Step[] => [{ op: 'fail', failure: clientFailure(item, message, commandText(item)) }];
    switch (item.name) {
      case 'begin':
        if (this.block) return fail(`:begin while the block opened at line ${this.block.line} is still open`);
        this.block = item;
        return this.options.dryRun ? this.flush() : [...this.flush(), { op: 'begin', item }];
      case 'commit':
      case 'rollback': {
        if (!this.block) return fail(`:${item.name} without :begin`);
        this.block = null;
        if (this.options.dryRun) return this.flush();
        return [item.name === 'commit' ? { op: 'commit', block: true } : { op: 'rollback', item }];
      }
      case 'param':
      case 'params':
        return [{ op: 'param', item }];
      case 'use': {
        const database = item.args.replace(/^`|`$/g, '');
        if (this.block) return fail(':use inside a :begin block');
        if (!/^[A-Za-z0-9.\-_]+$/.test(database)) return fail('":use" needs a database name');
        return [...this.flush(), { op: 'use', item, database }];
      }
      case 'source':
        return fail(':source is read by the reader; it cannot reach the planner'); // never: read.ts expands it
    }
  }

  private endOfFile(): Step[] {
    const open = this.block;
    if (!open) return this.flush();
    this.block = null;
    const failure = clientFailure(
      open,
      'this :begin block is never closed by :commit before the end of the file; it was rolled back',
      ':begin',
    );
    if (this.options.dryRun) return [...this.flush(), { op: 'fail', failure }];
    return [{ op: 'rollback', item: open, failure }];
  }
}
