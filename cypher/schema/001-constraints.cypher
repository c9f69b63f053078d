// Every entity has a stable, human-readable id (a slug such as `nagorno-karabakh`).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;

// Aliases are merged by an id of the form `<entity id>|<language>|<name>`, so the same spelling
// can be an alias of two entities (Artsakh: the region in Armenian, and the republic).
CREATE CONSTRAINT alias_id IF NOT EXISTS FOR (a:Alias) REQUIRE a.id IS UNIQUE;

// Statement ids are unique per relationship type (Neo4j 5.26 Community accepts relationship
// property uniqueness constraints; it has no constraint across types, so test/seed checks that
// ids are unique across all types too). The seed MERGEs every statement on its id.
CREATE CONSTRAINT controls_id IF NOT EXISTS FOR ()-[r:CONTROLS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT claims_id IF NOT EXISTS FOR ()-[r:CLAIMS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT recognized_as_part_of_id IF NOT EXISTS FOR ()-[r:RECOGNIZED_AS_PART_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT recognizes_id IF NOT EXISTS FOR ()-[r:RECOGNIZES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT guarantees_id IF NOT EXISTS FOR ()-[r:GUARANTEES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT has_area_of_responsibility_id IF NOT EXISTS FOR ()-[r:HAS_AREA_OF_RESPONSIBILITY]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT deployed_in_id IF NOT EXISTS FOR ()-[r:DEPLOYED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT party_to_id IF NOT EXISTS FOR ()-[r:PARTY_TO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT signed_id IF NOT EXISTS FOR ()-[r:SIGNED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT backs_id IF NOT EXISTS FOR ()-[r:BACKS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT located_in_id IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT connects_id IF NOT EXISTS FOR ()-[r:CONNECTS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT capital_of_id IF NOT EXISTS FOR ()-[r:CAPITAL_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT chairs_id IF NOT EXISTS FOR ()-[r:CHAIRS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT member_of_id IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT commands_id IF NOT EXISTS FOR ()-[r:COMMANDS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT heads_id IF NOT EXISTS FOR ()-[r:HEADS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT mediates_id IF NOT EXISTS FOR ()-[r:MEDIATES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT monitors_id IF NOT EXISTS FOR ()-[r:MONITORS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT participated_in_id IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT has_provision_id IF NOT EXISTS FOR ()-[r:HAS_PROVISION]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT alleges_id IF NOT EXISTS FOR ()-[r:ALLEGES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT against_id IF NOT EXISTS FOR ()-[r:AGAINST]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT concerns_id IF NOT EXISTS FOR ()-[r:CONCERNS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT denies_id IF NOT EXISTS FOR ()-[r:DENIES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT reports_id IF NOT EXISTS FOR ()-[r:REPORTS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT published_by_id IF NOT EXISTS FOR ()-[r:PUBLISHED_BY]-() REQUIRE r.id IS UNIQUE;
