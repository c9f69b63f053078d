// relations-of-entities with a roll-up through PART_OF (includeParts): the statements of each
// entity in $ids and of its parts (a state's ministries, bodies and forces, a force's units: the
// actors linked to it by up to four PART_OF statements that hold in [$periodFrom, $periodTo) when
// given, src/model/validity.ts), with the same template and filters as relations-of-entities;
// at most $first per entity, its parts included (each part's expansion also stops at $first, so a
// request costs at most $first statements per part). `viaPart` is the part whose statement it is (null for the
// entity's own).
// Projection (src/graph/queries.ts, projectionFills): {relationMap}, {subjectMap} and {objectMap}
// make maps of the statement and its ends, of every property or only of those the request reads
// (as written, the query returns them whole).
// {include ...} marks a piece shared with other queries (src/graph/shared-cypher.ts); the copy to
// paste into Neo4j Browser, with every piece put in, is dist/cypher/queries/ after npm run build.
// :param ids => ['azerbaijan']
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
MATCH (root:Entity {id: id})
CALL (root) {
  CALL (root) {
    // The actor and its parts: bodies, ministries, forces, units, following PART_OF (up to four
    // levels) as it held in the period asked.
    RETURN root AS e
    UNION
    MATCH (e:Actor)((:Entity)-[r:PART_OF WHERE /*{include holdsInPeriod}*//*{recorded}*/]->(:Entity)){1,4}(root)
    RETURN e
  }
  CALL (e) {
    MATCH (e)/*{in}*/-[r/*{types}*/]-/*{out}*/(:Entity)
    WHERE /*{include holdsInPeriod}*//*{recorded}*/
      AND ($on IS NULL OR r.validFrom = date($on))
      AND ($assertedBy IS NULL OR $assertedBy IN r.assertedBy)
      AND ($supportedBy IS NULL OR $supportedBy IN r.supportedBy)
      AND ($disputedBy IS NULL OR $disputedBy IN r.disputedBy)
      AND ($source IS NULL OR $source IN r.sources)
    WITH r ORDER BY r.validFrom, r.id
    LIMIT $first
    RETURN r
  }
  // At most $first for the actor and its parts together, in the list's order.
  WITH e, r ORDER BY r.validFrom, r.id
  LIMIT $first
  RETURN e, r
}
WITH id, root, e, r, startNode(r) AS s, endNode(r) AS o
/*{include mentionedEntities}*/
RETURN id, r/*{relationMap}*/ AS relation, s/*{subjectMap}*/ AS subject, o/*{objectMap}*/ AS object, mentioned,
       CASE WHEN e = root THEN null ELSE e {.*, labels: labels(e)} END AS viaPart
ORDER BY id, r.validFrom, r.id;
