import DataLoader from 'dataloader';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { RelationRecord } from '../../graph/repositories/records';
import { relationsById } from '../../graph/repositories/relation-lookup';
import { Context, loader } from '../context';
import { notFound } from '../errors';
import { entityLoader, primeFromRelations } from '../loaders';
import { Relation } from '../relations/relation.type';
import { Node, NodeRecord } from './node.interface';

/** Statements by id, batched per request (one named query for every id a request asks). */
function relationByIdLoader(ctx: Context): DataLoader<string, RelationRecord | null> {
  return loader(
    ctx,
    'relation-by-id',
    () =>
      new DataLoader<string, RelationRecord | null>(async (ids) => {
        const found = await relationsById(ctx.graph, ids);
        primeFromRelations(
          ctx,
          found.filter((r): r is RelationRecord => r !== null),
        );
        return found;
      }),
  );
}

/** Refetching by id: any entity or statement (`node`), or one statement (`relation`). */
@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      'The entity or statement with this id (Relay object identification); null when nothing has it. Clients refetch any object of a cache with it.',
  })
  async node(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'An id from any Node: an entity slug or a statement id.' }) id: string,
  ): Promise<NodeRecord | null> {
    const [entity, relation] = await Promise.all([entityLoader(ctx).load(id), relationByIdLoader(ctx).load(id)]);
    return entity ?? relation;
  }

  @Query(() => Relation, {
    nullable: true,
    description: 'The statement with this id, with its validity, status, provenance and sources. An unknown id is a NOT_FOUND error.',
  })
  async relation(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The statement id, as in Relation.id or a view edge id.' }) id: string,
  ): Promise<RelationRecord> {
    const relation = await relationByIdLoader(ctx).load(id);
    if (!relation)
      throw notFound(
        `No statement has the id "${id}". Statement ids come from Relation.id or the edges of neighborhood, paths and timeline.`,
        { id },
      );
    return relation;
  }
}
