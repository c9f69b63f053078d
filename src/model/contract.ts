/**
 * The model contract: the single list of node kinds, labels and relationship types, with the
 * endpoints each type allows. The API's allowlists, the loader's `check` command and the graph
 * views all read it; nothing else names labels or types from input.
 *
 * Shape (see docs/model.md):
 * - Every node the API serves is `:Entity` plus one kind label (`:Entity:SovereignState`), and
 *   actors and places also carry a group label (`:Actor`, `:Place`). Properties: id (slug),
 *   kind, name, description, wikidataId, plus kind-specific ones.
 * - Aliases are `(:Entity)-[:HAS_ALIAS]->(:Alias {name, language, misspelling})`.
 * - Every other relationship is a statement in the Wikidata sense: it carries its own id, its
 *   validity (validFrom/validTo with precision), status, rank, and the ids of its sources,
 *   of who asserts it, who disputes it and who supports it (docs/model.md's table; versions:
 *   docs/curation.md).
 */
export const ACTOR_KINDS = [
  'SovereignState',
  'UnrecognizedState',
  'ArmedForce',
  'PeacekeepingForce',
  'Organization',
  'GovernmentBody',
  'Person',
] as const;

export const PLACE_KINDS = ['Region', 'District', 'Settlement', 'Corridor', 'Road', 'Height', 'Facility'] as const;

export const OTHER_KINDS = ['Agreement', 'Provision', 'Event', 'Allegation', 'Source'] as const;

export const KIND_LABELS = [...ACTOR_KINDS, ...PLACE_KINDS, ...OTHER_KINDS] as const;
export type KindLabel = (typeof KIND_LABELS)[number];

export const GROUP_LABELS = ['Entity', 'Actor', 'Place'] as const;
/** Every node label the graph may hold. */
export const NODE_LABELS = [...GROUP_LABELS, ...KIND_LABELS, 'Alias'] as const;

// Both run for every entity an answer holds (resolveType, records): look up, don't recompute.
const KIND_OF_LABEL = new Map<string, string>(KIND_LABELS.map((l) => [l, l.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()]));
const LABEL_OF_KIND = new Map<string, KindLabel>(KIND_LABELS.map((l) => [KIND_OF_LABEL.get(l)!, l]));

/** The `kind` property (and GraphQL enum value) of each kind label: SovereignState -> SOVEREIGN_STATE. */
export function kindOf(label: KindLabel): string {
  return KIND_OF_LABEL.get(label)!;
}
export function labelOfKind(kind: string): KindLabel | undefined {
  return LABEL_OF_KIND.get(kind);
}

type Endpoint = KindLabel | 'Actor' | 'Place' | 'Entity';

/** The path costs of relationship types (RelationshipRule.pathCost). */
export const PATH_COST = { direct: 1, indirect: 2, incidental: 4 } as const;
type PathCost = (typeof PATH_COST)[keyof typeof PATH_COST];

export interface RelationshipRule {
  description: string;
  from: readonly Endpoint[];
  to: readonly Endpoint[];
  /**
   * How path searches may walk it: 'both' lets a path go from target to source too (keeping the
   * edge's own direction in the answer); 'forward' only from source to target.
   */
  traversal: 'both' | 'forward';
  /**
   * What one edge of this type costs a path when shortest paths of the same length are ranked
   * (lower is more relevant; docs/views.md): PATH_COST.direct for control, presence, command and
   * territory, PATH_COST.indirect for ties through an agreement, organization, backing or a road,
   * PATH_COST.incidental for bibliographic and incidental links (reports, allegations, events).
   */
  pathCost: PathCost;
}

export const RELATIONSHIP_TYPES = {
  CONTROLS: {
    description: 'De facto control of a place (Wikidata: operator / located in with nature "de facto").',
    from: ['Actor'],
    to: ['Place'],
    traversal: 'both',
    pathCost: PATH_COST.direct,
  },
  CLAIMS: {
    description: 'A territorial claim, whoever controls the place (P1336 territory claimed by, reversed).',
    from: ['Actor'],
    to: ['Place'],
    traversal: 'both',
    pathCost: PATH_COST.direct,
  },
  RECOGNIZED_AS_PART_OF: {
    description: 'The place is recognized as the territory of a state; assertedBy holds who recognizes it (P17 country with references).',
    from: ['Place'],
    to: ['SovereignState', 'UnrecognizedState'],
    traversal: 'both',
    pathCost: PATH_COST.direct,
  },
  RECOGNIZES: {
    description: "Recognition of a state's sovereignty or territorial integrity by another actor.",
    from: ['Actor'],
    to: ['SovereignState', 'UnrecognizedState'],
    traversal: 'both',
    pathCost: PATH_COST.indirect,
  },
  GUARANTEES: {
    description: 'A guarantee: of an agreement, a provision, or the security of a place such as a corridor.',
    from: ['Actor'],
    to: ['Agreement', 'Provision', 'Place'],
    traversal: 'both',
    pathCost: PATH_COST.indirect,
  },
  HAS_AREA_OF_RESPONSIBILITY: {
    description: "A force's area of responsibility.",
    from: ['ArmedForce', 'PeacekeepingForce', 'Organization'],
    to: ['Place'],
    traversal: 'both',
    pathCost: PATH_COST.direct,
  },
  DEPLOYED_IN: {
    description: 'Deployment or presence of a force or mission in a place.',
    from: ['ArmedForce', 'PeacekeepingForce', 'Organization'],
    to: ['Place'],
    traversal: 'both',
    pathCost: PATH_COST.direct,
  },
  PARTY_TO: { description: 'Party to an agreement.', from: ['Actor'], to: ['Agreement'], traversal: 'both', pathCost: PATH_COST.indirect },
  SIGNED: {
    description: 'A person signed (or witnessed, see role) an agreement.',
    from: ['Person'],
    to: ['Agreement'],
    traversal: 'both',
    pathCost: PATH_COST.indirect,
  },
  BACKS: {
    description: 'Backing or support of one actor by another.',
    from: ['Actor'],
    to: ['Actor'],
    traversal: 'both',
    pathCost: PATH_COST.indirect,
  },
  PART_OF: {
    description: 'Part of: a place of a larger place, a unit of a force or state, a body of a government.',
    from: ['Actor', 'Place'],
    to: ['Actor', 'Place'],
    traversal: 'both',
    pathCost: PATH_COST.direct,
  },
  LOCATED_IN: {
    description: 'Located in a place (places, facilities and events).',
    from: ['Place', 'Event'],
    to: ['Place'],
    traversal: 'both',
    pathCost: PATH_COST.incidental,
  },
  CONNECTS: {
    description: 'A corridor or road connects places.',
    from: ['Corridor', 'Road'],
    to: ['Place', 'SovereignState', 'UnrecognizedState'],
    traversal: 'both',
    pathCost: PATH_COST.indirect,
  },
  CAPITAL_OF: {
    description: 'A settlement is the capital of a state.',
    from: ['Settlement'],
    to: ['SovereignState', 'UnrecognizedState'],
    traversal: 'both',
    pathCost: PATH_COST.direct,
  },
  CHAIRS: {
    description: 'Chairs an organization (for a term).',
    from: ['Actor'],
    to: ['Organization'],
    traversal: 'both',
    pathCost: PATH_COST.indirect,
  },
  MEMBER_OF: {
    description: 'Member of an organization or group.',
    from: ['Actor'],
    to: ['Organization'],
    traversal: 'both',
    pathCost: PATH_COST.indirect,
  },
  COMMANDS: {
    description: 'A person commands a force.',
    from: ['Person'],
    to: ['ArmedForce', 'PeacekeepingForce'],
    traversal: 'both',
    pathCost: PATH_COST.direct,
  },
  HEADS: {
    description: 'A person heads or speaks for a state, body or organization (role says which office).',
    from: ['Person'],
    to: ['Actor'],
    traversal: 'both',
    pathCost: PATH_COST.direct,
  },
  MEDIATES: {
    description: 'Mediates or facilitates an agreement or process.',
    from: ['Actor'],
    to: ['Agreement', 'Event'],
    traversal: 'both',
    pathCost: PATH_COST.indirect,
  },
  MONITORS: {
    description: 'A mission monitors a place or border.',
    from: ['Actor'],
    to: ['Place'],
    traversal: 'both',
    pathCost: PATH_COST.indirect,
  },
  PARTICIPATED_IN: {
    description: 'Took part in an event, with a role.',
    from: ['Actor'],
    to: ['Event'],
    traversal: 'both',
    pathCost: PATH_COST.incidental,
  },
  HAS_PROVISION: {
    description: 'An agreement and its provisions (clauses).',
    from: ['Agreement'],
    to: ['Provision'],
    traversal: 'both',
    pathCost: PATH_COST.indirect,
  },
  ALLEGES: {
    description: 'An actor makes an allegation (validFrom is the date it was asserted).',
    from: ['Actor'],
    to: ['Allegation'],
    traversal: 'both',
    pathCost: PATH_COST.incidental,
  },
  AGAINST: {
    description: 'Whom an allegation accuses.',
    from: ['Allegation'],
    to: ['Actor'],
    traversal: 'both',
    pathCost: PATH_COST.incidental,
  },
  CONCERNS: {
    description: 'Which event, agreement, provision or place an allegation is about.',
    from: ['Allegation'],
    to: ['Event', 'Agreement', 'Provision', 'Place'],
    traversal: 'both',
    pathCost: PATH_COST.incidental,
  },
  DENIES: {
    description: 'An actor denies or rejects an allegation.',
    from: ['Actor'],
    to: ['Allegation'],
    traversal: 'both',
    pathCost: PATH_COST.incidental,
  },
  REPORTS: {
    description: 'A source reports an event or an allegation.',
    from: ['Source'],
    to: ['Event', 'Allegation'],
    traversal: 'forward',
    pathCost: PATH_COST.incidental,
  },
  PUBLISHED_BY: {
    description: 'Who published or issued a source.',
    from: ['Source'],
    to: ['Actor'],
    traversal: 'forward',
    pathCost: PATH_COST.incidental,
  },
} as const satisfies Record<string, RelationshipRule>;

export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;
export const RELATIONSHIP_TYPE_NAMES = Object.keys(RELATIONSHIP_TYPES) as RelationshipType[];

/** Not statements: structural links that carry no validity or provenance. */
export const STRUCTURAL_RELATIONSHIPS = ['HAS_ALIAS'] as const;

export function isRelationshipType(value: string): value is RelationshipType {
  return Object.prototype.hasOwnProperty.call(RELATIONSHIP_TYPES, value);
}

export const STATUSES = ['UNCONTESTED', 'DISPUTED', 'SUPERSEDED'] as const;
export const RANKS = ['PREFERRED', 'NORMAL', 'DEPRECATED'] as const;
/**
 * How exact a date is (Wikidata time precision 11 / 10 / 9 / 8 / 7). A MONTH date is stored as the
 * 1st of the month, a YEAR date as 1 January, a DECADE as 1 January of its first year (1990 for the
 * 1990s), a CENTURY as 1 January of its first year (1900 for 1900-1999).
 */
export const PRECISIONS = ['DAY', 'MONTH', 'YEAR', 'DECADE', 'CENTURY'] as const;
/** Whether a statement held on the day (or in the period) asked: see src/model/validity.ts. */
export const CERTAINTIES = ['CERTAIN', 'POSSIBLE'] as const;
/** Source entities: what kind of document, and how far it can be relied on. */
export const SOURCE_TYPES = ['ARTICLE', 'STATEMENT', 'DOCUMENT'] as const;
export const RELIABILITIES = ['PRIMARY', 'SECONDARY', 'PARTISAN'] as const;
/** From the fact sheet's tags: [P]/[S] confirmed, [S-partisan], [C] conflicting, [U] unverified. */
export const CONFIDENCES = ['CONFIRMED', 'PARTISAN', 'CONFLICTING', 'UNVERIFIED'] as const;

/**
 * What a statement's qualifiers add to its type's pathCost when paths are ranked: an uncontested,
 * confirmed statement of normal or preferred rank adds nothing, so a path over contested,
 * deprecated or thinly sourced statements comes after an equally long one over settled ones.
 */
export const STATEMENT_PATH_COSTS = {
  status: { UNCONTESTED: 0, DISPUTED: 1, SUPERSEDED: 2 },
  rank: { PREFERRED: 0, NORMAL: 0, DEPRECATED: 2 },
  confidence: { CONFIRMED: 0, PARTISAN: 1, CONFLICTING: 1, UNVERIFIED: 2 },
} as const satisfies {
  status: Record<(typeof STATUSES)[number], number>;
  rank: Record<(typeof RANKS)[number], number>;
  confidence: Record<(typeof CONFIDENCES)[number], number>;
};

/** What an Allegation node asserts (its `nature` property; docs/model.md). */
export const ALLEGATION_NATURES = ['ACCUSATION', 'CLAIM', 'WARNING', 'APPEAL', 'CONTEXT', 'POSITION', 'CASUALTY_FIGURE'] as const;

/**
 * Nodes and relationships of the curation history, not of the knowledge graph: one (:Change) per
 * write, linked to the entities it touched by CHANGED; the (:ChangeLog) counter orders changes;
 * (:RevokedToken) holds the ids of revoked tokens.
 */
export const HISTORY_LABELS = ['Change', 'ChangeLog', 'RevokedToken'] as const;
export const HISTORY_RELATIONSHIPS = { CHANGED: { from: ['Change'], to: ['Entity'] } } as const;

/** The roles a token may carry (docs/curation.md). */
export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** What each curation change did (Change.action). */
export const CHANGE_ACTIONS = [
  'LOAD',
  'CREATE_ENTITY',
  'ADD_ALIAS',
  'MERGE_ENTITIES',
  'ASSERT_STATEMENT',
  'CORRECT_STATEMENT',
  'END_STATEMENT',
  'RETRACT_STATEMENT',
  'ADD_DISPUTE',
  'REMOVE_DISPUTE',
  'ADD_SUPPORT',
  'REMOVE_SUPPORT',
  'SET_RANK',
] as const;
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];

/** True when a node with these labels may stand at this side of a statement of this type. */
export function allowedEndpoint(type: RelationshipType, side: 'from' | 'to', labels: readonly string[]): boolean {
  const allowed = RELATIONSHIP_TYPES[type][side] as readonly string[];
  return labels.some((l) => allowed.includes(l));
}

/**
 * The qualifiers some statement types carry (the seed's use of them): how far a control or area
 * reaches (extent), the capacity of a party, signatory, head or participant (role), and the clause
 * of an agreement a guarantee, area or deployment rests on (provision). Curation refuses them on
 * other types.
 */
export const EXTENTS = ['ALL', 'MOST', 'PART'] as const;
export const QUALIFIER_TYPES: {
  extent: readonly RelationshipType[];
  role: readonly RelationshipType[];
  provision: readonly RelationshipType[];
} = {
  extent: ['CONTROLS', 'CLAIMS', 'HAS_AREA_OF_RESPONSIBILITY', 'DEPLOYED_IN', 'LOCATED_IN', 'MONITORS'],
  role: [
    'AGAINST',
    'BACKS',
    'CHAIRS',
    'COMMANDS',
    'DEPLOYED_IN',
    'GUARANTEES',
    'HEADS',
    'MEDIATES',
    'MEMBER_OF',
    'MONITORS',
    'PARTICIPATED_IN',
    'PARTY_TO',
    'RECOGNIZES',
    'SIGNED',
  ],
  provision: ['GUARANTEES', 'HAS_AREA_OF_RESPONSIBILITY', 'DEPLOYED_IN', 'MONITORS', 'CONTROLS'],
};
