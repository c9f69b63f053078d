// Name search over canonical names and every alias (other languages, variants, misspellings
// such as "Arksakh"). Query with db.index.fulltext.queryNodes('entity_names', $text).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity|Alias) ON EACH [n.name];

// Lookups by kind (`MATCH (e:Entity {kind: $kind})`) from the API's filters.
CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind);

// Pages of one kind in id order (`entities(kind:, after:)`): equality on kind, then a range on id
// read in index order, so a page stops after its last row (cypher/queries/entity-page-of-kind.cypher).
CREATE INDEX entity_kind_id IF NOT EXISTS FOR (e:Entity) ON (e.kind, e.id);

// Sources by id (`MATCH (:Source {id: $id})`, as `kg-load check` reads each statement's sources).
CREATE INDEX source_id IF NOT EXISTS FOR (s:Source) ON (s.id);

// Guarantees resting on a clause (`r.provision`, cypher/queries/agreement-guarantees.cypher).
CREATE INDEX guarantees_provision IF NOT EXISTS FOR ()-[r:GUARANTEES]-() ON (r.provision);

// Date filters on statements ("who controlled X on $asOf") start from the entity, by the entity_id
// index, and filter only its relationships of the types asked for; pages of statements without a
// subject or object read each type in the order of its id constraint's index.

// Attribution: who asserts, supports or disputes a statement, and the sources it cites, are lists
// of entity ids on the statement (assertedBy, supportedBy, disputedBy, sources). This full-text
// index over every statement type makes each id a term (the keyword analyzer keeps the whole id),
// so "what does russia-mod support" or "what cites this source" is one index lookup, not a scan of
// every relationship: db.index.fulltext.queryRelationships('statement_provenance',
// 'supportedBy:"russia-mod"'). test/seed/load.test.ts checks it covers every contract type.
CREATE FULLTEXT INDEX statement_provenance IF NOT EXISTS
FOR ()-[r:CONTROLS|CLAIMS|RECOGNIZED_AS_PART_OF|RECOGNIZES|GUARANTEES|HAS_AREA_OF_RESPONSIBILITY|DEPLOYED_IN|PARTY_TO|SIGNED|BACKS|PART_OF|LOCATED_IN|CONNECTS|CAPITAL_OF|CHAIRS|MEMBER_OF|COMMANDS|HEADS|MEDIATES|MONITORS|PARTICIPATED_IN|HAS_PROVISION|ALLEGES|AGAINST|CONCERNS|DENIES|REPORTS|PUBLISHED_BY]-()
ON EACH [r.assertedBy, r.supportedBy, r.disputedBy, r.sources]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};

// Wait until the indexes are online, so that a search right after loading finds everything.
CALL db.awaitIndexes(300);
