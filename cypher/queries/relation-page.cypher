// One page of statements ordered by their id, filtered by subject, object, types, status and the
// date they hold on ($asOf, half-open [validFrom, validTo)), with the length of the whole list.
// Keyset pagination: $after is the last statement id of the previous page.
// :param subject => 'russian-peacekeeping-contingent'
// :param object => null
// :param types => ['HAS_AREA_OF_RESPONSIBILITY']
// :param statuses => null
// :param asOf => '2022-08-15'
// :param after => null
// :param limit => 21
MATCH (s:Entity)-[r]->(o:Entity)
WHERE ($subject IS NULL OR s.id = $subject)
  AND ($object IS NULL OR o.id = $object)
  AND ($types IS NULL OR type(r) IN $types)
  AND ($statuses IS NULL OR r.status IN $statuses)
  AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= date($asOf)) AND (r.validTo IS NULL OR date($asOf) < r.validTo)))
  AND r.recordedTo IS NULL
WITH s, r, o ORDER BY r.id
WITH count(r) AS totalCount, collect(CASE WHEN $after IS NULL OR r.id > $after THEN {s: s, r: r, o: o} END)[..$limit] AS page
CALL (page) {
  UNWIND page AS row
  WITH row.s AS s, row.r AS r, row.o AS o
  CALL (r) {
    // The entities the statement names in assertedBy/disputedBy/supportedBy/sources/provision come
    // with it, so reading its provenance and its clause costs no further query.
    UNWIND coalesce(r.assertedBy, []) + coalesce(r.disputedBy, []) + coalesce(r.supportedBy, []) + coalesce(r.sources, [])
           + [clause IN [r.provision] WHERE clause IS NOT NULL] AS mentionedId
    MATCH (m:Entity {id: mentionedId})
    RETURN collect(DISTINCT m {.*, labels: labels(m)}) AS mentioned
  }
  RETURN collect({relation: r {.*, type: type(r)}, subject: s {.*, labels: labels(s)}, object: o {.*, labels: labels(o)}, mentioned: mentioned}) AS relations
}
RETURN totalCount, relations;
