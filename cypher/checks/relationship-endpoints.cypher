// Every relationship has a type the contract knows, from a node and to a node that its rule allows.
// $rules: [{type, from: [labels], to: [labels]}] from src/model/contract.ts.
MATCH (a)-[r]->(b)
WITH a, r, b, [x IN $rules WHERE x.type = type(r)] AS rule
WITH a, r, b, rule[0] AS rule, size(rule) = 0 AS unknown
WHERE unknown OR NOT any(l IN labels(a) WHERE l IN rule.from) OR NOT any(l IN labels(b) WHERE l IN rule.to)
RETURN [coalesce(toString(r.id), type(r)), coalesce(toString(a.id), toString(a.name), elementId(a)), coalesce(toString(b.id), toString(b.name), elementId(b))] AS ids,
       CASE WHEN unknown THEN 'unknown relationship type ' + type(r)
            WHEN NOT any(l IN labels(a) WHERE l IN rule.from) THEN type(r) + ' may not start at a node labelled' + reduce(s = '', l IN labels(a) | s + ' :' + l) + ' (allowed:' + reduce(s = '', l IN rule.from | s + ' :' + l) + ')'
            ELSE type(r) + ' may not end at a node labelled' + reduce(s = '', l IN labels(b) | s + ' :' + l) + ' (allowed:' + reduce(s = '', l IN rule.to | s + ' :' + l) + ')' END AS detail;
