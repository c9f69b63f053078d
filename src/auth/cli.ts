#!/usr/bin/env node
import { ConfigError, loadAuthConfig } from '../config';
import { Role, ROLES } from '../model/contract';
import { Authenticator } from './authenticator';

/**
 * `npm run token -- issue --sub <subject> --roles editor[,admin] [--days 30]`: signs a bearer token
 * with AUTH_JWT_SECRET (the first admin's token, or one for a script). Revoke one with the
 * revokeToken mutation (its jti is printed with it).
 */
const USAGE = 'usage: npm run token -- issue --sub <subject> --roles <reader|editor|admin>[,...] [--days <1-366>]';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

export async function main(args: string[]): Promise<number> {
  if (args[0] !== 'issue') {
    console.error(USAGE);
    return 2;
  }
  const subject = option(args, 'sub');
  const roles = (option(args, 'roles') ?? '').split(',').filter((r) => r !== '');
  const days = Number(option(args, 'days') ?? '30');
  const bad = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (!subject || roles.length === 0 || bad.length > 0 || !Number.isInteger(days) || days < 1 || days > 366) {
    if (bad.length) console.error(`unknown role ${bad.join(', ')}: use ${ROLES.join(', ')}`);
    console.error(USAGE);
    return 2;
  }
  try {
    const config = loadAuthConfig();
    if (!config.jwtSecret) {
      console.error('AUTH_JWT_SECRET is not set: tokens are signed with it (with an identity provider, issue tokens there).');
      return 2;
    }
    const issued = await new Authenticator(config).issue(subject, roles as Role[], days * 86_400);
    console.log(issued.token);
    console.error(
      `token ${issued.tokenId} for ${subject} (${roles.join(', ')}), expires ${new Date(issued.expiresAt * 1000).toISOString()}`,
    );
    return 0;
  } catch (e) {
    console.error(e instanceof ConfigError ? e.message : `could not issue the token: ${(e as Error).message}`);
    return 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => process.exit(code));
}
