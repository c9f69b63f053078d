// The changes after seq $after, oldest first, at most $limit (index on Change.seq).
// :param after => 0
// :param limit => 21
MATCH (c:Change)
WHERE c.seq > $after
RETURN c {.*} AS change
ORDER BY c.seq
LIMIT $limit;
