// One page of entities of the kind $kind ordered by id: the first $limit with an id after $after
// (keyset pagination; '' for the first page), read in order from the entity_kind_id index.
// (Ordering by kind too lets the planner take the order of the composite index: kind is fixed.)
// :param kind => 'SETTLEMENT'
// :param after => ''
// :param limit => 21
MATCH (e:Entity)
WHERE e.kind = $kind AND e.id > $after AND e.mergedInto IS NULL
WITH e ORDER BY e.kind, e.id
LIMIT $limit
RETURN e {.*, labels: labels(e)} AS entity;
