// Full-text search over entity names and aliases (index entity_names). $query is a Lucene query
// built from the user's text with special characters escaped (src/graph/fulltext.ts). Each entity
// appears once, with the name or alias that matched best, and its `tier`: 0 for actors and places,
// 1 for agreements, events and allegations, 2 for provisions and sources. The repository ranks by
// how well the words match, then tier, then score (src/graph/repositories/entities.ts), so where
// the words match equally an actor or place comes before the clause or source that names it.
// :param query => '"khanke"^4 OR (khanke)^2 OR (khanke*) OR khanke~1'
// :param kinds => null
// :param candidates => 200
// :param limit => 200
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $candidates}) YIELD node, score
OPTIONAL MATCH (owner:Entity)-[:HAS_ALIAS]->(node:Alias)
WITH CASE WHEN node:Alias THEN owner ELSE node END AS e, CASE WHEN node:Alias THEN node END AS alias, score
WHERE e:Entity AND e.mergedInto IS NULL AND ($kinds IS NULL OR e.kind IN $kinds)
WITH e, alias, score ORDER BY score DESC, alias.name
WITH e, collect({alias: alias {.*}, score: score})[0] AS best
ORDER BY best.score DESC, e:Source, e.id
LIMIT $limit
RETURN e {.*, labels: labels(e)} AS entity, best.alias AS alias, best.score AS score,
       CASE WHEN e:Actor OR e:Place THEN 0 WHEN e:Provision OR e:Source THEN 2 ELSE 1 END AS tier;
