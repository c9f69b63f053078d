// One page of entities ordered by id: the first $limit with an id after $after (keyset
// pagination; '' for the first page). The entity_id index gives them in order, so the page reads
// $limit entities however many there are. Of one kind: entity-page-of-kind.cypher.
// Template (src/graph/queries.ts, keysetFills): {before} adds ` AND e.id < $before` when the page
// has an upper bound, and {order} is ` DESC` for a `last` page, which reads the same index
// backward and stops after $limit (the repository puts the rows back in id order).
// :param after => ''
// :param before => null
// :param limit => 21
// :param aliases => true
MATCH (e:Entity)
WHERE e.id > $after/*{before}*/ AND e.mergedInto IS NULL
WITH e ORDER BY e.id/*{order}*/
LIMIT $limit
RETURN e {.*, labels: labels(e)} AS entity,
       // Its aliases too when the request selects them ($aliases), so a page with its aliases is one
       // query; otherwise Neo4j skips the subquery.
       CASE WHEN $aliases THEN COLLECT { MATCH (e)-[:HAS_ALIAS]->(a:Alias) WITH a ORDER BY a.language, a.name RETURN a {.*} } END AS aliases;
