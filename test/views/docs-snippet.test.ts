import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Driver } from 'neo4j-driver';
import cytoscape from 'cytoscape';
import { PROJECT_ROOT } from '../../src/config';
import { neighborhood } from '../../src/graph/repositories/views';
import { dayPeriod } from '../../src/model/validity';
import { RELATIONSHIP_TYPE_NAMES } from '../../src/model/contract';
import { testDriver, testGraph, useEmptyGraph } from '../support/neo4j';
import { createViewFixture } from './fixture';

let driver: Driver;

/** The code block between <!-- snippet: NAME --> and <!-- /snippet --> in docs/views.md. */
function snippet(name: string): string {
  const doc = fs.readFileSync(path.join(PROJECT_ROOT, 'docs', 'views.md'), 'utf8');
  const match = new RegExp(`<!-- snippet: ${name} -->\\s*\`\`\`js\\n([\\s\\S]*?)\`\`\`\\s*<!-- /snippet -->`).exec(doc);
  if (!match) throw new Error(`docs/views.md has no snippet ${name}`);
  return match[1];
}

beforeAll(async () => {
  driver = testDriver();
  await useEmptyGraph(driver);
  await createViewFixture(driver);
});

afterAll(async () => {
  await driver?.close();
});

describe('docs/views.md', () => {
  it('its Cytoscape.js snippet turns a real neighborhood payload into a graph with each node once', async () => {
    const view = (await neighborhood(testGraph(driver), {
      id: 'lachin-corridor',
      depth: 2,
      types: RELATIONSHIP_TYPE_NAMES,
      period: dayPeriod('2022-08-03'),
      certainOnly: false,
      maxNodes: 150,
      maxEdges: 2000,
    }))!;
    // The docs' snippet is plain text run as written: evaluating it is what this test checks.
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const toCytoscapeElements = new Function(`${snippet('to-cytoscape')}\nreturn toCytoscapeElements;`)();
    const cy = cytoscape({ headless: true, elements: toCytoscapeElements(view) });
    expect(
      cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual(view.nodes.map((n) => n.id).sort());
    expect(cy.edges().length).toBe(view.edges.length);
    const control = cy.getElementById('s-rpc-controls-lachin');
    expect(control.source().id()).toBe('russian-peacekeeping-contingent');
    expect(control.target().id()).toBe('lachin-corridor');
    expect(cy.getElementById('lachin-corridor').hasClass('Corridor')).toBe(true);
    cy.destroy();
  });
});
