// Shortest paths from $from to $to of at most $maxHops (1-6) statements of the types in $types
// that hold in [$periodFrom, $periodTo) (src/model/validity.ts; every date when null). Types in $both may be walked either way;
// types in $forward only from their source to their target (RELATIONSHIP_TYPES[type].traversal).
// Each edge keeps its real source and target. At most $limit paths, the most relevant first: by
// length, then cost (each edge: $costs.types[its type] plus what its status, rank and confidence
// add; RELATIONSHIP_TYPES[type].pathCost and STATEMENT_PATH_COSTS in the contract), then node ids,
// then edge ids. Template (src/graph/queries.ts): {types} becomes the allowed types (such as
// `:CONTROLS|PART_OF`), so the search expands only those relationships, and {maxHops} the
// longest path as a literal (a quantifier cannot take a parameter): `{1,4}` walks at most 4 hops,
// where `{1,}` as written would search on until a path is found.
// {include ...} marks a piece shared with other queries (src/graph/shared-cypher.ts); the copy to
// paste into Neo4j Browser, with every piece put in, is dist/cypher/queries/ after npm run build.
// :param from => 'lachin-corridor'
// :param to => 'armenia'
// :param maxHops => 4
// :param both => ['CONTROLS', 'PART_OF', 'HAS_AREA_OF_RESPONSIBILITY', 'CONNECTS', 'GUARANTEES', 'PARTY_TO']
// :param forward => ['REPORTS', 'PUBLISHED_BY']
// :param periodFrom => null
// :param periodTo => null
// :param certainOnly => false
// :param limit => 5
// :param costs => {types: {CONTROLS: 1, PART_OF: 1, HAS_AREA_OF_RESPONSIBILITY: 1, GUARANTEES: 2, PARTY_TO: 2, CONNECTS: 2}, status: {DISPUTED: 1, SUPERSEDED: 2}, rank: {DEPRECATED: 2}, confidence: {PARTISAN: 1, CONFLICTING: 1, UNVERIFIED: 2}}
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = ALL SHORTEST (a)((x)-[r/*{types}*/]-(y) WHERE (type(r) IN $both OR (type(r) IN $forward AND startNode(r) = x))
    AND /*{include holdsInPeriod}*//*{recorded}*/){1,/*{maxHops}*/}(b)
WHERE length(p) <= $maxHops
WITH p, [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | r.id] AS edgeIds,
     reduce(cost = 0, r IN relationships(p) | cost + $costs.types[type(r)]
       + coalesce($costs.status[r.status], 0) + coalesce($costs.rank[r.rank], 0) + coalesce($costs.confidence[r.confidence], 0)) AS cost
ORDER BY length(p), cost, ids, edgeIds
LIMIT $limit
RETURN [n IN nodes(p) | {id: n.id, kind: n.kind, name: n.name, labels: labels(n)}] AS nodes,
       [r IN relationships(p) | /*{include viewEdge}*/] AS edges,
       cost
