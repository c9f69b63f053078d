// One page of statements of any subject and object, ordered by id: the first $limit with an id
// after $after (keyset pagination; '' for the first page), of the given statuses and valid on
// [$periodFrom, $periodTo) when given (src/model/validity.ts). Template (src/graph/queries.ts): the block between {each types} and
// {/each} is repeated for each type asked for (every statement type when none), with
// {types} the type. Each type's part reads its statements in the order of the index of its id
// constraint (cypher/schema/001-constraints.cypher) and stops after $limit matches, so a page costs
// about $limit rows per type, however many statements the graph holds.
// Keyset bounds (src/graph/queries.ts, keysetFills): {before} adds ` AND r.id < $before` when
// the page has an upper bound, and {order} is ` DESC` for a `last` page, read from the end and
// stopped after $limit the same way (the repository puts the rows back in id order).
// Projection (src/graph/queries.ts, projectionFills): {relationMap}, {subjectMap} and {objectMap}
// make maps of the statement and its ends, of every property or only of those the request reads
// (as written, the query returns them whole).
// {include ...} marks a piece shared with other queries (src/graph/shared-cypher.ts); the copy to
// paste into Neo4j Browser, with every piece put in, is dist/cypher/queries/ after npm run build.
// :param statuses => null
// :param periodFrom => null
// :param periodTo => null
// :param certainOnly => false
// :param asRecordedOn => null
// :param after => ''
// :param before => null
// :param limit => 21
// :param mentioned => true
CALL () {
  /*{each types}*/MATCH (s:Entity)-[r/*{types}*/]->(o:Entity)
  WHERE r.id > $after/*{before}*/
    AND ($statuses IS NULL OR r.status IN $statuses)
    AND /*{include holdsInPeriod}*//*{recorded}*/
  RETURN s, r, o ORDER BY r.id/*{order}*/ LIMIT $limit/*{/each}*/
}
WITH s, r, o ORDER BY r.id/*{order}*/
LIMIT $limit
/*{include mentionedEntities}*/
RETURN r/*{relationMap}*/ AS relation, s/*{subjectMap}*/ AS subject, o/*{objectMap}*/ AS object, mentioned
ORDER BY r.id/*{order}*/;
