// How many statements the relations connection holds in all pages (its totalCount, computed only
// when asked for), for a subject and/or an object: the same filters and template as
// relation-page.cypher, so it costs that entity's relationships of those types.
// :param subject => 'russian-peacekeeping-contingent'
// :param object => null
// :param statuses => null
// :param periodFrom => '2022-08-15'
// :param periodTo => '2022-08-16'
// :param certainOnly => false
// :param asRecordedOn => null
MATCH (s:Entity/*{subject}*/)-[r/*{types}*/]->(o:Entity/*{object}*/)
WHERE ($statuses IS NULL OR r.status IN $statuses)
  AND ($periodFrom IS NULL OR ((r.validFrom IS NULL OR coalesce(CASE WHEN $certainOnly THEN r.validFromLatest ELSE r.validFromEarliest END, r.validFrom) < date($periodTo))
      AND (r.validTo IS NULL OR date($periodFrom) < coalesce(CASE WHEN $certainOnly THEN r.validToEarliest ELSE r.validToLatest END, r.validTo))
      AND (NOT $certainOnly OR r.validFrom IS NULL OR r.validTo IS NULL OR coalesce(r.validFromLatest, r.validFrom) < coalesce(r.validToEarliest, r.validTo))))/*{recorded}*/
RETURN count(r) AS totalCount;
