import { createHash, randomUUID } from 'node:crypto';
import neo4j, { Neo4jError } from 'neo4j-driver';
import { User } from '../auth';
import { GraphClient, WriteTransaction } from '../graph/client';
import {
  ChangeRecord,
  EntityRecord,
  RelationRecord,
  toChangeRecord,
  toEntityRecord,
  toRelationRecord,
} from '../graph/repositories/records';
import { ChangeAction, RELIABILITIES, RelationshipType, SOURCE_TYPES } from '../model/contract';
import { conflict, unauthenticated } from '../schema/errors';
import type { QueryRow } from '../graph/query-signatures';
import {
  checkConfidence,
  checkEndpoints,
  checkEntities,
  checkEnum,
  checkQualifiers,
  checkRank,
  checkSlug,
  checkSources,
  checkType,
  checkValidity,
  existing,
  KnownEntity,
  labelsOfKind,
  refuse,
} from './checks';

/**
 * Curation writes (docs/curation.md). Each is one Neo4j transaction that checks the request
 * against the model contract, writes new versions (never deleting or overwriting one) and records
 * one (:Change); a refusal throws before the commit, so a failed write leaves nothing behind.
 */

export interface WriteOptions {
  comment?: string | null;
  /** A client's key for this request: a retry with the same key and request returns the first answer. */
  idempotencyKey?: string | null;
}

export interface WriteResult {
  change: ChangeRecord;
  /** True when the idempotency key named an earlier, identical request: nothing was written now. */
  replayed: boolean;
  bookmarks: string[];
  /** The statement version the write produced (statement mutations). */
  statement: RelationRecord | null;
  /** The entity the write created or changed (entity mutations). */
  entity: EntityRecord | null;
}

export interface EntityInput {
  id: string;
  kind: string;
  name: string;
  description?: string | null;
  wikidataId?: string | null;
  aliases?: { name: string; language?: string | null; misspelling?: boolean | null }[] | null;
  /** Kind-specific properties, already checked (sources: sourceType, url, publisher, publishedOn, reliability). */
  properties?: Record<string, unknown>;
}

export interface SourceInput {
  id: string;
  name: string;
  sourceType: string;
  reliability: string;
  url?: string | null;
  publisher?: string | null;
  publishedOn?: string | null;
  description?: string | null;
  wikidataId?: string | null;
}

export interface StatementInput {
  id?: string | null;
  type: string;
  subject: string;
  object: string;
  validFrom?: string | null;
  validFromPrecision?: string | null;
  validTo?: string | null;
  validToPrecision?: string | null;
  extent?: string | null;
  role?: string | null;
  provision?: string | null;
  sources: string[];
  assertedBy?: string[] | null;
  confidence?: string | null;
  rank?: string | null;
  note?: string | null;
}

/** A correction: a field left out keeps its value, a null clears it (validTo, extent, role, note ...). */
type CorrectableField =
  | 'validFrom'
  | 'validFromPrecision'
  | 'validTo'
  | 'validToPrecision'
  | 'extent'
  | 'role'
  | 'provision'
  | 'assertedBy'
  | 'confidence'
  | 'note';
export type StatementCorrection = { [K in CorrectableField]?: StatementInput[K] | null } & { sources?: string[] | null };

const WIKIDATA_ID = /^Q[1-9]\d{0,11}$/;

function neoDate(iso: string | null): unknown {
  if (iso === null) return null;
  const [y, m, d] = iso.split('-').map(Number);
  return new neo4j.types.Date(y, m, d);
}

/** Same JSON for the same request whatever the order of its keys, for the idempotency hash. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

function isConstraintError(e: unknown, property: string): boolean {
  return e instanceof Neo4jError && e.code === 'Neo.ClientError.Schema.ConstraintValidationFailed' && e.message.includes(property);
}

interface Written {
  statement?: RelationRecord;
  entity?: EntityRecord;
  statementId?: string | null;
  version?: number | null;
  entityIds: string[];
}

const toStatement = (row: QueryRow<'statement-versions' | 'statement-create' | 'statement-revise' | 'statement-current'>) =>
  toRelationRecord(row.relation, row.subject, row.object);

export class Curation {
  constructor(
    private readonly graph: GraphClient,
    private readonly user: User,
  ) {}

  // ---- the transaction every write goes through ----

  private async write(
    action: ChangeAction,
    request: Record<string, unknown>,
    options: WriteOptions,
    work: (tx: WriteTransaction, change: { id: string; now: string }) => Promise<Written>,
  ): Promise<WriteResult> {
    const key = options.idempotencyKey ? `${this.user.subject}\u0000${options.idempotencyKey}` : null;
    if (
      options.idempotencyKey !== undefined &&
      options.idempotencyKey !== null &&
      (options.idempotencyKey.length === 0 || options.idempotencyKey.length > 200)
    ) {
      refuse('idempotencyKey', 'An idempotency key is 1 to 200 characters long.');
    }
    const requestHash = key
      ? createHash('sha256')
          .update(stableJson({ action, request, comment: options.comment ?? null }))
          .digest('hex')
      : null;
    const attempt = async (): Promise<WriteResult> => {
      const { result, bookmarks } = await this.graph.writeTransaction(async (tx) => {
        const [begin] = await tx.run('change-begin', {
          tokenId: this.user.tokenId,
          idempotencyKey: key,
        });
        if (begin.revoked) throw unauthenticated('This token was revoked: ask an admin for a new one.');
        if (begin.earlier) {
          const earlier = begin.earlier as { requestHash?: string };
          if (earlier.requestHash !== requestHash) {
            throw conflict('This idempotency key was used for a different request: use a new key for a new request.', {
              field: 'idempotencyKey',
            });
          }
          return { replayOf: toChangeRecord(begin.earlier), change: null, written: null };
        }
        const changeId = randomUUID();
        const written = await work(tx, { id: changeId, now: begin.now });
        const [recorded] = await tx.run('change-record', {
          now: begin.now,
          id: changeId,
          by: this.user.subject,
          action,
          comment: options.comment ?? null,
          statementId: written.statementId ?? written.statement?.id ?? null,
          version: written.version ?? written.statement?.version ?? null,
          entityIds: [...new Set(written.entityIds)],
          idempotencyKey: key,
          requestHash,
          result: null,
        });
        return { replayOf: null, change: toChangeRecord(recorded.change), written };
      });
      if (result.replayOf) return this.replay(result.replayOf, bookmarks);
      return {
        change: result.change,
        replayed: false,
        bookmarks,
        statement: result.written.statement ?? null,
        entity: result.written.entity ?? null,
      };
    };
    const explain = (e: unknown): never => {
      if (isConstraintError(e, 'version')) {
        throw conflict('Another change to this statement was committed at the same time: read it again and retry.', {
          field: 'expectedVersion',
        });
      }
      if (isConstraintError(e, 'id') && action === 'CREATE_ENTITY')
        refuse('input.id', 'This id was taken at the same time by another write: choose another.');
      throw e;
    };
    try {
      return await attempt();
    } catch (e) {
      // Two copies of the same request raced and the second hit a constraint (the key's, or the
      // statement's it writes): the first one's answer is now there to replay.
      if (key && isConstraintError(e, '')) return attempt().catch(explain);
      return explain(e);
    }
  }

  /** The answer of the change an idempotency key names, read as it was written. */
  private async replay(change: ChangeRecord, bookmarks: string[]): Promise<WriteResult> {
    const graph = this.graph.withBookmarks(bookmarks);
    let statement: RelationRecord | null = null;
    let entity: EntityRecord | null = null;
    if (change.statementId) {
      const versions = (await graph.read('statement-versions', { id: change.statementId })).map(toStatement);
      statement = versions.find((v) => v.version === change.version) ?? null;
    } else if (change.entityIds.length) {
      const rows = await graph.read('entities-by-id', { ids: [change.entityIds[change.entityIds.length - 1]] });
      entity = rows.length ? toEntityRecord(rows[0].entity) : null;
    }
    return { change, replayed: true, bookmarks, statement, entity };
  }

  private async known(tx: WriteTransaction, ids: (string | null | undefined)[]): Promise<Map<string, KnownEntity>> {
    const wanted = [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
    const rows = wanted.length ? await tx.run('curation-entities', { ids: wanted }) : [];
    return new Map(rows.map((r) => [r.id, { ...r, mergedInto: r.mergedInto ?? null }]));
  }

  // ---- entities ----

  createEntity(input: EntityInput, options: WriteOptions = {}): Promise<WriteResult> {
    checkSlug('input.id', input.id);
    const labels = labelsOfKind('input.kind', input.kind);
    if (input.name.trim() === '') refuse('input.name', 'An entity needs a name.');
    if (input.wikidataId != null && !WIKIDATA_ID.test(input.wikidataId))
      refuse('input.wikidataId', `"${input.wikidataId}" is not a Wikidata item id (Q followed by digits, such as Q2302).`);
    const aliases = (input.aliases ?? []).map((a, i) => {
      if (a.name.trim() === '') refuse(`input.aliases[${i}].name`, 'An alias needs a name.');
      return { name: a.name.trim(), language: a.language ?? null, misspelling: a.misspelling ?? false };
    });
    return this.write('CREATE_ENTITY', { ...input }, options, async (tx, change) => {
      if ((await this.known(tx, [input.id])).size > 0)
        refuse('input.id', `The id "${input.id}" is taken: choose another, or add an alias to that entity.`);
      const properties = {
        ...(input.properties ?? {}),
        kind: input.kind,
        name: input.name.trim(),
        description: input.description ?? null,
        wikidataId: input.wikidataId ?? null,
      };
      const [row] = await tx.run('entity-create', {
        now: change.now,
        id: input.id,
        labels,
        properties,
        aliases,
        by: this.user.subject,
        changeId: change.id,
      });
      return { entity: toEntityRecord(row.entity), entityIds: [input.id] };
    });
  }

  addSource(input: SourceInput, options: WriteOptions = {}): Promise<WriteResult> {
    checkEnum('input.sourceType', input.sourceType, SOURCE_TYPES);
    checkEnum('input.reliability', input.reliability, RELIABILITIES);
    if (input.url != null) {
      let ok = false;
      try {
        ok = ['http:', 'https:'].includes(new URL(input.url).protocol);
      } catch {
        ok = false;
      }
      if (!ok) refuse('input.url', `"${input.url.slice(0, 80)}" is not an http(s) URL.`);
    }
    return this.createEntity(
      {
        id: input.id,
        kind: 'SOURCE',
        name: input.name,
        description: input.description,
        wikidataId: input.wikidataId,
        properties: {
          sourceType: input.sourceType,
          reliability: input.reliability,
          url: input.url ?? null,
          publisher: input.publisher ?? null,
          publishedOn: neoDate(input.publishedOn ?? null),
        },
      },
      options,
    );
  }

  addAlias(
    entityId: string,
    alias: { name: string; language?: string | null; misspelling?: boolean | null },
    options: WriteOptions = {},
  ): Promise<WriteResult> {
    if (alias.name.trim() === '') refuse('name', 'An alias needs a name.');
    return this.write('ADD_ALIAS', { entityId, alias }, options, async (tx, change) => {
      existing(await this.known(tx, [entityId]), 'entity', entityId);
      const [row] = await tx.run('entity-add-aliases', {
        now: change.now,
        id: entityId,
        aliases: [{ name: alias.name.trim(), language: alias.language ?? null, misspelling: alias.misspelling ?? false }],
        by: this.user.subject,
        changeId: change.id,
      });
      return { entity: toEntityRecord(row.entity), entityIds: [entityId] };
    });
  }

  /** `from` turns out to be `into`: its statements move to `into` (new versions) and it stays as a redirect. */
  mergeEntities(from: string, into: string, options: WriteOptions = {}): Promise<WriteResult> {
    if (from === into) refuse('into', 'An entity cannot be merged into itself.');
    return this.write('MERGE_ENTITIES', { from, into }, options, async (tx, change) => {
      const known = await this.known(tx, [from, into]);
      const source = existing(known, 'from', from);
      const target = existing(known, 'into', into);
      if (source.kind !== target.kind)
        refuse('into', `"${from}" is a ${source.kind} and "${into}" a ${target.kind}: only entities of one kind can be the same.`);
      const statements = await tx.run('entity-statement-ids', {
        id: from,
        other: into,
      });
      const link = statements.find((s) => s.linksOther);
      if (link) refuse('into', `Statement "${link.id}" links "${from}" to "${into}": retract it before merging them.`);
      for (const s of statements) {
        const [moved] = await tx.run('statement-revise', {
          now: change.now,
          id: s.id,
          version: s.version,
          changes: {},
          newSubject: s.outgoing ? into : null,
          newObject: s.outgoing ? null : into,
          by: this.user.subject,
          changeId: change.id,
        });
        if (!moved) throw conflict(`Statement "${s.id}" changed during the merge: retry.`);
      }
      const [row] = await tx.run('entity-merge', {
        now: change.now,
        from,
        into,
        by: this.user.subject,
        changeId: change.id,
      });
      return { entity: toEntityRecord(row.entity), entityIds: [from, into] };
    });
  }

  // ---- statements ----

  assertStatement(input: StatementInput, options: WriteOptions = {}): Promise<WriteResult> {
    const type = checkType('input.type', input.type);
    if (input.id != null) checkSlug('input.id', input.id);
    const validity = checkValidity({
      validFrom: input.validFrom ?? null,
      validFromPrecision: input.validFromPrecision ?? null,
      validTo: input.validTo ?? null,
      validToPrecision: input.validToPrecision ?? null,
    });
    checkQualifiers(type, input);
    checkConfidence('input.confidence', input.confidence);
    checkRank('input.rank', input.rank);
    const id =
      input.id ?? `${input.subject}-${type.toLowerCase().replace(/_/g, '-')}-${input.object}-${randomUUID().slice(0, 8)}`.slice(0, 128);
    return this.write('ASSERT_STATEMENT', { ...input }, options, async (tx, change) => {
      if ((await tx.run('statement-versions', { id })).length > 0)
        refuse('input.id', `The statement id "${id}" is taken: correct that statement, or choose another id.`);
      const known = await this.known(tx, [input.subject, input.object, input.provision, ...input.sources, ...(input.assertedBy ?? [])]);
      const subject = existing(known, 'input.subject', input.subject);
      const object = existing(known, 'input.object', input.object);
      checkEndpoints(type, subject, object);
      const sources = checkSources(known, 'input.sources', input.sources);
      const assertedBy = checkEntities(known, 'input.assertedBy', input.assertedBy ?? []);
      if (input.provision != null && existing(known, 'input.provision', input.provision).kind !== 'PROVISION')
        refuse('input.provision', `"${input.provision}" is not a Provision.`);
      const properties = {
        validFrom: neoDate(validity.validFrom),
        validFromPrecision: validity.validFromPrecision,
        validTo: neoDate(validity.validTo),
        validToPrecision: validity.validToPrecision,
        status: 'UNCONTESTED',
        rank: input.rank ?? 'NORMAL',
        confidence: input.confidence ?? 'CONFIRMED',
        sources,
        assertedBy,
        disputedBy: [],
        supportedBy: [],
        extent: input.extent ?? null,
        role: input.role ?? null,
        provision: input.provision ?? null,
        note: input.note ?? null,
      };
      const [row] = await tx.run('statement-create', {
        now: change.now,
        type,
        id,
        subject: subject.id,
        object: object.id,
        properties,
        by: this.user.subject,
        changeId: change.id,
      });
      return { statement: toStatement(row), entityIds: [subject.id, object.id] };
    });
  }

  /**
   * Writes the next version of statement `id` with the changes `revise` computes from the current
   * version. `expectedVersion` (when given) must be the current version, or CONFLICT.
   */
  private revise(
    action: ChangeAction,
    id: string,
    expectedVersion: number | null,
    request: Record<string, unknown>,
    options: WriteOptions,
    revise: (current: RelationRecord, tx: WriteTransaction) => Record<string, unknown> | Promise<Record<string, unknown>>,
  ): Promise<WriteResult> {
    return this.write(action, { id, expectedVersion, ...request }, options, async (tx, change) => {
      const [row] = await tx.run('statement-current', { id });
      if (!row) refuse('id', `No statement has the id "${id}". Find ids with relations(...) or an entity's statement fields.`);
      const current = toStatement(row);
      if (expectedVersion !== null && current.version !== expectedVersion) {
        throw conflict(
          `Statement "${id}" is at version ${current.version}, not ${expectedVersion}: someone changed it since you read it. Read it again and reapply your change.`,
          {
            field: 'expectedVersion',
            currentVersion: current.version,
          },
        );
      }
      const changes = await revise(current, tx);
      const [next] = await tx.run('statement-revise', {
        now: change.now,
        id,
        version: current.version,
        changes,
        newSubject: null,
        newObject: null,
        by: this.user.subject,
        changeId: change.id,
      });
      if (!next) throw conflict(`Statement "${id}" changed while this write ran: read it again and retry.`, { field: 'expectedVersion' });
      const statement = toStatement(next);
      return { statement, entityIds: [statement.subject.id, statement.object.id, ...((request.entityIds as string[] | undefined) ?? [])] };
    });
  }

  correctStatement(id: string, expectedVersion: number, correction: StatementCorrection, options: WriteOptions = {}): Promise<WriteResult> {
    return this.revise('CORRECT_STATEMENT', id, expectedVersion, { correction }, options, async (current, tx) => {
      const type = current.type as RelationshipType;
      const pick = <K extends keyof StatementCorrection>(key: K, was: StatementCorrection[K]) =>
        correction[key] === undefined ? was : correction[key];
      const dateChanged = (d: 'validFrom' | 'validTo') => correction[d] !== undefined && correction[`${d}Precision`] === undefined;
      const validity = checkValidity(
        {
          validFrom: pick('validFrom', current.validFrom) ?? null,
          // A new date without a precision is a day; a date kept keeps its precision.
          validFromPrecision: dateChanged('validFrom') ? null : (pick('validFromPrecision', current.validFromPrecision) ?? null),
          validTo: pick('validTo', current.validTo) ?? null,
          validToPrecision: dateChanged('validTo') ? null : (pick('validToPrecision', current.validToPrecision) ?? null),
        },
        'correction',
      );
      const qualifiers = {
        extent: pick('extent', current.extent),
        role: pick('role', current.role),
        provision: pick('provision', current.provisionId),
      };
      checkQualifiers(type, { extent: correction.extent, role: correction.role, provision: correction.provision }, 'correction');
      checkConfidence('correction.confidence', correction.confidence);
      const known = await this.known(tx, [...(correction.sources ?? []), ...(correction.assertedBy ?? []), correction.provision]);
      const out: Record<string, unknown> = {
        validFrom: neoDate(validity.validFrom),
        validFromPrecision: validity.validFromPrecision,
        validTo: neoDate(validity.validTo),
        validToPrecision: validity.validToPrecision,
        extent: qualifiers.extent ?? null,
        role: qualifiers.role ?? null,
        provision: qualifiers.provision ?? null,
      };
      if (correction.sources !== undefined) out.sources = checkSources(known, 'correction.sources', correction.sources ?? []);
      if (correction.assertedBy !== undefined) out.assertedBy = checkEntities(known, 'correction.assertedBy', correction.assertedBy ?? []);
      if (correction.provision != null && existing(known, 'correction.provision', correction.provision).kind !== 'PROVISION')
        refuse('correction.provision', `"${correction.provision}" is not a Provision.`);
      if (correction.confidence != null) out.confidence = correction.confidence;
      if (correction.note !== undefined) out.note = correction.note;
      return out;
    });
  }

  /** The fact stopped holding on `validTo` (exclusive): a new version with that end; nothing is deleted. */
  endStatement(
    id: string,
    expectedVersion: number,
    validTo: string,
    validToPrecision: string | null,
    options: WriteOptions = {},
  ): Promise<WriteResult> {
    return this.revise('END_STATEMENT', id, expectedVersion, { validTo, validToPrecision }, options, (current) => {
      const validity = checkValidity(
        { validFrom: current.validFrom, validFromPrecision: current.validFromPrecision, validTo, validToPrecision },
        'input',
      );
      return { validTo: neoDate(validity.validTo), validToPrecision: validity.validToPrecision };
    });
  }

  /** We no longer stand by it: a new version with rank DEPRECATED (Wikidata), the reason in its note. */
  retractStatement(id: string, expectedVersion: number, reason: string | null, options: WriteOptions = {}): Promise<WriteResult> {
    return this.revise('RETRACT_STATEMENT', id, expectedVersion, { reason }, options, (current) => {
      if (current.rank === 'DEPRECATED') refuse('id', `Statement "${id}" is already retracted (rank DEPRECATED).`);
      return reason
        ? { rank: 'DEPRECATED', note: current.note ? `${current.note} Retracted: ${reason}` : `Retracted: ${reason}` }
        : { rank: 'DEPRECATED' };
    });
  }

  setRank(id: string, rank: string, expectedVersion: number | null, options: WriteOptions = {}): Promise<WriteResult> {
    checkRank('rank', rank);
    return this.revise('SET_RANK', id, expectedVersion, { rank }, options, (current) => {
      if (current.rank === rank) refuse('rank', `Statement "${id}" already has rank ${rank}.`);
      return { rank };
    });
  }

  /** Adds or removes an actor in disputedBy or supportedBy; the status follows the disputes. */
  setStance(
    list: 'disputedBy' | 'supportedBy',
    add: boolean,
    id: string,
    entityId: string,
    expectedVersion: number | null,
    options: WriteOptions = {},
  ): Promise<WriteResult> {
    const action: ChangeAction = list === 'disputedBy' ? (add ? 'ADD_DISPUTE' : 'REMOVE_DISPUTE') : add ? 'ADD_SUPPORT' : 'REMOVE_SUPPORT';
    return this.revise(action, id, expectedVersion, { list, add, entityIds: [entityId] }, options, async (current, tx) => {
      existing(await this.known(tx, [entityId]), 'by', entityId);
      const ids = list === 'disputedBy' ? current.disputedByIds : current.supportedByIds;
      if (add && ids.includes(entityId)) refuse('by', `"${entityId}" is already in ${list} of "${id}".`);
      if (!add && !ids.includes(entityId)) refuse('by', `"${entityId}" is not in ${list} of "${id}".`);
      const next = add ? [...ids, entityId] : ids.filter((x) => x !== entityId);
      const out: Record<string, unknown> = { [list]: next };
      if (list === 'disputedBy') {
        if (next.length > 0 && current.status === 'UNCONTESTED') out.status = 'DISPUTED';
        if (next.length === 0 && current.status === 'DISPUTED') out.status = 'UNCONTESTED';
      }
      return out;
    });
  }

  revokeToken(tokenId: string): Promise<{ tokenId: string; revokedAt: string; bookmarks: string[] }> {
    return this.graph
      .writeTransaction(async (tx) => {
        const [begin] = await tx.run('change-begin', { tokenId: null, idempotencyKey: null });
        const [row] = await tx.run('token-revoke', {
          now: begin.now,
          tokenId,
          by: this.user.subject,
        });
        return row;
      })
      .then(({ result, bookmarks }) => ({ ...result, bookmarks }));
  }
}
