// Graph view: the entity $id and everything within $depth hops (1-3) over the statement types
// filled into {types} (such as `:CONTROLS|CLAIMS`, from the contract; every type as written)
// that hold in [$periodFrom, $periodTo) (src/model/validity.ts; every date when null). Nodes come once each, nearest first then by
// id; the first $maxNodes are kept. The walk goes one level at a time and stops as soon as the
// levels walked fill $maxNodes: a hub's first level can fill the view, and then its neighbours'
// neighbours are never read (omittedNodes counts the nodes found in the levels walked). Edges are
// every allowed, valid statement between kept nodes, ordered by type, source, target and id; at most
// $maxEdges.
// {include ...} marks a piece shared with other queries (src/graph/shared-cypher.ts); the copy to
// paste into Neo4j Browser, with every piece put in, is dist/cypher/queries/ after npm run build.
// :param id => 'nagorno-karabakh'
// :param depth => 2
// :param periodFrom => null
// :param periodTo => null
// :param certainOnly => false
// :param asRecordedOn => null
// :param maxNodes => 150
// :param maxEdges => 2000
MATCH (center:Entity {id: $id})
CALL (center) {
  MATCH (center)-[r/*{types}*/]-(n:Entity)
  WHERE n <> center AND /*{include holdsInPeriod}*//*{recorded}*/
  WITH DISTINCT n ORDER BY n.id
  RETURN collect(n) AS level1
}
CALL (center, level1) {
  UNWIND CASE WHEN $depth >= 2 AND size(level1) + 1 <= $maxNodes THEN level1 ELSE [] END AS m
  MATCH (m)-[r/*{types}*/]-(n:Entity)
  WHERE n <> center AND NOT n IN level1 AND /*{include holdsInPeriod}*//*{recorded}*/
  WITH DISTINCT n ORDER BY n.id
  RETURN collect(n) AS level2
}
CALL (center, level1, level2) {
  UNWIND CASE WHEN $depth >= 3 AND size(level1) + size(level2) + 1 <= $maxNodes THEN level2 ELSE [] END AS m
  MATCH (m)-[r/*{types}*/]-(n:Entity)
  WHERE n <> center AND NOT n IN level1 AND NOT n IN level2 AND /*{include holdsInPeriod}*//*{recorded}*/
  WITH DISTINCT n ORDER BY n.id
  RETURN collect(n) AS level3
}
WITH [center] + level1 + level2 + level3 AS reached
WITH reached[0..$maxNodes] AS kept, size(reached) - $maxNodes AS over
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r/*{types}*/]->(b:Entity)
  WHERE b IN kept AND /*{include holdsInPeriod}*//*{recorded}*/
  WITH a, r, b ORDER BY type(r), a.id, b.id, r.id
  WITH collect(/*{include viewEdge}*/) AS found
  RETURN found[0..$maxEdges] AS edges, size(found) AS edgeCount
}
RETURN [n IN kept | {id: n.id, kind: n.kind, name: n.name, labels: labels(n)}] AS nodes,
       edges,
       CASE WHEN over > 0 THEN over ELSE 0 END AS omittedNodes,
       edgeCount - size(edges) AS omittedEdges
