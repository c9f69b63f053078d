// Every :Entity has an id: a non-empty string of lower-case words joined by hyphens (a slug).
MATCH (n:Entity)
WHERE n.id IS NULL OR NOT n.id IS :: STRING OR NOT n.id =~ '[a-z0-9]+(-[a-z0-9]+)*'
RETURN [coalesce(toString(n.id), elementId(n))] AS ids,
       CASE WHEN n.id IS NULL THEN 'entity "' + coalesce(toString(n.name), '?') + '" has no id'
            ELSE 'id is not a slug (lower-case words joined by hyphens)' END AS detail;
