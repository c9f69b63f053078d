import { formatDuration, LoadProgress, plural } from './report';

/**
 * Progress for a terminal (one redrawn bar) or for logs and CI (a plain line every few seconds),
 * written to stderr so that stdout stays clean. It counts statements handed to Neo4j and the bytes
 * of input up to the last of them, so the percentage moves with each statement (not with each
 * chunk read ahead). Rate and ETA come from the last RATE_WINDOW_MS, so they stay steady, and the
 * last line says 100% when the load read everything.
 */
export type ProgressMode = 'bar' | 'lines' | 'none';
export { formatDuration };

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

const RATE_WINDOW_MS = 10_000;

interface Sample {
  at: number;
  statements: number;
  bytes: number;
}

/** Statements and bytes per second over the last RATE_WINDOW_MS (over the whole run at first). */
export class RateMeter {
  private readonly samples: Sample[] = [];

  constructor(private readonly started: number) {
    this.samples.push({ at: started, statements: 0, bytes: 0 });
  }

  add(s: Sample): { statements: number; bytes: number } {
    this.samples.push(s);
    while (this.samples.length > 2 && s.at - this.samples[1].at >= RATE_WINDOW_MS) this.samples.shift();
    const first = this.samples[0];
    const seconds = Math.max(0.001, (s.at - first.at) / 1000);
    return { statements: (s.statements - first.statements) / seconds, bytes: (s.bytes - first.bytes) / seconds };
  }
}

export interface ProgressLine {
  /** 0..1, or undefined when the total size is unknown (standard input). */
  fraction?: number;
  text: string;
}

/** The numbers of one progress line: percentage, statements, bytes, rate, ETA. */
export function describeProgress(p: LoadProgress, rate: { statements: number; bytes: number }): ProgressLine {
  const total = p.bytesTotal;
  const fraction = total === undefined ? undefined : total > 0 ? Math.min(1, p.bytesRead / total) : 1;
  const bytes = total === undefined ? formatBytes(p.bytesRead) : `${formatBytes(p.bytesRead)} / ${formatBytes(total)}`;
  const left = total === undefined ? undefined : Math.max(0, total - p.bytesRead);
  const eta =
    left === undefined ? '' : left === 0 ? ', done' : rate.bytes > 0 ? `, ETA ${formatDuration((left / rate.bytes) * 1000)}` : ', ETA -';
  const perSecond = `${Math.round(rate.statements).toLocaleString('en-US')} statements/s`;
  return { fraction, text: `${plural(p.statements, 'statement')}, ${bytes}, ${perSecond}${eta}` };
}

export class ProgressReporter {
  private readonly started = Date.now();
  private readonly meter = new RateMeter(this.started);
  private lastDraw = 0;
  private drawn = false;
  private latest: LoadProgress | null = null;
  private rate = { statements: 0, bytes: 0 };

  constructor(
    private readonly out: NodeJS.WritableStream & { columns?: number },
    readonly mode: ProgressMode,
    private readonly intervalMs = mode === 'bar' ? 100 : 5000,
  ) {}

  update = (p: LoadProgress): void => {
    this.latest = p;
    if (this.mode === 'none') return;
    const now = Date.now();
    if (now - this.lastDraw < this.intervalMs) return;
    this.lastDraw = now;
    this.rate = this.meter.add({ at: now, statements: p.statements, bytes: p.bytesRead });
    this.draw(p);
  };

  private draw(p: LoadProgress): void {
    const line = describeProgress(p, this.rate);
    const percent = line.fraction === undefined ? '' : `${(line.fraction * 100).toFixed(this.mode === 'bar' ? 0 : 1)}% `;
    if (this.mode === 'lines') {
      this.out.write(`progress: ${percent}${line.text} (${p.file})\n`);
      return;
    }
    const width = 24;
    const full = line.fraction === undefined ? 0 : Math.round(line.fraction * width);
    const bar = line.fraction === undefined ? '' : `[${'#'.repeat(full)}${'-'.repeat(width - full)}] ${percent.padStart(5)}`;
    const text = `${bar}${line.text}`;
    const cols = this.out.columns ?? 120;
    this.out.write(`\r${text.slice(0, cols - 1)}\x1b[K`);
    this.drawn = true;
  }

  /**
   * Draws the last state: `complete` when everything was read (the line then says 100%). The bar
   * ends with a line break, so the summary or the error starts on a clean line.
   */
  finish(complete = false): void {
    if (this.mode === 'none' || !this.latest) return;
    const p = complete && this.latest.bytesTotal !== undefined ? { ...this.latest, bytesRead: this.latest.bytesTotal } : this.latest;
    if (this.mode === 'lines' || this.drawn || complete) {
      this.rate = this.meter.add({ at: Date.now(), statements: p.statements, bytes: p.bytesRead });
      this.draw(p);
    }
    if (this.drawn) this.out.write('\n');
    this.drawn = false;
    this.latest = null;
  }

  /** Clears the bar for a warning line, to be drawn again at the next update. */
  interrupt(): void {
    if (!this.drawn) return;
    this.out.write('\r\x1b[K');
    this.drawn = false;
  }
}
