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
// Projection (src/graph/queries.ts, projectionFills): {relationMap}, {subjectMap} and {objectMap}
// make maps of the statement and its ends, of every property or only of those the request reads
// (as written, the query returns them whole).
// {include ...} marks a piece shared with other queries (src/graph/shared-cypher.ts); the copy to
// paste into Neo4j Browser, with every piece put in, is dist/cypher/queries/ after npm run build.
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
WITH id, r, startNode(r) AS s, endNode(r) AS o
/*{include mentionedEntities}*/
RETURN id, r/*{relationMap}*/ AS relation, s/*{subjectMap}*/ AS subject, o/*{objectMap}*/ AS object, mentioned
ORDER BY id, r.validFrom, r.id;
