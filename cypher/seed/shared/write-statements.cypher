// How a seed row becomes a statement, written once. A seed file that states statements stages
// its rows as (:StatementRow) nodes (`UNWIND [...] AS s CREATE (row:StatementRow) SET row = s`:
// the row's keys become the node's properties) and ends with `:source shared/write-statements.cypher`
// (kg-load reads a :source path from the folder of the file that names it). This writes each staged
// row as a statement of its type (`type`, from the contract) between the entities `subject` and
// `object`, then removes the rows, so nothing staged is left when the file is done. A row's dates are
// 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' strings: stored as Dates, with their precision read from their
// length unless the row gives it; status, rank and confidence default to UNCONTESTED, NORMAL and
// CONFIRMED. 095-statement-bounds.cypher later adds the earliest and latest reading of each bound.
// Kept out of the seed folder's top level, so a load of cypher/seed does not run it on its own.
MATCH (s:StatementRow)
MATCH (a:Entity {id: s.subject})
MATCH (b:Entity {id: s.object})
MERGE (a)-[r:$(s.type) {id: s.id}]->(b)
SET r = s {.id, .role, .extent, .provision, .note,
  validFrom: date(s.validFrom), validFromPrecision: coalesce(s.validFromPrecision, CASE size(s.validFrom) WHEN 4 THEN 'YEAR' WHEN 7 THEN 'MONTH' WHEN 10 THEN 'DAY' END),
  validFromEarliest: date(s.validFromEarliest), validFromLatest: date(s.validFromLatest),
  validTo: date(s.validTo), validToPrecision: coalesce(s.validToPrecision, CASE size(s.validTo) WHEN 4 THEN 'YEAR' WHEN 7 THEN 'MONTH' WHEN 10 THEN 'DAY' END),
  validToEarliest: date(s.validToEarliest), validToLatest: date(s.validToLatest),
  status: coalesce(s.status, 'UNCONTESTED'), rank: coalesce(s.rank, 'NORMAL'), confidence: coalesce(s.confidence, 'CONFIRMED'),
  sources: s.sources, assertedBy: coalesce(s.assertedBy, []), disputedBy: coalesce(s.disputedBy, []), supportedBy: coalesce(s.supportedBy, [])};

MATCH (row:StatementRow)
DELETE row;
