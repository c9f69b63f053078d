import {
  ACTOR_KINDS,
  ALLEGATION_NATURES,
  CONFIDENCES,
  KIND_LABELS,
  KindLabel,
  PLACE_KINDS,
  RELATIONSHIP_TYPES,
  RelationshipType,
  RELIABILITIES,
  SOURCE_TYPES,
} from '../model/contract';
import { Random } from './random';

/**
 * A synthetic graph in the model of src/model/contract.ts, for benchmarks and the scale test:
 * entities of every kind, aliases, and statements of every contract type between endpoints the
 * contract allows, with validity intervals (open ends, DAY/MONTH/YEAR precision), status, rank,
 * confidence, sources, assertedBy, disputedBy, supportedBy, role, extent and provision as the
 * seed has them. Endpoints are drawn from a heavy-tailed distribution, so a few entities are hubs
 * with 10,000+ statements at a million statements. Everything comes from one seeded Random, in a
 * fixed order: the same options give the same graph.
 */
export interface GraphOptions {
  entities: number;
  statements: number;
  seed: number;
  /**
   * Share of statement endpoints taken from SEED_HUBS instead of generated entities (0 = none):
   * the generated statements then also reach the seed's entities, which must be loaded first.
   */
  linkSeed: number;
}

/** How the entities split over the kinds (shares of --entities; at least one of each kind). */
const KIND_SHARES: Record<KindLabel, number> = {
  SovereignState: 0.003,
  UnrecognizedState: 0.001,
  ArmedForce: 0.015,
  PeacekeepingForce: 0.003,
  Organization: 0.04,
  GovernmentBody: 0.03,
  Person: 0.128,
  Region: 0.01,
  District: 0.03,
  Settlement: 0.38,
  Corridor: 0.005,
  Road: 0.03,
  Height: 0.03,
  Facility: 0.015,
  Agreement: 0.02,
  Provision: 0.05,
  Event: 0.08,
  Allegation: 0.1,
  Source: 0.03,
};

/** How often each statement type occurs (relative weights). */
const TYPE_WEIGHTS: Record<RelationshipType, number> = {
  CONTROLS: 12,
  CLAIMS: 6,
  RECOGNIZED_AS_PART_OF: 4,
  RECOGNIZES: 3,
  GUARANTEES: 3,
  HAS_AREA_OF_RESPONSIBILITY: 4,
  DEPLOYED_IN: 4,
  PARTY_TO: 4,
  SIGNED: 2,
  BACKS: 3,
  PART_OF: 8,
  LOCATED_IN: 8,
  CONNECTS: 2,
  CAPITAL_OF: 1,
  CHAIRS: 1,
  MEMBER_OF: 4,
  COMMANDS: 2,
  HEADS: 2,
  MEDIATES: 1,
  MONITORS: 2,
  PARTICIPATED_IN: 5,
  HAS_PROVISION: 3,
  ALLEGES: 5,
  AGAINST: 4,
  CONCERNS: 3,
  DENIES: 2,
  REPORTS: 4,
  PUBLISHED_BY: 1,
};

/** Seed entities the generated statements may also reach (--link-seed), with their kind labels. */
export const SEED_HUBS: readonly { id: string; label: KindLabel }[] = [
  { id: 'azerbaijan', label: 'SovereignState' },
  { id: 'armenia', label: 'SovereignState' },
  { id: 'russia', label: 'SovereignState' },
  { id: 'artsakh', label: 'UnrecognizedState' },
  { id: 'russian-peacekeeping-contingent', label: 'PeacekeepingForce' },
  { id: 'armenia-mfa', label: 'GovernmentBody' },
  { id: 'azerbaijan-mod', label: 'GovernmentBody' },
  { id: 'nagorno-karabakh', label: 'Region' },
  { id: 'lachin-district', label: 'District' },
  { id: 'stepanakert', label: 'Settlement' },
  { id: 'shusha', label: 'Settlement' },
  { id: 'lachin-corridor', label: 'Corridor' },
  { id: 'trilateral-statement-2020', label: 'Agreement' },
];

const GROUP_OF: Partial<Record<KindLabel, 'Actor' | 'Place'>> = {
  ...Object.fromEntries(ACTOR_KINDS.map((k) => [k, 'Actor'])),
  ...Object.fromEntries(PLACE_KINDS.map((k) => [k, 'Place'])),
};

/** The labels a node of this kind carries: Entity, its group label if any, its kind label. */
export function labelsOf(label: KindLabel): string[] {
  const group = GROUP_OF[label];
  return group ? ['Entity', group, label] : ['Entity', label];
}

export type Value = string | number | boolean | null | Value[];
export type Properties = Record<string, Value>;

export interface GeneratedEntity {
  label: KindLabel;
  /** Properties as the script writes them; dates as 'YYYY-MM-DD' strings (the script converts them). */
  props: Properties & { id: string; name: string };
}

export interface GeneratedAlias {
  entity: string;
  id: string;
  name: string;
  language: string;
  misspelling: boolean;
}

export interface GeneratedStatement {
  type: RelationshipType;
  subject: string;
  object: string;
  /** Relationship properties; dates as 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' with a matching precision. */
  props: Properties & { id: string };
}

const KIND_WORDS: Record<KindLabel, string> = {
  SovereignState: 'Republic',
  UnrecognizedState: 'People\u2019s Republic',
  ArmedForce: 'Army',
  PeacekeepingForce: 'Peacekeeping Mission',
  Organization: 'Union',
  GovernmentBody: 'Ministry',
  Person: '',
  Region: 'Region',
  District: 'District',
  Settlement: '',
  Corridor: 'Corridor',
  Road: 'Road',
  Height: 'Height',
  Facility: 'Station',
  Agreement: 'Accord',
  Provision: 'Clause',
  Event: 'Clashes',
  Allegation: 'Allegation',
  Source: 'Gazette',
};

const SYLLABLES = [
  'ka',
  'ra',
  'bakh',
  'ar',
  'tsa',
  'kh',
  'la',
  'chin',
  'shu',
  'sha',
  'ga',
  'dir',
  'zan',
  'gi',
  'lan',
  'kal',
  'ba',
  'jar',
  'ag',
  'dam',
  'fu',
  'zu',
  'li',
  'ha',
  'drut',
  'mar',
  'ta',
  'kert',
  'as',
  'ke',
  'ran',
  'vo',
  'sko',
  'nor',
  'gyu',
  'ri',
  'sis',
  'ber',
  'dzor',
  'tegh',
];
const LANGUAGES = ['en', 'hy', 'az', 'ru', 'tr'];
const ROLES = ['signatory', 'witness', 'guarantor', 'mediator', 'observer', 'chair', 'spokesperson', 'commander', 'participant'];
const EXTENTS = ['ALL', 'MOST', 'PART'];
const ROLE_TYPES = new Set<RelationshipType>(['PARTY_TO', 'SIGNED', 'PARTICIPATED_IN', 'HEADS', 'CHAIRS', 'MEDIATES', 'GUARANTEES']);

function word(rng: Random): string {
  const n = rng.int(2, 3);
  let w = '';
  for (let i = 0; i < n; i++) w += rng.pick(SYLLABLES);
  return w[0].toUpperCase() + w.slice(1);
}

function slug(label: KindLabel): string {
  return label.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A date with its precision: the text the script passes to date() and the precision it stores. */
export interface GeneratedDate {
  text: string;
  precision: 'DAY' | 'MONTH' | 'YEAR';
  /** The first day it stands for, 'YYYY-MM-DD', to compare intervals. */
  day: string;
}

function dateFrom(year: number, month: number, day: number, precision: GeneratedDate['precision']): GeneratedDate {
  const y = pad(year, 4);
  const m = pad(month, 2);
  const d = pad(day, 2);
  if (precision === 'YEAR') return { text: y, precision, day: `${y}-01-01` };
  if (precision === 'MONTH') return { text: `${y}-${m}`, precision, day: `${y}-${m}-01` };
  return { text: `${y}-${m}-${d}`, precision, day: `${y}-${m}-${d}` };
}

function randomDate(rng: Random, fromYear: number, toYear: number): GeneratedDate {
  // More recent years are more frequent, as in the sources.
  const year = toYear - Math.floor((toYear - fromYear + 1) * rng.next() ** 2);
  const precision = rng.weighted({ DAY: 60, MONTH: 25, YEAR: 15 });
  return dateFrom(year, rng.int(1, 12), rng.int(1, 28), precision);
}

function dayOf(rng: Random, fromYear: number, toYear: number): string {
  return dateFrom(rng.int(fromYear, toYear), rng.int(1, 12), rng.int(1, 28), 'DAY').text;
}

/** The entity table: how many of each kind, and where each kind's range starts. */
export class EntityPlan {
  readonly counts: Record<KindLabel, number>;
  readonly starts: Record<KindLabel, number>;
  readonly total: number;

  constructor(entities: number) {
    if (entities < KIND_LABELS.length)
      throw new RangeError(`--entities must be at least ${KIND_LABELS.length} (one of each kind), not ${entities}`);
    const counts = Object.fromEntries(KIND_LABELS.map((k) => [k, Math.max(1, Math.round(entities * KIND_SHARES[k]))])) as Record<
      KindLabel,
      number
    >;
    // Settlements take up the rounding, so the total is exactly what was asked for.
    const others = KIND_LABELS.filter((k) => k !== 'Settlement').reduce((sum, k) => sum + counts[k], 0);
    counts.Settlement = Math.max(1, entities - others);
    this.counts = counts;
    this.starts = {} as Record<KindLabel, number>;
    let at = 0;
    for (const k of KIND_LABELS) {
      this.starts[k] = at;
      at += counts[k];
    }
    this.total = at;
  }

  /** The id of the n-th entity (0-based) of a kind: gen-settlement-000042. Rank 0 is the kind's biggest hub. */
  id(label: KindLabel, n: number): string {
    return `gen-${slug(label)}-${pad(n + 1, 6)}`;
  }
}

/** The entities a statement endpoint may be drawn from: kinds in contract order, hubs first within each. */
class Pool {
  readonly kinds: KindLabel[];
  readonly size: number;
  readonly seedHubs: string[];

  constructor(
    private readonly plan: EntityPlan,
    endpoints: readonly string[],
  ) {
    this.kinds = KIND_LABELS.filter(
      (k) => endpoints.includes(k) || endpoints.includes('Entity') || (GROUP_OF[k] !== undefined && endpoints.includes(GROUP_OF[k])),
    );
    this.size = this.kinds.reduce((sum, k) => sum + plan.counts[k], 0);
    this.seedHubs = SEED_HUBS.filter((h) => this.kinds.includes(h.label)).map((h) => h.id);
  }

  /** The entity at position i of the pool. */
  at(i: number): string {
    for (const k of this.kinds) {
      if (i < this.plan.counts[k]) return this.plan.id(k, i);
      i -= this.plan.counts[k];
    }
    throw new RangeError('pool index out of range');
  }

  draw(rng: Random, skew: number, linkSeed: number): string {
    if (linkSeed > 0 && this.seedHubs.length > 0 && rng.chance(linkSeed)) return rng.pick(this.seedHubs);
    return this.at(rng.skewed(this.size, skew));
  }
}

/** Endpoint skew: subjects and objects concentrate on hubs (see Random.skewed). */
const ENDPOINT_SKEW = 3;
/** Sources, asserters and disputers cited by statements: a few are cited very often. */
const CITATION_SKEW = 2;

export class GraphGenerator {
  readonly plan: EntityPlan;
  private readonly pools = new Map<string, Pool>();

  constructor(readonly options: GraphOptions) {
    if (!Number.isInteger(options.statements) || options.statements < 0)
      throw new RangeError(`--statements must be a whole number, not ${options.statements}`);
    if (!(options.linkSeed >= 0 && options.linkSeed <= 1))
      throw new RangeError(`--link-seed must be a share between 0 and 1, not ${options.linkSeed}`);
    this.plan = new EntityPlan(options.entities);
  }

  private pool(endpoints: readonly string[]): Pool {
    const key = endpoints.join(',');
    let pool = this.pools.get(key);
    if (!pool) {
      pool = new Pool(this.plan, endpoints);
      this.pools.set(key, pool);
    }
    return pool;
  }

  /** Every entity, kind by kind in contract order. */
  *entities(): Generator<GeneratedEntity> {
    const rng = new Random(this.options.seed * 3 + 1);
    for (const label of KIND_LABELS) {
      for (let n = 0; n < this.plan.counts[label]; n++) {
        const id = this.plan.id(label, n);
        const kindWord = KIND_WORDS[label];
        const name = label === 'Person' ? `${word(rng)} ${word(rng)}yan` : kindWord ? `${word(rng)} ${kindWord}` : word(rng);
        const props: GeneratedEntity['props'] = { id, name };
        if (rng.chance(0.2)) props.description = `A generated ${slug(label).replace(/-/g, ' ')} for benchmarks (${name}).`;
        if (rng.chance(0.1)) props.wikidataId = `Q${rng.int(1000, 99_999_999)}`;
        switch (label) {
          case 'Agreement':
            props.signedOn = dayOf(rng, 1991, 2025);
            break;
          case 'Provision':
            props.number = rng.int(1, 12);
            props.text = `Point ${props.number} of a generated agreement.`;
            break;
          case 'Event': {
            const start = randomDate(rng, 1988, 2025);
            props.startDate = start.day;
            props.datePrecision = start.precision;
            if (rng.chance(0.5)) props.endDate = `${Number(start.day.slice(0, 4)) + rng.int(0, 2)}-12-31`;
            break;
          }
          case 'Allegation':
            props.statedOn = dayOf(rng, 1991, 2025);
            props.nature = rng.pick(ALLEGATION_NATURES);
            props.text = `A generated allegation about ${word(rng)}.`;
            break;
          case 'Source':
            props.sourceType = rng.pick(SOURCE_TYPES);
            props.reliability = rng.pick(RELIABILITIES);
            props.site = `${word(rng).toLowerCase()}.example`;
            props.publisher = `${word(rng)} ${KIND_WORDS.Source}`;
            if (rng.chance(0.7)) props.publishedOn = dayOf(rng, 1991, 2025);
            if (rng.chance(0.5)) props.url = `https://${props.site}/${id}`;
            break;
          default:
        }
        yield { label, props };
      }
    }
  }

  /** Other names of about a quarter of the entities, in several languages; a few are misspellings. */
  *aliases(): Generator<GeneratedAlias> {
    const rng = new Random(this.options.seed * 3 + 2);
    for (const label of KIND_LABELS) {
      for (let n = 0; n < this.plan.counts[label]; n++) {
        if (!rng.chance(0.25)) continue;
        const entity = this.plan.id(label, n);
        const seen = new Set<string>();
        for (let i = rng.int(1, 3); i > 0; i--) {
          const name = word(rng);
          const language = rng.pick(LANGUAGES);
          const aliasId = `${entity}|${language}|${name}`;
          if (seen.has(aliasId)) continue;
          seen.add(aliasId);
          yield { entity, id: aliasId, name, language, misspelling: rng.chance(0.05) };
        }
      }
    }
  }

  /** The statements, in id order (gen-st-0000001 ...). */
  *statements(): Generator<GeneratedStatement> {
    const rng = new Random(this.options.seed * 3 + 3);
    const { linkSeed } = this.options;
    const sources = this.pool(['Source']);
    const actors = this.pool(['Actor']);
    const provisions = this.pool(['Provision']);
    const width = Math.max(7, String(this.options.statements).length);
    for (let i = 0; i < this.options.statements; i++) {
      const type = rng.weighted(TYPE_WEIGHTS);
      const rule = RELATIONSHIP_TYPES[type];
      const subject = this.pool(rule.from).draw(rng, ENDPOINT_SKEW, linkSeed);
      const objects = this.pool(rule.to);
      let object = objects.draw(rng, ENDPOINT_SKEW, linkSeed);
      // No statement links an entity to itself (PART_OF, BACKS ...): take the next one instead.
      for (let tries = 0; object === subject && tries < 8; tries++) object = objects.at(rng.int(0, objects.size - 1));
      if (object === subject) continue;

      const props: GeneratedStatement['props'] = { id: `gen-st-${pad(i + 1, width)}` };
      const from = rng.chance(0.88) ? randomDate(rng, 1900, 2025) : null;
      if (from) {
        props.validFrom = from.text;
        props.validFromPrecision = from.precision;
      }
      if (rng.chance(0.55)) {
        const startYear = from ? Number(from.text.slice(0, 4)) : 1900;
        let to = randomDate(rng, startYear, Math.min(2026, startYear + 30));
        // Half-open intervals: validTo is the first day it no longer holds, after validFrom.
        if (from && to.day <= from.day) to = dateFrom(Number(from.day.slice(0, 4)) + 1, 1, 1, 'YEAR');
        props.validTo = to.text;
        props.validToPrecision = to.precision;
      }
      const status = rng.weighted({ UNCONTESTED: 80, DISPUTED: 15, SUPERSEDED: 5 });
      props.status = status;
      props.rank = rng.weighted({ NORMAL: 85, PREFERRED: 10, DEPRECATED: 5 });
      const confidence = rng.weighted({ CONFIRMED: 70, PARTISAN: 15, CONFLICTING: 7, UNVERIFIED: 8 } satisfies Record<
        (typeof CONFIDENCES)[number],
        number
      >);
      props.confidence = confidence;

      const cited = new Set<string>();
      for (let n = 1 + (rng.chance(0.4) ? 1 : 0) + (rng.chance(0.15) ? 1 : 0); n > 0; n--)
        cited.add(sources.at(rng.skewed(sources.size, CITATION_SKEW)));
      props.sources = [...cited];
      const actorsOf = (n: number) => [...new Set(Array.from({ length: n }, () => actors.draw(rng, CITATION_SKEW, linkSeed)))];
      props.assertedBy = confidence === 'PARTISAN' ? actorsOf(1) : rng.chance(0.3) ? actorsOf(rng.int(1, 2)) : [];
      props.disputedBy = status === 'DISPUTED' ? actorsOf(rng.int(1, 2)) : [];
      props.supportedBy = rng.chance(0.05) ? actorsOf(1) : [];
      if (ROLE_TYPES.has(type) && rng.chance(0.6)) props.role = rng.pick(ROLES);
      if (type === 'CONTROLS') props.extent = rng.pick(EXTENTS);
      if (type === 'GUARANTEES' && rng.chance(0.2)) props.provision = provisions.at(rng.skewed(provisions.size, CITATION_SKEW));
      if (rng.chance(0.05)) props.note = `Generated statement ${i + 1}.`;
      yield { type, subject, object, props };
    }
  }
}
