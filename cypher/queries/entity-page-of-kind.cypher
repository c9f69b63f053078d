// One page of entities of the kind $kind ordered by id: the first $limit with an id after $after
// (keyset pagination; '' for the first page), read in order from the entity_kind_id index.
// (Ordering by kind too lets the planner take the order of the composite index: kind is fixed.)
// Template: {before} and {order} as in entity-page.cypher (a `last` page reads the index backward).
// :param kind => 'SETTLEMENT'
// :param after => ''
// :param before => null
// :param limit => 21
// :param aliases => true
MATCH (e:Entity)
WHERE e.kind = $kind AND e.id > $after/*{before}*/ AND e.mergedInto IS NULL
WITH e ORDER BY e.kind/*{order}*/, e.id/*{order}*/
LIMIT $limit
RETURN e {.*, labels: labels(e)} AS entity,
       // Its aliases too when the request selects them ($aliases), so a page with its aliases is one
       // query; otherwise Neo4j skips the subquery.
       CASE WHEN $aliases THEN COLLECT { MATCH (e)-[:HAS_ALIAS]->(a:Alias) WITH a ORDER BY a.language, a.name RETURN a {.*} } END AS aliases;
