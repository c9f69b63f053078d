// Entities whose name or one of whose aliases matches the Lucene query $query, best match first
// (the full-text index entity_names covers Entity.name and Alias.name). An alias counts for the
// entity that has it; each entity comes once, with the best score it got. On a tie, sources come
// after the entities they are about.
// Params: query (a Lucene query string, already escaped), limit.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
OPTIONAL MATCH (owner:Entity)-[:HAS_ALIAS]->(node:Alias)
WITH coalesce(owner, node) AS e, score
WHERE e:Entity
WITH e, max(score) AS score
ORDER BY score DESC, e:Source, e.id
LIMIT $limit
RETURN e.id AS id, e.kind AS kind, e.name AS name, labels(e) AS labels
