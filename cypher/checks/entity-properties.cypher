// Entity properties: a non-empty name; wikidataId null or a Q-number; kind-specific types
// (Agreement signedOn Date, effectiveAt DateTime; Event startDate <= endDate, Dates, datePrecision;
// Provision number integer; Allegation statedOn Date; Source sourceType, reliability, publishedOn Date;
// existence dates foundedOn/dissolvedOn with their precision, status, confidence and sources).
MATCH (n:Entity)
WITH n, [problem IN [
    CASE WHEN n.name IS NULL OR NOT n.name IS :: STRING OR trim(n.name) = '' THEN 'has no name' END,
    CASE WHEN n.wikidataId IS NOT NULL AND NOT (n.wikidataId IS :: STRING AND n.wikidataId =~ 'Q[0-9]+') THEN 'wikidataId ' + toString(n.wikidataId) + ' is not a Q-number' END,
    CASE WHEN n:Agreement AND n.signedOn IS NOT NULL AND NOT n.signedOn IS :: DATE THEN 'signedOn is not a Date' END,
    CASE WHEN n:Agreement AND n.effectiveAt IS NOT NULL AND NOT n.effectiveAt IS :: ZONED DATETIME THEN 'effectiveAt is not a DateTime' END,
    CASE WHEN n:Event AND n.startDate IS NOT NULL AND NOT n.startDate IS :: DATE THEN 'startDate is not a Date' END,
    CASE WHEN n:Event AND n.endDate IS NOT NULL AND NOT n.endDate IS :: DATE THEN 'endDate is not a Date' END,
    CASE WHEN n:Event AND n.startDate IS :: DATE AND n.endDate IS :: DATE AND n.startDate > n.endDate THEN 'startDate ' + toString(n.startDate) + ' is after endDate ' + toString(n.endDate) END,
    CASE WHEN n:Event AND n.datePrecision IS NOT NULL AND NOT n.datePrecision IN $precisions THEN 'datePrecision ' + toString(n.datePrecision) + ' is not one of ' + reduce(s = '', p IN $precisions | s + ' ' + p) END,
    CASE WHEN n:Provision AND n.number IS NOT NULL AND NOT n.number IS :: INTEGER THEN 'number is not an integer' END,
    CASE WHEN n:Allegation AND n.statedOn IS NOT NULL AND NOT n.statedOn IS :: DATE THEN 'statedOn is not a Date' END,
    CASE WHEN n:Source AND NOT coalesce(n.sourceType, '') IN $sourceTypes THEN 'sourceType ' + coalesce(toString(n.sourceType), 'missing') + ' is not one of' + reduce(s = '', t IN $sourceTypes | s + ' ' + t) END,
    CASE WHEN n:Source AND NOT coalesce(n.reliability, '') IN $reliabilities THEN 'reliability ' + coalesce(toString(n.reliability), 'missing') + ' is not one of' + reduce(s = '', t IN $reliabilities | s + ' ' + t) END,
    CASE WHEN n:Source AND n.publishedOn IS NOT NULL AND NOT n.publishedOn IS :: DATE THEN 'publishedOn is not a Date' END,
    CASE WHEN n:Agreement AND n.effectiveOn IS NOT NULL AND NOT n.effectiveOn IS :: DATE THEN 'effectiveOn is not a Date' END,
    CASE WHEN n.foundedOn IS NOT NULL AND NOT (n.foundedOn IS :: DATE AND n.foundedOnPrecision IN $precisions AND n.foundedOnStatus IN $statuses AND n.foundedOnConfidence IN $confidences AND size(coalesce(n.foundedOnSources, [])) > 0) THEN 'foundedOn needs a Date, a precision, a status, a confidence and sources' END,
    CASE WHEN n.dissolvedOn IS NOT NULL AND NOT (n.dissolvedOn IS :: DATE AND n.dissolvedOnPrecision IN $precisions AND n.dissolvedOnStatus IN $statuses AND n.dissolvedOnConfidence IN $confidences AND size(coalesce(n.dissolvedOnSources, [])) > 0) THEN 'dissolvedOn needs a Date, a precision, a status, a confidence and sources' END,
    CASE WHEN n.foundedOn IS :: DATE AND n.dissolvedOn IS :: DATE AND n.foundedOn > n.dissolvedOn THEN 'foundedOn ' + toString(n.foundedOn) + ' is after dissolvedOn ' + toString(n.dissolvedOn) END,
    CASE WHEN n.dissolvedOnStatus = 'DISPUTED' AND size(coalesce(n.dissolvedOnDisputedBy, [])) = 0 THEN 'dissolvedOn is DISPUTED but names nobody in dissolvedOnDisputedBy' END
  ] WHERE problem IS NOT NULL] AS problems
UNWIND problems AS problem
RETURN [coalesce(toString(n.id), elementId(n))] AS ids, problem AS detail;
