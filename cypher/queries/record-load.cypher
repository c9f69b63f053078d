// Records a load as one change by its files (docs/curation.md): every statement without a version
// gets version 1, recordedFrom = now and the change's id. Run after loading into the database;
// when every statement has a version already (the same seed loaded again), it records nothing.
// :param changeId => 'load-example'
// :param by => 'load:cypher/seed'
// :param files => ['cypher/seed/010-sources.cypher']
MATCH ()-[r]->()
WHERE r.id IS NOT NULL AND r.version IS NULL
SET r.version = 1, r.recordedFrom = datetime.truncate('millisecond', datetime()), r.recordedBy = $by, r.changeId = $changeId
WITH count(r) AS statements
WHERE statements > 0
MERGE (log:ChangeLog {id: 'changes'})
SET log.locked = true
WITH statements, log, coalesce(log.seq, 0) + 1 AS seq
SET log.seq = seq
REMOVE log.locked
CREATE (c:Change {id: $changeId, seq: seq, at: datetime.truncate('millisecond', datetime()), by: $by, action: 'LOAD', files: $files, statements: statements, entityIds: []})
RETURN c {.*} AS change;
