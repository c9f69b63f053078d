// How many statements relation-page-by-provenance holds in all pages (its totalCount): the same
// index lookup and filters, so it costs the statements that name the ids asked for.
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
CALL db.index.fulltext.queryRelationships('statement_provenance', $provenance) YIELD relationship
WITH relationship AS r, startNode(relationship) AS s, endNode(relationship) AS o
WHERE ($subject IS NULL OR s.id = $subject)
  AND ($object IS NULL OR o.id = $object)
  AND ($types IS NULL OR type(r) IN $types)
  AND ($statuses IS NULL OR r.status IN $statuses)
  AND /*{include holdsInPeriod}*//*{recorded}*/
RETURN count(r) AS totalCount;
