import { describe, expect, it } from 'vitest';
import { useTestApi } from '../support/api';
import { useSeededGraph } from '../support/neo4j';
import { ALLEGATION_NATURES } from '../../src/model/contract';

/**
 * The seed's kind-specific and statement properties reach the API (docs/model.md): a source's
 * site, an allegation's code, nature and casualty figures, an agreement's initialling date, and
 * the clause (provision) a statement rests on, read in batches.
 */
const api = useTestApi(useSeededGraph);

describe('seed properties in the API', () => {
  it('Source.site names the website even where no url is known', async () => {
    const data = await api.data('{ entity(id: "news-am-2022-08-04") { ... on Source { site url publishedOn } } }');
    expect(data.entity).toEqual({ site: 'news.am', url: null, publishedOn: '2022-08-04' });
  });

  it('Agreement.initialledOn: the peace agreement is initialled, not signed', async () => {
    const data = await api.data('{ entity(id: "armenia-azerbaijan-peace-agreement") { ... on Agreement { initialledOn signedOn } } }');
    expect(data.entity).toEqual({ initialledOn: '2025-08-08', signedOn: null });
  });

  it('Allegation.code, nature and the casualty figures, as claimed', async () => {
    const data = await api.data(`{
      c2: entity(id: "c2-casualties-2-killed-14-wounded") { ...A }
      c5: entity(id: "c5-casualties-three-dead") { ...A }
      a7: entity(id: "a7-azerbaijani-aggression-in-peacekeepers-aor") { ...A }
    }
    fragment A on Allegation { code nature killed wounded }`);
    expect(data.c2).toEqual({ code: 'C2', nature: 'CASUALTY_FIGURE', killed: 2, wounded: 14 });
    expect(data.c5).toEqual({ code: 'C5', nature: 'CASUALTY_FIGURE', killed: 3, wounded: null });
    expect(data.a7).toEqual({ code: 'A7', nature: 'ACCUSATION', killed: null, wounded: null });
  });

  it("every seeded allegation's nature is one the contract lists", async () => {
    const data = await api.data(
      '{ entities(kind: ALLEGATION, first: 100) { totalCount edges { node { ... on Allegation { nature } } } } }',
    );
    expect(data.entities.totalCount).toBeGreaterThan(20);
    expect(data.entities.totalCount).toBeLessThanOrEqual(100);
    for (const { node } of data.entities.edges) expect(ALLEGATION_NATURES).toContain(node.nature);
  });

  it('Relation.provision is the clause a statement rests on, read with the statements (no query of its own)', async () => {
    const res = await api.run('{ relations(types: [GUARANTEES], first: 100) { edges { node { id provision { id number } } } } }');
    expect(res.errors).toBeUndefined();
    const clauses = new Map(res.data!.relations.edges.map((e: any) => [e.node.id, e.node.provision]));
    expect(clauses.get('azerbaijan-guarantees-lachin-corridor')).toEqual({ id: 'trilateral-statement-2020-pt6', number: 6 });
    expect(clauses.get('armenia-guarantees-azerbaijan-nakhchivan-transport-links')).toEqual({
      id: 'trilateral-statement-2020-pt9',
      number: 9,
    });
    expect(clauses.get('russia-guarantees-trilateral-statement-2020')).toBeNull();
    expect(res.queries).toBe(1);

    const field = await api.run('{ entity(id: "azerbaijan") { ... on Actor { guarantees { id provision { number } } } } }');
    expect(field.errors).toBeUndefined();
    expect(field.data!.entity.guarantees).toContainEqual({ id: 'azerbaijan-guarantees-lachin-corridor', provision: { number: 6 } });
    expect(field.queries).toBe(2);
  });
});
