import { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkGraph, listChecks } from '../../src/load/checker';
import { testDriver, testTarget, useSeededGraph } from '../support/neo4j';

/** The app's own seed, loaded through the loader, must satisfy the model contract's checks. */
let driver: Driver;

beforeAll(async () => {
  driver = testDriver();
  await useSeededGraph(driver);
});

afterAll(async () => {
  await driver?.close();
});

describe('check on the app seed', () => {
  it('finds no violation in cypher/seed', async () => {
    const report = await checkGraph(driver, testTarget().database);
    expect(report.checks).toEqual(listChecks());
    expect(report.checks.length).toBeGreaterThan(5);
    expect(report.violations.map((v) => `${v.check}: ${v.ids.join(' ')}: ${v.detail}`)).toEqual([]);
  });
});
