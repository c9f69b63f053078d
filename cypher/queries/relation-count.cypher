// How many statements the relations connection holds in all pages (its totalCount, computed only
// when asked for), for a subject and/or an object: the same filters and template as
// relation-page.cypher, so it costs that entity's relationships of those types.
// :param subject => 'russian-peacekeeping-contingent'
// :param object => null
// :param statuses => null
// :param asOf => '2022-08-15'
// :param asRecordedOn => null (with {recorded}: src/curation/recorded-time.ts)
MATCH (s:Entity/*{subject}*/)-[r/*{types}*/]->(o:Entity/*{object}*/)
WHERE ($statuses IS NULL OR r.status IN $statuses)
  AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= date($asOf)) AND (r.validTo IS NULL OR date($asOf) < r.validTo)))/*{recorded}*/
RETURN count(r) AS totalCount;
