// Graph view: the entity $id and everything within $depth hops (1-3) over the statement types in
// $types that hold on $asOf (every date when $asOf is null). Nodes come once each, nearest first
// then by id; the first $maxNodes are kept and the rest counted. Edges are every allowed, valid
// statement between kept nodes, ordered by type, source, target and id; at most $maxEdges.
// Params: id, depth, types, asOf ('YYYY-MM-DD' or null), maxNodes, maxEdges.
MATCH (center:Entity {id: $id})
CALL (center) {
  MATCH p = ANY SHORTEST (center)-[r WHERE type(r) IN $types AND r.recordedTo IS NULL
      AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= date($asOf)) AND (r.validTo IS NULL OR date($asOf) < r.validTo)))]-{1,3}(n:Entity)
  WHERE n <> center AND length(p) <= $depth
  RETURN collect({node: n, distance: length(p)}) AS reached
}
UNWIND [{node: center, distance: 0}] + reached AS item
WITH item ORDER BY item.distance, item.node.id
WITH collect(item) AS ordered
WITH [i IN ordered[0..$maxNodes] | i.node] AS kept, size(ordered) - $maxNodes AS over
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN kept AND type(r) IN $types AND r.recordedTo IS NULL
    AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= date($asOf)) AND (r.validTo IS NULL OR date($asOf) < r.validTo)))
  WITH a, r, b ORDER BY type(r), a.id, b.id, r.id
  WITH collect({
    id: r.id, type: type(r), source: a.id, target: b.id,
    validFrom: r.validFrom, validFromPrecision: r.validFromPrecision,
    validTo: r.validTo, validToPrecision: r.validToPrecision,
    status: r.status, rank: r.rank, confidence: r.confidence, sourceIds: coalesce(r.sources, [])
  }) AS found
  RETURN found[0..$maxEdges] AS edges, size(found) AS edgeCount
}
RETURN [n IN kept | {id: n.id, kind: n.kind, name: n.name, labels: labels(n)}] AS nodes,
       edges,
       CASE WHEN over > 0 THEN over ELSE 0 END AS omittedNodes,
       edgeCount - size(edges) AS omittedEdges
