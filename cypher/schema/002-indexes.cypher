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

// Wait until the indexes are online, so that a search right after loading finds everything.
CALL db.awaitIndexes(300);
