// Every node is an :Entity or an :Alias, and carries only labels the model contract knows ($nodeLabels).
MATCH (n)
WITH n, [l IN labels(n) WHERE NOT l IN $nodeLabels] AS unknown
WHERE size(unknown) > 0 OR NOT (n:Entity OR n:Alias)
RETURN [coalesce(toString(n.id), toString(n.name), elementId(n))] AS ids,
       CASE WHEN size(unknown) > 0 THEN 'unknown labels: ' + reduce(s = '', l IN unknown | s + ':' + l)
            ELSE 'node is neither :Entity nor :Alias' END AS detail;
