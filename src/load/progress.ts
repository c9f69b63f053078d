import { LoadCounters, LoadProgress, LoadSummary } from './loader';

/**
 * Progress for a terminal (one redrawn bar: statements, bytes, rate, ETA) or for logs and CI
 * (a plain line every few seconds). Written to stderr so that stdout stays clean.
 */
export type ProgressMode = 'bar' | 'lines' | 'none';

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[u]}`;
}

export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${s} s`;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');

export class ProgressReporter {
  private readonly started = Date.now();
  private last = 0;
  private drawn = false;
  private latest: LoadProgress | null = null;

  constructor(
    private readonly out: NodeJS.WriteStream,
    readonly mode: ProgressMode,
    private readonly intervalMs = mode === 'bar' ? 100 : 5000,
  ) {}

  update = (p: LoadProgress): void => {
    this.latest = p;
    if (this.mode === 'none') return;
    const now = Date.now();
    if (now - this.last < this.intervalMs) return;
    this.last = now;
    this.draw(p, now);
  };

  private draw(p: LoadProgress, now: number): void {
    const elapsed = Math.max(1, now - this.started);
    const rate = (p.statements * 1000) / elapsed;
    const byteRate = (p.bytesRead * 1000) / elapsed;
    const fraction = p.bytesTotal > 0 ? Math.min(1, p.bytesRead / p.bytesTotal) : 0;
    const eta = byteRate > 0 && p.bytesTotal > p.bytesRead ? formatDuration(((p.bytesTotal - p.bytesRead) / byteRate) * 1000) : '-';
    const stats = `${int(p.statements)} statements, ${formatBytes(p.bytesRead)} / ${formatBytes(p.bytesTotal)}, ${int(rate)} stmt/s, ETA ${eta}`;
    if (this.mode === 'bar') {
      const width = 24;
      const full = Math.round(fraction * width);
      const line = `[${'#'.repeat(full)}${'-'.repeat(width - full)}] ${(fraction * 100).toFixed(0).padStart(3)}% ${stats}`;
      const cols = this.out.columns ?? 120;
      this.out.write(`\r${line.slice(0, cols - 1).padEnd(Math.min(cols - 1, line.length))}\x1b[K`);
      this.drawn = true;
    } else {
      this.out.write(`progress: ${(fraction * 100).toFixed(1)}% ${stats} (${p.file})\n`);
    }
  }

  /** Clears the bar so that the summary or the error starts on a clean line. */
  finish(): void {
    if (this.mode === 'bar' && this.drawn) {
      if (this.latest) this.draw(this.latest, Date.now());
      this.out.write('\n');
      this.drawn = false;
    }
  }
}

const COUNTER_LABELS: [keyof LoadCounters, string][] = [
  ['nodesCreated', 'nodes created'],
  ['nodesDeleted', 'nodes deleted'],
  ['relationshipsCreated', 'relationships created'],
  ['relationshipsDeleted', 'relationships deleted'],
  ['propertiesSet', 'properties set'],
  ['labelsAdded', 'labels added'],
  ['labelsRemoved', 'labels removed'],
  ['indexesAdded', 'indexes added'],
  ['indexesRemoved', 'indexes removed'],
  ['constraintsAdded', 'constraints added'],
  ['constraintsRemoved', 'constraints removed'],
];

export function formatSummary(s: LoadSummary): string {
  const lines = [
    `${s.dryRun ? 'Checked (dry run, nothing written)' : 'Loaded'} ${s.files.length} file${s.files.length === 1 ? '' : 's'}: ${int(s.statements)} statements in ${int(s.transactions)} transactions, ${formatDuration(s.elapsedMs)}.`,
  ];
  if (!s.dryRun) {
    lines.push(
      COUNTER_LABELS.filter(([k], i) => i < 7 || s.counters[k] > 0)
        .map(([k, label]) => `${int(s.counters[k])} ${label}`)
        .join(', '),
    );
  }
  return lines.join('\n');
}
