import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useHttpApi } from '../support/api';
import { useSeededGraph } from '../support/neo4j';
import { artifact, buildPages, launchBrowser } from './browser';

/**
 * The explorer as people use it, on the seed: a phone and a desktop, a layout that stays put,
 * the inspector on a disputed statement, the URL as the state, and events kept to their dates.
 * Screenshots go to test-results/ (ignored by git).
 */
const api = useHttpApi(useSeededGraph);
let browser: { context: BrowserContext; close: () => Promise<void> };
const problems: string[] = [];

type Positions = Record<string, { x: number; y: number }>;
/** Browser tests on a busy 2-core machine: a generous per-test budget. */
const SLOW = 180_000;

async function newPage(width: number, height: number): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
  });
  return page;
}

/** Opens a URL of the explorer and waits until it has drawn the view it names. */
async function openView(page: Page, query: string): Promise<void> {
  await page.goto(`${api.base}/explore${query}`);
  await waitDrawn(page);
}

async function waitDrawn(page: Page): Promise<void> {
  await expect.poll(() => page.locator('#status').textContent(), { timeout: 20_000 }).toMatch(/entities, \d+ statements/);
}

const positions = (page: Page): Promise<Positions> =>
  page.evaluate(() => {
    const out: Record<string, { x: number; y: number }> = {};
    for (const n of (window as any).explorer.cy.nodes()) out[n.id()] = { ...n.position() };
    return out;
  });

const nodeIds = async (page: Page) => Object.keys(await positions(page)).sort();

function expectSamePlaces(before: Positions, after: Positions, ids: string[]) {
  for (const id of ids) {
    expect(after[id], id).toBeDefined();
    expect(Math.abs(after[id].x - before[id].x), `${id} x`).toBeLessThan(0.5);
    expect(Math.abs(after[id].y - before[id].y), `${id} y`).toBeLessThan(0.5);
  }
}

async function setDate(page: Page, iso: string) {
  await page.fill('#as-of-date', iso);
  await page.dispatchEvent('#as-of-date', 'change');
  await expect.poll(() => page.locator('#status').textContent(), { timeout: 20_000 }).toContain(`as of ${iso}`);
}

beforeAll(async () => {
  buildPages();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('explorer on a phone (390 x 844)', () => {
  it(
    'gives the graph the width of the screen, never scrolls sideways, and keeps the controls reachable',
    async () => {
      const page = await newPage(390, 844);
      await openView(page, '?id=nagorno-karabakh&asOf=2022-08-03');
      const graph = (await page.locator('#graph').boundingBox())!;
      expect(graph.width).toBeGreaterThanOrEqual(300);
      expect(graph.height).toBeGreaterThanOrEqual(300);
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        body: document.body.scrollWidth,
        view: window.innerWidth,
      }));
      expect(widths.scroll).toBeLessThanOrEqual(widths.view);
      expect(widths.body).toBeLessThanOrEqual(widths.view);
      for (const control of ['#search-text', '#depth', '#as-of-slider', '#as-of-date', '#panel-toggle', 'a.graphiql-link']) {
        const box = (await page.locator(control).boundingBox())!;
        expect(box, control).not.toBeNull();
        expect(box.x, control).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, control).toBeLessThanOrEqual(390);
      }
      await page.screenshot({ path: artifact('explorer-phone-nagorno-karabakh-2022.png') });

      // A tap on a node inspects it and slides the panel up over the graph.
      const at = await page.evaluate(() => (window as any).explorer.cy.getElementById('artsakh').renderedPosition());
      await page.mouse.click(graph.x + at.x, graph.y + at.y);
      await expect.poll(() => page.locator('#details .inspector.entity').getAttribute('data-entity')).toBe('artsakh');
      await expect.poll(async () => (await page.locator('#panel').boundingBox())!.y).toBeLessThan(844 - 200);
      await page.screenshot({ path: artifact('explorer-phone-inspector-artsakh.png') });
      await page.click('#panel-toggle');
      await expect.poll(async () => (await page.locator('#panel').boundingBox())?.y ?? 844).toBeGreaterThanOrEqual(844 - 5);

      await setDate(page, '2024-06-01');
      await page.screenshot({ path: artifact('explorer-phone-nagorno-karabakh-2024.png') });
      await page.close();
    },
    SLOW,
  );
});

describe('explorer on a desktop (1440 x 900)', () => {
  let page: Page;

  it(
    'draws Nagorno-Karabakh in 2022 and 2024 with readable labels',
    async () => {
      page = await newPage(1440, 900);
      await openView(page, '?id=nagorno-karabakh&asOf=2022-08-03');
      const zoom = await page.evaluate(() => (window as any).explorer.cy.zoom());
      // Node labels are 13 px at zoom 1: at the default zoom they render at 10 px or more.
      expect(13 * zoom).toBeGreaterThanOrEqual(10);
      await page.screenshot({ path: artifact('explorer-desktop-nagorno-karabakh-2022.png') });
      await setDate(page, '2024-06-01');
      await page.screenshot({ path: artifact('explorer-desktop-nagorno-karabakh-2024.png') });
    },
    SLOW,
  );

  it(
    'shows the sources and disputes of a disputed statement in the inspector',
    async () => {
      await setDate(page, '2022-08-03');
      await page.locator('#edge-list li[data-id="artsakh-claims-nagorno-karabakh"]').click();
      const inspector = page.locator('#details .inspector.statement');
      await expect.poll(() => inspector.getAttribute('data-statement')).toBe('artsakh-claims-nagorno-karabakh');
      const text = (await inspector.textContent())!;
      expect(text).toContain('Republic of Artsakh');
      expect(text).toContain('CLAIMS');
      expect(text).toMatch(/disputed/);
      const disputedBy = await inspector.locator('dt:text-is("Disputed by") + dd [data-entity]').allTextContents();
      expect(disputedBy.sort()).toEqual(['Azerbaijan', 'Vladimir Grigoryan']);
      const sources = await inspector.locator('.sources li').allTextContents();
      expect(sources.some((s) => s.includes('int-heritage.am: history of the NKR'))).toBe(true);
      expect(sources.some((s) => s.includes('the dissolution decree') && s.includes('published 2023-09-28'))).toBe(true);
      expect(text).toMatch(/from 1991-09-02/);
      // The edge is drawn dashed, and the legend says what dashed means.
      expect(
        await page.evaluate(() => (window as any).explorer.cy.getElementById('artsakh-claims-nagorno-karabakh').hasClass('disputed')),
      ).toBe(true);
      expect(await page.locator('#standing-legend').textContent()).toContain('disputed (dashed)');
      await page.screenshot({ path: artifact('explorer-desktop-inspector-disputed-claim.png') });
      await page.close();
    },
    SLOW,
  );
});

describe('certainty on the date drawn', () => {
  it(
    'draws a statement that only possibly held then apart from certain ones, says so in the legend, the list and the inspector',
    async () => {
      const page = await newPage(1440, 900);
      // The article's report starts "2022-08" (month precision): on 3 August it possibly held, and
      // hostilities-2022-08-03 LOCATED_IN nagorno-karabakh, from that very day, certainly did.
      await openView(page, '?id=hostilities-2022-08-03&asOf=2022-08-03');
      const edgeState = (id: string) =>
        page.evaluate((edge) => {
          const e = (window as any).explorer.cy.getElementById(edge);
          return e.nonempty()
            ? { possible: e.hasClass('possible'), arrow: e.style('target-arrow-fill'), start: e.style('source-arrow-shape') }
            : null;
        }, id);
      expect(await edgeState('seed-article-reports-hostilities-2022-08-03')).toEqual({ possible: true, arrow: 'hollow', start: 'circle' });
      const certain = await page.evaluate(() =>
        (window as any).explorer.cy
          .edges()
          .filter((e: any) => !e.hasClass('possible'))
          .map((e: any) => ({ id: e.id(), arrow: e.style('target-arrow-fill'), start: e.style('source-arrow-shape') })),
      );
      expect(certain.length).toBeGreaterThan(0);
      for (const e of certain) expect(e, e.id).toMatchObject({ arrow: 'filled', start: 'none' });
      expect(await page.locator('#standing-legend').textContent()).toContain('possibly held on this date (hollow ends)');
      expect(await page.locator('#standing-legend .line.possible').count()).toBe(1);
      const item = page.locator('#edge-list li[data-id="seed-article-reports-hostilities-2022-08-03"]');
      expect(await item.textContent()).toContain('possibly on this date');
      await item.click();
      const inspector = page.locator('#details .inspector.statement');
      await expect.poll(() => inspector.getAttribute('data-statement')).toBe('seed-article-reports-hostilities-2022-08-03');
      expect(await inspector.locator('.badge.certainty-possible').textContent()).toBe('possibly held on this date');
      await page.screenshot({ path: artifact('explorer-desktop-possible-report.png') });

      // A month later the report certainly holds: the same edge is drawn as a certain one.
      await setDate(page, '2022-09-15');
      expect(await edgeState('seed-article-reports-hostilities-2022-08-03')).toEqual({ possible: false, arrow: 'filled', start: 'none' });
      await page.close();
    },
    SLOW,
  );
});

describe('layout stability', () => {
  it(
    'draws the same view at the same places on every load, and a redraw moves nothing',
    async () => {
      const page = await newPage(1440, 900);
      await openView(page, '?id=lachin-corridor&asOf=2022-08-03&depth=2');
      const first = await positions(page);
      expect(Object.keys(first).length).toBeGreaterThan(10);
      await openView(page, '?id=lachin-corridor&asOf=2022-08-03&depth=2');
      expectSamePlaces(first, await positions(page), Object.keys(first));

      // Types off and on again: the same nodes come back where they were.
      await page.locator('#type-filter label', { hasText: 'CONTROLS' }).locator('input').uncheck();
      await waitDrawn(page);
      await page.locator('#type-filter label', { hasText: 'CONTROLS' }).locator('input').check();
      await expect.poll(async () => (await nodeIds(page)).length).toBe(Object.keys(first).length);
      expectSamePlaces(first, await positions(page), Object.keys(first));
      await page.close();
    },
    SLOW,
  );

  it(
    'expands a node around itself without moving the rest; Undo takes the expansion back',
    async () => {
      const page = await newPage(1440, 900);
      await openView(page, '?id=nagorno-karabakh&asOf=2022-08-03');
      const before = await positions(page);
      const graph = (await page.locator('#graph').boundingBox())!;
      const at = await page.evaluate(() => (window as any).explorer.cy.getElementById('lachin-corridor').renderedPosition());
      await page.mouse.dblclick(graph.x + at.x, graph.y + at.y);
      await expect.poll(async () => (await nodeIds(page)).length).toBeGreaterThan(Object.keys(before).length);
      const after = await positions(page);
      expectSamePlaces(before, after, Object.keys(before));
      const added = Object.keys(after).filter((id) => !(id in before));
      expect(added.length).toBeGreaterThan(0);
      expect(page.url()).toContain('expand=lachin-corridor');

      await page.click('#undo');
      await expect.poll(() => nodeIds(page)).toEqual(Object.keys(before).sort());
      expectSamePlaces(before, await positions(page), Object.keys(before));
      await page.close();
    },
    SLOW,
  );

  it(
    'keeps the remaining nodes in place when the date changes, and drops a 2023 event from a 2022 view',
    async () => {
      const page = await newPage(1440, 900);
      await openView(page, '?id=nagorno-karabakh&asOf=2023-10-01');
      const in2023 = await positions(page);
      expect(Object.keys(in2023)).toContain('azerbaijani-offensive-2023');
      await setDate(page, '2022-08-03');
      const in2022 = await positions(page);
      expect(Object.keys(in2022)).not.toContain('azerbaijani-offensive-2023');
      expect(Object.keys(in2022)).not.toContain('karabakh-armenian-exodus-2023');
      expect(Object.keys(in2022)).toContain('hostilities-2022-08-03');
      const kept = Object.keys(in2022).filter((id) => id in in2023);
      expect(kept.length).toBeGreaterThan(3);
      expectSamePlaces(in2023, in2022, kept);
      await page.close();
    },
    SLOW,
  );

  it(
    'pins and hides nodes',
    async () => {
      const page = await newPage(1440, 900);
      await openView(page, '?id=lachin-corridor&asOf=2022-08-03');
      const graph = (await page.locator('#graph').boundingBox())!;
      const at = await page.evaluate(() => (window as any).explorer.cy.getElementById('armenia').renderedPosition());
      await page.mouse.click(graph.x + at.x, graph.y + at.y);
      await page.locator('#details [data-action="pin"]').click();
      await expect.poll(() => page.url()).toContain('pin=armenia');
      const pinned = (await positions(page)).armenia;
      await page.click('#tidy');
      expectSamePlaces({ armenia: pinned }, await positions(page), ['armenia']);
      await page.locator('#details [data-action="hide"]').click();
      await expect.poll(() => nodeIds(page)).not.toContain('armenia');
      expect(page.url()).toContain('hide=armenia');
      await page.close();
    },
    SLOW,
  );
});

describe('the URL is the state', () => {
  it(
    'round-trips id, date, depth, types and expanded nodes, and Back goes back',
    async () => {
      const page = await newPage(1440, 900);
      await openView(page, '?id=lachin-corridor&asOf=2022-08-03');
      await page.selectOption('#depth', '2');
      await waitDrawn(page);
      await page.locator('#type-filter label', { hasText: 'CLAIMS' }).locator('input').uncheck();
      await waitDrawn(page);
      const graph = (await page.locator('#graph').boundingBox())!;
      const at = await page.evaluate(() => (window as any).explorer.cy.getElementById('nagorno-karabakh').renderedPosition());
      await page.mouse.dblclick(graph.x + at.x, graph.y + at.y);
      await expect.poll(() => page.url()).toContain('expand=nagorno-karabakh');
      await waitDrawn(page);
      await setDate(page, '2023-01-15');
      const url = new URL(page.url());
      expect(url.searchParams.get('id')).toBe('lachin-corridor');
      expect(url.searchParams.get('asOf')).toBe('2023-01-15');
      expect(url.searchParams.get('depth')).toBe('2');
      expect(url.searchParams.get('expand')).toBe('nagorno-karabakh');
      expect(url.searchParams.get('types')!.split(',')).not.toContain('CLAIMS');
      expect(url.searchParams.get('types')!.split(',')).toContain('CONTROLS');
      const drawn = await nodeIds(page);
      const statements = await page.locator('#edge-list li').allTextContents();

      // The same link in a fresh page draws the same view.
      const other = await newPage(1440, 900);
      await openView(other, url.search);
      expect(await nodeIds(other)).toEqual(drawn);
      expect(await other.locator('#edge-list li').allTextContents()).toEqual(statements);
      expect(await other.inputValue('#as-of-date')).toBe('2023-01-15');
      expect(await other.inputValue('#depth')).toBe('2');
      expect(await other.locator('#type-filter label', { hasText: 'CLAIMS' }).locator('input').isChecked()).toBe(false);
      await other.close();

      // Back: the date returns to 2022-08-03, then the expansion goes.
      await page.goBack();
      await expect.poll(() => page.locator('#status').textContent()).toContain('as of 2022-08-03');
      expect(await page.inputValue('#as-of-date')).toBe('2022-08-03');
      await page.goBack();
      await expect.poll(() => page.url()).not.toContain('expand=');
      await waitDrawn(page);
      await page.close();
    },
    SLOW,
  );
});

describe('assets and console', () => {
  it(
    'logged no error or warning and met no failed request on any page above',
    () => {
      expect(problems).toEqual([]);
    },
    SLOW,
  );
});
