// How many statements the relations connection holds in all pages (its totalCount, computed only
// when asked for), for a subject and/or an object: the same filters and template as
// relation-page.cypher, so it costs that entity's relationships of those types.
// :param subject => 'russian-peacekeeping-contingent'
// :param object => null
// :param statuses => null
// :param asOf => '2022-08-15'
// :param asRecordedOn => null
MATCH (s:Entity/*{subject}*/)-[r/*{types}*/]->(o:Entity/*{object}*/)
WHERE ($statuses IS NULL OR r.status IN $statuses)
  AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= date($asOf)) AND (r.validTo IS NULL OR date($asOf) < r.validTo))) AND (CASE WHEN $asRecordedOn IS NULL THEN r.recordedTo IS NULL ELSE coalesce(r.recordedFrom <= datetime($asRecordedOn), true) AND coalesce(datetime($asRecordedOn) < r.recordedTo, true) END)
RETURN count(r) AS totalCount;
