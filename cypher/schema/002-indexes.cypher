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

// Closed statement versions (docs/curation.md): only they have a recordedTo, so each type's index
// lists exactly its history; counts of current statements subtract them (relation-count-all).
CREATE INDEX controls_recorded_to IF NOT EXISTS FOR ()-[r:CONTROLS]-() ON (r.recordedTo);
CREATE INDEX claims_recorded_to IF NOT EXISTS FOR ()-[r:CLAIMS]-() ON (r.recordedTo);
CREATE INDEX recognized_as_part_of_recorded_to IF NOT EXISTS FOR ()-[r:RECOGNIZED_AS_PART_OF]-() ON (r.recordedTo);
CREATE INDEX recognizes_recorded_to IF NOT EXISTS FOR ()-[r:RECOGNIZES]-() ON (r.recordedTo);
CREATE INDEX guarantees_recorded_to IF NOT EXISTS FOR ()-[r:GUARANTEES]-() ON (r.recordedTo);
CREATE INDEX has_area_of_responsibility_recorded_to IF NOT EXISTS FOR ()-[r:HAS_AREA_OF_RESPONSIBILITY]-() ON (r.recordedTo);
CREATE INDEX deployed_in_recorded_to IF NOT EXISTS FOR ()-[r:DEPLOYED_IN]-() ON (r.recordedTo);
CREATE INDEX party_to_recorded_to IF NOT EXISTS FOR ()-[r:PARTY_TO]-() ON (r.recordedTo);
CREATE INDEX signed_recorded_to IF NOT EXISTS FOR ()-[r:SIGNED]-() ON (r.recordedTo);
CREATE INDEX backs_recorded_to IF NOT EXISTS FOR ()-[r:BACKS]-() ON (r.recordedTo);
CREATE INDEX part_of_recorded_to IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.recordedTo);
CREATE INDEX located_in_recorded_to IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.recordedTo);
CREATE INDEX connects_recorded_to IF NOT EXISTS FOR ()-[r:CONNECTS]-() ON (r.recordedTo);
CREATE INDEX capital_of_recorded_to IF NOT EXISTS FOR ()-[r:CAPITAL_OF]-() ON (r.recordedTo);
CREATE INDEX chairs_recorded_to IF NOT EXISTS FOR ()-[r:CHAIRS]-() ON (r.recordedTo);
CREATE INDEX member_of_recorded_to IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.recordedTo);
CREATE INDEX commands_recorded_to IF NOT EXISTS FOR ()-[r:COMMANDS]-() ON (r.recordedTo);
CREATE INDEX heads_recorded_to IF NOT EXISTS FOR ()-[r:HEADS]-() ON (r.recordedTo);
CREATE INDEX mediates_recorded_to IF NOT EXISTS FOR ()-[r:MEDIATES]-() ON (r.recordedTo);
CREATE INDEX monitors_recorded_to IF NOT EXISTS FOR ()-[r:MONITORS]-() ON (r.recordedTo);
CREATE INDEX participated_in_recorded_to IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.recordedTo);
CREATE INDEX has_provision_recorded_to IF NOT EXISTS FOR ()-[r:HAS_PROVISION]-() ON (r.recordedTo);
CREATE INDEX alleges_recorded_to IF NOT EXISTS FOR ()-[r:ALLEGES]-() ON (r.recordedTo);
CREATE INDEX against_recorded_to IF NOT EXISTS FOR ()-[r:AGAINST]-() ON (r.recordedTo);
CREATE INDEX concerns_recorded_to IF NOT EXISTS FOR ()-[r:CONCERNS]-() ON (r.recordedTo);
CREATE INDEX denies_recorded_to IF NOT EXISTS FOR ()-[r:DENIES]-() ON (r.recordedTo);
CREATE INDEX reports_recorded_to IF NOT EXISTS FOR ()-[r:REPORTS]-() ON (r.recordedTo);
CREATE INDEX published_by_recorded_to IF NOT EXISTS FOR ()-[r:PUBLISHED_BY]-() ON (r.recordedTo);

// Entities merged into another (mergeEntities) stay as redirects; only they have mergedInto.
CREATE INDEX entity_merged_into IF NOT EXISTS FOR (e:Entity) ON (e.mergedInto);

// The change feed from a time (changes(since:)): Change.seq has its constraint's index already.
CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at);

// Wait until the indexes are online, so that a search right after loading finds everything.
CALL db.awaitIndexes(300);
