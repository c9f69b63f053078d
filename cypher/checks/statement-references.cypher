// A statement cites at least one source, and every id in sources is a :Source entity; every id in
// assertedBy, disputedBy and supportedBy is an :Entity.
MATCH (a)-[r]->(b)
WHERE type(r) IN $statementTypes
WITH a, r, b,
     CASE WHEN r.sources IS :: LIST<STRING NOT NULL> NOT NULL THEN r.sources END AS sources,
     [field IN ['assertedBy', 'disputedBy', 'supportedBy'] WHERE r[field] IS NOT NULL AND NOT r[field] IS :: LIST<STRING NOT NULL>] AS badLists,
     [field IN ['assertedBy', 'disputedBy', 'supportedBy'] WHERE r[field] IS :: LIST<STRING NOT NULL> NOT NULL | [field, r[field]]] AS lists
WITH a, r, b, [problem IN
    [CASE WHEN sources IS NULL OR size(sources) = 0 THEN 'cites no sources (sources must be a non-empty list of Source ids)' END] +
    [s IN coalesce(sources, []) WHERE NOT EXISTS { MATCH (:Source {id: s}) } | 'source ' + s + ' is not a Source entity'] +
    [f IN badLists | f + ' is not a list of entity ids'] +
    reduce(acc = [], l IN lists | acc + [id IN l[1] WHERE NOT EXISTS { MATCH (:Entity {id: id}) } | l[0] + ' names ' + id + ', which is not an entity'])
  WHERE problem IS NOT NULL] AS problems
UNWIND problems AS problem
RETURN [coalesce(toString(r.id), type(r)), toString(a.id), toString(b.id)] AS ids, type(r) + ': ' + problem AS detail;
