import type { Integer } from 'neo4j-driver';
import type { QueryFileName } from './query-names.generated';
import type { ChangeRecord } from './repositories/records';
import type { NeighborhoodRow, PathRow, SourceRow, TimelineItemRow, ViewNodeRow } from './view-shapes';

/*
 * What each named query (cypher/queries/<name>.cypher) takes and returns: its parameters as the
 * code passes them, and one row as GraphClient hands it back (after toPlain: Integer -> number,
 * Date -> 'YYYY-MM-DD', DateTime -> ISO text). This is the one declaration of both per query
 * (PgTyped's and sqlc's typed queries, written by hand): GraphClient.read and
 * WriteTransaction.run take a query's name and check its parameters and type its rows from here.
 * A template's filled variant (queries.ts, variant()) keeps its template's signature.
 */

/** A whole number parameter (Cypher's LIMIT and path lengths refuse a float). */
type Int = Integer;

/** `n {.*, labels: labels(n)}`: a node's properties and labels, read by toEntityRecord. */
type NodeMap = Record<string, unknown>;

/** `r {.*, type: type(r)}`: a statement's properties and type, read by toRelationRecord. */
type StatementMap = Record<string, unknown>;

/** A `(:Change)` node's properties (`c {.*}`), read by toChangeRecord. */
type ChangeMap = Record<string, unknown>;

/** `a {.*}` of an (:Alias). */
type AliasMap = Record<string, unknown>;

/** A statement with its two ends. */
interface StatementRow {
  relation: StatementMap;
  subject: NodeMap;
  object: NodeMap;
}

/** A statement with the entities it names (null when not asked for: $mentioned false). */
interface ListedStatementRow extends StatementRow {
  mentioned: NodeMap[] | null;
}

/** A statement listed under the id it was asked for (an entity, an agreement, a provenance id). */
interface StatementOfRow extends ListedStatementRow {
  id: string;
}

/** HOLDS_IN_PERIOD's parameters (src/model/validity.ts): null bounds for every date. */
interface PeriodParams {
  periodFrom: string | null;
  periodTo: string | null;
  certainOnly: boolean;
}

/** A keyset page (queries.ts, keysetParams): `$before` only where the template reads it. */
interface KeysetParams {
  after: string;
  before?: string;
  limit: Int;
}

/** The recorded-time fill's parameter (recorded-time.ts): null for the current versions. */
interface RecordedParams {
  asRecordedOn: string | null;
}

interface StatementFilterParams extends PeriodParams, RecordedParams {
  subject: string | null;
  object: string | null;
  statuses: readonly string[] | null;
  mentioned: boolean;
}

interface ProvenanceFilterParams extends StatementFilterParams {
  /** The Lucene query of the attribution filters (relations.ts, provenanceQuery). */
  provenance: string;
  types: string[] | null;
}

interface RelationsOfParams extends PeriodParams, RecordedParams {
  ids: string[];
  on: string | null;
  assertedBy: string | null;
  supportedBy: string | null;
  disputedBy: string | null;
  source: string | null;
  first: Int;
  mentioned: boolean;
}

/** Who wrote a change and when (curation/service.ts). */
interface WriteParams {
  now: string;
  by: string;
  changeId: string;
}

interface AliasParams {
  name: string;
  language: string | null;
  misspelling: boolean;
}

type NoParams = Record<string, never>;
type Count = { totalCount: number };

/** Each query's parameters and row, under its file's name. */
export interface QuerySignatures {
  'agreement-guarantees': {
    params: PeriodParams & RecordedParams & { ids: string[]; first: Int; mentioned: boolean };
    row: StatementOfRow;
  };
  'change-begin': {
    params: { tokenId: string | null; idempotencyKey: string | null };
    row: { revoked: boolean; earlier: ChangeMap | null; now: string };
  };
  'change-record': {
    // The change's own fields are ChangeRecord's (records.ts); the rest is how it is written.
    params: Pick<ChangeRecord, 'id' | 'by' | 'action' | 'comment' | 'statementId' | 'version' | 'entityIds'> & {
      now: string;
      idempotencyKey: string | null;
      requestHash: string | null;
      result: string | null;
    };
    row: { change: ChangeMap };
  };
  'change-seq-since': { params: { since: string }; row: { seq: number } };
  'changes-of-entity': { params: { after: Int; limit: Int; entity: string }; row: { change: ChangeMap } };
  'changes-page': { params: { after: Int; limit: Int }; row: { change: ChangeMap } };
  'curation-entities': { params: { ids: string[] }; row: { id: string; kind: string; labels: string[]; mergedInto: string | null } };
  'entities-by-id': { params: { ids: string[] }; row: { entity: NodeMap } };
  'entity-add-aliases': { params: WriteParams & { id: string; aliases: AliasParams[] }; row: { entity: NodeMap } };
  'entity-aliases': { params: { ids: string[] }; row: { id: string; aliases: AliasMap[] } };
  'entity-count-of-kind': { params: NoParams; row: Count };
  'entity-count': { params: NoParams; row: Count };
  'entity-create': {
    params: WriteParams & { id: string; labels: string[]; properties: Record<string, unknown>; aliases: AliasParams[] };
    row: { entity: NodeMap };
  };
  'entity-merge': { params: WriteParams & { from: string; into: string }; row: { entity: NodeMap } };
  'entity-page-of-kind': {
    params: KeysetParams & { aliases: boolean; kind: string };
    row: { entity: NodeMap; aliases: AliasMap[] | null };
  };
  'entity-page': { params: KeysetParams & { aliases: boolean }; row: { entity: NodeMap; aliases: AliasMap[] | null } };
  'entity-search': {
    params: { query: string; kinds: string[] | null; candidates: Int; limit: Int };
    row: { entity: NodeMap; alias: AliasMap | null; score: number; tier: number };
  };
  'entity-statement-ids': {
    params: { id: string; other: string };
    row: { id: string; version: number; outgoing: boolean; linksOther: boolean };
  };
  'record-load': { params: { by: string; changeId: string; files: string[] }; row: { change: ChangeMap } };
  'relation-count-all': { params: NoParams; row: Count };
  'relation-count-by-provenance': { params: ProvenanceFilterParams; row: Count };
  'relation-count-scan': { params: StatementFilterParams; row: Count };
  'relation-count': { params: StatementFilterParams; row: Count };
  'relation-page-by-provenance': { params: ProvenanceFilterParams & KeysetParams; row: ListedStatementRow };
  'relation-page-scan': { params: StatementFilterParams & KeysetParams; row: ListedStatementRow };
  'relation-page': { params: StatementFilterParams & KeysetParams; row: ListedStatementRow };
  'relations-by-id': { params: RecordedParams & { ids: string[]; mentioned: boolean }; row: StatementOfRow };
  'relations-of-entities-with-parts': { params: RelationsOfParams; row: StatementOfRow & { viaPart: NodeMap | null } };
  'relations-of-entities': { params: RelationsOfParams; row: StatementOfRow };
  'server-components': { params: NoParams; row: { version: string; edition: string } };
  'statement-create': {
    params: WriteParams & { type: string; id: string; subject: string; object: string; properties: Record<string, unknown> };
    row: StatementRow;
  };
  'statement-current': { params: { id: string }; row: StatementRow };
  'statement-revise': {
    params: WriteParams & {
      id: string;
      /** The version read (a number from entity-statement-ids or statement-current). */
      version: number | Int;
      changes: Record<string, unknown>;
      newSubject: string | null;
      newObject: string | null;
    };
    row: StatementRow;
  };
  'statement-versions': { params: { id: string }; row: StatementRow };
  'statements-by-provenance': {
    params: PeriodParams &
      RecordedParams & { ids: string[]; field: string; types: readonly string[] | null; limit: Int; mentioned: boolean };
    row: StatementOfRow;
  };
  'token-revoke': { params: { now: string; tokenId: string; by: string }; row: { tokenId: string; revokedAt: string } };
  'view-entities': { params: { ids: string[] }; row: ViewNodeRow };
  'view-neighborhood': {
    params: PeriodParams & RecordedParams & { id: string; depth: Int; maxNodes: Int; maxEdges: Int };
    row: NeighborhoodRow;
  };
  'view-paths': {
    params: PeriodParams &
      RecordedParams & {
        from: string;
        to: string;
        maxHops: Int;
        limit: Int;
        both: string[];
        forward: string[];
        costs: Record<string, Record<string, Int>>;
      };
    row: PathRow;
  };
  'view-sources': { params: { ids: string[] }; row: SourceRow };
  'view-timeline': {
    params: RecordedParams & { id: string; from: string | null; to: string | null; limit: Int };
    row: TimelineItemRow;
  };
}

export type QueryName = keyof QuerySignatures;
export type QueryParams<N extends QueryName> = QuerySignatures[N]['params'];
export type QueryRow<N extends QueryName> = QuerySignatures[N]['row'];

/**
 * The signatures name exactly the files in cypher/queries/ (query-names.generated.ts, written by
 * `npm run build` from the directory): a file renamed, deleted or added without its signature is
 * a type error here, so the build fails.
 */
type Missing = Exclude<QueryFileName, QueryName>;
type Stale = Exclude<QueryName, QueryFileName>;
// (the error names the missing signatures and the stale ones)
const _filesMatchSignatures: [Missing, Stale] extends [never, never] ? true : { missing: Missing; stale: Stale } = true;
