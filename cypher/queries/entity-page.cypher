// One page of entities ordered by id: the first $limit with an id after $after (keyset
// pagination; '' for the first page). The entity_id index gives them in order, so the page reads
// $limit entities however many there are. Of one kind: entity-page-of-kind.cypher.
// :param after => ''
// :param limit => 21
MATCH (e:Entity)
WHERE e.id > $after AND e.mergedInto IS NULL
WITH e ORDER BY e.id
LIMIT $limit
RETURN e {.*, labels: labels(e)} AS entity;
