// Statement properties: validFrom/validTo are Dates or null with validFrom <= validTo; a precision
// (DAY|MONTH|YEAR|DECADE|CENTURY) exactly when its date is set; its earliest and latest
// readings (optional: absent, the date reads as exact) only with the date, earliest <= latest; status, rank and confidence from their enums.
MATCH (a)-[r]->(b)
WHERE type(r) IN $statementTypes
WITH a, r, b, [problem IN [
    CASE WHEN r.validFrom IS NOT NULL AND NOT r.validFrom IS :: DATE THEN 'validFrom is not a Date' END,
    CASE WHEN r.validTo IS NOT NULL AND NOT r.validTo IS :: DATE THEN 'validTo is not a Date' END,
    CASE WHEN r.validFrom IS :: DATE AND r.validTo IS :: DATE AND r.validFrom > r.validTo THEN 'validFrom ' + toString(r.validFrom) + ' is after validTo ' + toString(r.validTo) END,
    CASE WHEN r.validFrom IS NOT NULL AND NOT coalesce(r.validFromPrecision, '') IN $precisions THEN 'validFromPrecision ' + coalesce(toString(r.validFromPrecision), 'missing') + ' is not one of' + reduce(s = '', p IN $precisions | s + ' ' + p) END,
    CASE WHEN r.validFrom IS NULL AND r.validFromPrecision IS NOT NULL THEN 'validFromPrecision is set but validFrom is not' END,
    CASE WHEN r.validTo IS NOT NULL AND NOT coalesce(r.validToPrecision, '') IN $precisions THEN 'validToPrecision ' + coalesce(toString(r.validToPrecision), 'missing') + ' is not one of' + reduce(s = '', p IN $precisions | s + ' ' + p) END,
    CASE WHEN r.validTo IS NULL AND r.validToPrecision IS NOT NULL THEN 'validToPrecision is set but validTo is not' END,
    CASE WHEN r.validFrom IS NULL AND (r.validFromEarliest IS NOT NULL OR r.validFromLatest IS NOT NULL) THEN 'validFromEarliest/validFromLatest are set but validFrom is not' END,
    CASE WHEN r.validTo IS NULL AND (r.validToEarliest IS NOT NULL OR r.validToLatest IS NOT NULL) THEN 'validToEarliest/validToLatest are set but validTo is not' END,
    CASE WHEN r.validFromEarliest IS :: DATE AND r.validFromLatest IS :: DATE AND r.validFromEarliest > r.validFromLatest THEN 'validFromEarliest ' + toString(r.validFromEarliest) + ' is after validFromLatest ' + toString(r.validFromLatest) END,
    CASE WHEN r.validToEarliest IS :: DATE AND r.validToLatest IS :: DATE AND r.validToEarliest > r.validToLatest THEN 'validToEarliest ' + toString(r.validToEarliest) + ' is after validToLatest ' + toString(r.validToLatest) END,
    CASE WHEN NOT coalesce(r.status, '') IN $statuses THEN 'status ' + coalesce(toString(r.status), 'missing') + ' is not one of' + reduce(s = '', x IN $statuses | s + ' ' + x) END,
    CASE WHEN NOT coalesce(r.rank, '') IN $ranks THEN 'rank ' + coalesce(toString(r.rank), 'missing') + ' is not one of' + reduce(s = '', x IN $ranks | s + ' ' + x) END,
    CASE WHEN NOT coalesce(r.confidence, '') IN $confidences THEN 'confidence ' + coalesce(toString(r.confidence), 'missing') + ' is not one of' + reduce(s = '', x IN $confidences | s + ' ' + x) END
  ] WHERE problem IS NOT NULL] AS problems
UNWIND problems AS problem
RETURN [coalesce(toString(r.id), type(r)), toString(a.id), toString(b.id)] AS ids, type(r) + ': ' + problem AS detail;
