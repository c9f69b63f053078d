// Guarantees given under each agreement in $ids: GUARANTEES statements whose object is the
// agreement itself or one of its provisions, or that name one of its provisions as the clause
// they rest on (r.provision: Azerbaijan guarantees the Lachin corridor under point 6), valid on
// the period [$periodFrom, $periodTo) when given (src/model/validity.ts). By the clause's number (the agreement's own last), at most
// $first per agreement. The agreement is found by the entity_id index, the statements resting on a
// clause by the guarantees_provision relationship index (cypher/schema/002-indexes.cypher).
// {include ...} marks a piece shared with other queries (src/graph/shared-cypher.ts); the copy to
// paste into Neo4j Browser, with every piece put in, is dist/cypher/queries/ after npm run build.
// :param ids => ['trilateral-statement-2020']
// :param periodFrom => null
// :param periodTo => null
// :param certainOnly => false
// :param asRecordedOn => null
// :param first => 100
// :param mentioned => true
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
  WHERE /*{include holdsInPeriod}*//*{recorded}*/
  WITH r, s, o, point ORDER BY point, s.id, r.id
  LIMIT $first
  RETURN r, s, o, point
}
WITH id, r, s, o, point
/*{include mentionedEntities}*/
RETURN id, /*{include statement}*/ AS relation, s {.*, labels: labels(s)} AS subject, o {.*, labels: labels(o)} AS object, mentioned
ORDER BY id, point, s.id, r.id;
