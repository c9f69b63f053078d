// The statements that name each entity in $ids in one of their provenance lists: $field is
// 'assertedBy', 'supportedBy', 'disputedBy' or 'sources' (checked against that list by the caller,
// src/graph/repositories/relations.ts). One lookup per id in the full-text index
// statement_provenance (keyword analyzer: the whole id is the term), never a scan of the
// relationships. Optionally only $types, and only statements holding in [$periodFrom, $periodTo)
// (src/model/validity.ts). At most $limit per id, by the statement's start then id.
// :param ids => ['russia-mod']
// :param field => 'supportedBy'
// :param types => null
// :param periodFrom => null
// :param periodTo => null
// :param certainOnly => false
// :param asRecordedOn => null
// :param limit => 101
UNWIND $ids AS id
CALL (id) {
  CALL db.index.fulltext.queryRelationships('statement_provenance', $field + ':"' + replace(replace(id, '\\', '\\\\'), '"', '\\"') + '"') YIELD relationship
  WITH relationship AS r
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($periodFrom IS NULL OR ((r.validFrom IS NULL OR coalesce(CASE WHEN $certainOnly THEN r.validFromLatest ELSE r.validFromEarliest END, r.validFrom) < date($periodTo))
    AND (r.validTo IS NULL OR date($periodFrom) < coalesce(CASE WHEN $certainOnly THEN r.validToEarliest ELSE r.validToLatest END, r.validTo))
    AND (NOT $certainOnly OR r.validFrom IS NULL OR r.validTo IS NULL OR coalesce(r.validFromLatest, r.validFrom) < coalesce(r.validToEarliest, r.validTo))))/*{recorded}*/
  WITH r ORDER BY r.validFrom, r.id
  LIMIT $limit
  RETURN r
}
WITH id, r, startNode(r) AS s, endNode(r) AS o
CALL (r) {
  // The entities the statement names in assertedBy/disputedBy/supportedBy/sources/provision come
  // with it, so reading its provenance and its clause costs no further query.
  UNWIND coalesce(r.assertedBy, []) + coalesce(r.disputedBy, []) + coalesce(r.supportedBy, []) + coalesce(r.sources, [])
         + [clause IN [r.provision] WHERE clause IS NOT NULL] AS mentionedId
  MATCH (m:Entity {id: mentionedId})
  RETURN collect(DISTINCT m {.*, labels: labels(m)}) AS mentioned
}
RETURN id, r {.*, type: type(r)} AS relation, s {.*, labels: labels(s)} AS subject, o {.*, labels: labels(o)} AS object, mentioned
ORDER BY id, r.validFrom, r.id;
