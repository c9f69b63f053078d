import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useHttpApi } from '../support/api';
import { useEmptyGraph } from '../support/neo4j';
import { createViewFixture } from '../views/fixture';
import { artifact, buildPages, launchBrowser } from './browser';

const api = useHttpApi(async (driver) => {
  await useEmptyGraph(driver);
  await createViewFixture(driver);
});
let browser: { context: BrowserContext; close: () => Promise<void> };
let page: Page;
/** The API and the page share a busy machine: give each answer time. */
const WAIT = { timeout: 20_000 };
const foreignRequests: string[] = [];

const DAY_MS = 86_400_000;
const sliderValue = (iso: string) => String(Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1988, 0, 1)) / DAY_MS));
const statements = () => page.locator('#edge-list li').allTextContents();

beforeAll(async () => {
  buildPages();
  browser = await launchBrowser();
  page = await browser.context.newPage();
  page.on('request', (req) => {
    if (!req.url().startsWith(api.base) && !req.url().startsWith('data:')) foreignRequests.push(req.url());
  });
});

afterAll(async () => {
  await browser?.close();
});

describe('explorer page (/explore) in headless Chromium', () => {
  it('searches "Lachin" and draws the corridor with the peacekeeping contingent', async () => {
    await page.goto(`${api.base}/explore`);
    await page.fill('#search-text', 'Lachin');
    await page.press('#search-text', 'Enter');
    await page.locator('#search-results li', { hasText: 'Lachin corridor' }).click();
    await expect.poll(statements, WAIT).toContain('Russian peacekeeping contingent CONTROLS Lachin corridor (2020-11-10 – 2024-06-12)');
    await expect.poll(() => page.locator('#status').textContent(), WAIT).toMatch(/as of 2022-08-03/);
    const drawn = await page.evaluate(() =>
      (window as any).explorer.cy
        .nodes()
        .map((n: any) => n.id())
        .sort(),
    );
    expect(drawn).toEqual(['armenia', 'azerbaijan', 'lachin-corridor', 'nagorno-karabakh', 'russian-peacekeeping-contingent']);
    await page.screenshot({ path: artifact('explorer-lachin-2022.png') });
  });

  it('moves the date slider past the withdrawal and sees control change', async () => {
    await page.locator('#as-of-slider').fill(sliderValue('2024-09-01'));
    await expect.poll(() => page.locator('#status').textContent(), WAIT).toMatch(/as of 2024-09-01/);
    const now = await statements();
    expect(now.some((s) => s.startsWith('Russian peacekeeping contingent CONTROLS'))).toBe(false);
    expect(now).toContain('Azerbaijan CONTROLS Lachin corridor (2023-04-23 – …, disputed)');
    expect(await page.inputValue('#as-of-date')).toBe('2024-09-01');
    await page.screenshot({ path: artifact('explorer-lachin-2024.png') });
  });

  it('expands a clicked node and shows control and claims of Nagorno-Karabakh change between 2022 and 2024', async () => {
    const box = (await page.locator('#graph').boundingBox())!;
    const at = await page.evaluate(() => (window as any).explorer.cy.getElementById('nagorno-karabakh').renderedPosition());
    await page.mouse.dblclick(box.x + at.x, box.y + at.y);
    await expect.poll(() => page.locator('#details').textContent(), WAIT).toContain('Nagorno-Karabakh');
    await expect.poll(statements, WAIT).toContain('Azerbaijan CLAIMS Nagorno-Karabakh (1991-08-30 – …)');
    let now = await statements();
    expect(now).toContain('Azerbaijan CONTROLS Nagorno-Karabakh (2023-09-20 – …)');
    expect(now.some((s) => s.startsWith('Republic of Artsakh'))).toBe(false);

    await page.fill('#as-of-date', '2022-08-03');
    await page.dispatchEvent('#as-of-date', 'change');
    await expect.poll(statements, WAIT).toContain('Republic of Artsakh CONTROLS Nagorno-Karabakh (1992 – 2023-09-20, disputed)');
    now = await statements();
    expect(now).toContain('Republic of Artsakh CLAIMS Nagorno-Karabakh (1991-09-02 – 2024-01-01, disputed)');
    expect(now.some((s) => s.startsWith('Azerbaijan CONTROLS Nagorno-Karabakh'))).toBe(false);
    await page.screenshot({ path: artifact('explorer-nagorno-karabakh-2022.png') });
  });

  it('filters by relationship type', async () => {
    await page.locator('#type-filter label', { hasText: 'CONTROLS' }).locator('input').uncheck();
    await expect.poll(async () => (await statements()).some((s) => s.includes(' CONTROLS ')), WAIT).toBe(false);
    expect((await statements()).some((s) => s.includes(' CLAIMS '))).toBe(true);
    await page.locator('#type-filter label', { hasText: 'CONTROLS' }).locator('input').check();
    await expect.poll(async () => (await statements()).some((s) => s.includes(' CONTROLS ')), WAIT).toBe(true);
  });

  it('searches as the user types the start of an alias, and says which name matched', async () => {
    await page.fill('#search-text', 'berdz');
    await expect
      .poll(() => page.locator('#search-results li').allTextContents(), WAIT)
      .toEqual(['Lachin corridor (Berdzor corridor)corridor']);
    await page.screenshot({ path: artifact('explorer-search-as-you-type.png') });
  });

  it('loaded nothing from any other host', () => {
    expect(foreignRequests).toEqual([]);
  });
});
