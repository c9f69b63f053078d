// One page of entities ordered by id, optionally of one kind, and the length of the whole list.
// Keyset pagination: $after is the last id of the previous page (null for the first page).
// :param kind => 'SETTLEMENT'
// :param after => null
// :param limit => 21
MATCH (e:Entity)
WHERE ($kind IS NULL OR e.kind = $kind) AND e.mergedInto IS NULL
WITH e ORDER BY e.id
WITH count(e) AS totalCount, collect(CASE WHEN $after IS NULL OR e.id > $after THEN e END)[..$limit] AS page
RETURN totalCount, [e IN page | e {.*, labels: labels(e)}] AS entities;
