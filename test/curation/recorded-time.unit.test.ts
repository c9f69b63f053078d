import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config';
import { RECORDED_ON_PREDICATE } from '../../src/curation/recorded-time';

/**
 * The recorded-time predicate is defined once (src/curation/recorded-time.ts) and every named
 * query that reads statements uses exactly that text: a read that forgot it would show the closed
 * versions of corrected statements as if they were current.
 */
const DIR = path.join(PROJECT_ROOT, 'cypher', 'queries');
const queries = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.cypher'))
  .map((f) => ({ name: f.slice(0, -'.cypher'.length), text: fs.readFileSync(path.join(DIR, f), 'utf8').replace(/\/\/.*$/gm, '') }));

/** Queries that read statements for answers: the asOf filter is their mark. */
const statementReads = queries.filter((q) => q.text.includes('$asOf') || q.name === 'view-timeline');

describe('recorded time in the read queries', () => {
  it('finds the statement reads', () => {
    expect(statementReads.map((q) => q.name).sort()).toEqual(
      expect.arrayContaining(['agreement-guarantees', 'relation-count', 'relation-count-scan', 'relation-page', 'relation-page-scan', 'relations-of-entities', 'view-neighborhood', 'view-paths', 'view-timeline']),
    );
  });

  it('every statement read filters by the one recorded-time predicate', () => {
    for (const q of statementReads) expect(q.text, q.name).toContain(RECORDED_ON_PREDICATE);
  });

  it('no query writes the predicate another way', () => {
    for (const q of queries) {
      const uses = q.text.split('$asRecordedOn').length - 1;
      const canonical = q.text.split(RECORDED_ON_PREDICATE).length - 1;
      // The predicate names $asRecordedOn three times.
      expect(uses, q.name).toBe(canonical * 3);
    }
  });

  it('the count of all statements leaves out closed versions', () => {
    const count = queries.find((q) => q.name === 'relation-count-all')!;
    expect(count.text).toMatch(/WHERE r\.recordedTo IS NOT NULL\s+RETURN -count\(r\)/);
  });
});
