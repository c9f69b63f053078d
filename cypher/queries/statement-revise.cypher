// Writes the next version of statement $id: a new relationship of the same type between the same
// entities (or, for a merge, with $newSubject/$newObject in place of the old ones) holding the
// current version's properties with $changes applied (a null removes a property), version + 1;
// the current version (it must be version $version) is closed: recordedTo = now. Nothing is
// deleted. Returns no row when version $version is no longer current.
// :param now => '2026-01-01T00:00:00Z'
// :param id => 'azerbaijan-controls-lachin-district'
// :param version => 1
// :param changes => {rank: 'DEPRECATED'}
// :param newSubject => null
// :param newObject => null
// :param by => 'alice'
// :param changeId => 'c-example'
MATCH (s:Entity)-[old:CONTROLS|CLAIMS|RECOGNIZED_AS_PART_OF|RECOGNIZES|GUARANTEES|HAS_AREA_OF_RESPONSIBILITY|DEPLOYED_IN|PARTY_TO|SIGNED|BACKS|PART_OF|LOCATED_IN|CONNECTS|CAPITAL_OF|CHAIRS|MEMBER_OF|COMMANDS|HEADS|MEDIATES|MONITORS|PARTICIPATED_IN|HAS_PROVISION|ALLEGES|AGAINST|CONCERNS|DENIES|REPORTS|PUBLISHED_BY {id: $id}]->(o:Entity)
WHERE old.recordedTo IS NULL AND coalesce(old.version, 1) = $version
OPTIONAL MATCH (ns:Entity {id: $newSubject})
OPTIONAL MATCH (no:Entity {id: $newObject})
WITH old, coalesce(ns, s) AS s, coalesce(no, o) AS o
CREATE (s)-[r:$(type(old))]->(o)
SET r = old {.*, version: $version + 1, recordedFrom: datetime($now), recordedBy: $by, changeId: $changeId, recordedTo: null, closedBy: null}
SET r += $changes
SET old.recordedTo = datetime($now), old.closedBy = $changeId
RETURN /*{include statement}*/ AS relation, s {.*, labels: labels(s)} AS subject, o {.*, labels: labels(o)} AS object;
