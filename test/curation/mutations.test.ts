import { beforeAll, describe, expect, it } from 'vitest';
import { useApiFixture, useTestApi } from '../support/api';
import { bearer, useTestAuthenticator } from '../support/auth';

/**
 * Every curation mutation on the real Neo4j: its happy path and its refusals (docs/curation.md).
 * The API fixture (test/fixtures/api-graph.cypher) is loaded once; each test writes ids of its own.
 */
const api = useTestApi(useApiFixture);

let editor: Record<string, string>;
let reader: Record<string, string>;
let other: Record<string, string>;

beforeAll(async () => {
  const auth = useTestAuthenticator();
  editor = await bearer('alice', ['editor'], auth);
  other = await bearer('bob', ['editor'], auth);
  reader = await bearer('rita', ['reader'], auth);
});

const PAYLOAD = `change { id seq at by action comment statementId version entityIds } replayed
  statement { id type version validFrom validFromPrecision validTo rank status recordedBy recordedFrom recordedTo subject { id } object { id } sources { id } disputedBy { id } supportedBy { id } note extent }
  entity { id kind name wikidataId aliases { name language } }`;

const ASSERT = `mutation($input: StatementInput!, $comment: String, $key: String) { assertStatement(input: $input, comment: $comment, idempotencyKey: $key) { ${PAYLOAD} } }`;
const CORRECT = `mutation($id: ID!, $v: Int!, $c: StatementCorrection!) { correctStatement(id: $id, expectedVersion: $v, correction: $c) { ${PAYLOAD} } }`;

function control(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    type: 'CONTROLS',
    subject: 'azerbaijan',
    object: 'yukhary-oratagh',
    validFrom: '2022-08-03',
    sources: ['seed-article'],
    ...extra,
  };
}

async function assertOk(input: Record<string, unknown>, headers = editor) {
  const res = await api.run(ASSERT, { input }, headers);
  expect(res.errors).toBeUndefined();
  return res.data!.assertStatement;
}

function refusal(res: { errors?: { message: string; extensions?: Record<string, unknown> }[] }) {
  expect(res.errors, 'expected a refusal').toBeDefined();
  return res.errors![0];
}

/** How many versions statement `id` has in the graph (0: nothing was written). */
async function versionCount(id: string): Promise<number> {
  const res = await api.data(`{ statementHistory(id: "${id}") { version } }`);
  return res.statementHistory.length;
}

describe('roles', () => {
  it('refuses every mutation without a token with UNAUTHENTICATED (HTTP 401), and with a reader token with FORBIDDEN (403)', async () => {
    const mutations = [
      ['assertStatement', ASSERT, { input: control('st-role-check') }],
      ['createEntity', 'mutation { createEntity(input: {id: "x-role", kind: SETTLEMENT, name: "X"}) { replayed } }', {}],
      [
        'addSource',
        'mutation { addSource(input: {id: "x-role-src", name: "X", sourceType: ARTICLE, reliability: SECONDARY}) { replayed } }',
        {},
      ],
      ['addAlias', 'mutation { addAlias(entity: "stepanakert", alias: {name: "Khankendi"}) { replayed } }', {}],
      ['mergeEntities', 'mutation { mergeEntities(from: "stepanakert", into: "yukhary-oratagh") { replayed } }', {}],
      [
        'correctStatement',
        'mutation { correctStatement(id: "fx-control-artsakh", expectedVersion: 1, correction: {note: "x"}) { replayed } }',
        {},
      ],
      [
        'endStatement',
        'mutation { endStatement(id: "fx-control-azerbaijan", expectedVersion: 1, validTo: "2030-01-01") { replayed } }',
        {},
      ],
      ['retractStatement', 'mutation { retractStatement(id: "fx-control-artsakh", expectedVersion: 1) { replayed } }', {}],
      ['setRank', 'mutation { setRank(id: "fx-control-artsakh", rank: PREFERRED) { replayed } }', {}],
      ['addDispute', 'mutation { addDispute(id: "fx-control-artsakh", by: "russia") { replayed } }', {}],
      ['removeDispute', 'mutation { removeDispute(id: "fx-control-artsakh", by: "azerbaijan") { replayed } }', {}],
      ['addSupport', 'mutation { addSupport(id: "fx-control-artsakh", by: "russia") { replayed } }', {}],
      ['removeSupport', 'mutation { removeSupport(id: "fx-control-artsakh", by: "russia") { replayed } }', {}],
      ['issueToken', 'mutation { issueToken(subject: "x", roles: [EDITOR]) { token } }', {}],
      ['revokeToken', 'mutation { revokeToken(tokenId: "x") { tokenId } }', {}],
    ] as const;
    for (const [name, query, variables] of mutations) {
      const anonymous = await api.run(query, variables);
      expect(refusal(anonymous).extensions?.code, name).toBe('UNAUTHENTICATED');
      expect(anonymous.status, name).toBe(401);
      const withReader = await api.run(query, variables, reader);
      expect(refusal(withReader).extensions?.code, name).toBe('FORBIDDEN');
      expect(withReader.status, name).toBe(403);
    }
    // Token management needs admin: an editor is FORBIDDEN there too.
    const byEditor = await api.run('mutation { issueToken(subject: "x", roles: [EDITOR]) { token } }', {}, editor);
    expect(refusal(byEditor).extensions?.code).toBe('FORBIDDEN');
    // Nothing was written by any refused call.
    expect(
      (await api.data('{ changes(first: 100) { edges { node { action } } } }')).changes.edges.filter((e: any) => e.node.action !== 'LOAD'),
    ).toEqual([]);
  });

  it('refuses a malformed, wrongly signed or expired token with UNAUTHENTICATED', async () => {
    const query = 'mutation { addAlias(entity: "stepanakert", alias: {name: "Khankendi"}) { replayed } }';
    const forged = editor.authorization.slice(0, -4) + (editor.authorization.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    for (const authorization of ['Bearer not-a-jwt', forged, 'Basic dXNlcjpwdw==']) {
      const res = await api.run(query, {}, { authorization });
      expect(refusal(res).extensions?.code, authorization.slice(0, 20)).toBe('UNAUTHENTICATED');
    }
  });

  it('reads stay open without a token; with AUTH_REQUIRE_FOR_READS they need one', async () => {
    expect((await api.run('{ entity(id: "stepanakert") { id } }')).data?.entity.id).toBe('stepanakert');
    const auth = useTestAuthenticator({ requireForReads: true });
    try {
      const closed = await api.run('{ entity(id: "stepanakert") { id } }');
      expect(refusal(closed).extensions?.code).toBe('UNAUTHENTICATED');
      expect(closed.status).toBe(401);
      const open = await api.run('{ entity(id: "stepanakert") { id } }', {}, await bearer('rita', ['reader'], auth));
      expect(open.data?.entity.id).toBe('stepanakert');
    } finally {
      useTestAuthenticator();
    }
  });

  it('an admin issues a token that works, and revokes it: writes with it are then UNAUTHENTICATED', async () => {
    const admin = await bearer('root', ['admin']);
    const issued = (
      await api.data('mutation { issueToken(subject: "carol", roles: [EDITOR], expiresInDays: 1) { token tokenId expiresAt } }', {}, admin)
    ).issueToken;
    const carol = { authorization: `Bearer ${issued.token}` };
    const ok = await api.run(
      'mutation { addAlias(entity: "stepanakert", alias: {name: "Stepanakert (carol)", language: "en"}) { change { by } } }',
      {},
      carol,
    );
    expect(ok.data?.addAlias.change.by).toBe('carol');
    const revoked = await api.data(`mutation { revokeToken(tokenId: "${issued.tokenId}") { tokenId revokedAt } }`, {}, admin);
    expect(revoked.revokeToken.tokenId).toBe(issued.tokenId);
    const after = await api.run(
      'mutation { addAlias(entity: "stepanakert", alias: {name: "Stepanakert (carol 2)", language: "en"}) { change { by } } }',
      {},
      carol,
    );
    expect(refusal(after).extensions?.code).toBe('UNAUTHENTICATED');
    expect(refusal(after).message).toMatch(/revoked/);
  });
});

describe('assertStatement', () => {
  it('writes version 1 with its sources, recorded by the token subject, and lists one change with the comment', async () => {
    const out = await assertOk(control('st-assert-ok', { extent: 'PART', validFromPrecision: 'MONTH' }));
    expect(out.statement).toMatchObject({
      id: 'st-assert-ok',
      type: 'CONTROLS',
      version: 1,
      validFrom: '2022-08-03',
      validFromPrecision: 'MONTH',
      validTo: null,
      rank: 'NORMAL',
      status: 'UNCONTESTED',
      extent: 'PART',
      recordedBy: 'alice',
      recordedTo: null,
      subject: { id: 'azerbaijan' },
      object: { id: 'yukhary-oratagh' },
      sources: [{ id: 'seed-article' }],
    });
    expect(out.statement.recordedFrom).toBe(out.change.at);
    expect(out.change).toMatchObject({ action: 'ASSERT_STATEMENT', by: 'alice', statementId: 'st-assert-ok', version: 1 });
    expect(out.change.entityIds.sort()).toEqual(['azerbaijan', 'yukhary-oratagh']);
    const read = await api.data('{ entity(id: "yukhary-oratagh") { ... on Place { controlledBy(asOf: "2023-01-01") { id version } } } }');
    expect(read.entity.controlledBy).toContainEqual({ id: 'st-assert-ok', version: 1 });
  });

  it('refuses endpoint kinds the type does not allow, naming subject or object', async () => {
    const fromSource = refusal(await api.run(ASSERT, { input: control('st-bad-kind', { subject: 'seed-article' }) }, editor));
    expect(fromSource.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.subject' });
    expect(fromSource.message).toMatch(/CONTROLS statement cannot start at "seed-article"/);
    const toAgreement = refusal(await api.run(ASSERT, { input: control('st-bad-kind', { object: 'trilateral-statement-2020' }) }, editor));
    expect(toAgreement.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.object' });
    expect(await versionCount('st-bad-kind')).toBe(0);
  });

  it('refuses a statement without a source, with a missing source, or citing a non-Source', async () => {
    for (const sources of [[], ['no-such-source'], ['azerbaijan']]) {
      const err = refusal(await api.run(ASSERT, { input: control('st-bad-source', { sources }) }, editor));
      expect(err.extensions, JSON.stringify(sources)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.sources' });
    }
    expect(await versionCount('st-bad-source')).toBe(0);
  });

  it('refuses validFrom after validTo, a precision without its date, and a missing entity', async () => {
    const dates = refusal(
      await api.run(ASSERT, { input: control('st-bad-dates', { validFrom: '2023-01-02', validTo: '2023-01-01' }) }, editor),
    );
    expect(dates.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.validTo' });
    expect(dates.message).toMatch(/validFrom \(2023-01-02\) is after validTo \(2023-01-01\)/);
    const precision = refusal(
      await api.run(ASSERT, { input: control('st-bad-dates', { validTo: null, validToPrecision: 'DAY' }) }, editor),
    );
    expect(precision.extensions).toMatchObject({ field: 'input.validToPrecision' });
    const missing = refusal(await api.run(ASSERT, { input: control('st-bad-dates', { object: 'atlantis' }) }, editor));
    expect(missing.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.object' });
    expect(missing.message).toMatch(/No entity has the id "atlantis"/);
    const malformed = refusal(await api.run(ASSERT, { input: control('st-bad-dates', { validFrom: '2023-02-30' }) }, editor));
    expect(malformed.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await versionCount('st-bad-dates')).toBe(0);
  });

  it('refuses a duplicate id and qualifiers the type does not carry', async () => {
    await assertOk(control('st-dup'));
    const dup = refusal(await api.run(ASSERT, { input: control('st-dup') }, editor));
    expect(dup.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.id' });
    const taken = refusal(await api.run(ASSERT, { input: control('fx-control-artsakh') }, editor));
    expect(taken.extensions).toMatchObject({ field: 'input.id' });
    const extent = refusal(
      await api.run(
        ASSERT,
        { input: { ...control('st-qual'), type: 'RECOGNIZES', object: 'azerbaijan', subject: 'russia', extent: 'ALL' } },
        editor,
      ),
    );
    expect(extent.extensions).toMatchObject({ field: 'input.extent' });
    expect(await versionCount('st-dup')).toBe(1);
  });

  it('a failed write leaves nothing behind: no statement, no change', async () => {
    const before = (await api.data('{ changes(first: 100) { edges { node { seq } } } }')).changes.edges.length;
    await api.run(ASSERT, { input: control('st-nothing', { sources: ['seed-article', 'no-such-source'] }) }, editor);
    expect(await versionCount('st-nothing')).toBe(0);
    expect((await api.data('{ changes(first: 100) { edges { node { seq } } } }')).changes.edges.length).toBe(before);
  });
});

describe('versions: correct, end, retract, rank, disputes', () => {
  it('correct writes version 2 and keeps version 1 closed; a stale version is CONFLICT (409)', async () => {
    await assertOk(control('st-correct'));
    const fixed = await api.run(CORRECT, { id: 'st-correct', v: 1, c: { validFrom: '2022-08-04' } }, editor);
    expect(fixed.errors).toBeUndefined();
    expect(fixed.data!.correctStatement.statement).toMatchObject({ version: 2, validFrom: '2022-08-04', recordedTo: null });
    const stale = await api.run(CORRECT, { id: 'st-correct', v: 1, c: { validFrom: '2022-08-05' } }, other);
    expect(refusal(stale).extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(stale.status).toBe(409);
    const history = (await api.data('{ statementHistory(id: "st-correct") { version validFrom recordedTo recordedBy } }')).statementHistory;
    expect(history.map((v: any) => [v.version, v.validFrom, v.recordedTo === null])).toEqual([
      [1, '2022-08-03', false],
      [2, '2022-08-04', true],
    ]);
    // The default read sees the current version only.
    const now = await api.data(
      '{ relations(subject: "azerbaijan", object: "yukhary-oratagh", types: [CONTROLS]) { edges { node { id version } } } }',
    );
    expect(now.relations.edges.filter((e: any) => e.node.id === 'st-correct').map((e: any) => e.node.version)).toEqual([2]);
  });

  it('correct refuses validFrom after the kept validTo, and a correction to no source', async () => {
    await assertOk(control('st-correct-bad', { validTo: '2023-01-01' }));
    const dates = refusal(await api.run(CORRECT, { id: 'st-correct-bad', v: 1, c: { validFrom: '2024-01-01' } }, editor));
    expect(dates.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'correction.validTo' });
    const sources = refusal(await api.run(CORRECT, { id: 'st-correct-bad', v: 1, c: { sources: [] } }, editor));
    expect(sources.extensions).toMatchObject({ field: 'correction.sources' });
    const unknown = refusal(await api.run(CORRECT, { id: 'no-such-statement', v: 1, c: { note: 'x' } }, editor));
    expect(unknown.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(await versionCount('st-correct-bad')).toBe(1);
  });

  it('end sets validTo in a new version; validTo before validFrom is refused', async () => {
    await assertOk(control('st-end'));
    const bad = refusal(
      await api.run('mutation { endStatement(id: "st-end", expectedVersion: 1, validTo: "2020-01-01") { replayed } }', {}, editor),
    );
    expect(bad.extensions).toMatchObject({ field: 'input.validTo' });
    const ended = await api.data(
      'mutation { endStatement(id: "st-end", expectedVersion: 1, validTo: "2023-09-20") { statement { version validTo validToPrecision } change { action } } }',
      {},
      editor,
    );
    expect(ended.endStatement).toEqual({
      statement: { version: 2, validTo: '2023-09-20', validToPrecision: 'DAY' },
      change: { action: 'END_STATEMENT' },
    });
  });

  it('retract deprecates in a new version and never deletes; retracting twice is refused', async () => {
    await assertOk(control('st-retract'));
    const out = await api.data(
      'mutation { retractStatement(id: "st-retract", expectedVersion: 1, reason: "misread source") { statement { version rank note } } }',
      {},
      editor,
    );
    expect(out.retractStatement.statement).toEqual({ version: 2, rank: 'DEPRECATED', note: 'Retracted: misread source' });
    const again = refusal(await api.run('mutation { retractStatement(id: "st-retract", expectedVersion: 2) { replayed } }', {}, editor));
    expect(again.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await versionCount('st-retract')).toBe(2);
  });

  it('setRank, addDispute/removeDispute (status follows), addSupport/removeSupport', async () => {
    await assertOk(control('st-stance'));
    const rank = await api.data(
      'mutation { setRank(id: "st-stance", rank: PREFERRED, expectedVersion: 1) { statement { version rank } } }',
      {},
      editor,
    );
    expect(rank.setRank.statement).toEqual({ version: 2, rank: 'PREFERRED' });
    const disputed = await api.data(
      'mutation { addDispute(id: "st-stance", by: "artsakh") { statement { version status disputedBy { id } } change { entityIds } } }',
      {},
      other,
    );
    expect(disputed.addDispute.statement).toEqual({ version: 3, status: 'DISPUTED', disputedBy: [{ id: 'artsakh' }] });
    expect(disputed.addDispute.change.entityIds).toContain('artsakh');
    const twice = refusal(await api.run('mutation { addDispute(id: "st-stance", by: "artsakh") { replayed } }', {}, other));
    expect(twice.extensions).toMatchObject({ field: 'by' });
    const missing = refusal(await api.run('mutation { addDispute(id: "st-stance", by: "nobody") { replayed } }', {}, other));
    expect(missing.extensions).toMatchObject({ field: 'by' });
    const undisputed = await api.data(
      'mutation { removeDispute(id: "st-stance", by: "artsakh", expectedVersion: 3) { statement { version status disputedBy { id } } } }',
      {},
      other,
    );
    expect(undisputed.removeDispute.statement).toEqual({ version: 4, status: 'UNCONTESTED', disputedBy: [] });
    const supported = await api.data(
      'mutation { addSupport(id: "st-stance", by: "russia") { statement { version supportedBy { id } } } }',
      {},
      editor,
    );
    expect(supported.addSupport.statement).toEqual({ version: 5, supportedBy: [{ id: 'russia' }] });
    const unsupported = await api.data(
      'mutation { removeSupport(id: "st-stance", by: "russia") { statement { version supportedBy { id } } } }',
      {},
      editor,
    );
    expect(unsupported.removeSupport.statement).toEqual({ version: 6, supportedBy: [] });
    const stale = refusal(
      await api.run('mutation { setRank(id: "st-stance", rank: NORMAL, expectedVersion: 5) { replayed } }', {}, editor),
    );
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 6 });
  });

  it('two concurrent corrections of the same version: one wins, the other is CONFLICT', async () => {
    await assertOk(control('st-race'));
    const [a, b] = await Promise.all([
      api.run(CORRECT, { id: 'st-race', v: 1, c: { note: 'a' } }, editor),
      api.run(CORRECT, { id: 'st-race', v: 1, c: { note: 'b' } }, other),
    ]);
    const codes = [a, b].map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    expect((await api.data('{ statementHistory(id: "st-race") { version } }')).statementHistory.map((v: any) => v.version)).toEqual([1, 2]);
  });
});

describe('idempotency', () => {
  it('a replayed key returns the first answer and writes nothing; the same key for another request is CONFLICT', async () => {
    const input = control('st-idem');
    const first = await api.run(ASSERT, { input, key: 'retry-1' }, editor);
    expect(first.errors).toBeUndefined();
    const again = await api.run(ASSERT, { input, key: 'retry-1' }, editor);
    expect(again.errors).toBeUndefined();
    expect(again.data!.assertStatement.replayed).toBe(true);
    expect(again.data!.assertStatement.change).toEqual(first.data!.assertStatement.change);
    expect(again.data!.assertStatement.statement).toEqual(first.data!.assertStatement.statement);
    expect(await versionCount('st-idem')).toBe(1);
    const different = await api.run(ASSERT, { input: control('st-idem-other'), key: 'retry-1' }, editor);
    expect(refusal(different).extensions).toMatchObject({ code: 'CONFLICT', field: 'idempotencyKey' });
    // Keys are per user: bob's retry-1 is another key.
    const bob = await api.run(ASSERT, { input: control('st-idem-bob'), key: 'retry-1' }, other);
    expect(bob.data?.assertStatement.replayed).toBe(false);
  });

  it('the Idempotency-Key header works like the argument, also for concurrent retries', async () => {
    const input = control('st-idem-header');
    const [a, b] = await Promise.all([
      api.run(ASSERT, { input }, { ...editor, 'idempotency-key': 'hdr-1' }),
      api.run(ASSERT, { input }, { ...editor, 'idempotency-key': 'hdr-1' }),
    ]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect([a.data!.assertStatement.replayed, b.data!.assertStatement.replayed].sort()).toEqual([false, true]);
    expect(a.data!.assertStatement.change.id).toBe(b.data!.assertStatement.change.id);
    expect(await versionCount('st-idem-header')).toBe(1);
  });
});

describe('entities', () => {
  it('createEntity with aliases and a Wikidata id; addSource; refusals name the field', async () => {
    const created = await api.data(
      'mutation { createEntity(input: {id: "shushi-test", kind: SETTLEMENT, name: "Shusha (test)", wikidataId: "Q188924", aliases: [{name: "Shushi", language: "hy"}]}, comment: "new town") { entity { id kind name wikidataId aliases { name language } } change { action comment entityIds } } }',
      {},
      editor,
    );
    expect(created.createEntity.entity).toEqual({
      id: 'shushi-test',
      kind: 'SETTLEMENT',
      name: 'Shusha (test)',
      wikidataId: 'Q188924',
      aliases: [{ name: 'Shushi', language: 'hy' }],
    });
    expect(created.createEntity.change).toEqual({ action: 'CREATE_ENTITY', comment: 'new town', entityIds: ['shushi-test'] });
    const dup = refusal(
      await api.run('mutation { createEntity(input: {id: "shushi-test", kind: SETTLEMENT, name: "Again"}) { replayed } }', {}, editor),
    );
    expect(dup.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.id' });
    const badId = refusal(
      await api.run('mutation { createEntity(input: {id: "Not A Slug", kind: SETTLEMENT, name: "X"}) { replayed } }', {}, editor),
    );
    expect(badId.extensions).toMatchObject({ field: 'input.id' });
    const badQ = refusal(
      await api.run(
        'mutation { createEntity(input: {id: "q-test", kind: SETTLEMENT, name: "X", wikidataId: "227"}) { replayed } }',
        {},
        editor,
      ),
    );
    expect(badQ.extensions).toMatchObject({ field: 'input.wikidataId' });
    const source = await api.data(
      'mutation { addSource(input: {id: "src-test", name: "A report", sourceType: DOCUMENT, reliability: PRIMARY, url: "https://example.org/r", publishedOn: "2024-05-01"}) { entity { id kind ... on Source { url publishedOn reliability } } } }',
      {},
      editor,
    );
    expect(source.addSource.entity).toEqual({
      id: 'src-test',
      kind: 'SOURCE',
      url: 'https://example.org/r',
      publishedOn: '2024-05-01',
      reliability: 'PRIMARY',
    });
    const badUrl = refusal(
      await api.run(
        'mutation { addSource(input: {id: "src-bad", name: "X", sourceType: DOCUMENT, reliability: PRIMARY, url: "javascript:alert(1)"}) { replayed } }',
        {},
        editor,
      ),
    );
    expect(badUrl.extensions).toMatchObject({ field: 'input.url' });
  });

  it('addAlias makes the entity findable by that name', async () => {
    await api.data(
      'mutation { addAlias(entity: "yukhary-oratagh", alias: {name: "Verin Horatagh", language: "hy"}) { entity { id } } }',
      {},
      editor,
    );
    const found = await api.data('{ search(text: "Verin Horatagh") { entity { id } } }');
    expect(found.search.map((h: any) => h.entity.id)).toContain('yukhary-oratagh');
    const missing = refusal(await api.run('mutation { addAlias(entity: "nowhere", alias: {name: "X"}) { replayed } }', {}, editor));
    expect(missing.extensions).toMatchObject({ field: 'entity' });
  });

  it('merge moves the statements, keeps the merged id answering, and keeps the old state readable by asRecordedOn', async () => {
    await api.data(
      'mutation { createEntity(input: {id: "oratagh-dup", kind: SETTLEMENT, name: "Oratagh (duplicate)"}) { replayed } }',
      {},
      editor,
    );
    const asserted = await assertOk({ ...control('st-on-dup'), object: 'oratagh-dup' });
    const kinds = refusal(await api.run('mutation { mergeEntities(from: "oratagh-dup", into: "azerbaijan") { replayed } }', {}, editor));
    expect(kinds.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'into' });
    const merged = await api.data(
      'mutation { mergeEntities(from: "oratagh-dup", into: "yukhary-oratagh", comment: "same village") { entity { id aliases { name } } change { action entityIds } } }',
      {},
      editor,
    );
    expect(merged.mergeEntities.entity.id).toBe('yukhary-oratagh');
    expect(merged.mergeEntities.entity.aliases.map((a: any) => a.name)).toContain('Oratagh (duplicate)');
    expect(merged.mergeEntities.change).toEqual({ action: 'MERGE_ENTITIES', entityIds: ['oratagh-dup', 'yukhary-oratagh'] });
    // The redirect: the merged id answers with the entity it was merged into.
    const redirected = await api.data('{ entity(id: "oratagh-dup") { id name } }');
    expect(redirected.entity).toEqual({ id: 'yukhary-oratagh', name: 'Yukhary Oratagh' });
    // Its statement moved (version 2 ends at the target) ...
    const history = (await api.data('{ statementHistory(id: "st-on-dup") { version object { id } recordedTo } }')).statementHistory;
    expect(history.map((v: any) => [v.version, v.object.id])).toEqual([
      [1, 'oratagh-dup'],
      [2, 'yukhary-oratagh'],
    ]);
    const before = asserted.change.at;
    const then = await api.data(
      `{ entity(id: "azerbaijan") { ... on Actor { controls(asRecordedOn: "${before}") { id object { id } } } } }`,
    );
    expect(then.entity.controls.filter((r: any) => r.id === 'st-on-dup')).toHaveLength(1);
    // ... and a merged id is no longer a valid end for new statements.
    const onDup = refusal(await api.run(ASSERT, { input: { ...control('st-on-dup-2'), object: 'oratagh-dup' } }, editor));
    expect(onDup.message).toMatch(/merged into "yukhary-oratagh"/);
    // The list of entities no longer shows the redirect.
    const list = await api.data('{ entities(kind: SETTLEMENT, first: 100) { edges { node { id } } } }');
    expect(list.entities.edges.map((e: any) => e.node.id)).not.toContain('oratagh-dup');
  });
});
