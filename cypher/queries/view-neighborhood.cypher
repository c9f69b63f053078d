// Graph view: the entity $id and everything within $depth hops (1-3) over the statement types
// filled into {types} (such as `:CONTROLS|CLAIMS`, from the contract; every type as written)
// that hold in [$periodFrom, $periodTo) (src/model/validity.ts; every date when null). Nodes come once each, nearest first then by
// id; the first $maxNodes are kept. The walk goes one level at a time and stops as soon as the
// levels walked fill $maxNodes: a hub's first level can fill the view, and then its neighbours'
// neighbours are never read (omittedNodes counts the nodes found in the levels walked). Edges are
// every allowed, valid statement between kept nodes, ordered by type, source, target and id; at most
// $maxEdges.
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
  WHERE n <> center AND ($periodFrom IS NULL OR ((r.validFrom IS NULL OR coalesce(CASE WHEN $certainOnly THEN r.validFromLatest ELSE r.validFromEarliest END, r.validFrom) < date($periodTo))
      AND (r.validTo IS NULL OR date($periodFrom) < coalesce(CASE WHEN $certainOnly THEN r.validToEarliest ELSE r.validToLatest END, r.validTo))
      AND (NOT $certainOnly OR r.validFrom IS NULL OR r.validTo IS NULL OR coalesce(r.validFromLatest, r.validFrom) < coalesce(r.validToEarliest, r.validTo))))/*{recorded}*/
  WITH DISTINCT n ORDER BY n.id
  RETURN collect(n) AS level1
}
CALL (center, level1) {
  UNWIND CASE WHEN $depth >= 2 AND size(level1) + 1 <= $maxNodes THEN level1 ELSE [] END AS m
  MATCH (m)-[r/*{types}*/]-(n:Entity)
  WHERE n <> center AND NOT n IN level1 AND ($periodFrom IS NULL OR ((r.validFrom IS NULL OR coalesce(CASE WHEN $certainOnly THEN r.validFromLatest ELSE r.validFromEarliest END, r.validFrom) < date($periodTo))
      AND (r.validTo IS NULL OR date($periodFrom) < coalesce(CASE WHEN $certainOnly THEN r.validToEarliest ELSE r.validToLatest END, r.validTo))
      AND (NOT $certainOnly OR r.validFrom IS NULL OR r.validTo IS NULL OR coalesce(r.validFromLatest, r.validFrom) < coalesce(r.validToEarliest, r.validTo))))/*{recorded}*/
  WITH DISTINCT n ORDER BY n.id
  RETURN collect(n) AS level2
}
CALL (center, level1, level2) {
  UNWIND CASE WHEN $depth >= 3 AND size(level1) + size(level2) + 1 <= $maxNodes THEN level2 ELSE [] END AS m
  MATCH (m)-[r/*{types}*/]-(n:Entity)
  WHERE n <> center AND NOT n IN level1 AND NOT n IN level2 AND ($periodFrom IS NULL OR ((r.validFrom IS NULL OR coalesce(CASE WHEN $certainOnly THEN r.validFromLatest ELSE r.validFromEarliest END, r.validFrom) < date($periodTo))
      AND (r.validTo IS NULL OR date($periodFrom) < coalesce(CASE WHEN $certainOnly THEN r.validToEarliest ELSE r.validToLatest END, r.validTo))
      AND (NOT $certainOnly OR r.validFrom IS NULL OR r.validTo IS NULL OR coalesce(r.validFromLatest, r.validFrom) < coalesce(r.validToEarliest, r.validTo))))/*{recorded}*/
  WITH DISTINCT n ORDER BY n.id
  RETURN collect(n) AS level3
}
WITH [center] + level1 + level2 + level3 AS reached
WITH reached[0..$maxNodes] AS kept, size(reached) - $maxNodes AS over
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r/*{types}*/]->(b:Entity)
  WHERE b IN kept AND ($periodFrom IS NULL OR ((r.validFrom IS NULL OR coalesce(CASE WHEN $certainOnly THEN r.validFromLatest ELSE r.validFromEarliest END, r.validFrom) < date($periodTo))
      AND (r.validTo IS NULL OR date($periodFrom) < coalesce(CASE WHEN $certainOnly THEN r.validToEarliest ELSE r.validToLatest END, r.validTo))
      AND (NOT $certainOnly OR r.validFrom IS NULL OR r.validTo IS NULL OR coalesce(r.validFromLatest, r.validFrom) < coalesce(r.validToEarliest, r.validTo))))/*{recorded}*/
  WITH a, r, b ORDER BY type(r), a.id, b.id, r.id
  WITH collect({
    id: r.id, type: type(r), source: a.id, target: b.id,
    validFrom: r.validFrom, validFromPrecision: r.validFromPrecision,
    validTo: r.validTo, validToPrecision: r.validToPrecision,
         validFromEarliest: r.validFromEarliest, validFromLatest: r.validFromLatest, validToEarliest: r.validToEarliest, validToLatest: r.validToLatest,
    status: r.status, rank: r.rank, confidence: r.confidence, sourceIds: coalesce(r.sources, [])
  }) AS found
  RETURN found[0..$maxEdges] AS edges, size(found) AS edgeCount
}
RETURN [n IN kept | {id: n.id, kind: n.kind, name: n.name, labels: labels(n)}] AS nodes,
       edges,
       CASE WHEN over > 0 THEN over ELSE 0 END AS omittedNodes,
       edgeCount - size(edges) AS omittedEdges
