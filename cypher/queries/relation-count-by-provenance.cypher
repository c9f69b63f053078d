// How many statements relation-page-by-provenance holds in all pages (its totalCount): the same
// index lookup and filters, so it costs the statements that name the ids asked for.
// :param provenance => '+supportedBy:"russia-mod"'
// :param subject => null
// :param object => null
// :param types => null
// :param statuses => null
// :param periodFrom => null
// :param periodTo => null
// :param certainOnly => false
// :param asRecordedOn => null
CALL db.index.fulltext.queryRelationships('statement_provenance', $provenance) YIELD relationship
WITH relationship AS r, startNode(relationship) AS s, endNode(relationship) AS o
WHERE ($subject IS NULL OR s.id = $subject)
  AND ($object IS NULL OR o.id = $object)
  AND ($types IS NULL OR type(r) IN $types)
  AND ($statuses IS NULL OR r.status IN $statuses)
  AND ($periodFrom IS NULL OR ((r.validFrom IS NULL OR coalesce(CASE WHEN $certainOnly THEN r.validFromLatest ELSE r.validFromEarliest END, r.validFrom) < date($periodTo))
    AND (r.validTo IS NULL OR date($periodFrom) < coalesce(CASE WHEN $certainOnly THEN r.validToEarliest ELSE r.validToLatest END, r.validTo))
    AND (NOT $certainOnly OR r.validFrom IS NULL OR r.validTo IS NULL OR coalesce(r.validFromLatest, r.validFrom) < coalesce(r.validToEarliest, r.validTo))))/*{recorded}*/
RETURN count(r) AS totalCount;
