// The explorer's GraphQL requests: JSON POSTs to this API's /graphql (Apollo's CSRF check lets
// them through; a plain GET would be refused).
import type { ViewEdgeRow, ViewNodeRow } from '../../src/graph/view-shapes';

// View types come from the server's own declaration of what the view queries return
// (src/graph/view-shapes.ts), narrowed to the fields the explorer's GraphQL requests select.
export type ViewNode = ViewNodeRow;
export type ViewEdge = Pick<
  ViewEdgeRow,
  | 'id'
  | 'type'
  | 'source'
  | 'target'
  | 'validFrom'
  | 'validFromPrecision'
  | 'validTo'
  | 'validToPrecision'
  | 'status'
  | 'rank'
  | 'confidence'
  | 'certainty'
>;
export interface GraphView {
  nodes: ViewNode[];
  edges: ViewEdge[];
  truncated: boolean;
  omittedNodes: number;
  omittedEdges: number;
}
export interface SearchHit {
  entity: { id: string; kind: string; name: string };
  matchedName: string;
  alias: { name: string } | null;
}

export interface EntityRef {
  id: string;
  name: string;
  kind?: string;
}
export interface StatementDetail extends Omit<ViewEdge, 'source' | 'target'> {
  role: string | null;
  extent: string | null;
  note: string | null;
  subject: EntityRef;
  object: EntityRef;
  provision: { id: string; name: string; number: number | null; text: string | null } | null;
  assertedBy: EntityRef[];
  supportedBy: EntityRef[];
  disputedBy: EntityRef[];
  sources: {
    id: string;
    name: string;
    url: string | null;
    publisher: string | null;
    publishedOn: string | null;
    reliability: string | null;
    sourceType: string | null;
  }[];
}
export interface EntityDetail {
  id: string;
  kind: string;
  name: string;
  description: string | null;
  wikidataId: string | null;
  aliases: { name: string; language: string | null; misspelling: boolean }[];
  startDate?: string | null;
  endDate?: string | null;
  signedOn?: string | null;
  statedOn?: string | null;
  text?: string | null;
  url?: string | null;
  publisher?: string | null;
  publishedOn?: string | null;
}

export const NEIGHBORHOOD = `query Neighborhood($id: ID!, $depth: Int!, $types: [RelationType!], $asOf: Date) {
  neighborhood(id: $id, depth: $depth, types: $types, asOf: $asOf, maxNodes: 150) {
    nodes { id kind name labels }
    edges { id type source target validFrom validFromPrecision validTo validToPrecision status rank confidence certainty }
    truncated omittedNodes omittedEdges
  }
}`;

// The API's one name search: whole words first, then word starts, so a half-typed name finds it.
export const SEARCH = `query Search($text: String!) { search(text: $text, first: 10) { entity { id kind name } matchedName alias { name } } }`;

export const STATEMENT = `query Statement($id: ID!) {
  relation(id: $id) {
    id type validFrom validFromPrecision validTo validToPrecision status rank confidence role extent note
    subject { id name kind } object { id name kind }
    provision { id name number text }
    assertedBy { id name } supportedBy { id name } disputedBy { id name }
    sources { id name ... on Source { url publisher publishedOn reliability sourceType } }
  }
}`;

export const ENTITY = `query Entity($id: ID!) {
  entity(id: $id) {
    id kind name description wikidataId
    aliases { name language misspelling }
    ... on Event { startDate endDate }
    ... on Agreement { signedOn }
    ... on Allegation { statedOn text }
    ... on Source { url publisher publishedOn }
  }
}`;

export async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as T;
}
