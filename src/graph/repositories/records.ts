import { KIND_LABELS, kindOf } from '../../model/contract';
import { StatementQualifiers } from '../view-shapes';
type Row = Record<string, unknown>;

/**
 * The plain shapes the repositories hand to the schema layer. Rows arrive from GraphClient already
 * converted by toPlain (Date -> 'YYYY-MM-DD', DateTime -> ISO string, Integer -> number).
 */
export interface EntityRecord {
  id: string;
  /** The contract's kind value, such as SOVEREIGN_STATE. */
  kind: string;
  name: string;
  description: string | null;
  wikidataId: string | null;
  /** Kind-specific properties (signedOn, number, url ...), as stored. */
  [property: string]: unknown;
}

export interface AliasRecord {
  name: string;
  language: string | null;
  misspelling: boolean;
}

export interface RelationRecord extends StatementQualifiers {
  id: string;
  // A statement read whole always carries its bounds' ranges (null when open or not stored).
  validFromEarliest: string | null;
  validFromLatest: string | null;
  validToEarliest: string | null;
  validToLatest: string | null;
  // The contract requires these three (kg-load check reports a statement without one).
  status: string;
  rank: string;
  confidence: string;
  type: string;
  role: string | null;
  extent: string | null;
  note: string | null;
  /** The id of the Provision the statement rests on (its `provision` property), or null. */
  provisionId: string | null;
  sourceIds: string[];
  assertedByIds: string[];
  disputedByIds: string[];
  supportedByIds: string[];
  /**
   * Set by a roll-up (includeParts): the part of the asked-for actor that is this statement's
   * subject or object (a ministry or force of a state), or null when it is the actor itself.
   */
  viaPart?: EntityRecord | null;
  subject: EntityRecord;
  object: EntityRecord;
  /** Recorded time (docs/curation.md): which version this is, and when it was the recorded state. */
  version: number;
  recordedFrom: string | null;
  recordedTo: string | null;
  recordedBy: string | null;
  /**
   * The entities named in assertedBy/disputedBy/supportedBy/sources/provision, fetched with the statement
   * (ids that match no entity are absent); null when the query was not asked to read them. Not a
   * GraphQL field: the loaders cache them.
   */
  mentioned: EntityRecord[] | null;
}

// Neo4j prints a DateTime with a named zone as 2020-11-10T00:00+03:00[Europe/Moscow]; RFC 3339
// (the DateTime scalar) stops at the offset.
const ZONE_SUFFIX = /^(\d{4}-\d{2}-\d{2}T[^[\]]+)\[[^\]]+\]$/;

function kindFromLabels(labels: unknown): string | undefined {
  if (!Array.isArray(labels)) return undefined;
  const label = KIND_LABELS.find((l) => labels.includes(l));
  return label ? kindOf(label) : undefined;
}

export function toEntityRecord(raw: unknown): EntityRecord {
  const { labels, ...props } = raw as Row & { labels?: unknown };
  // One pass over the properties, which every entity of every answer takes: only a string that
  // ends in "]" can carry a zone name to cut.
  for (const key in props) {
    const value = props[key];
    if (typeof value === 'string' && value.endsWith(']')) {
      const zoned = ZONE_SUFFIX.exec(value);
      if (zoned) props[key] = zoned[1];
    }
  }
  const record = props as EntityRecord;
  record.id = String(props.id);
  record.kind = typeof props.kind === 'string' ? props.kind : (kindFromLabels(labels) ?? 'UNKNOWN');
  record.name = typeof props.name === 'string' ? props.name : String(props.id);
  record.description = (props.description as string | undefined) ?? null;
  record.wikidataId = (props.wikidataId as string | undefined) ?? null;
  return record;
}

export function toAliasRecord(raw: unknown): AliasRecord {
  const a = raw as Row;
  return { name: String(a.name), language: (a.language as string | undefined) ?? null, misspelling: a.misspelling === true };
}

function ids(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

function text(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  // Text properties are strings; a number or boolean stored by hand reads as its literal.
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A property the contract requires of every statement (src/load/checker.ts reports one that lacks it). */
function required(r: Row, key: 'status' | 'rank' | 'confidence'): string {
  const value = text(r[key]);
  if (value === null) throw new Error(`statement ${text(r.id)} has no ${key}: run kg-load check on the graph`);
  return value;
}

export function toRelationRecord(
  relation: unknown,
  subject: unknown,
  object: unknown,
  mentioned: unknown = [],
  mentionedRead = true,
): RelationRecord {
  const r = relation as Row;
  return {
    id: String(r.id),
    type: String(r.type),
    validFrom: text(r.validFrom),
    validFromPrecision: text(r.validFromPrecision),
    validTo: text(r.validTo),
    validToPrecision: text(r.validToPrecision),
    validFromEarliest: text(r.validFromEarliest),
    validFromLatest: text(r.validFromLatest),
    validToEarliest: text(r.validToEarliest),
    validToLatest: text(r.validToLatest),
    status: required(r, 'status'),
    rank: required(r, 'rank'),
    confidence: required(r, 'confidence'),
    role: text(r.role),
    extent: text(r.extent),
    note: text(r.note),
    provisionId: text(r.provision),
    sourceIds: ids(r.sources),
    assertedByIds: ids(r.assertedBy),
    disputedByIds: ids(r.disputedBy),
    supportedByIds: ids(r.supportedBy),
    subject: toEntityRecord(subject),
    object: toEntityRecord(object),
    version: typeof r.version === 'number' ? r.version : 1,
    recordedFrom: text(r.recordedFrom),
    recordedTo: text(r.recordedTo),
    recordedBy: text(r.recordedBy),
    mentioned: !mentionedRead ? null : Array.isArray(mentioned) ? mentioned.map(toEntityRecord) : [],
  };
}

/** One curation change (docs/curation.md), as changes(...) and the mutations return it. */
export interface ChangeRecord {
  id: string;
  seq: number;
  /** ISO 8601 DateTime. */
  at: string;
  by: string;
  action: string;
  comment: string | null;
  statementId: string | null;
  version: number | null;
  entityIds: string[];
  files: string[];
}

export function toChangeRecord(raw: unknown): ChangeRecord {
  const c = raw as Row;
  return {
    id: String(c.id),
    seq: Number(c.seq),
    at: String(c.at),
    by: String(c.by),
    action: String(c.action),
    comment: text(c.comment),
    statementId: text(c.statementId),
    version: typeof c.version === 'number' ? c.version : null,
    entityIds: ids(c.entityIds),
    files: ids(c.files),
  };
}
