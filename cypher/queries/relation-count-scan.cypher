// How many statements of the types asked for (each-block, as in relation-page-scan.cypher) have one
// of $statuses and hold in [$periodFrom, $periodTo): with a filter and no subject or object, every statement of those
// types is read. Without a filter, relation-count-all.cypher reads the count store instead.
// :param statuses => ['DISPUTED']
// :param periodFrom => null
// :param periodTo => null
// :param certainOnly => false
// :param asRecordedOn => null
CALL () {
  /*{each types}*/MATCH ()-[r/*{types}*/]->()
  WHERE ($statuses IS NULL OR r.status IN $statuses)
    AND ($periodFrom IS NULL OR ((r.validFrom IS NULL OR coalesce(CASE WHEN $certainOnly THEN r.validFromLatest ELSE r.validFromEarliest END, r.validFrom) < date($periodTo))
        AND (r.validTo IS NULL OR date($periodFrom) < coalesce(CASE WHEN $certainOnly THEN r.validToEarliest ELSE r.validToLatest END, r.validTo))
        AND (NOT $certainOnly OR r.validFrom IS NULL OR r.validTo IS NULL OR coalesce(r.validFromLatest, r.validFrom) < coalesce(r.validToEarliest, r.validTo))))/*{recorded}*/
  RETURN count(r) AS n/*{/each}*/
}
RETURN sum(n) AS totalCount;
