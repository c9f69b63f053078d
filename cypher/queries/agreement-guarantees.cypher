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
RETURN id, r {.*, type: type(r)} AS relation, s {.*, labels: labels(s)} AS subject, o {.*, labels: labels(o)} AS object
ORDER BY id, o.number, s.id, r.id;
