// The statements of each entity in $ids, for the statement lists nested in an entity
// (controlledBy, parties, relations ...): holding in the period [$periodFrom, $periodTo) when given (src/model/validity.ts: possibly, or certainly with $certainOnly;
// an open end is unbounded), starting on $on when given, naming $assertedBy, $supportedBy,
// $disputedBy or $source in its provenance when given (a filter on the entity's own statements,
// which the expansion already bounds), at most $first per entity (by validFrom,
// then id). Template (src/graph/queries.ts): {types} becomes the types to follow (such as
// `:CONTROLS|CLAIMS`; every statement type when the field names none), and the arrow heads {in}
// and {out} the side the entity stands on (`<` INCOMING: the object; `>` OUTGOING: the subject;
// neither: BOTH). So each entity is found by the entity_id index and only its relationships of
// those types are expanded: a hub's other statements cost nothing. Aliases are not statements:
// HAS_ALIAS ends at an :Alias, never at an :Entity.
// :param ids => ['nagorno-karabakh']
// :param periodFrom => '2022-08-03'
// :param periodTo => '2022-08-04'
// :param certainOnly => false
// :param asRecordedOn => null
// :param on => null
// :param assertedBy => null
// :param supportedBy => null
// :param disputedBy => null
// :param source => null
// :param first => 100
// :param mentioned => true
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)/*{in}*/-[r/*{types}*/]-/*{out}*/(:Entity)
  WHERE ($periodFrom IS NULL OR ((r.validFrom IS NULL OR coalesce(CASE WHEN $certainOnly THEN r.validFromLatest ELSE r.validFromEarliest END, r.validFrom) < date($periodTo))
      AND (r.validTo IS NULL OR date($periodFrom) < coalesce(CASE WHEN $certainOnly THEN r.validToEarliest ELSE r.validToLatest END, r.validTo))
      AND (NOT $certainOnly OR r.validFrom IS NULL OR r.validTo IS NULL OR coalesce(r.validFromLatest, r.validFrom) < coalesce(r.validToEarliest, r.validTo))))/*{recorded}*/
    AND ($on IS NULL OR r.validFrom = date($on))
    AND ($assertedBy IS NULL OR $assertedBy IN r.assertedBy)
    AND ($supportedBy IS NULL OR $supportedBy IN r.supportedBy)
    AND ($disputedBy IS NULL OR $disputedBy IN r.disputedBy)
    AND ($source IS NULL OR $source IN r.sources)
  WITH r ORDER BY r.validFrom, r.id
  LIMIT $first
  RETURN r
}
WITH id, r, startNode(r) AS s, endNode(r) AS o
CALL (r) {
  // The entities the statement names in assertedBy/disputedBy/supportedBy/sources/provision come
  // with it when the request reads them ($mentioned), so reading its provenance and its clause
  // costs no further query; otherwise none are read.
  UNWIND CASE WHEN $mentioned THEN coalesce(r.assertedBy, []) + coalesce(r.disputedBy, []) + coalesce(r.supportedBy, []) + coalesce(r.sources, [])
         + [clause IN [r.provision] WHERE clause IS NOT NULL] ELSE [] END AS mentionedId
  MATCH (m:Entity {id: mentionedId})
  RETURN collect(DISTINCT m {.*, labels: labels(m)}) AS mentioned
}
RETURN id, r {.*, type: type(r)} AS relation, s {.*, labels: labels(s)} AS subject, o {.*, labels: labels(o)} AS object, mentioned
ORDER BY id, r.validFrom, r.id;
