// The Source entities whose ids are in $ids (the references of statements in a view).
// Found by the entity_id index (a :Source label scan would read every source).
// Params: ids (list of strings).
MATCH (s:Entity)
WHERE s.id IN $ids AND s:Source
RETURN s.id AS id, s.name AS name, s.sourceType AS sourceType, s.url AS url,
       s.publisher AS publisher, s.publishedOn AS publishedOn, s.reliability AS reliability
ORDER BY id
