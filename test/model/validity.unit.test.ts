import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config';
import { cypher } from '../../src/graph/queries';
import { certaintyIn, dayPeriod, HOLDS_IN_PERIOD, nextDay } from '../../src/model/validity';

/** Bounds as the seed stores them: a date and its earliest and latest readings. */
const bounds = (from: [string, string, string] | null, to: [string, string, string] | null) => ({
  validFrom: from?.[0] ?? null,
  validFromEarliest: from?.[1] ?? null,
  validFromLatest: from?.[2] ?? null,
  validTo: to?.[0] ?? null,
  validToEarliest: to?.[1] ?? null,
  validToLatest: to?.[2] ?? null,
});

describe('the precision rule (docs/api.md, "Precision and certainty")', () => {
  it('counts days across months, years and leap days', () => {
    expect(nextDay('2007-06-01')).toBe('2007-06-02');
    expect(nextDay('2023-11-30')).toBe('2023-12-01');
    expect(nextDay('2023-12-31')).toBe('2024-01-01');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('0099-12-31')).toBe('0100-01-01');
  });

  it('with DAY precision everywhere, is the half-open rule validFrom <= d < validTo', () => {
    const s = bounds(['2020-11-10', '2020-11-10', '2020-11-10'], ['2023-09-20', '2023-09-20', '2023-09-20']);
    expect(certaintyIn(s, dayPeriod('2020-11-09'))).toBeNull();
    expect(certaintyIn(s, dayPeriod('2020-11-10'))).toBe('CERTAIN');
    expect(certaintyIn(s, dayPeriod('2023-09-19'))).toBe('CERTAIN');
    expect(certaintyIn(s, dayPeriod('2023-09-20'))).toBeNull();
  });

  it('marks a day inside a YEAR end or start POSSIBLE (Ghukasyan to 2007, Sahakyan from 2007)', () => {
    const ghukasyan = bounds(['1997-01-01', '1997-01-01', '1997-12-31'], ['2007-01-01', '2007-01-01', '2007-12-31']);
    const sahakyan = bounds(['2007-01-01', '2007-01-01', '2007-12-31'], ['2020-05-01', '2020-05-01', '2020-05-31']);
    expect(certaintyIn(ghukasyan, dayPeriod('2007-06-01'))).toBe('POSSIBLE');
    expect(certaintyIn(sahakyan, dayPeriod('2007-06-01'))).toBe('POSSIBLE');
    expect(certaintyIn(ghukasyan, dayPeriod('2006-12-31'))).toBe('CERTAIN');
    expect(certaintyIn(sahakyan, dayPeriod('2008-01-01'))).toBe('CERTAIN');
    expect(certaintyIn(ghukasyan, dayPeriod('2007-12-31'))).toBeNull();
  });

  it('reads an open bound as unbounded in every reading', () => {
    expect(certaintyIn(bounds(null, null), dayPeriod('1900-01-01'))).toBe('CERTAIN');
    expect(certaintyIn(bounds(null, ['2007-01-01', '2007-01-01', '2007-12-31']), dayPeriod('2007-03-01'))).toBe('POSSIBLE');
  });

  it('reads a date without stored readings as exact', () => {
    expect(certaintyIn({ validFrom: '2022-01-01', validTo: null }, dayPeriod('2022-01-01'))).toBe('CERTAIN');
  });

  it('decides a period by whether some day of it certainly falls inside', () => {
    const s = bounds(['2007-01-01', '2007-01-01', '2007-12-31'], ['2007-01-01', '2007-01-01', '2007-12-31']);
    // Began and ended in the same year: never certain on any day.
    expect(certaintyIn(s, { from: '2007-01-01', to: '2008-01-01' })).toBe('POSSIBLE');
    const brussels = bounds(['2023-05-14', '2023-05-14', '2023-05-14'], null);
    expect(certaintyIn(brussels, { from: '2023-01-01', to: '2024-01-01' })).toBe('CERTAIN');
    expect(certaintyIn(brussels, { from: '2022-01-01', to: '2023-05-14' })).toBeNull();
  });

  it('is written once, and put into every named query that filters by date', () => {
    const dir = path.join(PROJECT_ROOT, 'cypher', 'queries');
    const squash = (s: string) => s.replace(/\s+/g, ' ');
    const rule = squash(HOLDS_IN_PERIOD);
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.cypher'));
    const dated = files.filter((f) => cypher(f.replace(/\.cypher$/, '')).includes('$periodFrom'));
    expect(dated.length).toBeGreaterThanOrEqual(6);
    for (const file of dated) {
      const raw = fs.readFileSync(path.join(dir, file), 'utf8');
      expect(raw, `${file} must name the rule with {include holdsInPeriod}`).toContain('/*{include holdsInPeriod}*/');
      expect(squash(cypher(file.replace(/\.cypher$/, ''))), `${file} as loaded contains HOLDS_IN_PERIOD`).toContain(rule);
      expect(raw, `${file} still uses the old asOf predicate`).not.toMatch(/\$asOf\b/);
    }
    // No file restates the rule (or a part of it) instead of including it.
    for (const file of files)
      expect(fs.readFileSync(path.join(dir, file), 'utf8'), `${file} restates the rule`).not.toMatch(
        /validFromLatest ELSE r\.validFromEarliest/,
      );
  });
});
