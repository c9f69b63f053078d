import type { Certainty } from '../model/validity';

/*
 * The shapes of what the view queries (cypher/queries/view-*.cypher) return, after toPlain: the
 * server's repositories and GraphQL view types read them, and so does the browser explorer
 * (web/explorer/api.ts), so this module imports nothing that needs Node (types only).
 */

/**
 * A statement's validity and qualifiers, as the read API's relations and the views' edges both
 * carry them (dates 'YYYY-MM-DD', null for an open end).
 */
export interface StatementQualifiers {
  validFrom: string | null;
  validFromPrecision: string | null;
  validTo: string | null;
  validToPrecision: string | null;
  /** The earliest and latest day each bound can stand for (src/model/validity.ts); null when open or not stored. */
  validFromEarliest?: string | null;
  validFromLatest?: string | null;
  validToEarliest?: string | null;
  validToLatest?: string | null;
  /** Set when a day or period was asked: whether the statement certainly or only possibly held then. */
  certainty?: Certainty | null;
  status: string | null;
  rank: string | null;
  confidence: string | null;
}

export type ViewNodeRow = {
  id: string;
  kind: string;
  name: string;
  labels: string[];
};

export type ViewEdgeRow = StatementQualifiers & {
  id: string;
  type: string;
  source: string;
  target: string;
  sourceIds: string[];
};

export type NeighborhoodRow = {
  nodes: ViewNodeRow[];
  edges: ViewEdgeRow[];
  omittedNodes: number;
  omittedEdges: number;
};

export type PathRow = {
  nodes: ViewNodeRow[];
  edges: ViewEdgeRow[];
  /** The path's relevance cost (lower first): see pathCosts. */
  cost: number;
};

export type TimelineChange = 'START' | 'END' | 'EVENT';

export type TimelineItemRow = {
  date: string;
  precision: string | null;
  change: TimelineChange;
  /** For START and END: the earliest and latest day `date` can stand for. */
  earliest: string | null;
  latest: string | null;
  edge: ViewEdgeRow;
  other: ViewNodeRow;
  endDate: string | null;
};

export type SourceRow = {
  id: string;
  name: string | null;
  sourceType: string | null;
  url: string | null;
  publisher: string | null;
  publishedOn: string | null;
  reliability: string | null;
};

/** Counts go to Cypher as integers: JS numbers would arrive as floats, which LIMIT and slices refuse. */
