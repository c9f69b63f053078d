import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Curation, WriteOptions, WriteResult } from '../../curation/service';
import { changesPage, statementVersions } from '../../graph/repositories/changes';
import { RelationRecord } from '../../graph/repositories/records';
import { Context } from '../context';
import { userError } from '../errors';
import { decodeCursor, encodeCursor, pageSize } from '../pagination/cursor';
import { Relation } from '../relations/relation.type';
import { DatePrecision, Rank } from '../relations/statement.enums';
import { DateScalar, DateTimeScalar } from '../scalars/date.scalar';
import { ChangeConnection } from './change.type';
import { AliasInput, EntityInput, SourceInput, StatementCorrectionInput, StatementInput } from './curation.inputs';
import { CurationPayload } from './curation.payload';

@ArgsType()
class WriteArgs {
  @Field(() => String, { nullable: true, description: 'Why: kept with the change and listed by changes(...).' })
  comment?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A key of your choice for this request (or the Idempotency-Key header): a retry with the same key and request returns the first answer and writes nothing.',
  })
  idempotencyKey?: string | null;
}

const OPTIONAL_EXPECTED_VERSION = 'The version you read; when given and stale, the write is refused with CONFLICT.';

@ArgsType()
class StanceArgs {
  @Field(() => ID, { description: 'The statement.' })
  id!: string;

  @Field(() => ID, { description: 'The actor (or other entity) who disputes or supports it.' })
  by!: string;

  @Field(() => Int, { nullable: true, description: OPTIONAL_EXPECTED_VERSION })
  expectedVersion?: number | null;
}

const EXPECTED_VERSION = 'The version you read and are changing (Relation.version); a stale one is refused with CONFLICT.';

/**
 * The curation mutations (docs/curation.md): each needs a token with the editor role, goes through
 * the model contract's checks in src/curation, and writes new versions in one transaction.
 */
@Resolver()
export class CurationResolver {
  private async curate(
    ctx: Context,
    args: WriteArgs,
    write: (c: Curation, options: WriteOptions) => Promise<WriteResult>,
  ): Promise<CurationPayload> {
    const user = await ctx.auth.require('editor');
    const result = await write(new Curation(ctx.graph, user), {
      comment: args.comment ?? null,
      idempotencyKey: args.idempotencyKey ?? ctx.idempotencyKey,
    });
    ctx.writeBookmarks.push(...result.bookmarks);
    return result;
  }

  @Mutation(() => CurationPayload, { description: 'Creates an entity of a kind, with its aliases and Wikidata id. Needs the editor role.' })
  createEntity(
    @Ctx() ctx: Context,
    @Arg('input', () => EntityInput, { description: 'The entity.' }) input: EntityInput,
    @Args(() => WriteArgs) args: WriteArgs,
  ): Promise<CurationPayload> {
    return this.curate(ctx, args, (c, o) => c.createEntity({ ...input, aliases: input.aliases ?? null }, o));
  }

  @Mutation(() => CurationPayload, { description: 'Adds a source that statements can cite. Needs the editor role.' })
  addSource(
    @Ctx() ctx: Context,
    @Arg('input', () => SourceInput, { description: 'The source.' }) input: SourceInput,
    @Args(() => WriteArgs) args: WriteArgs,
  ): Promise<CurationPayload> {
    return this.curate(ctx, args, (c, o) => c.addSource({ ...input }, o));
  }

  @Mutation(() => CurationPayload, { description: 'Adds another name to an entity. Needs the editor role.' })
  addAlias(
    @Ctx() ctx: Context,
    @Arg('entity', () => ID, { description: 'The entity that has this other name.' }) entity: string,
    @Arg('alias', () => AliasInput, { description: 'The other name.' }) alias: AliasInput,
    @Args(() => WriteArgs) args: WriteArgs,
  ): Promise<CurationPayload> {
    return this.curate(ctx, args, (c, o) => c.addAlias(entity, alias, o));
  }

  @Mutation(() => CurationPayload, {
    description:
      "Merges two entities that are the same: `from`'s statements move to `into` (as new versions), its names become aliases, and its id keeps answering with `into`. Needs the editor role.",
  })
  mergeEntities(
    @Ctx() ctx: Context,
    @Arg('from', () => ID, { description: 'The duplicate: it becomes a redirect.' }) from: string,
    @Arg('into', () => ID, { description: 'The entity that stays.' }) into: string,
    @Args(() => WriteArgs) args: WriteArgs,
  ): Promise<CurationPayload> {
    return this.curate(ctx, args, (c, o) => c.mergeEntities(from, into, o));
  }

  @Mutation(() => CurationPayload, {
    description:
      'Asserts a statement: its type, subject, object, validity and at least one existing Source; the model contract decides which kinds may stand at its ends. Needs the editor role.',
  })
  assertStatement(
    @Ctx() ctx: Context,
    @Arg('input', () => StatementInput, { description: 'The statement.' }) input: StatementInput,
    @Args(() => WriteArgs) args: WriteArgs,
  ): Promise<CurationPayload> {
    return this.curate(ctx, args, (c, o) => c.assertStatement({ ...input, sources: input.sources ?? [] }, o));
  }

  @Mutation(() => CurationPayload, {
    description: 'Corrects a statement in a new version; the corrected version stays in its history (asRecordedOn). Needs the editor role.',
  })
  correctStatement(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The statement.' }) id: string,
    @Arg('expectedVersion', () => Int, { description: EXPECTED_VERSION }) expectedVersion: number,
    @Arg('correction', () => StatementCorrectionInput, { description: 'What changes; the rest is kept.' })
    correction: StatementCorrectionInput,
    @Args(() => WriteArgs) args: WriteArgs,
  ): Promise<CurationPayload> {
    return this.curate(ctx, args, (c, o) => c.correctStatement(id, expectedVersion, { ...correction }, o));
  }

  @Mutation(() => CurationPayload, {
    description:
      'Records that a statement stopped holding: a new version with validTo (exclusive). Nothing is deleted. Needs the editor role.',
  })
  endStatement(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The statement.' }) id: string,
    @Arg('expectedVersion', () => Int, { description: EXPECTED_VERSION }) expectedVersion: number,
    @Arg('validTo', () => DateScalar, { description: 'The first day it no longer holds.' }) validTo: string,
    @Arg('validToPrecision', () => DatePrecision, { nullable: true, description: 'How exact validTo is (DAY when left out).' })
    validToPrecision: string | null,
    @Args(() => WriteArgs) args: WriteArgs,
  ): Promise<CurationPayload> {
    return this.curate(ctx, args, (c, o) => c.endStatement(id, expectedVersion, validTo, validToPrecision ?? null, o));
  }

  @Mutation(() => CurationPayload, {
    description: 'Retracts a statement: a new version with rank DEPRECATED; it is never deleted. Needs the editor role.',
  })
  retractStatement(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The statement.' }) id: string,
    @Arg('expectedVersion', () => Int, { description: EXPECTED_VERSION }) expectedVersion: number,
    @Arg('reason', () => String, { nullable: true, description: "Why it is retracted (added to the statement's note)." })
    reason: string | null,
    @Args(() => WriteArgs) args: WriteArgs,
  ): Promise<CurationPayload> {
    return this.curate(ctx, args, (c, o) => c.retractStatement(id, expectedVersion, reason ?? null, o));
  }

  @Mutation(() => CurationPayload, {
    description: "Changes a statement's rank (PREFERRED, NORMAL, DEPRECATED) in a new version. Needs the editor role.",
  })
  setRank(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The statement.' }) id: string,
    @Arg('rank', () => Rank, { description: 'The new rank.' }) rank: string,
    @Arg('expectedVersion', () => Int, { nullable: true, description: OPTIONAL_EXPECTED_VERSION }) expectedVersion: number | null,
    @Args(() => WriteArgs) args: WriteArgs,
  ): Promise<CurationPayload> {
    return this.curate(ctx, args, (c, o) => c.setRank(id, rank, expectedVersion ?? null, o));
  }

  @Mutation(() => CurationPayload, {
    description: 'Records that an actor disputes a statement (disputedBy; the status becomes DISPUTED). Needs the editor role.',
  })
  addDispute(@Ctx() ctx: Context, @Args(() => StanceArgs) a: StanceArgs, @Args(() => WriteArgs) args: WriteArgs): Promise<CurationPayload> {
    return this.curate(ctx, args, (c, o) => c.setStance('disputedBy', true, a.id, a.by, a.expectedVersion ?? null, o));
  }

  @Mutation(() => CurationPayload, {
    description: 'Removes an actor from disputedBy (the status becomes UNCONTESTED with the last one). Needs the editor role.',
  })
  removeDispute(
    @Ctx() ctx: Context,
    @Args(() => StanceArgs) a: StanceArgs,
    @Args(() => WriteArgs) args: WriteArgs,
  ): Promise<CurationPayload> {
    return this.curate(ctx, args, (c, o) => c.setStance('disputedBy', false, a.id, a.by, a.expectedVersion ?? null, o));
  }

  @Mutation(() => CurationPayload, {
    description: 'Records that an actor supports a statement without asserting it (supportedBy). Needs the editor role.',
  })
  addSupport(@Ctx() ctx: Context, @Args(() => StanceArgs) a: StanceArgs, @Args(() => WriteArgs) args: WriteArgs): Promise<CurationPayload> {
    return this.curate(ctx, args, (c, o) => c.setStance('supportedBy', true, a.id, a.by, a.expectedVersion ?? null, o));
  }

  @Mutation(() => CurationPayload, { description: 'Removes an actor from supportedBy. Needs the editor role.' })
  removeSupport(
    @Ctx() ctx: Context,
    @Args(() => StanceArgs) a: StanceArgs,
    @Args(() => WriteArgs) args: WriteArgs,
  ): Promise<CurationPayload> {
    return this.curate(ctx, args, (c, o) => c.setStance('supportedBy', false, a.id, a.by, a.expectedVersion ?? null, o));
  }

  @Query(() => ChangeConnection, {
    description:
      'Who changed what, when and why, oldest first: the curation history and a change feed (keep the last cursor and ask again with after). Filter by a time (since) or an entity.',
  })
  async changes(
    @Ctx() ctx: Context,
    @Arg('since', () => DateTimeScalar, { nullable: true, description: 'Only changes recorded at or after this time.' }) since: Date | null,
    @Arg('entity', () => ID, { nullable: true, description: 'Only changes that touched this entity.' }) entity: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'Page size, at most 100 (default 20).' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the change to continue after.' }) after: string | null,
  ): Promise<ChangeConnection> {
    const cursor = decodeCursor('changes', after);
    const afterSeq = cursor === null ? 0 : Number(cursor);
    if (!Number.isSafeInteger(afterSeq) || afterSeq < 0) throw userError('after is not a cursor of changes.', { argument: 'after' });
    const page = await changesPage(ctx.graph, {
      since: since ? since.toISOString() : null,
      entity: entity ?? null,
      afterSeq,
      first: pageSize(first),
    });
    const edges = page.changes.map((c) => ({ cursor: encodeCursor('changes', String(c.seq)), node: c }));
    return {
      edges,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
    };
  }

  @Query(() => [Relation], {
    description: 'Every version of a statement, oldest first: how it was asserted, corrected, ended or retracted, by whom and when.',
  })
  async statementHistory(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The statement.' }) id: string,
  ): Promise<RelationRecord[]> {
    // Not primed: these records carry no `mentioned` entities, so the loaders fetch sources and actors.
    return statementVersions(ctx.graph, id);
  }
}
