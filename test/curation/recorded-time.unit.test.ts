import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config';
import { CURRENT_VERSIONS, RECORDED_AT, recordedFill } from '../../src/graph/recorded-time';
import { cypher, fillTemplate } from '../../src/graph/queries';

/**
 * The recorded-time predicate is defined once (src/graph/recorded-time.ts) and every named query
 * that reads statements marks where it goes (/*{recorded}*\/): a read that forgot it would show
 * the closed versions of corrected statements as if they were current. The queries are read as
 * loaded, with their shared pieces put in (src/graph/shared-cypher.ts).
 */
const DIR = path.join(PROJECT_ROOT, 'cypher', 'queries');
const queries = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.cypher'))
  .map((f) => ({ name: f.slice(0, -'.cypher'.length), text: cypher(f.slice(0, -'.cypher'.length)).replace(/\/\/.*$/gm, '') }));

/** Queries that read statements for answers: the period filter (src/model/validity.ts) is their mark. */
const statementReads = queries.filter((q) => q.text.includes('$periodFrom') || q.name === 'view-timeline' || q.name === 'relations-by-id');

describe('recorded time in the read queries', () => {
  it('finds the statement reads', () => {
    expect(statementReads.map((q) => q.name).sort()).toEqual(
      expect.arrayContaining([
        'agreement-guarantees',
        'relation-count',
        'relation-count-by-provenance',
        'relation-count-scan',
        'relation-page',
        'relation-page-by-provenance',
        'relation-page-scan',
        'relations-by-id',
        'relations-of-entities',
        'relations-of-entities-with-parts',
        'statements-by-provenance',
        'view-neighborhood',
        'view-paths',
        'view-timeline',
      ]),
    );
  });

  it('every statement read marks the recorded-time predicate after each statement condition', () => {
    for (const q of statementReads) {
      expect(q.text, q.name).toContain('/*{recorded}*/');
      // Each WHERE on a statement r carries it (views have several).
      const asOfFilters = q.text.split('date($periodFrom) < coalesce(').length - 1;
      expect(q.text.split('/*{recorded}*/').length - 1, q.name).toBeGreaterThanOrEqual(asOfFilters);
    }
  });

  it('no query writes the predicate itself: only the fill does', () => {
    for (const q of queries) expect(q.text, q.name).not.toContain('$asRecordedOn');
  });

  it('the fill is the current versions by default, the recorded interval for an instant', () => {
    expect(recordedFill(null)).toEqual({ text: CURRENT_VERSIONS });
    expect(recordedFill('2025-03-01T00:00:00.000Z')).toEqual({ text: RECORDED_AT });
    const filled = fillTemplate('view-timeline', { types: { text: ':CONTROLS' }, recorded: recordedFill(null) });
    expect(filled).toContain('WHERE true AND r.recordedTo IS NULL');
  });

  it('the count of all statements leaves out closed versions', () => {
    const count = queries.find((q) => q.name === 'relation-count-all')!;
    expect(count.text).toContain('versions - COUNT { ()-[closed/*{types}*/]->() WHERE closed.recordedTo IS NOT NULL }');
  });
});
