// The view summary (id, kind, name, labels) of the entities whose ids are in $ids.
// :param ids => ['lachin-corridor', 'armenia']
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n.id AS id, n.kind AS kind, n.name AS name, labels(n) AS labels
ORDER BY id
