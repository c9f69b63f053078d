// Colours and shapes of the explorer, one place for the graph style and the legend.
import { RELATIONSHIP_TYPES, RelationshipType } from '../../src/model/contract';

/**
 * One colour per relationship type, in families: territory and presence (reds, blues, teals),
 * agreements (purples), structure (greys, greens), conflict and allegations (pinks), sources
 * (light greys). Control and claims, the point of most views, get the strongest two.
 */
export const TYPE_COLORS: Record<RelationshipType, string> = {
  CONTROLS: '#d62828',
  CLAIMS: '#1d6fd6',
  RECOGNIZED_AS_PART_OF: '#d98e04',
  RECOGNIZES: '#a16207',
  HAS_AREA_OF_RESPONSIBILITY: '#0f9d8a',
  DEPLOYED_IN: '#0e7490',
  MONITORS: '#4f46e5',
  CAPITAL_OF: '#65a30d',
  PARTY_TO: '#7b2cbf',
  SIGNED: '#a855f7',
  GUARANTEES: '#c026d3',
  HAS_PROVISION: '#8b5cf6',
  MEDIATES: '#6d28d9',
  BACKS: '#ea580c',
  PART_OF: '#64748b',
  LOCATED_IN: '#8a7f72',
  CONNECTS: '#b45309',
  MEMBER_OF: '#475569',
  CHAIRS: '#1e3a8a',
  COMMANDS: '#166534',
  HEADS: '#15803d',
  PARTICIPATED_IN: '#be123c',
  ALLEGES: '#db2777',
  AGAINST: '#9f1239',
  CONCERNS: '#e879a9',
  DENIES: '#0891b2',
  REPORTS: '#9ca3af',
  PUBLISHED_BY: '#737b86',
};

export const typeColor = (type: string): string => TYPE_COLORS[type as RelationshipType] ?? '#6c757d';
export const typeDescription = (type: string): string => RELATIONSHIP_TYPES[type as RelationshipType]?.description ?? '';

/** Node groups: each has a colour and a shape, so the kind reads without colour vision too. */
export const GROUPS = [
  { group: 'actor', label: 'actors (states, forces, bodies, people)', color: '#2e5eaa', shape: 'ellipse' },
  { group: 'place', label: 'places', color: '#2f8f5b', shape: 'round-rectangle' },
  { group: 'agreement', label: 'agreements and provisions', color: '#7b2cbf', shape: 'rectangle' },
  { group: 'event', label: 'events', color: '#c2410c', shape: 'diamond' },
  { group: 'allegation', label: 'allegations', color: '#be185d', shape: 'triangle' },
  { group: 'source', label: 'sources', color: '#8d949e', shape: 'tag' },
] as const;
export type Group = (typeof GROUPS)[number]['group'];

export function groupOf(labels: readonly string[]): Group {
  if (labels.includes('Actor')) return 'actor';
  if (labels.includes('Place')) return 'place';
  if (labels.includes('Agreement') || labels.includes('Provision')) return 'agreement';
  if (labels.includes('Event')) return 'event';
  if (labels.includes('Allegation')) return 'allegation';
  return 'source';
}

/** How a statement's standing shows on its edge (the legend repeats these words). */
export const STANDING_LEGEND = [
  { cls: 'disputed', label: 'disputed (dashed)', detail: 'someone disputes it: see "disputed by" in the inspector' },
  { cls: 'unverified', label: 'unverified or conflicting (dotted, "?")', detail: 'no confirmation, or the sources conflict' },
  { cls: 'partisan', label: 'partisan (thin)', detail: 'only one side of the conflict says so' },
  { cls: 'faded', label: 'superseded or deprecated (faded)', detail: 'kept for the record, not the preferred statement' },
  {
    cls: 'possible',
    label: 'possibly held on this date (hollow ends)',
    detail: 'the date falls inside an imprecise start or end, such as a control that began "in 1994"',
  },
] as const;

/** CSS classes of an edge from its status, confidence and rank, and its certainty on the date drawn. */
export function standingClasses(e: {
  status: string | null;
  confidence: string | null;
  rank: string | null;
  certainty?: string | null;
}): string[] {
  const classes: string[] = [];
  if (e.status === 'DISPUTED') classes.push('disputed');
  if (e.confidence === 'UNVERIFIED' || e.confidence === 'CONFLICTING') classes.push('unverified');
  if (e.confidence === 'PARTISAN') classes.push('partisan');
  if (e.status === 'SUPERSEDED' || e.rank === 'DEPRECATED') classes.push('faded');
  if (e.certainty === 'POSSIBLE') classes.push('possible');
  return classes;
}
