import { ResultSummary, Session, Transaction } from 'neo4j-driver';
import { Prepared } from './prepare';
import { addCounters, emptyCounters, LoadCounters } from './report';
import { StatementItem } from './split';

/**
 * One open transaction of the executor: the statements sent into it (pipelined: sent without
 * waiting for each answer, the answers checked in order), the counters of those that succeeded, and
 * the statements kept to replay it after a failure.
 */

/** Statements (and bytes of statement text) sent ahead before their answers are checked. */
const PIPELINE = 256;
const PIPELINE_BYTES = 1024 * 1024;
/** A :begin block's statements are kept for a replay up to this much text (implicit batches are bounded anyway). */
const BLOCK_REPLAY_BYTES = 4 * 1024 * 1024;

/** A statement of the open transaction, kept to replay it: its text and the :param values of its time. */
export interface Buffered {
  item: StatementItem;
  params: Record<string, unknown>;
}

export type Outcome = { ok: true; summary: ResultSummary } | { ok: false; error: unknown };

export interface Failed {
  /** Index of the failing statement among the transaction's statements. */
  index: number;
  prepared: Prepared;
  error: unknown;
}

interface InFlight {
  index: number;
  prepared: Prepared;
  outcome: Promise<Outcome>;
}

// summary() discards the rows a statement returns instead of keeping them: memory stays flat.
export function outcomeOf(runner: Session | Transaction, p: Prepared): Promise<Outcome> {
  return runner
    .run(p.query, p.params)
    .summary()
    .then(
      (summary) => ({ ok: true as const, summary }),
      (error: unknown) => ({ ok: false as const, error }),
    );
}

export function countersOf(summary: ResultSummary): Partial<LoadCounters> {
  return summary.counters.updates();
}

export class OpenTransaction {
  /** Statements sent into it, kept for a replay (a block beyond BLOCK_REPLAY_BYTES keeps none). */
  readonly kept: Buffered[] = [];
  replayable = true;
  statements = 0;
  readonly counters = emptyCounters();
  private keptBytes = 0;
  private inflight: InFlight[] = [];
  private inflightBytes = 0;

  constructor(
    readonly tx: Transaction,
    readonly kind: 'batch' | 'block',
  ) {}

  send(b: Buffered, p: Prepared): void {
    this.inflight.push({ index: this.statements, prepared: p, outcome: outcomeOf(this.tx, p) });
    this.inflightBytes += b.item.text.length;
    this.statements++;
    if (!this.replayable) return;
    this.kept.push(b);
    this.keptBytes += b.item.text.length;
    if (this.kind === 'block' && this.keptBytes > BLOCK_REPLAY_BYTES) {
      this.replayable = false;
      this.kept.length = 0;
    }
  }

  get full(): boolean {
    return this.inflight.length >= PIPELINE || this.inflightBytes >= PIPELINE_BYTES;
  }

  /** Checks the answers of everything sent so far, in order; returns the first failure. */
  async settle(): Promise<Failed | null> {
    const list = this.inflight;
    this.inflight = [];
    this.inflightBytes = 0;
    for (let i = 0; i < list.length; i++) {
      const o = await list[i].outcome;
      if (!o.ok) {
        await Promise.all(list.slice(i + 1).map((f) => f.outcome)); // let the rest drain
        return { index: list[i].index, prepared: list[i].prepared, error: o.error };
      }
      addCounters(this.counters, countersOf(o.summary));
    }
    return null;
  }
}
