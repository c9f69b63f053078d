// Adds the aliases in $aliases to entity $id (an alias it already has is left as it is).
// :param now => '2026-01-01T00:00:00Z'
// :param id => 'lachin-district'
// :param aliases => [{name: 'Laçın rayonu', language: 'az', misspelling: false}]
// :param by => 'alice'
// :param changeId => 'c-example'
MATCH (e:Entity {id: $id})
CALL (e) {
  UNWIND $aliases AS alias
  MERGE (a:Alias {id: e.id + '|' + coalesce(alias.language, '') + '|' + alias.name})
  ON CREATE SET a.name = alias.name, a.language = alias.language, a.misspelling = coalesce(alias.misspelling, false),
                a.recordedFrom = datetime($now), a.recordedBy = $by, a.changeId = $changeId
  MERGE (e)-[:HAS_ALIAS]->(a)
}
RETURN e {.*, labels: labels(e)} AS entity;
