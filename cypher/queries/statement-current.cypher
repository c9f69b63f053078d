// The current version of statement $id (recordedTo IS NULL), with its subject and object, or no row.
// The type list is every statement type of the contract (test/curation/queries.test.ts keeps it so):
// the planner seeks each type's id index (a union of index seeks), so no scan finds a statement.
// :param id => 'azerbaijan-controls-lachin-district'
MATCH (s:Entity)-[r:CONTROLS|CLAIMS|RECOGNIZED_AS_PART_OF|RECOGNIZES|GUARANTEES|HAS_AREA_OF_RESPONSIBILITY|DEPLOYED_IN|PARTY_TO|SIGNED|BACKS|PART_OF|LOCATED_IN|CONNECTS|CAPITAL_OF|CHAIRS|MEMBER_OF|COMMANDS|HEADS|MEDIATES|MONITORS|PARTICIPATED_IN|HAS_PROVISION|ALLEGES|AGAINST|CONCERNS|DENIES|REPORTS|PUBLISHED_BY {id: $id}]->(o:Entity)
WHERE r.recordedTo IS NULL
RETURN /*{include statement}*/ AS relation, s {.*, labels: labels(s)} AS subject, o {.*, labels: labels(o)} AS object
LIMIT 1;
