import { randomUUID } from 'node:crypto';
import { createRemoteJWKSet, errors as joseErrors, JWTPayload, jwtVerify, SignJWT } from 'jose';
import { AuthConfig } from '../config';
import { Role, ROLES } from '../model/contract';

/**
 * Who is calling: the verified token's subject, roles and id (jti, for revocation). JWTs are
 * verified by the jose library (docs/curation.md): HS256 with the configured secret, or the keys
 * of a JWKS URL. No cryptography of our own.
 */
export interface User {
  subject: string;
  roles: Role[];
  tokenId: string | null;
  /** Expiry, seconds since the epoch (null when the token has none). */
  expiresAt: number | null;
}

/** Why a token was not accepted: the message a client sees with UNAUTHENTICATED. */
export class TokenRejected extends Error {
  override name = 'TokenRejected';
}

const HS256 = 'HS256';
const ASYMMETRIC = ['RS256', 'RS384', 'RS512', 'PS256', 'ES256', 'ES384', 'EdDSA'];

export class Authenticator {
  private readonly secret: Uint8Array | null;
  private readonly jwks: ReturnType<typeof createRemoteJWKSet> | null;

  constructor(readonly config: AuthConfig) {
    this.secret = config.jwtSecret ? new TextEncoder().encode(config.jwtSecret) : null;
    this.jwks = config.jwksUrl ? createRemoteJWKSet(new URL(config.jwksUrl)) : null;
  }

  /** True when some key is configured, so tokens can be verified at all. */
  get enabled(): boolean {
    return this.secret !== null || this.jwks !== null;
  }

  /** The user of a bearer token; TokenRejected with a reason a client can act on. */
  async verify(token: string): Promise<User> {
    if (!this.enabled)
      throw new TokenRejected('This server has no token key configured (AUTH_JWT_SECRET or AUTH_JWKS_URL), so it accepts no token.');
    const options = {
      issuer: this.config.issuer ?? undefined,
      audience: this.config.audience ?? undefined,
      clockTolerance: 5,
    };
    let payload: JWTPayload;
    try {
      if (this.secret && (!this.jwks || headerAlgorithm(token) === HS256)) {
        ({ payload } = await jwtVerify(token, this.secret, { ...options, algorithms: [HS256] }));
      } else {
        ({ payload } = await jwtVerify(token, this.jwks!, { ...options, algorithms: ASYMMETRIC }));
      }
    } catch (e) {
      throw new TokenRejected(rejection(e));
    }
    if (typeof payload.sub !== 'string' || payload.sub.trim() === '') throw new TokenRejected('The token has no subject (sub claim).');
    const claimed = payload[this.config.rolesClaim];
    const roles = (Array.isArray(claimed) ? claimed : typeof claimed === 'string' ? claimed.split(/[\s,]+/) : []).filter((r): r is Role =>
      (ROLES as readonly unknown[]).includes(r),
    );
    return { subject: payload.sub, roles, tokenId: typeof payload.jti === 'string' ? payload.jti : null, expiresAt: payload.exp ?? null };
  }

  /** Signs a token with the shared secret (issueToken and the token CLI); HS256 deployments only. */
  async issue(
    subject: string,
    roles: readonly Role[],
    expiresInSeconds: number,
  ): Promise<{ token: string; tokenId: string; expiresAt: number }> {
    if (!this.secret)
      throw new TokenRejected(
        'Tokens can be issued only with AUTH_JWT_SECRET set; with an identity provider (AUTH_JWKS_URL), issue them there.',
      );
    const tokenId = randomUUID();
    const now = Math.floor(Date.now() / 1000);
    const expiresAt = now + expiresInSeconds;
    let jwt = new SignJWT({ [this.config.rolesClaim]: [...roles] })
      .setProtectedHeader({ alg: HS256, typ: 'JWT' })
      .setSubject(subject)
      .setJti(tokenId)
      .setIssuedAt(now)
      .setExpirationTime(expiresAt);
    if (this.config.issuer) jwt = jwt.setIssuer(this.config.issuer);
    if (this.config.audience) jwt = jwt.setAudience(this.config.audience);
    return { token: await jwt.sign(this.secret), tokenId, expiresAt };
  }
}

function headerAlgorithm(token: string): string | null {
  try {
    const header = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8')) as { alg?: unknown };
    return typeof header.alg === 'string' ? header.alg : null;
  } catch {
    return null;
  }
}

function rejection(e: unknown): string {
  if (e instanceof joseErrors.JWTExpired) return 'The token has expired.';
  if (e instanceof joseErrors.JWTClaimValidationFailed) return `The token's ${e.claim} claim is not accepted here.`;
  if (e instanceof joseErrors.JWSSignatureVerificationFailed) return 'The token signature does not verify.';
  if (e instanceof joseErrors.JOSEAlgNotAllowed) return 'The token is signed with an algorithm this server does not accept.';
  if (e instanceof joseErrors.JWKSNoMatchingKey) return 'No key of the identity provider matches the token.';
  return 'The token is malformed.';
}

/** The bearer token of an Authorization header value; null when there is none. */
export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1] : '';
}
