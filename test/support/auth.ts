import { Authenticator, useAuthenticator } from '../../src/auth';
import { loadAuthConfig } from '../../src/config';
import { Role } from '../../src/model/contract';

/** The HS256 secret the tests sign with (never a real one). */
export const TEST_SECRET = 'test-secret-for-curation-tests-only-0123456789';

/** Installs an authenticator with TEST_SECRET (reads open unless `requireForReads`). */
export function useTestAuthenticator(options: { requireForReads?: boolean } = {}): Authenticator {
  const auth = new Authenticator({ ...loadAuthConfig({}), jwtSecret: TEST_SECRET, requireForReads: options.requireForReads ?? false });
  useAuthenticator(auth);
  return auth;
}

/** Headers with a bearer token for `subject` holding `roles`, signed with TEST_SECRET. */
export async function bearer(subject: string, roles: Role[], auth = useTestAuthenticator()): Promise<Record<string, string>> {
  const { token } = await auth.issue(subject, roles, 3600);
  return { authorization: `Bearer ${token}` };
}
