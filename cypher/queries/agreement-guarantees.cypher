// Guarantees given under each agreement in $ids: GUARANTEES statements whose object is the
// agreement itself or one of its provisions, or that name one of its provisions as the clause
// they rest on (r.provision: Azerbaijan guarantees the Lachin corridor under point 6), valid on
// the period [$periodFrom, $periodTo) when given (src/model/validity.ts). By the clause's number (the agreement's own last), at most
// $first per agreement. The agreement is found by the entity_id index, the statements resting on a
// clause by the guarantees_provision relationship index (cypher/schema/002-indexes.cypher).
// :param ids => ['trilateral-statement-2020']
// :param periodFrom => null
// :param periodTo => null
// :param certainOnly => false
// :param asRecordedOn => null
// :param first => 100
UNWIND $ids AS id
MATCH (a:Entity {id: id})
WHERE a:Agreement
CALL (a) {
  CALL (a) {
    MATCH (s:Entity)-[r:GUARANTEES]->(a)
    RETURN r, s, a AS o, null AS point
    UNION
    MATCH (a)-[:HAS_PROVISION]->(p:Provision)<-[r:GUARANTEES]-(s:Entity)
    RETURN r, s, p AS o, p.number AS point
    UNION
    MATCH (a)-[:HAS_PROVISION]->(p:Provision)
    MATCH (s:Entity)-[r:GUARANTEES {provision: p.id}]->(o:Entity)
    RETURN r, s, o, p.number AS point
  }
  WITH r, s, o, point
  WHERE ($periodFrom IS NULL OR ((r.validFrom IS NULL OR coalesce(CASE WHEN $certainOnly THEN r.validFromLatest ELSE r.validFromEarliest END, r.validFrom) < date($periodTo))
      AND (r.validTo IS NULL OR date($periodFrom) < coalesce(CASE WHEN $certainOnly THEN r.validToEarliest ELSE r.validToLatest END, r.validTo))
      AND (NOT $certainOnly OR r.validFrom IS NULL OR r.validTo IS NULL OR coalesce(r.validFromLatest, r.validFrom) < coalesce(r.validToEarliest, r.validTo))))/*{recorded}*/
  WITH r, s, o, point ORDER BY point, s.id, r.id
  LIMIT $first
  RETURN r, s, o, point
}
WITH id, r, s, o, point
CALL (r) {
  // The entities the statement names in assertedBy/disputedBy/supportedBy/sources/provision come
  // with it, so reading its provenance and its clause costs no further query.
  UNWIND coalesce(r.assertedBy, []) + coalesce(r.disputedBy, []) + coalesce(r.supportedBy, []) + coalesce(r.sources, [])
         + [clause IN [r.provision] WHERE clause IS NOT NULL] AS mentionedId
  MATCH (m:Entity {id: mentionedId})
  RETURN collect(DISTINCT m {.*, labels: labels(m)}) AS mentioned
}
RETURN id, r {.*, type: type(r)} AS relation, s {.*, labels: labels(s)} AS subject, o {.*, labels: labels(o)} AS object, mentioned
ORDER BY id, point, s.id, r.id;
