// Revokes the token whose jti is $tokenId (writes refuse it from now on).
// :param now => '2026-01-01T00:00:00Z'
// :param tokenId => '6f1c...'
// :param by => 'admin'
MERGE (t:RevokedToken {jti: $tokenId})
ON CREATE SET t.revokedAt = datetime($now), t.revokedBy = $by
RETURN t.jti AS tokenId, t.revokedAt AS revokedAt;
