import { describe, expect, it } from 'vitest';
import { toPlain } from '../../src/graph/convert';
import { seededGraphForFile, testTarget } from '../support/neo4j';

/**
 * Events, allegations and agreements appear on a date only from their own date on: every
 * statement that touches one starts no earlier than the event's start, the allegation's
 * statement date or the agreement's signing. A bound of month or year precision counts from the
 * end of its month or year, so "2022-08" (some day in August) may name an event of 3 August.
 */
const seeded = seededGraphForFile();

async function query<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const res = await seeded.driver.executeQuery(cypher, params, { database: testTarget().database });
  return res.records.map((r) => toPlain(r.toObject()) as T);
}

describe('statements of dated events, allegations and agreements', () => {
  it('start no earlier than the date of what they are about', async () => {
    const early = await query<{ statement: string; about: string }>(
      `MATCH (n:Entity) WHERE n:Event OR n:Allegation OR n:Agreement
       WITH n, coalesce(n.startDate, n.statedOn, n.signedOn) AS own WHERE own IS NOT NULL
       MATCH (n)-[r]-(:Entity)
       WITH n, r, own,
            CASE r.validFromPrecision WHEN 'YEAR' THEN r.validFrom + duration({years: 1}) - duration({days: 1})
                                      WHEN 'MONTH' THEN r.validFrom + duration({months: 1}) - duration({days: 1})
                                      ELSE r.validFrom END AS latestStart
       WHERE r.validFrom IS NULL OR latestStart < own
       RETURN r.id AS statement, n.id AS about ORDER BY statement`,
    );
    expect(early).toEqual([]);
  });

  it('keep the 2023 offensive out of Nagorno-Karabakh on 2022-08-03 and in it from 2023-09-19', async () => {
    const located = (asOf: string) =>
      query<{ id: string }>(
        `MATCH (e:Event)-[r:LOCATED_IN]->(:Entity {id: 'nagorno-karabakh'})
         WHERE (r.validFrom IS NULL OR r.validFrom <= date($asOf)) AND (r.validTo IS NULL OR date($asOf) < r.validTo)
         RETURN e.id AS id ORDER BY id`,
        { asOf },
      );
    const in2022 = (await located('2022-08-03')).map((r) => r.id);
    expect(in2022).toContain('hostilities-2022-08-03');
    expect(in2022).not.toContain('azerbaijani-offensive-2023');
    expect(in2022).not.toContain('peacekeeper-withdrawal-2024');
    expect((await located('2023-09-19')).map((r) => r.id)).toContain('azerbaijani-offensive-2023');
  });
});
