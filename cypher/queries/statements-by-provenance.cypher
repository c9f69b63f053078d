// The statements that name each entity in $ids in one of their provenance lists: $field is
// 'assertedBy', 'supportedBy', 'disputedBy' or 'sources' (checked against that list by the caller,
// src/graph/repositories/relations.ts). One lookup per id in the full-text index
// statement_provenance (keyword analyzer: the whole id is the term), never a scan of the
// relationships. Optionally only $types, and only statements holding in [$periodFrom, $periodTo)
// (src/model/validity.ts). At most $limit per id, by the statement's start then id.
// {include ...} marks a piece shared with other queries (src/graph/shared-cypher.ts); the copy to
// paste into Neo4j Browser, with every piece put in, is dist/cypher/queries/ after npm run build.
// :param ids => ['russia-mod']
// :param field => 'supportedBy'
// :param types => null
// :param periodFrom => null
// :param periodTo => null
// :param certainOnly => false
// :param asRecordedOn => null
// :param limit => 101
// :param mentioned => true
UNWIND $ids AS id
CALL (id) {
  CALL db.index.fulltext.queryRelationships('statement_provenance', $field + ':"' + replace(replace(id, '\\', '\\\\'), '"', '\\"') + '"') YIELD relationship
  WITH relationship AS r
  WHERE ($types IS NULL OR type(r) IN $types)
    AND /*{include holdsInPeriod}*//*{recorded}*/
  WITH r ORDER BY r.validFrom, r.id
  LIMIT $limit
  RETURN r
}
WITH id, r, startNode(r) AS s, endNode(r) AS o
/*{include mentionedEntities}*/
RETURN id, /*{include statement}*/ AS relation, s {.*, labels: labels(s)} AS subject, o {.*, labels: labels(o)} AS object, mentioned
ORDER BY id, r.validFrom, r.id;
