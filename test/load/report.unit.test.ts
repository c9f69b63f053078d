import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { describeProgress, ProgressReporter, RateMeter } from '../../src/load/progress';
import { emptySummary, formatSummary, LoadSummary, plural } from '../../src/load/report';

function summary(over: Partial<LoadSummary>): LoadSummary {
  return { ...emptySummary(false), files: ['a.cypher'], elapsedMs: 1200, ...over };
}

describe('summary', () => {
  it('gets plurals right', () => {
    expect(plural(1, 'statement')).toBe('1 statement');
    expect(plural(0, 'statement')).toBe('0 statements');
    expect(plural(2500, 'statement')).toBe('2,500 statements');
    const s = summary({
      statements: 1,
      transactions: 1,
      counters: { ...emptySummary(false).counters, nodesCreated: 1, relationshipsCreated: 1, propertiesSet: 1, indexesAdded: 1 },
    });
    expect(formatSummary(s)).toBe(
      'Loaded 1 file: 1 statement in 1 transaction, 1.2 s.\n1 node created, 0 nodes deleted, 1 relationship created, 0 relationships deleted, 1 property set, 0 labels added, 0 labels removed, 1 index added',
    );
  });

  it('says what was committed before a stop, and "checked" in a dry run', () => {
    expect(formatSummary(summary({ statements: 2500, transactions: 3, stopped: 'failure' }))).toMatch(
      /^Committed before the load stopped \(1 file read\): 2,500 statements in 3 transactions, 1\.2 s\./,
    );
    const dry = formatSummary({ ...summary({ statements: 3 }), dryRun: true, stopped: 'failure' });
    expect(dry).toBe('Checked 1 file (dry run, nothing written): 3 statements checked, 1.2 s.');
    expect(dry).not.toMatch(/commit/i);
  });
});

describe('progress', () => {
  it('gives percentage, statements, bytes, rate and ETA; "done" at the end; no percentage for standard input', () => {
    const line = describeProgress(
      { file: 'a', statements: 1000, bytesRead: 512 * 1024, bytesTotal: 1024 * 1024 },
      { statements: 500, bytes: 256 * 1024 },
    );
    expect(line).toEqual({ fraction: 0.5, text: '1,000 statements, 512 KB / 1.0 MB, 500 statements/s, ETA 2.0 s' });
    expect(describeProgress({ file: 'a', statements: 1, bytesRead: 10, bytesTotal: 10 }, { statements: 1, bytes: 1 }).text).toBe(
      '1 statement, 10 B / 10 B, 1 statements/s, done',
    );
    expect(describeProgress({ file: '<stdin>', statements: 2, bytesRead: 10 }, { statements: 1, bytes: 1 })).toEqual({
      fraction: undefined,
      text: '2 statements, 10 B, 1 statements/s',
    });
  });

  it('measures the rate over a recent window, so it follows the current speed', () => {
    const meter = new RateMeter(0);
    expect(meter.add({ at: 1000, statements: 100, bytes: 1000 }).statements).toBe(100);
    for (let t = 2000; t <= 20_000; t += 1000) meter.add({ at: t, statements: 100 * (t / 1000), bytes: 0 });
    // then it slows down to 10 statements a second
    let rate = { statements: 0, bytes: 0 };
    for (let t = 21_000, n = 2000; t <= 40_000; t += 1000, n += 10) rate = meter.add({ at: t, statements: n, bytes: 0 });
    expect(rate.statements).toBeCloseTo(10, 0);
  });

  it('in lines mode, ends with a line at 100% when everything was read', () => {
    let out = '';
    const sink = new Writable({ write: (chunk, _enc, done) => ((out += chunk), done()) });
    const r = new ProgressReporter(sink, 'lines', 0);
    r.update({ file: 'a', statements: 1, bytesRead: 40, bytesTotal: 100 });
    r.update({ file: 'a', statements: 2, bytesRead: 80, bytesTotal: 100 });
    r.finish(true);
    const percents = [...out.matchAll(/progress: ([\d.]+)%/g)].map((m) => Number(m[1]));
    expect(percents).toEqual([40, 80, 100]);
  });
});
