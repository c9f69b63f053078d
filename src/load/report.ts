import { Position } from './split';

/**
 * Stage 5 of the loader: what a load did. The counters Neo4j reported for committed work, the
 * statements and transactions committed (checked, in a dry run), every failure, and the words
 * that put them in front of a person.
 */
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
  /** The load stopped at a failure (without --continue-on-error) or on a signal. */
  stopped?: 'failure' | 'signal';
}

export interface LoadProgress {
  file: string;
  /** Statements handed to Neo4j so far. */
  statements: number;
  /** Bytes of input up to the end of the last statement handed to Neo4j, over all files. */
  bytesRead: number;
  /** Size of all files together; undefined for standard input. */
  bytesTotal?: number;
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

export function addCounters(into: LoadCounters, updates: Partial<Record<keyof LoadCounters, number>>): void {
  for (const key of Object.keys(into) as (keyof LoadCounters)[]) into[key] += updates[key] ?? 0;
}

export function emptySummary(dryRun: boolean): LoadSummary {
  return { files: [], statements: 0, transactions: 0, counters: emptyCounters(), elapsedMs: 0, dryRun, failures: [] };
}

export function excerptOf(text: string, max = 160): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 3)}...` : oneLine;
}

/** file:line:column: code: message, then the statement's excerpt on the next line. */
export function formatFailure(f: LoadFailure): string {
  return `${f.file}:${f.line}:${f.column}: ${f.code ? `${f.code}: ` : ''}${f.message}${f.excerpt ? `\n  in: ${f.excerpt}` : ''}`;
}

/** "1 statement", "2 statements", with thousands separators. */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${Math.round(n).toLocaleString('en-US')} ${n === 1 ? word : many}`;
}

export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${s} s`;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

const COUNTER_LABELS: [keyof LoadCounters, string, string][] = [
  ['nodesCreated', 'node created', 'nodes created'],
  ['nodesDeleted', 'node deleted', 'nodes deleted'],
  ['relationshipsCreated', 'relationship created', 'relationships created'],
  ['relationshipsDeleted', 'relationship deleted', 'relationships deleted'],
  ['propertiesSet', 'property set', 'properties set'],
  ['labelsAdded', 'label added', 'labels added'],
  ['labelsRemoved', 'label removed', 'labels removed'],
  ['indexesAdded', 'index added', 'indexes added'],
  ['indexesRemoved', 'index removed', 'indexes removed'],
  ['constraintsAdded', 'constraint added', 'constraints added'],
  ['constraintsRemoved', 'constraint removed', 'constraints removed'],
];

/** "Loaded 1 file: ..." or, in a dry run, "Checked 1 file: ...", then the counters. */
export function formatSummary(s: LoadSummary): string {
  const what = `${plural(s.statements, 'statement')} in ${plural(s.transactions, 'transaction')}, ${formatDuration(s.elapsedMs)}.`;
  const files = plural(s.files.length, 'file');
  if (s.dryRun)
    return `Checked ${files} (dry run, nothing written): ${plural(s.statements, 'statement')} checked, ${formatDuration(s.elapsedMs)}.`;
  const head = s.stopped ? `Committed before the load stopped (${files} read): ${what}` : `Loaded ${files}: ${what}`;
  const counters = COUNTER_LABELS.filter(([k], i) => i < 7 || s.counters[k] > 0)
    .map(([k, one, many]) => plural(s.counters[k], one, many))
    .join(', ');
  return `${head}\n${counters}`;
}
