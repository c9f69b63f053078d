// Timeline of the entity $id: the starts (validFrom) and ends (validTo) of the statements of the
// types filled into {types} (such as `:CONTROLS|CLAIMS`, from the contract) that touch it,
// and the dated events, agreements and allegations linked to it, between $from and $to inclusive
// (open when null), by date, then what happened, type and id. The entity is found by the
// entity_id index and only its relationships of those types are read.
// {include ...} marks a piece shared with other queries (src/graph/shared-cypher.ts); the copy to
// paste into Neo4j Browser, with every piece put in, is dist/cypher/queries/ after npm run build.
// :param id => 'lachin-corridor'
// :param from => '2020-01-01'
// :param to => null
// :param limit => 200
// :param asRecordedOn => null
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[r/*{types}*/]-(o:Entity)
  WHERE true/*{recorded}*/
  UNWIND [['START', r.validFrom, r.validFromPrecision, coalesce(r.validFromEarliest, r.validFrom), coalesce(r.validFromLatest, r.validFrom)],
          ['END', r.validTo, r.validToPrecision, coalesce(r.validToEarliest, r.validTo), coalesce(r.validToLatest, r.validTo)]] AS change
  WITH r, o, change WHERE change[1] IS NOT NULL
  RETURN change[1] AS date, change[2] AS precision, change[0] AS change, change[3] AS earliest, change[4] AS latest, r, o
  UNION
  MATCH (e)-[r/*{types}*/]-(o:Entity)
  WHERE (o:Event OR o:Agreement OR o:Allegation)/*{recorded}*/
    AND coalesce(o.startDate, o.signedOn, o.statedOn) IS NOT NULL
  RETURN coalesce(o.startDate, o.signedOn, o.statedOn) AS date,
         CASE WHEN o:Event THEN coalesce(o.datePrecision, 'DAY') ELSE 'DAY' END AS precision,
         'EVENT' AS change, null AS earliest, null AS latest, r, o
}
WITH date, precision, change, earliest, latest, r, o
WHERE ($from IS NULL OR date >= date($from)) AND ($to IS NULL OR date <= date($to))
ORDER BY date, CASE change WHEN 'END' THEN 0 WHEN 'START' THEN 1 ELSE 2 END, type(r), o.id, r.id
LIMIT $limit
RETURN date, precision, change, earliest, latest,
       /*{include viewEdge}*/ AS edge,
       {id: o.id, kind: o.kind, name: o.name, labels: labels(o)} AS other,
       CASE WHEN change = 'EVENT' THEN o.endDate ELSE null END AS endDate
