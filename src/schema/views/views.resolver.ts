import DataLoader from 'dataloader';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Context, loader } from '../context';
import { DateScalar, DateTimeScalar } from '../scalars/date.scalar';
import { CERTAIN_ONLY_DESCRIPTION, DURING_DESCRIPTION, PeriodInput, periodOf, recordedOn } from '../relations/as-of.args';
import { RelationType } from '../relations/statement.enums';
import { notFound, userError } from '../errors';
import { neighborhood, shortestPaths, SourceRow, sourcesByIds, timeline, viewNodesByIds } from '../../graph/repositories/views';
import { GraphView, Timeline, TimelineChange, ViewEdge, ViewNode, ViewPath, ViewSource } from './view.type';
import { Entity } from '../entities/entity.interface';
import { EntityRecord } from '../../graph/repositories/records';
import { entityLoader } from '../loaders';
import { dateRange, entityId, inRange, relationshipTypes, VIEW_LIMITS } from './view-limits';

const TYPES_DESCRIPTION = 'Relationship types to follow, such as [CONTROLS, CLAIMS]; all statement types when left out.';
const AS_OF_DESCRIPTION =
  'Only statements that hold on this date, certainly or possibly (each edge says which in certainty; see certainOnly); every date when left out.';
const AS_RECORDED_ON_DESCRIPTION =
  'The graph as it was recorded at this instant (the statement versions current then; docs/curation.md); the current versions when left out.';

@Resolver()
export class ViewsResolver {
  @Query(() => GraphView, {
    description: 'The entity and everything within depth hops, as one graph payload (each node once). Caps: depth 1-3, maxNodes 1-500.',
  })
  async neighborhood(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The centre entity id.' }) id: string,
    @Arg('depth', () => Int, { defaultValue: VIEW_LIMITS.depth.default, description: 'Hops from the centre, 1 to 3.' }) depth: number,
    @Arg('types', () => [RelationType], { nullable: true, description: TYPES_DESCRIPTION }) types: string[] | null,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF_DESCRIPTION }) asOf: string | null,
    @Arg('during', () => PeriodInput, { nullable: true, description: DURING_DESCRIPTION }) during: PeriodInput | null,
    @Arg('certainOnly', () => Boolean, { nullable: true, defaultValue: false, description: CERTAIN_ONLY_DESCRIPTION })
    certainOnly: boolean | null,
    @Arg('asRecordedOn', () => DateTimeScalar, { nullable: true, description: AS_RECORDED_ON_DESCRIPTION }) asRecordedOn: Date | null,
    @Arg('maxNodes', () => Int, {
      defaultValue: VIEW_LIMITS.maxNodes.default,
      description: 'Most nodes to return (centre included), 1 to 500; the nearest are kept.',
    })
    maxNodes: number,
  ): Promise<GraphView> {
    const view = await neighborhood(ctx.graph, {
      id: entityId('id', id),
      depth: inRange('depth', depth, VIEW_LIMITS.depth),
      types: relationshipTypes(types),
      period: periodOf({ asOf, during }),
      certainOnly: certainOnly === true,
      asRecordedOn: recordedOn(asRecordedOn),
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
    @Arg('types', () => [RelationType], { nullable: true, description: TYPES_DESCRIPTION }) types: string[] | null,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF_DESCRIPTION }) asOf: string | null,
    @Arg('during', () => PeriodInput, { nullable: true, description: DURING_DESCRIPTION }) during: PeriodInput | null,
    @Arg('certainOnly', () => Boolean, { nullable: true, defaultValue: false, description: CERTAIN_ONLY_DESCRIPTION })
    certainOnly: boolean | null,
    @Arg('asRecordedOn', () => DateTimeScalar, { nullable: true, description: AS_RECORDED_ON_DESCRIPTION }) asRecordedOn: Date | null,
    @Arg('limit', () => Int, { defaultValue: VIEW_LIMITS.pathLimit.default, description: 'Most paths to return, 1 to 20.' }) limit: number,
  ): Promise<ViewPath[]> {
    entityId('from', from);
    entityId('to', to);
    if (from === to) throw userError('from and to must be different entities.', { argument: 'to' });
    const args = {
      from,
      to,
      maxHops: inRange('maxHops', maxHops, VIEW_LIMITS.maxHops),
      types: relationshipTypes(types),
      period: periodOf({ asOf, during }),
      certainOnly: certainOnly === true,
      asRecordedOn: recordedOn(asRecordedOn),
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
