import { HOLDS_IN_PERIOD } from '../model/validity';

/** A statement's Date and DateTime properties, which every projection returns as text. */
const STATEMENT_DATES = [
  'validFrom',
  'validTo',
  'validFromEarliest',
  'validFromLatest',
  'validToEarliest',
  'validToLatest',
  'recordedFrom',
  'recordedTo',
] as const;

const dateAsText = (property: (typeof STATEMENT_DATES)[number]) => `${property}: toString(r.${property})`;

/**
 * The statement's properties a pruned projection reads (src/graph/queries.ts, projectionFills):
 * `core` always, each other part only when the request reads one of its fields
 * (src/schema/lookahead.ts, statementReads). Reading a property is a db hit per row: a page of
 * 20 statements with every property of both ends cost 753 of its 834 db hits in the projection.
 * Together the parts are every property toRelationRecord reads.
 */
export const STATEMENT_PARTS = {
  core: [
    '.id',
    'type: type(r)',
    dateAsText('validFrom'),
    '.validFromPrecision',
    dateAsText('validTo'),
    '.validToPrecision',
    '.status',
    '.rank',
    '.confidence',
    '.role',
    '.extent',
  ],
  /** The ranges an imprecise bound stands for: their fields, and the certainty of a statement in a period. */
  ranges: (['validFromEarliest', 'validFromLatest', 'validToEarliest', 'validToLatest'] as const).map(dateAsText),
  /** Who asserts, disputes and supports it, its sources and its clause. */
  provenance: ['.assertedBy', '.disputedBy', '.supportedBy', '.sources', '.provision'],
  /** Its note and recorded time. */
  recorded: ['.note', '.version', dateAsText('recordedFrom'), dateAsText('recordedTo'), '.recordedBy'],
} as const;

/** The parts of a statement that a pruned projection reads only when asked for, in projection order. */
export const OPTIONAL_STATEMENT_PARTS = ['ranges', 'provenance', 'recorded'] as const satisfies readonly (keyof typeof STATEMENT_PARTS)[];
export type StatementPart = (typeof OPTIONAL_STATEMENT_PARTS)[number];

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
  statement: `r {.*, type: type(r), ${STATEMENT_DATES.map(dateAsText).join(', ')}}`,
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
