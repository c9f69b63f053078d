// The statements (relationships) of each entity in $ids: of the types in $types (every type when
// null), on the side $direction says ('OUTGOING': the entity is the subject, 'INCOMING': the
// object, 'BOTH'), valid on $asOf when given (half-open [validFrom, validTo), an open end is
// unbounded) and starting on $on when given; as recorded on $asRecordedOn (a DateTime: the versions
// current then, docs/curation.md), or the current versions when it is null. Aliases are not statements: HAS_ALIAS ends at an
// :Alias, never at an :Entity, so it never matches.
// :param ids => ['nagorno-karabakh']
// :param types => ['CONTROLS']
// :param direction => 'INCOMING'
// :param asOf => '2022-08-03'
// :param on => null
// :param asRecordedOn => null
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[r]->(o:Entity)
  WHERE $direction IN ['OUTGOING', 'BOTH'] AND ($types IS NULL OR type(r) IN $types)
  RETURN r, e AS s, o
  UNION
  MATCH (s:Entity)-[r]->(e)
  WHERE $direction IN ['INCOMING', 'BOTH'] AND ($types IS NULL OR type(r) IN $types)
  RETURN r, s, e AS o
}
WITH id, r, s, o
WHERE ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= date($asOf)) AND (r.validTo IS NULL OR date($asOf) < r.validTo)))
  AND ($on IS NULL OR r.validFrom = date($on))
  AND (CASE WHEN $asRecordedOn IS NULL THEN r.recordedTo IS NULL
       ELSE coalesce(r.recordedFrom <= datetime($asRecordedOn), true) AND coalesce(datetime($asRecordedOn) < r.recordedTo, true) END)
CALL (r) {
  // The entities the statement names in assertedBy/disputedBy/supportedBy/sources/provision come
  // with it, so reading its provenance and its clause costs no further query.
  UNWIND coalesce(r.assertedBy, []) + coalesce(r.disputedBy, []) + coalesce(r.supportedBy, []) + coalesce(r.sources, [])
         + [clause IN [r.provision] WHERE clause IS NOT NULL] AS mentionedId
  MATCH (m:Entity {id: mentionedId})
  RETURN collect(DISTINCT m {.*, labels: labels(m)}) AS mentioned
}
RETURN id, r {.*, type: type(r)} AS relation, s {.*, labels: labels(s)} AS subject, o {.*, labels: labels(o)} AS object, mentioned
ORDER BY id, r.validFrom, r.id;
