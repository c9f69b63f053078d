// Records one change (docs/curation.md): its seq comes from the single (:ChangeLog) counter, read
// under the counter's write lock so seq follows commit order; CHANGED links it to each entity it
// touched. Runs last in the write's transaction, so the lock is held only until the commit.
// :param now => '2026-01-01T00:00:00Z'
// :param id => 'c-example'
// :param by => 'alice'
// :param action => 'ASSERT_STATEMENT'
// :param comment => null
// :param statementId => null
// :param version => null
// :param entityIds => ['azerbaijan']
// :param idempotencyKey => null
// :param requestHash => null
// :param result => null
MERGE (log:ChangeLog {id: 'changes'})
SET log.locked = true
WITH log, coalesce(log.seq, 0) + 1 AS seq
SET log.seq = seq
REMOVE log.locked
CREATE (c:Change {id: $id, seq: seq, at: datetime($now), by: $by, action: $action})
SET c.comment = $comment, c.statementId = $statementId, c.version = $version, c.entityIds = $entityIds,
    c.idempotencyKey = $idempotencyKey, c.requestHash = $requestHash, c.result = $result
WITH c
CALL (c) {
  UNWIND $entityIds AS entityId
  MATCH (e:Entity {id: entityId})
  MERGE (c)-[:CHANGED]->(e)
}
RETURN c {.*} AS change;
