// How many statements of the types asked for the graph holds (each-block, as in
// relation-page-scan.cypher): Neo4j answers each type's count from its count store, without
// reading a relationship.
CALL () {
  /*{each types}*/MATCH ()-[r/*{types}*/]->()
  RETURN count(r) AS n/*{/each}*/
}
RETURN sum(n) AS totalCount;
