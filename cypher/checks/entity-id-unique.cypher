// Entity ids are unique.
MATCH (n:Entity)
WHERE n.id IS NOT NULL
WITH n.id AS id, count(*) AS copies
WHERE copies > 1
RETURN [toString(id)] AS ids, 'id is held by ' + toString(copies) + ' entities' AS detail;
