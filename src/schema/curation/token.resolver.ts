import { Arg, Ctx, ID, Int, Mutation, registerEnumType, Resolver } from 'type-graphql';
import { authenticator, TokenRejected } from '../../auth';
import { Curation } from '../../curation/service';
import { Role as RoleValue } from '../../model/contract';
import { Context } from '../context';
import { userError } from '../errors';
import { IssuedToken, RevokedToken } from './curation.payload';

export const Role = { READER: 'reader', EDITOR: 'editor', ADMIN: 'admin' } as const;
registerEnumType(Role, {
  name: 'Role',
  description: 'What a token lets its holder do (docs/curation.md).',
  valuesConfig: {
    READER: { description: 'Read, where the server requires a token for reads.' },
    EDITOR: { description: 'Every curation mutation.' },
    ADMIN: { description: 'Token management, and everything an editor may do.' },
  },
});

const MAX_DAYS = 366;

/** Token management: the admin role. */
@Resolver()
export class TokenResolver {
  @Mutation(() => IssuedToken, {
    description:
      'Signs a bearer token for a person or a program, with roles and an expiry. Needs the admin role; servers with AUTH_JWT_SECRET only.',
  })
  async issueToken(
    @Ctx() ctx: Context,
    @Arg('subject', () => String, { description: 'Who will hold it (their name or e-mail); changes record it as `by`.' }) subject: string,
    @Arg('roles', () => [Role], { description: 'Its roles.' }) roles: RoleValue[],
    @Arg('expiresInDays', () => Int, {
      nullable: true,
      defaultValue: 30,
      description: `Days until it expires (1 to ${MAX_DAYS}, default 30).`,
    })
    expiresInDays: number,
  ): Promise<IssuedToken> {
    await ctx.auth.require('admin');
    if (subject.trim() === '' || subject.length > 200) throw userError('subject must be 1 to 200 characters.', { field: 'subject' });
    if (!Number.isInteger(expiresInDays) || expiresInDays < 1 || expiresInDays > MAX_DAYS)
      throw userError(`expiresInDays must be 1 to ${MAX_DAYS}.`, { field: 'expiresInDays' });
    try {
      const issued = await authenticator().issue(subject.trim(), [...new Set(roles)], expiresInDays * 86_400);
      return { token: issued.token, tokenId: issued.tokenId, expiresAt: new Date(issued.expiresAt * 1000).toISOString() };
    } catch (e) {
      if (e instanceof TokenRejected) throw userError(e.message);
      throw e;
    }
  }

  @Mutation(() => RevokedToken, { description: 'Revokes a token by its id: writes refuse it from now on. Needs the admin role.' })
  async revokeToken(
    @Ctx() ctx: Context,
    @Arg('tokenId', () => ID, { description: 'The jti of the token.' }) tokenId: string,
  ): Promise<RevokedToken> {
    const user = await ctx.auth.require('admin');
    const revoked = await new Curation(ctx.graph, user).revokeToken(tokenId);
    ctx.writeBookmarks.push(...revoked.bookmarks);
    return { tokenId: revoked.tokenId, revokedAt: revoked.revokedAt };
  }
}
