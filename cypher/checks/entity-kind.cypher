// Every :Entity has exactly one kind label, its `kind` property matches that label, and it has the
// group label its kind takes (:Actor, :Place) and no other. $kinds: [{label, kind, group}].
MATCH (n:Entity)
WITH n, [k IN $kinds WHERE k.label IN labels(n)] AS found
WITH n, found, CASE WHEN size(found) = 1 THEN found[0] END AS k
WITH n, CASE
    WHEN size(found) = 0 THEN 'has no kind label'
    WHEN size(found) > 1 THEN 'has several kind labels:' + reduce(s = '', x IN found | s + ' :' + x.label)
    WHEN n.kind IS NULL OR n.kind <> k.kind THEN 'kind is ' + coalesce(toString(n.kind), 'missing') + ' but its label :' + k.label + ' needs ' + k.kind
    WHEN k.group IS NOT NULL AND NOT k.group IN labels(n) THEN 'a ' + k.label + ' needs the :' + k.group + ' label'
    WHEN any(g IN $groupLabels WHERE g IN labels(n) AND g <> coalesce(k.group, '')) THEN 'a ' + k.label + ' takes no :' + [g IN $groupLabels WHERE g IN labels(n) AND g <> coalesce(k.group, '')][0] + ' label'
  END AS problem
WHERE problem IS NOT NULL
RETURN [coalesce(toString(n.id), elementId(n))] AS ids, problem AS detail;
