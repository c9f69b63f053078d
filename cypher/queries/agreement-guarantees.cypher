// Guarantees given under each agreement in $ids: GUARANTEES statements whose object is the
// agreement itself or one of its provisions, valid on $asOf when given (half-open interval).
// :param ids => ['trilateral-statement-2020']
// :param asOf => null
UNWIND $ids AS id
MATCH (a:Agreement {id: id})
CALL (a) {
  MATCH (s:Entity)-[r:GUARANTEES]->(a)
  RETURN r, s, a AS o
  UNION
  MATCH (a)-[:HAS_PROVISION]->(p:Provision)<-[r:GUARANTEES]-(s:Entity)
  RETURN r, s, p AS o
}
WITH id, r, s, o
WHERE $asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= date($asOf)) AND (r.validTo IS NULL OR date($asOf) < r.validTo))
CALL (r) {
  // The entities the statement names in assertedBy/disputedBy/supportedBy/sources come with it,
  // so reading its provenance costs no further query.
  UNWIND coalesce(r.assertedBy, []) + coalesce(r.disputedBy, []) + coalesce(r.supportedBy, []) + coalesce(r.sources, []) AS mentionedId
  MATCH (m:Entity {id: mentionedId})
  RETURN collect(DISTINCT m {.*, labels: labels(m)}) AS mentioned
}
RETURN id, r {.*, type: type(r)} AS relation, s {.*, labels: labels(s)} AS subject, o {.*, labels: labels(o)} AS object, mentioned
ORDER BY id, o.number, s.id, r.id;
