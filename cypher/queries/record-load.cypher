// Records a load as one change by its files (docs/curation.md): every statement without a version
// gets version 1, recordedFrom and the change's id. Run after loading into the database. When the
// same files were loaded before (a LOAD change by $by exists: the seed's `SET r = ...` rewrote its
// statements without their stamp), they get that earlier change's stamp back and nothing new is
// recorded; when every statement has a version, nothing happens.
// :param changeId => 'load-example'
// :param by => 'load:cypher/seed'
// :param files => ['cypher/seed']
OPTIONAL MATCH (earlier:Change {action: 'LOAD', by: $by})
WITH earlier ORDER BY earlier.seq DESC LIMIT 1
WITH earlier, datetime.truncate('millisecond', datetime()) AS now
CALL (earlier, now) {
  MATCH ()-[r]->()
  WHERE r.id IS NOT NULL AND r.version IS NULL
  SET r.version = 1, r.recordedFrom = coalesce(earlier.at, now), r.recordedBy = $by, r.changeId = coalesce(earlier.id, $changeId)
  RETURN count(r) AS statements
}
WITH earlier, now, statements
WHERE statements > 0 AND earlier IS NULL
MERGE (log:ChangeLog {id: 'changes'})
SET log.locked = true
WITH statements, now, log, coalesce(log.seq, 0) + 1 AS seq
SET log.seq = seq
REMOVE log.locked
CREATE (c:Change {id: $changeId, seq: seq, at: now, by: $by, action: 'LOAD', files: $files, statements: statements, entityIds: []})
RETURN c {.*} AS change;
