import { Fill } from './queries';

/**
 * "Which version of a statement was the recorded state at $asRecordedOn" (docs/curation.md),
 * written once. Every named query that reads statements marks where it goes with
 * `/*{recorded}*\/` after its other conditions on the statement `r` (as written, the file is the
 * broadest query: every version), and the repositories fill it with recordedFill: the current
 * versions (recordedTo null) when no instant is asked for, else the versions whose
 * [recordedFrom, recordedTo) holds it (a missing recordedFrom counting as recorded from the start).
 * Two variants rather than one `$asRecordedOn IS NULL OR ...` predicate: the default one is what
 * nearly every read runs, and it plans and runs as a plain property test.
 */
export const CURRENT_VERSIONS = ' AND r.recordedTo IS NULL';
export const RECORDED_AT =
  ' AND (r.recordedFrom IS NULL OR r.recordedFrom <= datetime($asRecordedOn)) AND (r.recordedTo IS NULL OR datetime($asRecordedOn) < r.recordedTo)';

/** The fill of `/*{recorded}*\/` for a read as recorded at `asRecordedOn` (ISO DateTime), or of the current versions. */
export function recordedFill(asRecordedOn: string | null | undefined): Fill {
  return { text: asRecordedOn ? RECORDED_AT : CURRENT_VERSIONS };
}
