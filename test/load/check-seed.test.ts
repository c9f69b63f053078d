import { describe, expect, it } from 'vitest';
import { checkGraph, listChecks } from '../../src/load/checker';
import { seededGraphForFile, testTarget } from '../support/neo4j';

/** The app's own seed, loaded through the loader, must satisfy the model contract's checks. */
const seeded = seededGraphForFile();

describe('check on the app seed', () => {
  it('finds no violation in cypher/seed', async () => {
    const report = await checkGraph(seeded.driver, testTarget().database);
    expect(report.checks).toEqual(listChecks());
    expect(report.checks.length).toBeGreaterThan(5);
    expect(report.violations.map((v) => `${v.check}: ${v.ids.join(' ')}: ${v.detail}`)).toEqual([]);
  });
});
