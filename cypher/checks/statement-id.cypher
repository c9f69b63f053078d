// Every statement relationship ($statementTypes) has an id, and the id of a current version
// (recordedTo null; docs/curation.md) is unique across relationships: earlier versions share it.
MATCH (a)-[r]->(b)
WHERE type(r) IN $statementTypes AND r.recordedTo IS NULL
WITH r.id AS id, collect([type(r), a.id, b.id]) AS uses
WITH id, uses
WHERE id IS NULL OR NOT id IS :: STRING OR trim(id) = '' OR size(uses) > 1
UNWIND CASE WHEN id IS NULL OR NOT id IS :: STRING OR trim(id) = '' THEN uses ELSE [uses[0]] END AS use
RETURN CASE WHEN id IS NULL THEN [toString(use[1]), toString(use[2])] ELSE [toString(id)] END AS ids,
       CASE WHEN id IS NULL THEN use[0] + ' statement has no id'
            WHEN NOT id IS :: STRING OR trim(id) = '' THEN use[0] + ' statement id is not a non-empty string'
            ELSE 'statement id is held by ' + toString(size(uses)) + ' relationships' END AS detail;
