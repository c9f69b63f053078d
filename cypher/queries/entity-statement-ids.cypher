// The ids and versions of the current statements at either end of entity $id (a merge moves them),
// and whether any links it to $other.
// :param id => 'lachin-town'
// :param other => 'lachin-corridor'
MATCH (e:Entity {id: $id})-[r]-(x:Entity)
WHERE r.recordedTo IS NULL AND r.id IS NOT NULL
RETURN r.id AS id, coalesce(r.version, 1) AS version, startNode(r) = e AS outgoing, x.id = $other AS linksOther
ORDER BY id;
