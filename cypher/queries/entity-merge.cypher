// Merges entity $from into $into: $from's name and aliases become aliases of $into, and $from
// stays as a redirect (mergedInto, mergedAt); its statements are moved by statement-revise first.
// :param now => '2026-01-01T00:00:00Z'
// :param from => 'lachin-town'
// :param into => 'lachin-district'
// :param by => 'alice'
// :param changeId => 'c-example'
MATCH (f:Entity {id: $from}), (t:Entity {id: $into})
OPTIONAL MATCH (f)-[:HAS_ALIAS]->(old:Alias)
WITH f, t, collect(old {.name, .language, .misspelling}) + [{name: f.name, language: null, misspelling: false}] AS names
CALL (t, names) {
  UNWIND names AS alias
  WITH t, alias WHERE alias.name <> t.name
  MERGE (a:Alias {id: t.id + '|' + coalesce(alias.language, '') + '|' + alias.name})
  ON CREATE SET a.name = alias.name, a.language = alias.language, a.misspelling = coalesce(alias.misspelling, false),
                a.recordedFrom = datetime($now), a.recordedBy = $by, a.changeId = $changeId
  MERGE (t)-[:HAS_ALIAS]->(a)
}
SET f.mergedInto = t.id, f.mergedAt = datetime($now), f.mergedBy = $by
RETURN t {.*, labels: labels(t)} AS entity;
