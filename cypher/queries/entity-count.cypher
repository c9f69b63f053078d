// How many entities there are (the entities connection's totalCount, computed only when asked
// for): answered from the count store.
MATCH (e:Entity)
WITH count(e) AS all
// Less the redirects merged entities leave (docs/curation.md), which the index on mergedInto lists.
CALL () {
  MATCH (m:Entity)
  WHERE m.mergedInto IS NOT NULL
  RETURN count(m) AS merged
}
RETURN all - merged AS totalCount;
