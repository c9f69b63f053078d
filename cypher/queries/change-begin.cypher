// What a write checks before it changes anything: whether the caller's token ($tokenId) was
// revoked, the change an earlier request with the same idempotency key ($idempotencyKey) made, and the
// transaction's time to the millisecond ($now of every query of the write: one time per change).
// :param tokenId => null
// :param idempotencyKey => null
OPTIONAL MATCH (t:RevokedToken {jti: $tokenId})
OPTIONAL MATCH (c:Change {idempotencyKey: $idempotencyKey})
RETURN t IS NOT NULL AS revoked, c {.*} AS earlier, toString(datetime.truncate('millisecond', datetime.transaction())) AS now;
