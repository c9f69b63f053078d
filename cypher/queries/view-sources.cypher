// The Source entities whose ids are in $ids (the references of statements in a view).
// Params: ids (list of strings).
MATCH (s:Source)
WHERE s.id IN $ids
RETURN s.id AS id, s.name AS name, s.sourceType AS sourceType, s.url AS url,
       s.publisher AS publisher, s.publishedOn AS publishedOn, s.reliability AS reliability
ORDER BY id
