// Graph view: the entity $id and everything within $depth hops (1-3) over the statement types in
// $types that hold in [$periodFrom, $periodTo) (src/model/validity.ts; every date when null). Nodes come once each, nearest first
// then by id; the first $maxNodes are kept and the rest counted. Edges are every allowed, valid
// statement between kept nodes, ordered by type, source, target and id; at most $maxEdges.
// Params: id, depth, types, periodFrom, periodTo ('YYYY-MM-DD' or null), certainOnly, maxNodes, maxEdges.
MATCH (center:Entity {id: $id})
CALL (center) {
  MATCH p = ANY SHORTEST (center)-[r WHERE type(r) IN $types
      AND ($periodFrom IS NULL OR ((r.validFrom IS NULL OR coalesce(CASE WHEN $certainOnly THEN r.validFromLatest ELSE r.validFromEarliest END, r.validFrom) < date($periodTo))
        AND (r.validTo IS NULL OR date($periodFrom) < coalesce(CASE WHEN $certainOnly THEN r.validToEarliest ELSE r.validToLatest END, r.validTo))
        AND (NOT $certainOnly OR r.validFrom IS NULL OR r.validTo IS NULL OR coalesce(r.validFromLatest, r.validFrom) < coalesce(r.validToEarliest, r.validTo))))]-{1,3}(n:Entity)
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
  WHERE b IN kept AND type(r) IN $types
    AND ($periodFrom IS NULL OR ((r.validFrom IS NULL OR coalesce(CASE WHEN $certainOnly THEN r.validFromLatest ELSE r.validFromEarliest END, r.validFrom) < date($periodTo))
        AND (r.validTo IS NULL OR date($periodFrom) < coalesce(CASE WHEN $certainOnly THEN r.validToEarliest ELSE r.validToLatest END, r.validTo))
        AND (NOT $certainOnly OR r.validFrom IS NULL OR r.validTo IS NULL OR coalesce(r.validFromLatest, r.validFrom) < coalesce(r.validToEarliest, r.validTo))))
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
