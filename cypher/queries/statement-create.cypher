// Writes version 1 of a new statement $id of type $type (checked against the contract's allowlist
// before this runs) from $subject to $object, with the statement properties in $properties.
// :param now => '2026-01-01T00:00:00Z'
// :param type => 'CONTROLS'
// :param id => 'example-controls-lachin'
// :param subject => 'azerbaijan'
// :param object => 'lachin-district'
// :param properties => {status: 'UNCONTESTED', rank: 'NORMAL', confidence: 'CONFIRMED', sources: ['seed-article']}
// :param by => 'alice'
// :param changeId => 'c-example'
MATCH (s:Entity {id: $subject}), (o:Entity {id: $object})
CREATE (s)-[r:$($type)]->(o)
SET r = $properties
SET r.id = $id, r.version = 1, r.recordedFrom = datetime($now), r.recordedBy = $by, r.changeId = $changeId
RETURN /*{include statement}*/ AS relation, s {.*, labels: labels(s)} AS subject, o {.*, labels: labels(o)} AS object;
