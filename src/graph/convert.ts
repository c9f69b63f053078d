import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
} from 'neo4j-driver';

/**
 * Neo4j values become plain JSON-safe values here, at the repository boundary, so GraphQL
 * serializers never see driver types: Integer -> number (string when beyond 2^53), Date ->
 * 'YYYY-MM-DD', DateTime -> ISO 8601 string, nodes and relationships -> their properties.
 *
 * Every value of every row passes through here, so the common cases go first: primitives, plain
 * maps (what `n {.*}` projections return) and lists; only other objects are asked which driver
 * type they are.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') {
    if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
    return value;
  }
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = toPlain(value[i]);
    return out;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) return plainMap(value as Record<string, unknown>);
  if (isInt(value)) return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (isPoint(value)) return { srid: toPlain(value.srid), x: value.x, y: value.y, z: value.z ?? null };
  if (isNode(value)) return { labels: value.labels, ...plainMap(value.properties) };
  if (isRelationship(value)) return { type: value.type, ...plainMap(value.properties) };
  if (isPath(value))
    return value.segments.map((s) => ({ start: toPlain(s.start), relationship: toPlain(s.relationship), end: toPlain(s.end) }));
  return plainMap(value as Record<string, unknown>);
}

function plainMap(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in value) {
    if (Object.prototype.hasOwnProperty.call(value, key)) out[key] = toPlain(value[key]);
  }
  return out;
}
