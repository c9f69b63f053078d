import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EntityKind } from '../entities/entity-kind.enum';
import { Reliability, SourceType } from '../entities/source.type';
import { Certainty, Confidence, DatePrecision, Rank, RelationType, StatementStatus } from '../relations/statement.enums';
import { DateScalar } from '../scalars/date.scalar';

/**
 * Graph-shaped answers for frontends: a node list where each entity appears once and an edge
 * list that points at nodes by id, ready for Cytoscape.js, D3 or vis-network (docs/views.md).
 */
@ObjectType({ description: 'An entity as a node of a graph view.' })
export class ViewNode {
  @Field(() => String, { description: 'The entity id (slug), such as nagorno-karabakh.' })
  id!: string;

  @Field(() => EntityKind, { description: 'The kind, such as SOVEREIGN_STATE or CORRIDOR.' })
  kind!: string;

  @Field(() => String, { description: 'The display name.' })
  name!: string;

  @Field(() => [String], { description: 'The node labels, sorted: Entity, the kind label and Actor or Place where it applies.' })
  labels!: string[];
}

@ObjectType({ description: 'A Source entity that a statement cites (Wikidata: "stated in").' })
export class ViewSource {
  @Field(() => String, { description: 'The Source entity id, such as seed-article.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Its title, as the graph names it.' })
  name!: string | null;

  @Field(() => SourceType, { nullable: true, description: 'ARTICLE, STATEMENT or DOCUMENT.' })
  sourceType!: string | null;

  @Field(() => String, { nullable: true, description: 'Where it can be read; null when the page address is not known.' })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'Who published it, as named on it.' })
  publisher!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day it was published; null when unknown.' })
  publishedOn!: string | null;

  @Field(() => Reliability, { nullable: true, description: 'PRIMARY, SECONDARY or PARTISAN.' })
  reliability!: string | null;
}

@ObjectType({
  description: 'A statement as an edge of a graph view; source and target are node ids, in the direction the statement was made.',
})
export class ViewEdge {
  @Field(() => String, { description: 'The statement id.' })
  id!: string;

  @Field(() => RelationType, { description: 'The relationship type, such as CONTROLS or CLAIMS.' })
  type!: string;

  @Field(() => String, { description: 'Id of the node the statement goes from.' })
  source!: string;

  @Field(() => String, { description: 'Id of the node the statement goes to.' })
  target!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Start of validity (Wikidata P580); null when open.' })
  validFrom!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How exact validFrom is: DAY, MONTH, YEAR, DECADE or CENTURY.' })
  validFromPrecision!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'End of validity, exclusive (Wikidata P582); null when open.' })
  validTo!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How exact validTo is: DAY, MONTH, YEAR, DECADE or CENTURY.' })
  validToPrecision!: string | null;

  @Field(() => StatementStatus, { nullable: true, description: 'UNCONTESTED, DISPUTED or SUPERSEDED.' })
  status!: string | null;

  @Field(() => Rank, { nullable: true, description: 'PREFERRED, NORMAL or DEPRECATED.' })
  rank!: string | null;

  @Field(() => Confidence, { nullable: true, description: 'CONFIRMED, PARTISAN, CONFLICTING or UNVERIFIED.' })
  confidence!: string | null;

  @Field(() => [String], { description: 'Ids of the Source entities the statement cites.' })
  sourceIds!: string[];

  @Field(() => Certainty, {
    nullable: true,
    description:
      'Asked with asOf or during: CERTAIN when it held then for every reading of its imprecise bounds, POSSIBLE when only for some (draw it apart). Null without a date.',
  })
  certainty?: string | null;
}

@ObjectType({ description: 'A graph payload: each node once, edges between them, and what a cap left out.' })
export class GraphView {
  @Field(() => [ViewNode], { description: 'The centre first, then by distance and id.' })
  nodes!: ViewNode[];

  @Field(() => [ViewEdge], { description: 'Statements between the nodes, by type, source, target and id.' })
  edges!: ViewEdge[];

  @Field(() => Boolean, { description: 'True when maxNodes (or the edge cap) left part of the neighborhood out.' })
  truncated!: boolean;

  @Field(() => Int, {
    description:
      'How many reachable nodes maxNodes left out (the farthest, then by id). The walk stops at the first level that fills maxNodes, so nodes farther than that level are not counted.',
  })
  omittedNodes!: number;

  @Field(() => Int, { description: 'How many edges between the kept nodes the server edge cap left out.' })
  omittedEdges!: number;
}

@ObjectType({ description: 'A path: nodes in walking order, and the edge between each pair (with its own direction).' })
export class ViewPath {
  @Field(() => Int, { description: 'Number of edges.' })
  length!: number;

  @Field(() => Int, {
    description:
      'How far from the point the path strays, lower first among paths of one length: per edge, 1 for control, presence, command or territory, 2 through an agreement, organization or road, 4 for a report, allegation or event, plus 1-2 for each disputed, superseded, deprecated or not confirmed statement (docs/views.md).',
  })
  cost!: number;

  @Field(() => [ViewNode], { description: 'From the start to the end; edges[i] joins nodes[i] and nodes[i+1].' })
  nodes!: ViewNode[];

  @Field(() => [ViewEdge], { description: 'The statements walked, in walking order; each keeps its own source and target.' })
  edges!: ViewEdge[];
}

export enum TimelineChange {
  START = 'START',
  END = 'END',
  EVENT = 'EVENT',
}

registerEnumType(TimelineChange, {
  name: 'TimelineChange',
  description: 'What a timeline item records.',
  valuesConfig: {
    START: { description: 'A statement starts to hold (validFrom).' },
    END: { description: 'A statement stops holding (validTo).' },
    EVENT: { description: 'A dated event, agreement or allegation linked to the entity.' },
  },
});

@ObjectType({ description: 'One dated item of an entity timeline.' })
export class TimelineItem {
  @Field(() => DateScalar, {
    description: 'The day of the change: validFrom for START, validTo for END, the start, signing or statement date for EVENT.',
  })
  date!: string;

  @Field(() => DatePrecision, { nullable: true, description: 'DAY, MONTH, YEAR, DECADE or CENTURY: how exact date is.' })
  precision!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'For START and END: the earliest day date can stand for, given its precision (date itself for DAY).',
  })
  earliest!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'For START and END: the latest day date can stand for (a YEAR end of 2007 can be any day up to 2007-12-31).',
  })
  latest!: string | null;

  @Field(() => TimelineChange, {
    description: 'What happened on that day: a statement starts (START) or ends (END), or a dated event, agreement or allegation (EVENT).',
  })
  change!: TimelineChange;

  @Field(() => ViewEdge, { description: 'The statement that starts or ends, or that links the event to the entity.' })
  relationship!: ViewEdge;

  @Field(() => ViewNode, { description: 'The entity at the other end (for EVENT items, the event, agreement or allegation).' })
  other!: ViewNode;

  @Field(() => DateScalar, { nullable: true, description: 'For EVENT items of events that last, their end date.' })
  endDate!: string | null;
}

@ObjectType({ description: 'The dated items that touch an entity, in order.' })
export class Timeline {
  @Field(() => ViewNode, { description: 'The entity the timeline is about.' })
  entity!: ViewNode;

  @Field(() => [TimelineItem], { description: 'By date; on one date ENDs before STARTs before EVENTs.' })
  items!: TimelineItem[];

  @Field(() => Boolean, { description: 'True when the item cap cut the list: narrow from/to.' })
  truncated!: boolean;
}
