/**
 * "Which version of a statement was the recorded state at $asRecordedOn" (docs/curation.md): the
 * current versions (recordedTo null) when $asRecordedOn is null, else the versions whose
 * [recordedFrom, recordedTo) holds that instant (a missing recordedFrom counting as recorded from
 * the start). Cypher has no user-defined functions, so each named query that reads statements
 * carries this exact text on its statement variable `r`; test/curation/recorded-time.unit.test.ts
 * checks that every one does, and that none writes it differently.
 */
export const RECORDED_ON_PREDICATE =
  '(CASE WHEN $asRecordedOn IS NULL THEN r.recordedTo IS NULL ELSE coalesce(r.recordedFrom <= datetime($asRecordedOn), true) AND coalesce(datetime($asRecordedOn) < r.recordedTo, true) END)';
