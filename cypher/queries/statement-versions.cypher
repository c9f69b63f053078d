// Every version of statement $id, oldest first (docs/curation.md): the current one has recordedTo null.
// Same type list and index seeks as statement-current.
// :param id => 'azerbaijan-controls-lachin-district'
MATCH (s:Entity)-[r:CONTROLS|CLAIMS|RECOGNIZED_AS_PART_OF|RECOGNIZES|GUARANTEES|HAS_AREA_OF_RESPONSIBILITY|DEPLOYED_IN|PARTY_TO|SIGNED|BACKS|PART_OF|LOCATED_IN|CONNECTS|CAPITAL_OF|CHAIRS|MEMBER_OF|COMMANDS|HEADS|MEDIATES|MONITORS|PARTICIPATED_IN|HAS_PROVISION|ALLEGES|AGAINST|CONCERNS|DENIES|REPORTS|PUBLISHED_BY {id: $id}]->(o:Entity)
RETURN /*{include statement}*/ AS relation, s {.*, labels: labels(s)} AS subject, o {.*, labels: labels(o)} AS object
ORDER BY coalesce(r.version, 1);
