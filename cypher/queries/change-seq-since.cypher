// The seq of the first change at or after $since (index on Change.at), or no row.
// :param since => '2026-01-01T00:00:00Z'
MATCH (c:Change)
WHERE c.at >= datetime($since)
RETURN c.seq AS seq
ORDER BY c.at, c.seq
LIMIT 1;
