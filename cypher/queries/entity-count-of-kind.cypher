// How many entities of one kind there are, from the count store of its kind label. Template
// (src/graph/queries.ts): {label} becomes the kind label, such as `:Settlement` (every node of
// a kind label has that kind: `kg-load check` holds the graph to it).
MATCH (e/*{label}*/)
RETURN count(e) AS totalCount;
