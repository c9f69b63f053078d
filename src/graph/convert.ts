import neo4j, { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isNode, isPath, isPoint, isRelationship, isTime } from 'neo4j-driver';

/**
 * Neo4j values become plain JSON-safe values here, at the repository boundary, so GraphQL
 * serializers never see driver types: Integer -> number (string when beyond 2^53), Date ->
 * 'YYYY-MM-DD', DateTime -> ISO 8601 string, nodes and relationships -> their properties.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (isPoint(value)) return { srid: toPlain(value.srid), x: value.x, y: value.y, z: value.z ?? null };
  if (isNode(value)) return { labels: value.labels, ...(toPlain(value.properties) as object) };
  if (isRelationship(value)) return { type: value.type, ...(toPlain(value.properties) as object) };
  if (isPath(value)) return value.segments.map((s) => ({ start: toPlain(s.start), relationship: toPlain(s.relationship), end: toPlain(s.end) }));
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
    return out;
  }
  return value;
}
