/**
 * When a statement holds, with imprecise dates (docs/api.md, "Precision and certainty").
 *
 * A statement holds on the half-open interval [start, end): `start` is the first day it holds, `end`
 * the first day it no longer holds, either open (null: unbounded). A bound stored with precision
 * coarser than DAY stands for any day of its month, year, decade or century, so it has an earliest
 * and a latest reading (stored on the statement as validFromEarliest/validFromLatest and
 * validToEarliest/validToLatest; cypher/seed/095-statement-bounds.cypher writes them, and a seed
 * row may narrow them, as Wikidata's "earliest date"/"latest date" qualifiers do).
 *
 * For a period P = [from, to) (a single day D is the period [D, D+1)):
 * - the statement POSSIBLY holds in P when it holds there for some reading of its bounds:
 *     startEarliest < P.to  AND  P.from < endLatest
 * - it CERTAINLY holds in P when it holds on some day of P for every reading of its bounds:
 *     startLatest < P.to  AND  P.from < endEarliest  AND  startLatest < endEarliest
 * An open bound is unbounded in every reading. Without stored readings (data loaded from elsewhere)
 * a bound counts as exact. With DAY precision everywhere both tests are the plain half-open rule.
 *
 * This file is the rule's one home: certaintyIn() decides it for a statement already read, and
 * HOLDS_IN_PERIOD is the same rule as a Cypher predicate that every named query with a date filter
 * contains verbatim (test/model/validity.unit.test.ts checks they do).
 */

export type Certainty = 'CERTAIN' | 'POSSIBLE';

/** A half-open period [from, to) of days, 'YYYY-MM-DD'. */
export interface Period {
  from: string;
  to: string;
}

/** The bounds of a statement as read from the graph ('YYYY-MM-DD' or null). */
export interface ValidityBounds {
  validFrom: string | null;
  validTo: string | null;
  validFromEarliest?: string | null;
  validFromLatest?: string | null;
  validToEarliest?: string | null;
  validToLatest?: string | null;
}

/** The earliest and latest representable days: an open end of a `during` period reads as these. */
export const FIRST_DAY = '0001-01-01';
export const LAST_DAY = '9999-12-31';

/** The day after a 'YYYY-MM-DD' day (UTC arithmetic; years 0-99 kept as written). */
export function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d + 1);
  return `${String(t.getUTCFullYear()).padStart(4, '0')}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}`;
}

/** The period of a single day. */
export function dayPeriod(day: string): Period {
  return { from: day, to: nextDay(day) };
}

/**
 * CERTAIN, POSSIBLE, or null when the statement cannot have held in the period at all.
 * Dates compare as strings: 'YYYY-MM-DD' orders like the days.
 */
export function certaintyIn(bounds: ValidityBounds, period: Period): Certainty | null {
  const startEarliest = bounds.validFrom === null ? null : (bounds.validFromEarliest ?? bounds.validFrom);
  const startLatest = bounds.validFrom === null ? null : (bounds.validFromLatest ?? bounds.validFrom);
  const endEarliest = bounds.validTo === null ? null : (bounds.validToEarliest ?? bounds.validTo);
  const endLatest = bounds.validTo === null ? null : (bounds.validToLatest ?? bounds.validTo);
  const possible = (startEarliest === null || startEarliest < period.to) && (endLatest === null || period.from < endLatest);
  if (!possible) return null;
  const certain =
    (startLatest === null || startLatest < period.to) &&
    (endEarliest === null || period.from < endEarliest) &&
    (startLatest === null || endEarliest === null || startLatest < endEarliest);
  return certain ? 'CERTAIN' : 'POSSIBLE';
}

/**
 * The rule as a Cypher predicate over the relationship `r`, with parameters $periodFrom and
 * $periodTo ('YYYY-MM-DD', the half-open period) and $certainOnly (true: CERTAIN only; false: CERTAIN
 * or POSSIBLE). A query that filters by date includes it only when a period is given, so the
 * planner never sees `$periodFrom IS NULL OR ...`.
 */
export const HOLDS_IN_PERIOD = [
  '(r.validFrom IS NULL OR coalesce(CASE WHEN $certainOnly THEN r.validFromLatest ELSE r.validFromEarliest END, r.validFrom) < date($periodTo))',
  '(r.validTo IS NULL OR date($periodFrom) < coalesce(CASE WHEN $certainOnly THEN r.validToEarliest ELSE r.validToLatest END, r.validTo))',
  '(NOT $certainOnly OR r.validFrom IS NULL OR r.validTo IS NULL OR coalesce(r.validFromLatest, r.validFrom) < coalesce(r.validToEarliest, r.validTo))',
].join('\n  AND ');
