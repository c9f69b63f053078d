// The statements of each entity in $ids, for the statement lists nested in an entity
// (controlledBy, parties, relations ...): valid on $asOf when given (half-open [validFrom, validTo),
// an open end is unbounded), starting on $on when given, at most $first per entity (by validFrom,
// then id). Template (src/graph/queries.ts): {types} becomes the types to follow (such as
// `:CONTROLS|CLAIMS`; every statement type when the field names none), and the arrow heads {in}
// and {out} the side the entity stands on (`<` INCOMING: the object; `>` OUTGOING: the subject;
// neither: BOTH). So each entity is found by the entity_id index and only its relationships of
// those types are expanded: a hub's other statements cost nothing. Aliases are not statements:
// HAS_ALIAS ends at an :Alias, never at an :Entity.
// :param ids => ['nagorno-karabakh']
// :param asOf => '2022-08-03'
// :param asRecordedOn => null (with {recorded}: src/curation/recorded-time.ts)
// :param on => null
// :param first => 100
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)/*{in}*/-[r/*{types}*/]-/*{out}*/(:Entity)
  WHERE ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= date($asOf)) AND (r.validTo IS NULL OR date($asOf) < r.validTo)))/*{recorded}*/
    AND ($on IS NULL OR r.validFrom = date($on))
  WITH r ORDER BY r.validFrom, r.id
  LIMIT $first
  RETURN r
}
WITH id, r, startNode(r) AS s, endNode(r) AS o
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
