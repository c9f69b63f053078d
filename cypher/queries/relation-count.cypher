// How many statements the relations connection holds in all pages (its totalCount, computed only
// when asked for), for a subject and/or an object: the same filters and template as
// relation-page.cypher, so it costs that entity's relationships of those types.
// {include ...} marks a piece shared with other queries (src/graph/shared-cypher.ts); the copy to
// paste into Neo4j Browser, with every piece put in, is dist/cypher/queries/ after npm run build.
// :param subject => 'russian-peacekeeping-contingent'
// :param object => null
// :param statuses => null
// :param periodFrom => '2022-08-15'
// :param periodTo => '2022-08-16'
// :param certainOnly => false
// :param asRecordedOn => null
MATCH (s:Entity/*{subject}*/)-[r/*{types}*/]->(o:Entity/*{object}*/)
WHERE ($statuses IS NULL OR r.status IN $statuses)
  AND /*{include holdsInPeriod}*//*{recorded}*/
RETURN count(r) AS totalCount;
