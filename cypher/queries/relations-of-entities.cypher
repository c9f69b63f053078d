// The statements (relationships) of each entity in $ids: of the types in $types (every type when
// null), on the side $direction says ('OUTGOING': the entity is the subject, 'INCOMING': the
// object, 'BOTH'), holding in the period [$periodFrom, $periodTo) when given (the rule of
// src/model/validity.ts: possibly, or certainly with $certainOnly), starting on $on when given,
// and naming $assertedBy, $supportedBy, $disputedBy or $source in its provenance when given (these
// filter the entity's own statements, which the expansion from the entity already bounds) and starting on $on when given. Aliases are not statements: HAS_ALIAS ends at an
// :Alias, never at an :Entity, so it never matches.
// :param ids => ['nagorno-karabakh']
// :param types => ['CONTROLS']
// :param direction => 'INCOMING'
// :param periodFrom => '2022-08-03'
// :param periodTo => '2022-08-04'
// :param certainOnly => false
// :param on => null
// :param assertedBy => null
// :param supportedBy => null
// :param disputedBy => null
// :param source => null
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
WHERE ($periodFrom IS NULL OR ((r.validFrom IS NULL OR coalesce(CASE WHEN $certainOnly THEN r.validFromLatest ELSE r.validFromEarliest END, r.validFrom) < date($periodTo))
    AND (r.validTo IS NULL OR date($periodFrom) < coalesce(CASE WHEN $certainOnly THEN r.validToEarliest ELSE r.validToLatest END, r.validTo))
    AND (NOT $certainOnly OR r.validFrom IS NULL OR r.validTo IS NULL OR coalesce(r.validFromLatest, r.validFrom) < coalesce(r.validToEarliest, r.validTo))))
  AND ($on IS NULL OR r.validFrom = date($on))
  AND ($assertedBy IS NULL OR $assertedBy IN r.assertedBy)
  AND ($supportedBy IS NULL OR $supportedBy IN r.supportedBy)
  AND ($disputedBy IS NULL OR $disputedBy IN r.disputedBy)
  AND ($source IS NULL OR $source IN r.sources)
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
