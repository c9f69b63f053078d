// Every node is an :Entity or an :Alias, or a node of the curation history ($historyLabels:
// changes, the change counter, revoked tokens), and carries only labels the contract knows ($nodeLabels).
MATCH (n)
WITH n, [l IN labels(n) WHERE NOT l IN $nodeLabels] AS unknown
WHERE size(unknown) > 0 OR NOT (n:Entity OR n:Alias OR any(l IN labels(n) WHERE l IN $historyLabels))
RETURN [coalesce(toString(n.id), toString(n.name), elementId(n))] AS ids,
       CASE WHEN size(unknown) > 0 THEN 'unknown labels: ' + reduce(s = '', l IN unknown | s + ':' + l)
            ELSE 'node is neither :Entity nor :Alias nor a history node' END AS detail;
