import DataLoader from 'dataloader';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Context, loader } from '../context';
import { DateScalar, DateTimeScalar } from '../scalars/date.scalar';
import { recordedOn } from '../relations/as-of.args';
import { AS_RECORDED_ON_DESCRIPTION, TYPES_DESCRIPTION, ViewStatementArgs, viewStatementFilter } from './view.args';
import { RelationType } from '../relations/statement.enums';
import { notFound, userError } from '../errors';
import { neighborhood, shortestPaths, SourceRow, sourcesByIds, timeline, viewNodesByIds } from '../../graph/repositories/views';
import { GraphView, Timeline, TimelineChange, ViewEdge, ViewNode, ViewPath, ViewSource } from './view.type';
import { Entity } from '../entities/entity.interface';
import { EntityRecord } from '../../graph/repositories/records';
import { entityLoader } from '../loaders';
import { dateRange, entityId, inRange, relationshipTypes, VIEW_LIMITS } from './view-limits';

@Resolver()
export class ViewsResolver {
  @Query(() => GraphView, {
    description: 'The entity and everything within depth hops, as one graph payload (each node once). Caps: depth 1-3, maxNodes 1-500.',
  })
  async neighborhood(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The centre entity id.' }) id: string,
    @Arg('depth', () => Int, { defaultValue: VIEW_LIMITS.depth.default, description: 'Hops from the centre, 1 to 3.' }) depth: number,
    @Args(() => ViewStatementArgs) statements: ViewStatementArgs,
    @Arg('maxNodes', () => Int, {
      defaultValue: VIEW_LIMITS.maxNodes.default,
      description: 'Most nodes to return (centre included), 1 to 500; the nearest are kept.',
    })
    maxNodes: number,
  ): Promise<GraphView> {
    const view = await neighborhood(ctx.graph, {
      id: entityId('id', id),
      depth: inRange('depth', depth, VIEW_LIMITS.depth),
      ...viewStatementFilter(statements),
      maxNodes: inRange('maxNodes', maxNodes, VIEW_LIMITS.maxNodes),
      maxEdges: VIEW_LIMITS.maxEdges,
    });
    if (!view) throw notFound(`No entity with id "${id}".`, { argument: 'id' });
    return { ...view, truncated: view.omittedNodes > 0 || view.omittedEdges > 0 };
  }

  @Query(() => [ViewPath], {
    description: "Shortest paths between two entities, respecting each type's direction rule and the date. Caps: maxHops 1-6, limit 1-20.",
  })
  async paths(
    @Ctx() ctx: Context,
    @Arg('from', () => ID, { description: 'Start entity id.' }) from: string,
    @Arg('to', () => ID, { description: 'End entity id.' }) to: string,
    @Arg('maxHops', () => Int, { defaultValue: VIEW_LIMITS.maxHops.default, description: 'Longest path to look for, 1 to 6 edges.' })
    maxHops: number,
    @Args(() => ViewStatementArgs) statements: ViewStatementArgs,
    @Arg('limit', () => Int, { defaultValue: VIEW_LIMITS.pathLimit.default, description: 'Most paths to return, 1 to 20.' }) limit: number,
  ): Promise<ViewPath[]> {
    entityId('from', from);
    entityId('to', to);
    if (from === to) throw userError('from and to must be different entities.', { argument: 'to' });
    const args = {
      from,
      to,
      maxHops: inRange('maxHops', maxHops, VIEW_LIMITS.maxHops),
      ...viewStatementFilter(statements),
      limit: inRange('limit', limit, VIEW_LIMITS.pathLimit),
    };
    const found = await viewNodesByIds(ctx.graph, [from, to]);
    const missing = [from, to].filter((x) => !found.some((n) => n.id === x));
    if (missing.length > 0) throw notFound(`No entity with id ${missing.map((x) => `"${x}"`).join(' or ')}.`);
    const rows = await shortestPaths(ctx.graph, args);
    return rows.map((r) => ({ ...r, length: r.edges.length }));
  }

  @Query(() => Timeline, {
    description:
      'The starts and ends of the statements that touch an entity, and its dated events, agreements and allegations, in date order.',
  })
  async timeline(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The entity id.' }) id: string,
    @Arg('from', () => DateScalar, { nullable: true, description: 'First date to include; open when left out.' }) from: string | null,
    @Arg('to', () => DateScalar, { nullable: true, description: 'Last date to include; open when left out.' }) to: string | null,
    @Arg('types', () => [RelationType], { nullable: true, description: TYPES_DESCRIPTION }) types: string[] | null,
    @Arg('asRecordedOn', () => DateTimeScalar, { nullable: true, description: AS_RECORDED_ON_DESCRIPTION }) asRecordedOn: Date | null,
  ): Promise<Timeline> {
    const range = dateRange(from, to);
    const allowed = relationshipTypes(types);
    const [entity] = await viewNodesByIds(ctx.graph, [entityId('id', id)]);
    if (!entity) throw notFound(`No entity with id "${id}".`, { argument: 'id' });
    const rows = await timeline(ctx.graph, {
      id,
      types: allowed,
      ...range,
      limit: VIEW_LIMITS.timelineItems + 1,
      asRecordedOn: recordedOn(asRecordedOn),
    });
    const items = rows.slice(0, VIEW_LIMITS.timelineItems).map((r) => ({
      date: r.date,
      precision: r.precision,
      earliest: r.earliest,
      latest: r.latest,
      change: TimelineChange[r.change],
      relationship: r.edge,
      other: r.other,
      endDate: r.endDate,
    }));
    return { entity, items, truncated: rows.length > VIEW_LIMITS.timelineItems };
  }
}

@Resolver(() => ViewEdge)
export class ViewEdgeResolver {
  @FieldResolver(() => [ViewSource], { description: 'The cited Source entities, resolved (one query per request for all edges).' })
  async sources(@Root() edge: ViewEdge, @Ctx() ctx: Context): Promise<ViewSource[]> {
    const sources = loader(
      ctx,
      'view-sources',
      () =>
        new DataLoader<string, SourceRow | null>(async (ids) => {
          const rows = await sourcesByIds(ctx.graph, ids);
          const byId = new Map(rows.map((r) => [r.id, r]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
    );
    const found = await sources.loadMany(edge.sourceIds);
    return found.filter((s): s is SourceRow => s !== null && !(s instanceof Error));
  }
}

@Resolver(() => ViewNode)
export class ViewNodeResolver {
  @FieldResolver(() => Entity, {
    description:
      'The entity this node draws, with every Entity field, so one fragment on Entity (or Place, Actor ...) serves views and the rest of the API alike. One query per request for all nodes.',
  })
  async entity(@Root() node: ViewNode, @Ctx() ctx: Context): Promise<EntityRecord> {
    const entity = await entityLoader(ctx).load(node.id);
    if (!entity) throw notFound(`The entity "${node.id}" is no longer in the graph.`, { id: node.id });
    return entity;
  }
}
