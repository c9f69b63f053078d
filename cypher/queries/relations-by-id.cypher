// Statements by id, for relation(id:) and node(id:). Statement ids are unique per relationship
// type (a uniqueness constraint, hence an index, per type; Neo4j has none across types), so the
// lookup is one index seek per type of the contract, not a scan of every relationship.
// test/schema/node.test.ts checks that every type of src/model/contract.ts has its branch here.
// {include ...} marks a piece shared with other queries (src/graph/shared-cypher.ts); the copy to
// paste into Neo4j Browser, with every piece put in, is dist/cypher/queries/ after npm run build.
// :param ids => ['artsakh-controls-nagorno-karabakh-2020']
// :param asRecordedOn => null
// :param mentioned => true
// (asRecordedOn is read where {recorded} is filled: src/graph/recorded-time.ts)
UNWIND $ids AS id
CALL (id) {
  MATCH (s:Entity)-[r:CONTROLS {id: id}]->(o:Entity) RETURN r, s, o
  UNION ALL
  MATCH (s:Entity)-[r:CLAIMS {id: id}]->(o:Entity) RETURN r, s, o
  UNION ALL
  MATCH (s:Entity)-[r:RECOGNIZED_AS_PART_OF {id: id}]->(o:Entity) RETURN r, s, o
  UNION ALL
  MATCH (s:Entity)-[r:RECOGNIZES {id: id}]->(o:Entity) RETURN r, s, o
  UNION ALL
  MATCH (s:Entity)-[r:GUARANTEES {id: id}]->(o:Entity) RETURN r, s, o
  UNION ALL
  MATCH (s:Entity)-[r:HAS_AREA_OF_RESPONSIBILITY {id: id}]->(o:Entity) RETURN r, s, o
  UNION ALL
  MATCH (s:Entity)-[r:DEPLOYED_IN {id: id}]->(o:Entity) RETURN r, s, o
  UNION ALL
  MATCH (s:Entity)-[r:PARTY_TO {id: id}]->(o:Entity) RETURN r, s, o
  UNION ALL
  MATCH (s:Entity)-[r:SIGNED {id: id}]->(o:Entity) RETURN r, s, o
  UNION ALL
  MATCH (s:Entity)-[r:BACKS {id: id}]->(o:Entity) RETURN r, s, o
  UNION ALL
  MATCH (s:Entity)-[r:PART_OF {id: id}]->(o:Entity) RETURN r, s, o
  UNION ALL
  MATCH (s:Entity)-[r:LOCATED_IN {id: id}]->(o:Entity) RETURN r, s, o
  UNION ALL
  MATCH (s:Entity)-[r:CONNECTS {id: id}]->(o:Entity) RETURN r, s, o
  UNION ALL
  MATCH (s:Entity)-[r:CAPITAL_OF {id: id}]->(o:Entity) RETURN r, s, o
  UNION ALL
  MATCH (s:Entity)-[r:CHAIRS {id: id}]->(o:Entity) RETURN r, s, o
  UNION ALL
  MATCH (s:Entity)-[r:MEMBER_OF {id: id}]->(o:Entity) RETURN r, s, o
  UNION ALL
  MATCH (s:Entity)-[r:COMMANDS {id: id}]->(o:Entity) RETURN r, s, o
  UNION ALL
  MATCH (s:Entity)-[r:HEADS {id: id}]->(o:Entity) RETURN r, s, o
  UNION ALL
  MATCH (s:Entity)-[r:MEDIATES {id: id}]->(o:Entity) RETURN r, s, o
  UNION ALL
  MATCH (s:Entity)-[r:MONITORS {id: id}]->(o:Entity) RETURN r, s, o
  UNION ALL
  MATCH (s:Entity)-[r:PARTICIPATED_IN {id: id}]->(o:Entity) RETURN r, s, o
  UNION ALL
  MATCH (s:Entity)-[r:HAS_PROVISION {id: id}]->(o:Entity) RETURN r, s, o
  UNION ALL
  MATCH (s:Entity)-[r:ALLEGES {id: id}]->(o:Entity) RETURN r, s, o
  UNION ALL
  MATCH (s:Entity)-[r:AGAINST {id: id}]->(o:Entity) RETURN r, s, o
  UNION ALL
  MATCH (s:Entity)-[r:CONCERNS {id: id}]->(o:Entity) RETURN r, s, o
  UNION ALL
  MATCH (s:Entity)-[r:DENIES {id: id}]->(o:Entity) RETURN r, s, o
  UNION ALL
  MATCH (s:Entity)-[r:REPORTS {id: id}]->(o:Entity) RETURN r, s, o
  UNION ALL
  MATCH (s:Entity)-[r:PUBLISHED_BY {id: id}]->(o:Entity) RETURN r, s, o
}
// The version current now, or recorded at $asRecordedOn (src/graph/recorded-time.ts).
WITH id, r, s, o
WHERE true/*{recorded}*/
/*{include mentionedEntities}*/
RETURN id, /*{include statement}*/ AS relation, s {.*, labels: labels(s)} AS subject, o {.*, labels: labels(o)} AS object, mentioned;
