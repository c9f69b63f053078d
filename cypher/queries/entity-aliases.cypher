// The aliases (other names, in every stored language) of each entity in $ids.
// :param ids => ['artsakh', 'stepanakert']
UNWIND $ids AS id
MATCH (:Entity {id: id})-[:HAS_ALIAS]->(a:Alias)
WITH id, a ORDER BY a.language, a.name
RETURN id, collect(a {.*}) AS aliases;
