// An :Alias has a non-empty name, a boolean `misspelling`, and belongs to exactly one :Entity.
MATCH (a:Alias)
WITH a, COUNT { (:Entity)-[:HAS_ALIAS]->(a) } AS owners, [(e:Entity)-[:HAS_ALIAS]->(a) | e.id] AS ownerIds
WITH a, owners, ownerIds, [problem IN [
    CASE WHEN a.name IS NULL OR NOT a.name IS :: STRING OR trim(a.name) = '' THEN 'alias has no name' END,
    CASE WHEN a.misspelling IS NOT NULL AND NOT a.misspelling IS :: BOOLEAN THEN 'misspelling is not a boolean' END,
    CASE WHEN owners <> 1 THEN 'alias belongs to ' + toString(owners) + ' entities, not one' END
  ] WHERE problem IS NOT NULL] AS problems
UNWIND problems AS problem
RETURN [x IN ownerIds | toString(x)] + ['alias "' + coalesce(toString(a.name), elementId(a)) + '"'] AS ids, problem AS detail;
