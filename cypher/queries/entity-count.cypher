// How many entities there are (the entities connection's totalCount, computed only when asked
// for): answered from the count store.
MATCH (e:Entity)
RETURN count(e) AS totalCount;
