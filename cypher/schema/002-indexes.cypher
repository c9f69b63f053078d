// Name search over canonical names and every alias (other languages, variants, misspellings
// such as "Arksakh"). Query with db.index.fulltext.queryNodes('entity_names', $text).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity|Alias) ON EACH [n.name];

// Lookups by kind (`MATCH (e:Entity {kind: $kind})`) from the API's filters.
CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind);

// Date filters on statements ("who controlled X on $asOf") start from the place and filter the
// few edges it has, so no relationship index is needed at this size.

// The change feed from a time (changes(since:)): Change.seq has its constraint's index already.
CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at);

// Wait until the indexes are online, so that a search right after loading finds everything.
CALL db.awaitIndexes(300);
