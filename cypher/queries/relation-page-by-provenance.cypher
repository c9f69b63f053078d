// relation-page, for a request that filters by attribution: the statements come from the
// full-text index statement_provenance ($provenance is a Lucene query over assertedBy,
// supportedBy, disputedBy and sources built from checked ids by src/graph/repositories/relations.ts,
// such as '+supportedBy:"russia-mod" +sources:"seed-article"'), so only the statements that name
// those ids are read, never every relationship. The other filters and the keyset page ($after,
// $limit, by id) work as in relation-page; $subject, $object and $types are null for no filter.
// Keyset bounds (src/graph/queries.ts, keysetFills): {before} adds ` AND r.id < $before` when
// the page has an upper bound, and {order} is ` DESC` for a `last` page, read from the end and
// stopped after $limit the same way (the repository puts the rows back in id order).
// Projection (src/graph/queries.ts, projectionFills): {relationMap}, {subjectMap} and {objectMap}
// make maps of the statement and its ends, of every property or only of those the request reads
// (as written, the query returns them whole).
// {include ...} marks a piece shared with other queries (src/graph/shared-cypher.ts); the copy to
// paste into Neo4j Browser, with every piece put in, is dist/cypher/queries/ after npm run build.
// :param provenance => '+supportedBy:"russia-mod"'
// :param subject => null
// :param object => null
// :param types => null
// :param statuses => null
// :param periodFrom => null
// :param periodTo => null
// :param certainOnly => false
// :param asRecordedOn => null
// :param after => ''
// :param before => null
// :param limit => 21
// :param mentioned => true
CALL db.index.fulltext.queryRelationships('statement_provenance', $provenance) YIELD relationship
WITH relationship AS r, startNode(relationship) AS s, endNode(relationship) AS o
WHERE r.id > $after/*{before}*/
  AND ($subject IS NULL OR s.id = $subject)
  AND ($object IS NULL OR o.id = $object)
  AND ($types IS NULL OR type(r) IN $types)
  AND ($statuses IS NULL OR r.status IN $statuses)
  AND /*{include holdsInPeriod}*//*{recorded}*/
WITH s, r, o ORDER BY r.id/*{order}*/
LIMIT $limit
/*{include mentionedEntities}*/
RETURN r/*{relationMap}*/ AS relation, s/*{subjectMap}*/ AS subject, o/*{objectMap}*/ AS object, mentioned
ORDER BY r.id/*{order}*/;
