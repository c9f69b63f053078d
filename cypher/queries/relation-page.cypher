// One page of the statements of a subject and/or an object, ordered by id: the first $limit with
// an id after $after (keyset pagination; '' for the first page), of the given statuses and valid
// in [$periodFrom, $periodTo) when given (src/model/validity.ts). Template (src/graph/queries.ts):
// {subject} becomes ` {id: $subject}` when a subject is given and {object} ` {id: $object}`
// when an object is (at least one is), {types} the types asked for (such as `:CONTROLS`;
// every statement type when none). The page then starts at the entity_id index and expands only
// that entity's relationships of those types. Pages with neither: relation-page-scan.cypher.
// Keyset bounds (src/graph/queries.ts, keysetFills): {before} adds ` AND r.id < $before` when
// the page has an upper bound, and {order} is ` DESC` for a `last` page, read from the end and
// stopped after $limit the same way (the repository puts the rows back in id order).
// Projection (src/graph/queries.ts, projectionFills): {relationMap}, {subjectMap} and {objectMap}
// make maps of the statement and its ends, of every property or only of those the request reads
// (as written, the query returns them whole).
// {include ...} marks a piece shared with other queries (src/graph/shared-cypher.ts); the copy to
// paste into Neo4j Browser, with every piece put in, is dist/cypher/queries/ after npm run build.
// :param subject => 'russian-peacekeeping-contingent'
// :param object => null
// :param statuses => null
// :param periodFrom => '2022-08-15'
// :param periodTo => '2022-08-16'
// :param certainOnly => false
// :param asRecordedOn => null
// :param after => ''
// :param before => null
// :param limit => 21
// :param mentioned => true
MATCH (s:Entity/*{subject}*/)-[r/*{types}*/]->(o:Entity/*{object}*/)
WHERE r.id > $after/*{before}*/
  AND ($statuses IS NULL OR r.status IN $statuses)
  AND /*{include holdsInPeriod}*//*{recorded}*/
WITH s, r, o ORDER BY r.id/*{order}*/
LIMIT $limit
/*{include mentionedEntities}*/
RETURN r/*{relationMap}*/ AS relation, s/*{subjectMap}*/ AS subject, o/*{objectMap}*/ AS object, mentioned
ORDER BY r.id/*{order}*/;
