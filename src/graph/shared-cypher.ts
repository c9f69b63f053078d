import { HOLDS_IN_PERIOD } from '../model/validity';

/**
 * Pieces of Cypher that several named queries share, each written once: a query file names one
 * with `/*{include name}*\/` where it goes, and src/graph/queries.ts puts the text in when it
 * loads the file (every variant gets it; nothing here depends on the request). The statement is
 * always the variable `r`. `npm run build` writes every query file with its pieces put in to
 * dist/cypher/queries/ (src/graph/emit-queries.ts): that copy is the one to paste into Neo4j
 * Browser.
 */
export const SHARED_CYPHER = {
  /**
   * The validity rule (src/model/validity.ts) for the period [$periodFrom, $periodTo), with
   * $certainOnly; no period ($periodFrom null) keeps every statement.
   */
  holdsInPeriod: `($periodFrom IS NULL OR (${HOLDS_IN_PERIOD}))`,
  /**
   * The entities the statement names in assertedBy/disputedBy/supportedBy/sources/provision, as
   * `mentioned`, when the request reads them ($mentioned): so reading a statement's provenance and
   * its clause costs no further query; otherwise none are read.
   */
  mentionedEntities: [
    'CALL (r) {',
    '  UNWIND CASE WHEN $mentioned THEN coalesce(r.assertedBy, []) + coalesce(r.disputedBy, []) + coalesce(r.supportedBy, []) + coalesce(r.sources, [])',
    '         + [clause IN [r.provision] WHERE clause IS NOT NULL] ELSE [] END AS mentionedId',
    '  MATCH (m:Entity {id: mentionedId})',
    '  RETURN collect(DISTINCT m {.*, labels: labels(m)}) AS mentioned',
    '}',
  ].join('\n'),
  /**
   * A statement's properties and type, its dates and times as Neo4j writes them (YYYY-MM-DD, and
   * ISO 8601 for recordedFrom/recordedTo). Neo4j's own toString costs less than the driver's:
   * it decodes every Date and DateTime into an object through 64-bit integer arithmetic done in
   * JavaScript, which was a tenth of the API's CPU on a page of statements (bench/RESULTS.md).
   */
  statement:
    'r {.*, type: type(r), validFrom: toString(r.validFrom), validTo: toString(r.validTo), ' +
    'validFromEarliest: toString(r.validFromEarliest), validFromLatest: toString(r.validFromLatest), ' +
    'validToEarliest: toString(r.validToEarliest), validToLatest: toString(r.validToLatest), ' +
    'recordedFrom: toString(r.recordedFrom), recordedTo: toString(r.recordedTo)}',
  /** A statement as an edge of a graph view (src/graph/repositories/views.ts: ViewEdgeRow). */
  viewEdge: [
    '{',
    '  id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id,',
    '  validFrom: toString(r.validFrom), validFromPrecision: r.validFromPrecision, validTo: toString(r.validTo), validToPrecision: r.validToPrecision,',
    '  validFromEarliest: toString(r.validFromEarliest), validFromLatest: toString(r.validFromLatest),',
    '  validToEarliest: toString(r.validToEarliest), validToLatest: toString(r.validToLatest),',
    '  status: r.status, rank: r.rank, confidence: r.confidence, sourceIds: coalesce(r.sources, [])',
    '}',
  ].join('\n'),
} as const;
