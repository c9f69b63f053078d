// How many statements of the types asked for the graph holds (each-block, as in
// relation-page-scan.cypher), current versions only (docs/curation.md): Neo4j answers each
// type's count from its count store, without reading a relationship, less the closed versions,
// which the type's recordedTo index lists (only closed versions have a recordedTo).
CALL () {
  /*{each types}*/MATCH ()-[r/*{types}*/]->()
  WITH count(r) AS versions
  RETURN versions - COUNT { ()-[closed/*{types}*/]->() WHERE closed.recordedTo IS NOT NULL } AS n/*{/each}*/
}
RETURN sum(n) AS totalCount;
