// One page of the statements of a subject and/or an object, ordered by id: the first $limit with
// an id after $after (keyset pagination; '' for the first page), of the given statuses and valid
// on $asOf when given (half-open [validFrom, validTo)). Template (src/graph/queries.ts):
// {subject} becomes ` {id: $subject}` when a subject is given and {object} ` {id: $object}`
// when an object is (at least one is), {types} the types asked for (such as `:CONTROLS`;
// every statement type when none). The page then starts at the entity_id index and expands only
// that entity's relationships of those types. Pages with neither: relation-page-scan.cypher.
// :param subject => 'russian-peacekeeping-contingent'
// :param object => null
// :param statuses => null
// :param asOf => '2022-08-15'
// :param asRecordedOn => null (with {recorded}: src/curation/recorded-time.ts)
// :param after => ''
// :param limit => 21
MATCH (s:Entity/*{subject}*/)-[r/*{types}*/]->(o:Entity/*{object}*/)
WHERE r.id > $after
  AND ($statuses IS NULL OR r.status IN $statuses)
  AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= date($asOf)) AND (r.validTo IS NULL OR date($asOf) < r.validTo)))/*{recorded}*/
WITH s, r, o ORDER BY r.id
LIMIT $limit
CALL (r) {
  // The entities the statement names in assertedBy/disputedBy/supportedBy/sources/provision come
  // with it, so reading its provenance and its clause costs no further query.
  UNWIND coalesce(r.assertedBy, []) + coalesce(r.disputedBy, []) + coalesce(r.supportedBy, []) + coalesce(r.sources, [])
         + [clause IN [r.provision] WHERE clause IS NOT NULL] AS mentionedId
  MATCH (m:Entity {id: mentionedId})
  RETURN collect(DISTINCT m {.*, labels: labels(m)}) AS mentioned
}
RETURN r {.*, type: type(r)} AS relation, s {.*, labels: labels(s)} AS subject, o {.*, labels: labels(o)} AS object, mentioned
ORDER BY r.id;
