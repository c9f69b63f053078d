// How many statements of the types asked for (each-block, as in relation-page-scan.cypher) have one
// of $statuses and hold in [$periodFrom, $periodTo): with a filter and no subject or object, every statement of those
// types is read. Without a filter, relation-count-all.cypher reads the count store instead.
// {include ...} marks a piece shared with other queries (src/graph/shared-cypher.ts); the copy to
// paste into Neo4j Browser, with every piece put in, is dist/cypher/queries/ after npm run build.
// :param statuses => ['DISPUTED']
// :param periodFrom => null
// :param periodTo => null
// :param certainOnly => false
// :param asRecordedOn => null
CALL () {
  /*{each types}*/MATCH ()-[r/*{types}*/]->()
  WHERE ($statuses IS NULL OR r.status IN $statuses)
    AND /*{include holdsInPeriod}*//*{recorded}*/
  RETURN count(r) AS n/*{/each}*/
}
RETURN sum(n) AS totalCount;
