import http from 'node:http';
import neo4j, { Driver } from 'neo4j-driver';
import { dayPeriod } from '../../src/model/validity';
import { RELATIONSHIP_TYPE_NAMES, RelationshipType } from '../../src/model/contract';
import { cypher, PlannedQuery, Projection } from '../../src/graph/queries';
import type { StatementPart } from '../../src/graph/shared-cypher';
import { entitiesByIdQuery, entityPageQuery } from '../../src/graph/repositories/entities';
import { guaranteesQuery, NO_ATTRIBUTION, relationPageQuery, relationsOfQuery } from '../../src/graph/repositories/relations';
import { neighborhoodQuery, pathsQuery } from '../../src/graph/repositories/views';
import { NESTED_RELATION_LIMIT } from '../../src/schema/relations/relation-limits';

/**
 * The raw-driver baseline of `npm run bench:api`: a plain node:http server that answers each
 * benchmark operation (picked by its operationName; the query text is not parsed) by running the
 * same named Cypher with the same parameters as the API (the repositories' *Query() builders pick
 * the query variant and its parameters; the driver runs it here), in the same steps (what the API runs in
 * parallel runs in parallel here), and writing exactly the JSON the API answers. No GraphQL, no
 * framework: what is left is the driver, the database and JSON.
 */
type Obj = Record<string, any>;
type Vars = Record<string, any>;

const FIRST = NESTED_RELATION_LIMIT.default;

/** Driver values to JSON: dates and times as their ISO text (integers already arrive as numbers). */
function plain(v: any): any {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(plain);
  if (neo4j.isDate(v) || neo4j.isDateTime(v) || neo4j.isLocalDateTime(v) || neo4j.isTime(v) || neo4j.isLocalTime(v) || neo4j.isDuration(v))
    return v.toString();
  const out: Obj = {};
  for (const k of Object.keys(v)) out[k] = plain(v[k]);
  return out;
}

export class RawHandlers {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
  ) {}

  private async q(name: string, params: Obj): Promise<Obj[]> {
    const res = await this.driver.executeQuery(cypher(name), params, { database: this.database, routing: neo4j.routing.READ });
    return res.records.map((r) => plain(r.toObject()));
  }

  private run(query: PlannedQuery): Promise<Obj[]> {
    return this.q(query.name, query.params);
  }

  private async entities(ids: string[]): Promise<Map<string, Obj>> {
    const rows = await this.run(entitiesByIdQuery(ids));
    return new Map(rows.map((r) => [r.entity.id, r.entity]));
  }

  /**
   * `mentioned`: as the API, read the entities the statements name only when the operation selects
   * provenance. What is read of each statement is what the API's look-ahead picks for these
   * operations: the ranges with a date, the provenance when mentioned, and the ends by name unless
   * `ends` says the operation reads more of them.
   */
  private relations(
    ids: string[],
    types: RelationshipType[],
    direction: 'OUTGOING' | 'INCOMING',
    asOf: string | null = null,
    on: string | null = null,
    mentioned = true,
    ends: Projection['ends'] = 'names',
  ) {
    const parts: StatementPart[] = [...(asOf ? (['ranges'] as const) : []), ...(mentioned ? (['provenance'] as const) : [])];
    return this.run(
      relationsOfQuery(ids, {
        types,
        direction,
        period: asOf ? dayPeriod(asOf) : null,
        certainOnly: false,
        on,
        first: FIRST,
        attribution: NO_ATTRIBUTION,
        includeParts: false,
        mentioned,
        projection: { parts, ends },
      }),
    );
  }

  async handle(operation: string, v: Vars): Promise<Obj> {
    switch (operation) {
      case 'EntityById': {
        const e = (await this.entities([v.id])).get(v.id);
        return { entity: e ? pick(e, ['id', 'kind', 'name', 'description', 'wikidataId']) : null };
      }
      case 'EntitiesOfKind': {
        // As the API: the page brings its aliases (the operation selects them), one query.
        const rows = await this.run(entityPageQuery({ kind: v.kind, first: v.first, after: null, aliases: true }));
        const page: Obj[] = rows.map((r) => r.entity).slice(0, v.first);
        const aliases = new Map(rows.map((r) => [r.entity.id, r.aliases]));
        return {
          entities: {
            edges: page.map((e) => ({
              node: {
                id: e.id,
                name: e.name,
                kind: e.kind,
                aliases: (aliases.get(e.id) ?? []).map((a: Obj) => ({
                  name: a.name,
                  language: a.language ?? null,
                  misspelling: a.misspelling === true,
                })),
              },
            })),
          },
        };
      }
      case 'RelationsBySubject': {
        const rows = await this.run(
          relationPageQuery(
            {
              subject: v.subject,
              object: null,
              types: v.types,
              statuses: null,
              period: null,
              certainOnly: false,
              attribution: NO_ATTRIBUTION,
              mentioned: false,
              // as the API plans it for this selection: the statement's core and the object's name
              projection: { parts: [], ends: 'names' },
            },
            { first: v.first, after: null },
          ),
        );
        if (rows.length === 0) await this.entities([v.subject]); // as the API: only an empty page asks whether the subject exists
        const page: Obj[] = rows.slice(0, v.first);
        return {
          relations: { edges: page.map((r) => ({ node: { ...statementProps(r.relation), object: pick(r.object, ['id', 'name']) } })) },
        };
      }
      case 'ControlAsOf':
      case 'ControlAsOfFull': {
        // As the API: the entity and the lists selected under it in one wave (prefetchRelationFields).
        const full = operation === 'ControlAsOfFull';
        const [known, a, b] = await Promise.all([
          this.entities([v.id]),
          this.relations([v.id], ['CONTROLS'], 'INCOMING', v.a, null, full),
          this.relations([v.id], ['CONTROLS'], 'INCOMING', v.b, null, full),
        ]);
        const region = known.get(v.id)!;
        remember(known, [...a, ...b]);
        if (operation === 'ControlAsOf') {
          const stmt = (r: Obj) => ({ ...statementProps(r.relation), subject: pick(r.subject, ['id', 'name']) });
          return { entity: { name: region.name, a: a.map(stmt), b: b.map(stmt) } };
        }
        const stmt = (r: Obj) => ({
          controller: pick(r.subject, ['id', 'name']),
          extent: r.relation.extent ?? null,
          ...fragment(r.relation, known),
        });
        return { region: { name: region.name, onA: a.map(stmt), onB: b.map(stmt) } };
      }
      case 'Neighborhood': {
        const [row] = await this.run(
          neighborhoodQuery({
            id: v.id,
            depth: 2,
            types: [...RELATIONSHIP_TYPE_NAMES],
            period: v.asOf ? dayPeriod(v.asOf) : null,
            certainOnly: false,
            maxNodes: 150,
            maxEdges: 2000,
          }),
        );
        const edgeFields = [
          'id',
          'type',
          'source',
          'target',
          'validFrom',
          'validFromPrecision',
          'validTo',
          'validToPrecision',
          'status',
          'sourceIds',
        ];
        return {
          neighborhood: {
            nodes: row.nodes.map((n: Obj) => ({ id: n.id, kind: n.kind, name: n.name, labels: [...n.labels].sort() })),
            edges: row.edges.map((e: Obj) => pick(e, edgeFields)),
            truncated: row.omittedNodes > 0 || row.omittedEdges > 0,
            omittedNodes: row.omittedNodes,
          },
        };
      }
      case 'Paths': {
        await this.q('view-entities', { ids: [v.from, v.to] });
        const rows = await this.run(
          pathsQuery({
            from: v.from,
            to: v.to,
            maxHops: 4,
            types: [...RELATIONSHIP_TYPE_NAMES],
            period: null,
            certainOnly: false,
            limit: 5,
          }),
        );
        return {
          paths: rows.map((p) => ({
            length: p.edges.length,
            cost: p.cost,
            nodes: p.nodes.map((n: Obj) => pick(n, ['id', 'kind', 'name'])),
            edges: p.edges.map((e: Obj) => pick(e, ['id', 'type', 'source', 'target', 'validFrom', 'validTo', 'status'])),
          })),
        };
      }
      case 'Recognition': {
        const id = 'nagorno-karabakh';
        const [known, rows] = await Promise.all([this.entities([id]), this.relations([id], ['RECOGNIZED_AS_PART_OF'], 'OUTGOING')]);
        remember(known, rows);
        return {
          region: {
            name: known.get(id)!.name,
            recognizedAs: rows.map((r) => ({
              state: pick(r.object, ['id', 'name']),
              recognizedBy: named(r.relation.assertedBy, known),
              ...fragment(r.relation, known),
            })),
          },
        };
      }
      case 'PeacekeepersAugust2022': {
        const id = 'russian-peacekeeping-contingent';
        const [known, a, b] = await Promise.all([
          this.entities([id]),
          this.relations([id], ['HAS_AREA_OF_RESPONSIBILITY'], 'OUTGOING', '2022-08-01'),
          this.relations([id], ['HAS_AREA_OF_RESPONSIBILITY'], 'OUTGOING', '2022-08-31'),
        ]);
        remember(known, [...a, ...b]);
        const stmt = (r: Obj) => ({
          place: pick(r.object, ['id', 'name', 'kind']),
          extent: r.relation.extent ?? null,
          ...fragment(r.relation, known),
        });
        return { contingent: { name: known.get(id)!.name, onAugust1st: a.map(stmt), onAugust31st: b.map(stmt) } };
      }
      case 'ArmenianMfaAllegations': {
        const id = 'armenia-mfa';
        const [known, made] = await Promise.all([
          this.entities([id]),
          this.relations([id], ['ALLEGES'], 'OUTGOING', null, '2022-08-03', true, 'all'),
        ]);
        remember(known, made);
        const allegationIds = made.filter((r) => r.object.kind === 'ALLEGATION').map((r) => r.object.id);
        const [against, denied] = allegationIds.length
          ? await Promise.all([
              this.relations(allegationIds, ['AGAINST'], 'OUTGOING'),
              this.relations(allegationIds, ['DENIES'], 'INCOMING'),
            ])
          : [[], []];
        remember(known, [...against, ...denied]);
        return {
          ministry: {
            name: known.get(id)!.name,
            allegationsMade: made.map((r) => {
              const o = r.object;
              const allegation: Obj = { id: o.id, name: o.name };
              if (o.kind === 'ALLEGATION') {
                allegation.statedOn = o.statedOn ?? null;
                allegation.text = o.text ?? null;
                allegation.against = against
                  .filter((x) => x.id === o.id)
                  .map((x) => ({ accused: pick(x.object, ['id', 'name']), ...fragment(x.relation, known) }));
                allegation.deniedBy = denied
                  .filter((x) => x.id === o.id)
                  .map((x) => ({ denier: pick(x.subject, ['id', 'name']), ...fragment(x.relation, known) }));
              }
              return { ...fragment(r.relation, known), supportedBy: named(r.relation.supportedBy, known), allegation };
            }),
          },
        };
      }
      case 'CeasefireParties': {
        const id = 'trilateral-statement-2020';
        // The relation fields start with the entity; guarantees (its own loader) once it is known.
        const [known, parties, signatories] = await Promise.all([
          this.entities([id]),
          this.relations([id], ['PARTY_TO'], 'INCOMING'),
          this.relations([id], ['SIGNED'], 'INCOMING'),
        ]);
        const agreement = known.get(id)!;
        const guarantees = await this.run(guaranteesQuery([id], null, false, FIRST));
        remember(known, [...parties, ...signatories, ...guarantees]);
        const role = (r: Obj) => r.relation.role ?? null;
        return {
          ceasefire: {
            name: agreement.name,
            signedOn: agreement.signedOn ?? null,
            effectiveAt: agreement.effectiveAt ? new Date(agreement.effectiveAt.replace(/\[[^\]]+\]$/, '')).toISOString() : null,
            parties: parties.map((r) => ({ party: pick(r.subject, ['id', 'name']), role: role(r), ...fragment(r.relation, known) })),
            signatories: signatories.map((r) => ({
              signatory: pick(r.subject, ['id', 'name']),
              role: role(r),
              ...fragment(r.relation, known),
            })),
            guarantees: guarantees.map((r) => {
              const o = r.object;
              const clause = r.relation.provision ? known.get(r.relation.provision) : undefined;
              return {
                guarantor: pick(r.subject, ['id', 'name']),
                guaranteed:
                  o.kind === 'PROVISION'
                    ? { id: o.id, name: o.name, number: o.number ?? null, text: o.text ?? null }
                    : { id: o.id, name: o.name },
                clause: clause?.kind === 'PROVISION' ? { id: clause.id, number: clause.number ?? null } : null,
                role: role(r),
                ...fragment(r.relation, known),
              };
            }),
          },
        };
      }
      default:
        throw new Error(`no raw handler for operation ${operation}`);
    }
  }
}

function pick(o: Obj, keys: string[]): Obj {
  const out: Obj = {};
  for (const k of keys) out[k] = o[k] ?? null;
  return out;
}

const STATEMENT_PROPS = ['id', 'validFrom', 'validFromPrecision', 'validTo', 'validToPrecision', 'status', 'rank', 'confidence', 'extent'];

function statementProps(r: Obj): Obj {
  return pick(r, STATEMENT_PROPS);
}

/** The entities a request has read so far, as the API's per-request entity loader caches them. */
function remember(known: Map<string, Obj>, rows: Obj[]): void {
  for (const row of rows) {
    for (const e of [row.subject, row.object, ...(row.mentioned ?? [])]) if (!known.has(e.id)) known.set(e.id, e);
  }
}

function named(ids: string[] | null | undefined, known: Map<string, Obj>): Obj[] {
  return (ids ?? []).flatMap((id) => {
    const e = known.get(id);
    return e ? [{ id: e.id, name: e.name }] : [];
  });
}

/** The README's `Statement` fragment. */
function fragment(r: Obj, known: Map<string, Obj>): Obj {
  return {
    validFrom: r.validFrom ?? null,
    validFromPrecision: r.validFromPrecision ?? null,
    validTo: r.validTo ?? null,
    validToPrecision: r.validToPrecision ?? null,
    status: r.status ?? null,
    rank: r.rank ?? null,
    confidence: r.confidence ?? null,
    assertedBy: named(r.assertedBy, known),
    disputedBy: named(r.disputedBy, known),
    sources: (r.sources ?? []).flatMap((id: string) => {
      const e = known.get(id);
      return e && e.kind === 'SOURCE' ? [{ id: e.id, name: e.name, publishedOn: e.publishedOn ?? null }] : [];
    }),
  };
}

/** POST /graphql {operationName, variables} -> {data}, like the API. */
export function createRawServer(driver: Driver, database: string): http.Server {
  const handlers = new RawHandlers(driver, database);
  return http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: { operationName?: string; variables?: Vars };
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        res.writeHead(400).end();
        return;
      }
      handlers.handle(body.operationName ?? '', body.variables ?? {}).then(
        (data) => {
          const json = JSON.stringify({ data });
          res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
          res.end(json);
        },
        (e: Error) => {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ errors: [{ message: e.message }] }));
        },
      );
    });
  });
}
