// How many entities of one kind there are, from the count store of its kind label. Template
// (src/graph/queries.ts): {label} becomes the kind label, such as `:Settlement` (every node of
// a kind label has that kind: `kg-load check` holds the graph to it).
MATCH (e/*{label}*/)
WITH count(e) AS all
// Less the redirects merged entities leave (docs/curation.md), which the index on mergedInto lists.
CALL () {
  MATCH (m:Entity/*{label}*/)
  WHERE m.mergedInto IS NOT NULL
  RETURN count(m) AS merged
}
RETURN all - merged AS totalCount;
