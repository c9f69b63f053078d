// How many statements of the types asked for (each-block, as in relation-page-scan.cypher) have one
// of $statuses and hold on $asOf: with a filter and no subject or object, every statement of those
// types is read. Without a filter, relation-count-all.cypher reads the count store instead.
// :param statuses => ['DISPUTED']
// :param asOf => null
// :param asRecordedOn => null (with {recorded}: src/curation/recorded-time.ts)
CALL () {
  /*{each types}*/MATCH ()-[r/*{types}*/]->()
  WHERE ($statuses IS NULL OR r.status IN $statuses)
    AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= date($asOf)) AND (r.validTo IS NULL OR date($asOf) < r.validTo)))/*{recorded}*/
  RETURN count(r) AS n/*{/each}*/
}
RETURN sum(n) AS totalCount;
