// The changes that touched entity $entity (CHANGED) after seq $after, oldest first, at most $limit.
// :param entity => 'lachin-district'
// :param after => 0
// :param limit => 21
MATCH (:Entity {id: $entity})<-[:CHANGED]-(c:Change)
WHERE c.seq > $after
RETURN c {.*} AS change
ORDER BY c.seq
LIMIT $limit;
