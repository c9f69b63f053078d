import { describe, expect, it } from 'vitest';
import { useTestApi } from '../support/api';
import { useSeededGraph } from '../support/neo4j';
import { readmeQuery } from '../support/readme';

/**
 * The five questions of the README, each one GraphQL request against the seeded graph. The
 * queries are the README's own (by operation name), so the documentation and these answers
 * cannot drift apart. Expected entities and dates come from the fact sheet (R7, R11, R20-R25,
 * R33a, R40, A7-A9, the 2020 statement's points 3, 6 and 9).
 */
const api = useTestApi(useSeededGraph);

type Statement = Record<string, any>;
const byId = (list: Statement[], key: string) => new Map(list.map((r) => [r[key].id, r]));

/** Every statement in an answer shows its validity, status and provenance. */
function expectProvenance(list: Statement[]) {
  for (const r of list) {
    expect(r).toHaveProperty('validFrom');
    expect(r).toHaveProperty('status');
    expect(Array.isArray(r.disputedBy)).toBe(true);
    expect(r.sources.length, 'a statement without sources').toBeGreaterThan(0);
  }
}

describe('the five questions, one request each', () => {
  it('1. de facto control of Nagorno-Karabakh on 2022-08-03 and on 2024-03-01', async () => {
    const res = await api.run(readmeQuery('DeFactoControl'));
    expect(res.errors).toBeUndefined();
    const { onAugust3rd2022, onMarch1st2024 } = res.data!.region;

    // R7: Artsakh held most of Nagorno-Karabakh from the 2020 ceasefire to 20 September 2023;
    // Azerbaijan held the part it took in 2020 (R3).
    const aug = byId(onAugust3rd2022, 'controller');
    expect([...aug.keys()].sort()).toEqual(['artsakh', 'azerbaijan']);
    expect(aug.get('artsakh')).toMatchObject({ extent: 'MOST', validFrom: '2020-11-10', validTo: '2023-09-20' });
    expect(aug.get('azerbaijan')).toMatchObject({ extent: 'PART', validTo: '2023-09-20' });

    // R11: Azerbaijan controls all of it from 20 September 2023, still at the latest source.
    expect(onMarch1st2024).toHaveLength(1);
    expect(onMarch1st2024[0]).toMatchObject({ controller: { id: 'azerbaijan' }, extent: 'ALL', validFrom: '2023-09-20', validTo: null });
    expectProvenance([...onAugust3rd2022, ...onMarch1st2024]);
  });

  it('2. whose territory Nagorno-Karabakh is recognized as, and by whom', async () => {
    const res = await api.run(readmeQuery('Recognition'));
    expect(res.errors).toBeUndefined();
    const statements: Statement[] = res.data!.region.recognizedAs;
    // Every recognition is of Azerbaijan's territory (R20-R22, R25).
    expect(new Set(statements.map((r) => r.state.id))).toEqual(new Set(['azerbaijan']));
    const since = new Map(statements.flatMap((r) => r.recognizedBy.map((who: { id: string }) => [who.id, r.validFrom])));
    expect(since.get('un-security-council')).toBe('1993-04-30'); // R20: resolution 822
    expect(since.get('un-general-assembly')).toBe('2008-03-14'); // R21: resolution 62/243
    expect(since.get('armenia')).toBe('2023-05-14'); // R25: Brussels, 86,600 km2
    expectProvenance(statements);
  });

  it("3. the Russian peacekeepers' area of responsibility in August 2022", async () => {
    const res = await api.run(readmeQuery('PeacekeepersAugust2022'));
    expect(res.errors).toBeUndefined();
    const { onAugust1st, onAugust31st } = res.data!.contingent;
    const early = new Set(onAugust1st.map((r: Statement) => r.place.id));
    const late = new Set(onAugust31st.map((r: Statement) => r.place.id));
    // R40: along the line of contact in Nagorno-Karabakh and along the Lachin corridor, from 2020-11-10.
    for (const place of ['nagorno-karabakh', 'lachin-corridor', 'nk-line-of-contact']) {
      expect(early.has(place), place).toBe(true);
      expect(late.has(place), place).toBe(true);
    }
    // R33a: Lachin, Zabukh and Sus were inside the corridor until they were handed over on 26 August 2022.
    for (const place of ['lachin-town', 'zabukh', 'sus']) {
      expect(early.has(place), place).toBe(true);
      expect(late.has(place), place).toBe(false);
      expect(onAugust1st.find((r: Statement) => r.place.id === place)).toMatchObject({ validFrom: '2020-12-01', validTo: '2022-08-26' });
    }
    expect(onAugust1st.find((r: Statement) => r.place.id === 'lachin-corridor')).toMatchObject({
      validFrom: '2020-11-10',
      validTo: '2024-06-12',
    });
    expectProvenance([...onAugust1st, ...onAugust31st]);
  });

  it("4. the allegations of Armenia's foreign ministry on 2022-08-03, against whom, disputed by whom", async () => {
    const res = await api.run(readmeQuery('ArmenianMfaAllegations'));
    expect(res.errors).toBeUndefined();
    const made: Statement[] = res.data!.ministry.allegationsMade;
    for (const r of made) {
      expect(r.validFrom).toBe('2022-08-03');
      expect(r.allegation.statedOn).toBe('2022-08-03');
    }
    const byAllegation = new Map(made.map((r) => [r.allegation.id, r]));
    // A7, A8, A9: each accuses Azerbaijan.
    for (const id of [
      'a7-azerbaijani-aggression-in-peacekeepers-aor',
      'a8-terrorizing-population-ethnic-cleansing',
      'a9-unilateral-change-of-lachin-corridor-terms',
    ]) {
      const r = byAllegation.get(id);
      expect(r, id).toBeDefined();
      expect(r!.allegation.against.map((a: Statement) => a.accused.id)).toContain('azerbaijan');
      expect(r!.status).toBe('DISPUTED');
    }
    // A7: disputed by the Azerbaijani MoD (it frames its action as retaliation), partly supported by the Russian MoD.
    const a7 = byAllegation.get('a7-azerbaijani-aggression-in-peacekeepers-aor')!;
    expect(a7.disputedBy.map((d: Statement) => d.id)).toEqual(['azerbaijan-mod']);
    expect(a7.supportedBy.map((d: Statement) => d.id)).toEqual(['russia-mod']);
    // A8, A9: Azerbaijan rejects them; for A9 it answered on 26 August 2022 (the new road was built as point 6 foresees).
    expect(byAllegation.get('a8-terrorizing-population-ethnic-cleansing')!.disputedBy.map((d: Statement) => d.id)).toContain('azerbaijan');
    const a9 = byAllegation.get('a9-unilateral-change-of-lachin-corridor-terms')!;
    expect(a9.disputedBy.map((d: Statement) => d.id)).toContain('azerbaijan');
    expect(a9.allegation.deniedBy).toEqual([
      expect.objectContaining({ denier: { id: 'azerbaijan', name: 'Azerbaijan' }, validFrom: '2022-08-26' }),
    ]);
    expectProvenance(made);
  });

  it('5. the parties to the November 2020 ceasefire statement and what each guaranteed', async () => {
    const res = await api.run(readmeQuery('CeasefireParties'));
    expect(res.errors).toBeUndefined();
    const ceasefire = res.data!.ceasefire;
    // Signed late on 9 November 2020 in Moscow, effective 00:00 Moscow time on 10 November (21:00 UTC on the 9th).
    expect(ceasefire.signedOn).toBe('2020-11-09');
    expect(ceasefire.effectiveAt).toBe('2020-11-09T21:00:00.000Z');
    expect(ceasefire.parties.map((r: Statement) => r.party.id).sort()).toEqual(['armenia', 'azerbaijan', 'russia']);
    expect(ceasefire.signatories.map((r: Statement) => r.signatory.id).sort()).toEqual([
      'ilham-aliyev',
      'nikol-pashinyan',
      'vladimir-putin',
    ]);

    const guaranteed = (guarantor: string) =>
      ceasefire.guarantees
        .filter((g: Statement) => g.guarantor.id === guarantor)
        .map((g: Statement) => g.guaranteed.number ?? g.guaranteed.id);
    // Point 6: Azerbaijan guarantees safe movement along the Lachin corridor; point 9: Armenia the
    // transport links to Nakhchivan. Each as the clause itself and as the thing guaranteed under it.
    expect(guaranteed('azerbaijan')).toEqual(['lachin-corridor', 6]);
    expect(guaranteed('armenia')).toEqual(['azerbaijan-nakhchivan-transport-links', 9]);
    const under = (guarantor: string, what: string) =>
      ceasefire.guarantees.find((g: Statement) => g.guarantor.id === guarantor && g.guaranteed.id === what);
    expect(under('azerbaijan', 'lachin-corridor')).toMatchObject({
      clause: { id: 'trilateral-statement-2020-pt6', number: 6 },
      role: expect.stringMatching(/safety of movement .* Lachin corridor/),
    });
    expect(under('armenia', 'azerbaijan-nakhchivan-transport-links')).toMatchObject({
      clause: { id: 'trilateral-statement-2020-pt9', number: 9 },
    });
    expect(guaranteed('russia')).toContain('trilateral-statement-2020'); // points 3-6: the peacekeeping contingent
    const russia = ceasefire.guarantees.find(
      (g: Statement) => g.guarantor.id === 'russia' && g.guaranteed.id === 'trilateral-statement-2020',
    );
    expect(russia.validTo).toBe('2024-06-12'); // until the contingent's withdrawal was complete
    expectProvenance([...ceasefire.parties, ...ceasefire.guarantees]);
  });

  it('finds entities by a misspelling, an Armenian and an Azerbaijani name', async () => {
    const res = await api.run(readmeQuery('FindByName'));
    expect(res.errors).toBeUndefined();
    expect(res.data!.misspelled[0]).toMatchObject({ entity: { id: 'artsakh' }, matchedName: 'Arksakh', misspelling: true });
    expect(res.data!.armenian[0]).toMatchObject({ entity: { id: 'yukhary-oratagh' }, matchedName: 'Verin Horatagh' });
    expect(res.data!.azerbaijani[0]).toMatchObject({ entity: { id: 'stepanakert' }, matchedName: 'Khankendi' });
  });

  it('answers each question in at most 5 Cypher queries', async () => {
    for (const name of ['DeFactoControl', 'Recognition', 'PeacekeepersAugust2022', 'ArmenianMfaAllegations', 'CeasefireParties']) {
      const res = await api.run(readmeQuery(name));
      expect(res.queries, name).toBeLessThanOrEqual(5);
    }
  });
});
