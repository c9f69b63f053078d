// Every entity has a stable, human-readable id (a slug such as `nagorno-karabakh`).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;

// Aliases are merged by an id of the form `<entity id>|<language>|<name>`, so the same spelling
// can be an alias of two entities (Artsakh: the region in Armenian, and the republic).
CREATE CONSTRAINT alias_id IF NOT EXISTS FOR (a:Alias) REQUIRE a.id IS UNIQUE;

// Statements are versioned (docs/curation.md): every version of a statement is its own
// relationship with the statement's id and its own version number, so (id, version) is unique per
// relationship type (Neo4j 5.26 Community accepts relationship property uniqueness constraints; it
// has no constraint across types, so `kg-load check` checks that current ids are unique across all
// types too). The index on id finds every version of a statement, with or without a version number.
// The single-property uniqueness constraints of the first schema are dropped where they exist.
DROP CONSTRAINT controls_id IF EXISTS;
CREATE CONSTRAINT controls_version IF NOT EXISTS FOR ()-[r:CONTROLS]-() REQUIRE (r.id, r.version) IS UNIQUE;
CREATE INDEX controls_statement_id IF NOT EXISTS FOR ()-[r:CONTROLS]-() ON (r.id);
DROP CONSTRAINT claims_id IF EXISTS;
CREATE CONSTRAINT claims_version IF NOT EXISTS FOR ()-[r:CLAIMS]-() REQUIRE (r.id, r.version) IS UNIQUE;
CREATE INDEX claims_statement_id IF NOT EXISTS FOR ()-[r:CLAIMS]-() ON (r.id);
DROP CONSTRAINT recognized_as_part_of_id IF EXISTS;
CREATE CONSTRAINT recognized_as_part_of_version IF NOT EXISTS FOR ()-[r:RECOGNIZED_AS_PART_OF]-() REQUIRE (r.id, r.version) IS UNIQUE;
CREATE INDEX recognized_as_part_of_statement_id IF NOT EXISTS FOR ()-[r:RECOGNIZED_AS_PART_OF]-() ON (r.id);
DROP CONSTRAINT recognizes_id IF EXISTS;
CREATE CONSTRAINT recognizes_version IF NOT EXISTS FOR ()-[r:RECOGNIZES]-() REQUIRE (r.id, r.version) IS UNIQUE;
CREATE INDEX recognizes_statement_id IF NOT EXISTS FOR ()-[r:RECOGNIZES]-() ON (r.id);
DROP CONSTRAINT guarantees_id IF EXISTS;
CREATE CONSTRAINT guarantees_version IF NOT EXISTS FOR ()-[r:GUARANTEES]-() REQUIRE (r.id, r.version) IS UNIQUE;
CREATE INDEX guarantees_statement_id IF NOT EXISTS FOR ()-[r:GUARANTEES]-() ON (r.id);
DROP CONSTRAINT has_area_of_responsibility_id IF EXISTS;
CREATE CONSTRAINT has_area_of_responsibility_version IF NOT EXISTS FOR ()-[r:HAS_AREA_OF_RESPONSIBILITY]-() REQUIRE (r.id, r.version) IS UNIQUE;
CREATE INDEX has_area_of_responsibility_statement_id IF NOT EXISTS FOR ()-[r:HAS_AREA_OF_RESPONSIBILITY]-() ON (r.id);
DROP CONSTRAINT deployed_in_id IF EXISTS;
CREATE CONSTRAINT deployed_in_version IF NOT EXISTS FOR ()-[r:DEPLOYED_IN]-() REQUIRE (r.id, r.version) IS UNIQUE;
CREATE INDEX deployed_in_statement_id IF NOT EXISTS FOR ()-[r:DEPLOYED_IN]-() ON (r.id);
DROP CONSTRAINT party_to_id IF EXISTS;
CREATE CONSTRAINT party_to_version IF NOT EXISTS FOR ()-[r:PARTY_TO]-() REQUIRE (r.id, r.version) IS UNIQUE;
CREATE INDEX party_to_statement_id IF NOT EXISTS FOR ()-[r:PARTY_TO]-() ON (r.id);
DROP CONSTRAINT signed_id IF EXISTS;
CREATE CONSTRAINT signed_version IF NOT EXISTS FOR ()-[r:SIGNED]-() REQUIRE (r.id, r.version) IS UNIQUE;
CREATE INDEX signed_statement_id IF NOT EXISTS FOR ()-[r:SIGNED]-() ON (r.id);
DROP CONSTRAINT backs_id IF EXISTS;
CREATE CONSTRAINT backs_version IF NOT EXISTS FOR ()-[r:BACKS]-() REQUIRE (r.id, r.version) IS UNIQUE;
CREATE INDEX backs_statement_id IF NOT EXISTS FOR ()-[r:BACKS]-() ON (r.id);
DROP CONSTRAINT part_of_id IF EXISTS;
CREATE CONSTRAINT part_of_version IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE (r.id, r.version) IS UNIQUE;
CREATE INDEX part_of_statement_id IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.id);
DROP CONSTRAINT located_in_id IF EXISTS;
CREATE CONSTRAINT located_in_version IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE (r.id, r.version) IS UNIQUE;
CREATE INDEX located_in_statement_id IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.id);
DROP CONSTRAINT connects_id IF EXISTS;
CREATE CONSTRAINT connects_version IF NOT EXISTS FOR ()-[r:CONNECTS]-() REQUIRE (r.id, r.version) IS UNIQUE;
CREATE INDEX connects_statement_id IF NOT EXISTS FOR ()-[r:CONNECTS]-() ON (r.id);
DROP CONSTRAINT capital_of_id IF EXISTS;
CREATE CONSTRAINT capital_of_version IF NOT EXISTS FOR ()-[r:CAPITAL_OF]-() REQUIRE (r.id, r.version) IS UNIQUE;
CREATE INDEX capital_of_statement_id IF NOT EXISTS FOR ()-[r:CAPITAL_OF]-() ON (r.id);
DROP CONSTRAINT chairs_id IF EXISTS;
CREATE CONSTRAINT chairs_version IF NOT EXISTS FOR ()-[r:CHAIRS]-() REQUIRE (r.id, r.version) IS UNIQUE;
CREATE INDEX chairs_statement_id IF NOT EXISTS FOR ()-[r:CHAIRS]-() ON (r.id);
DROP CONSTRAINT member_of_id IF EXISTS;
CREATE CONSTRAINT member_of_version IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() REQUIRE (r.id, r.version) IS UNIQUE;
CREATE INDEX member_of_statement_id IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.id);
DROP CONSTRAINT commands_id IF EXISTS;
CREATE CONSTRAINT commands_version IF NOT EXISTS FOR ()-[r:COMMANDS]-() REQUIRE (r.id, r.version) IS UNIQUE;
CREATE INDEX commands_statement_id IF NOT EXISTS FOR ()-[r:COMMANDS]-() ON (r.id);
DROP CONSTRAINT heads_id IF EXISTS;
CREATE CONSTRAINT heads_version IF NOT EXISTS FOR ()-[r:HEADS]-() REQUIRE (r.id, r.version) IS UNIQUE;
CREATE INDEX heads_statement_id IF NOT EXISTS FOR ()-[r:HEADS]-() ON (r.id);
DROP CONSTRAINT mediates_id IF EXISTS;
CREATE CONSTRAINT mediates_version IF NOT EXISTS FOR ()-[r:MEDIATES]-() REQUIRE (r.id, r.version) IS UNIQUE;
CREATE INDEX mediates_statement_id IF NOT EXISTS FOR ()-[r:MEDIATES]-() ON (r.id);
DROP CONSTRAINT monitors_id IF EXISTS;
CREATE CONSTRAINT monitors_version IF NOT EXISTS FOR ()-[r:MONITORS]-() REQUIRE (r.id, r.version) IS UNIQUE;
CREATE INDEX monitors_statement_id IF NOT EXISTS FOR ()-[r:MONITORS]-() ON (r.id);
DROP CONSTRAINT participated_in_id IF EXISTS;
CREATE CONSTRAINT participated_in_version IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() REQUIRE (r.id, r.version) IS UNIQUE;
CREATE INDEX participated_in_statement_id IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.id);
DROP CONSTRAINT has_provision_id IF EXISTS;
CREATE CONSTRAINT has_provision_version IF NOT EXISTS FOR ()-[r:HAS_PROVISION]-() REQUIRE (r.id, r.version) IS UNIQUE;
CREATE INDEX has_provision_statement_id IF NOT EXISTS FOR ()-[r:HAS_PROVISION]-() ON (r.id);
DROP CONSTRAINT alleges_id IF EXISTS;
CREATE CONSTRAINT alleges_version IF NOT EXISTS FOR ()-[r:ALLEGES]-() REQUIRE (r.id, r.version) IS UNIQUE;
CREATE INDEX alleges_statement_id IF NOT EXISTS FOR ()-[r:ALLEGES]-() ON (r.id);
DROP CONSTRAINT against_id IF EXISTS;
CREATE CONSTRAINT against_version IF NOT EXISTS FOR ()-[r:AGAINST]-() REQUIRE (r.id, r.version) IS UNIQUE;
CREATE INDEX against_statement_id IF NOT EXISTS FOR ()-[r:AGAINST]-() ON (r.id);
DROP CONSTRAINT concerns_id IF EXISTS;
CREATE CONSTRAINT concerns_version IF NOT EXISTS FOR ()-[r:CONCERNS]-() REQUIRE (r.id, r.version) IS UNIQUE;
CREATE INDEX concerns_statement_id IF NOT EXISTS FOR ()-[r:CONCERNS]-() ON (r.id);
DROP CONSTRAINT denies_id IF EXISTS;
CREATE CONSTRAINT denies_version IF NOT EXISTS FOR ()-[r:DENIES]-() REQUIRE (r.id, r.version) IS UNIQUE;
CREATE INDEX denies_statement_id IF NOT EXISTS FOR ()-[r:DENIES]-() ON (r.id);
DROP CONSTRAINT reports_id IF EXISTS;
CREATE CONSTRAINT reports_version IF NOT EXISTS FOR ()-[r:REPORTS]-() REQUIRE (r.id, r.version) IS UNIQUE;
CREATE INDEX reports_statement_id IF NOT EXISTS FOR ()-[r:REPORTS]-() ON (r.id);
DROP CONSTRAINT published_by_id IF EXISTS;
CREATE CONSTRAINT published_by_version IF NOT EXISTS FOR ()-[r:PUBLISHED_BY]-() REQUIRE (r.id, r.version) IS UNIQUE;
CREATE INDEX published_by_statement_id IF NOT EXISTS FOR ()-[r:PUBLISHED_BY]-() ON (r.id);

// Curation (docs/curation.md): one change node per write, ordered by seq; idempotency keys are
// unique; revoked tokens are looked up by their jti.
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (c:Change) REQUIRE c.seq IS UNIQUE;
CREATE CONSTRAINT change_idempotency_key IF NOT EXISTS FOR (c:Change) REQUIRE c.idempotencyKey IS UNIQUE;
CREATE CONSTRAINT change_log_id IF NOT EXISTS FOR (l:ChangeLog) REQUIRE l.id IS UNIQUE;
CREATE CONSTRAINT revoked_token_jti IF NOT EXISTS FOR (t:RevokedToken) REQUIRE t.jti IS UNIQUE;
