// relation-page, for a request that filters by attribution: the statements come from the
// full-text index statement_provenance ($provenance is a Lucene query over assertedBy,
// supportedBy, disputedBy and sources built from checked ids, src/graph/repositories/relations.ts,
// such as '+supportedBy:"russia-mod" +sources:"seed-article"'), so only the statements that name
// those ids are read, never every relationship. The other filters and the page work as in
// relation-page.
// :param provenance => '+supportedBy:"russia-mod"'
// :param subject => null
// :param object => null
// :param types => null
// :param statuses => null
// :param periodFrom => null
// :param periodTo => null
// :param certainOnly => false
// :param after => null
// :param limit => 21
CALL db.index.fulltext.queryRelationships('statement_provenance', $provenance) YIELD relationship
WITH relationship AS r, startNode(relationship) AS s, endNode(relationship) AS o
WHERE ($subject IS NULL OR s.id = $subject)
  AND ($object IS NULL OR o.id = $object)
  AND ($types IS NULL OR type(r) IN $types)
  AND ($statuses IS NULL OR r.status IN $statuses)
  AND ($periodFrom IS NULL OR ((r.validFrom IS NULL OR coalesce(CASE WHEN $certainOnly THEN r.validFromLatest ELSE r.validFromEarliest END, r.validFrom) < date($periodTo))
    AND (r.validTo IS NULL OR date($periodFrom) < coalesce(CASE WHEN $certainOnly THEN r.validToEarliest ELSE r.validToLatest END, r.validTo))
    AND (NOT $certainOnly OR r.validFrom IS NULL OR r.validTo IS NULL OR coalesce(r.validFromLatest, r.validFrom) < coalesce(r.validToEarliest, r.validTo))))
WITH s, r, o ORDER BY r.id
WITH count(r) AS totalCount, collect(CASE WHEN $after IS NULL OR r.id > $after THEN {s: s, r: r, o: o} END)[..$limit] AS page
CALL (page) {
  UNWIND page AS row
  WITH row.s AS s, row.r AS r, row.o AS o
  CALL (r) {
    UNWIND coalesce(r.assertedBy, []) + coalesce(r.disputedBy, []) + coalesce(r.supportedBy, []) + coalesce(r.sources, [])
           + [clause IN [r.provision] WHERE clause IS NOT NULL] AS mentionedId
    MATCH (m:Entity {id: mentionedId})
    RETURN collect(DISTINCT m {.*, labels: labels(m)}) AS mentioned
  }
  RETURN collect({relation: r {.*, type: type(r)}, subject: s {.*, labels: labels(s)}, object: o {.*, labels: labels(o)}, mentioned: mentioned}) AS relations
}
RETURN totalCount, relations;
