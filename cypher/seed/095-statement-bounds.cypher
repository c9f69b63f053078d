// Precision-aware validity (docs/api.md, "Precision"): every dated statement gets the earliest and
// latest day each of its bounds can stand for, so "certainly / possibly holds on a day" is a plain
// comparison of stored dates. A bound of precision DAY stands for that day; MONTH for any day of
// the month; YEAR of the year; DECADE of the ten years from the stored year (1990 = 1990-1999);
// CENTURY of the hundred years from the stored year (1900 = 1900-1999). Where a seed row gives
// validFromEarliest / validFromLatest / validToEarliest / validToLatest itself (Wikidata P1319
// earliest date, P1326 latest date: a war or an armistice narrows a year), that value is kept.
// Runs last, over every statement, so a reload recomputes what the blocks above reset.
MATCH ()-[r]->()
WHERE r.validFrom IS NOT NULL OR r.validTo IS NOT NULL
WITH r,
     CASE r.validFromPrecision WHEN 'MONTH' THEN 1 WHEN 'YEAR' THEN 12 WHEN 'DECADE' THEN 120 WHEN 'CENTURY' THEN 1200 ELSE 0 END AS fromMonths,
     CASE r.validToPrecision WHEN 'MONTH' THEN 1 WHEN 'YEAR' THEN 12 WHEN 'DECADE' THEN 120 WHEN 'CENTURY' THEN 1200 ELSE 0 END AS toMonths
SET r.validFromEarliest = coalesce(r.validFromEarliest, r.validFrom),
    r.validFromLatest = coalesce(r.validFromLatest, CASE WHEN fromMonths = 0 THEN r.validFrom ELSE r.validFrom + duration({months: fromMonths}) - duration({days: 1}) END),
    r.validToEarliest = coalesce(r.validToEarliest, r.validTo),
    r.validToLatest = coalesce(r.validToLatest, CASE WHEN toMonths = 0 THEN r.validTo ELSE r.validTo + duration({months: toMonths}) - duration({days: 1}) END);
