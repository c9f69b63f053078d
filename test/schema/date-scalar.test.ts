import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Driver } from 'neo4j-driver';
import { toPlain } from '../../src/graph/convert';
import { DateScalar, isIsoDate } from '../../src/schema/scalars/date.scalar';
import { testDriver, testTarget } from '../support/neo4j';

describe('Date scalar: every ISO date from 0001-01-01 to 9999-12-31', () => {
  it('accepts the first and last days, the years 0001-0099 and leap days of leap years', () => {
    for (const d of [
      '0001-01-01',
      '0022-01-01',
      '0050-01-01',
      '0099-12-31',
      '0004-02-29',
      '0400-02-29',
      '2000-02-29',
      '2024-02-29',
      '9999-12-31',
    ]) {
      expect(isIsoDate(d), d).toBe(true);
      expect(DateScalar.parseValue(d)).toBe(d);
      expect(DateScalar.serialize(d)).toBe(d);
    }
  });

  it('refuses what is not a day in that range', () => {
    for (const d of [
      '0000-01-01',
      '0100-02-29',
      '1900-02-29',
      '2023-02-29',
      '2022-02-30',
      '2022-04-31',
      '2022-13-01',
      '2022-00-10',
      '2022-01-00',
      '10000-01-01',
      '-0001-01-01',
      '22-01-01',
      '2022-1-01',
    ]) {
      expect(isIsoDate(d), d).toBe(false);
      expect(() => DateScalar.parseValue(d), d).toThrow(/is not a calendar date written YYYY-MM-DD from 0001-01-01 to 9999-12-31/);
    }
  });
});

describe('dates of the years 1-99 from Neo4j', () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('keep their year through the conversion at the repository boundary', async () => {
    const res = await driver.executeQuery(
      "RETURN date('0050-01-01') AS d, date('0001-01-01') AS first, date('9999-12-31') AS last",
      {},
      { database: testTarget().database },
    );
    expect(toPlain(res.records[0].toObject())).toEqual({ d: '0050-01-01', first: '0001-01-01', last: '9999-12-31' });
    expect(DateScalar.serialize(toPlain(res.records[0].get('d')))).toBe('0050-01-01');
  });
});
