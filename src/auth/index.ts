import { loadAuthConfig } from '../config';
import { Role } from '../model/contract';
import { forbidden, unauthenticated } from '../schema/errors';
import { Authenticator, bearerToken, TokenRejected, User } from './authenticator';

export { Authenticator, TokenRejected } from './authenticator';
export type { User } from './authenticator';

/**
 * The process's authenticator: built from the environment (src/config.ts) on first use; main.ts
 * builds it at start-up so a bad setting stops the server, and tests install their own.
 */
let current: Authenticator | undefined;

export function authenticator(): Authenticator {
  current ??= new Authenticator(loadAuthConfig());
  return current;
}

export function useAuthenticator(next: Authenticator): void {
  current = next;
}

/** The caller of one request: the token is verified once, on first need. */
export class RequestAuth {
  private verified?: Promise<User | null>;

  /** @param token the bearer token; '' when an Authorization header was sent in another scheme. */
  constructor(readonly token: string | null) {}

  /** The verified user, null without a token; UNAUTHENTICATED for a token that does not verify. */
  user(): Promise<User | null> {
    if (this.token === '') return Promise.reject(unauthenticated('The Authorization header must be "Bearer <token>".'));
    this.verified ??=
      this.token === null
        ? Promise.resolve(null)
        : authenticator()
            .verify(this.token)
            .catch((e: unknown) => {
              throw e instanceof TokenRejected ? unauthenticated(e.message) : e;
            });
    return this.verified;
  }

  /** The user when they hold `role` (admin holds every role); UNAUTHENTICATED or FORBIDDEN otherwise. */
  async require(role: Role): Promise<User> {
    const user = await this.user();
    if (!user) throw unauthenticated(`This operation needs a bearer token with the ${role} role (Authorization: Bearer <token>).`);
    if (!user.roles.includes(role) && !user.roles.includes('admin')) {
      throw forbidden(
        `This operation needs the ${role} role; the token of "${user.subject}" has ${user.roles.length ? user.roles.join(', ') : 'no role'}.`,
        { requiredRole: role },
      );
    }
    return user;
  }
}

export function requestAuth(authorizationHeader: string | undefined): RequestAuth {
  return new RequestAuth(bearerToken(authorizationHeader));
}
