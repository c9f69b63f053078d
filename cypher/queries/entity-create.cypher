// Creates entity $id with the labels $labels (Entity, its group and its kind label, checked against
// the contract before this runs), its properties and its aliases, recorded by change $changeId.
// :param now => '2026-01-01T00:00:00Z'
// :param id => 'example-village'
// :param labels => ['Entity', 'Place', 'Settlement']
// :param properties => {kind: 'SETTLEMENT', name: 'Example village'}
// :param aliases => [{name: 'Example', language: 'en', misspelling: false}]
// :param by => 'alice'
// :param changeId => 'c-example'
CREATE (e:$($labels) {id: $id})
SET e += $properties, e.recordedFrom = datetime($now), e.recordedBy = $by, e.changeId = $changeId
WITH e
CALL (e) {
  UNWIND $aliases AS alias
  MERGE (a:Alias {id: e.id + '|' + coalesce(alias.language, '') + '|' + alias.name})
  ON CREATE SET a.name = alias.name, a.language = alias.language, a.misspelling = coalesce(alias.misspelling, false),
                a.recordedFrom = datetime($now), a.recordedBy = $by, a.changeId = $changeId
  MERGE (e)-[:HAS_ALIAS]->(a)
}
RETURN e {.*, labels: labels(e)} AS entity;
