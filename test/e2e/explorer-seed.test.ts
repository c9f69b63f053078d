import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useHttpApi } from '../support/api';
import { useSeededGraph } from '../support/neo4j';
import { artifact, buildPages, launchBrowser } from './browser';

/** The explorer on the real seed: control and claims of Nagorno-Karabakh in 2022 against 2024. */
const api = useHttpApi(useSeededGraph);
let browser: { context: BrowserContext; close: () => Promise<void> };
let page: Page;
/** The API and the page share a busy machine: give each answer time. */
const WAIT = { timeout: 20_000 };

const statements = () => page.locator('#edge-list li').allTextContents();

beforeAll(async () => {
  buildPages();
  browser = await launchBrowser();
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe('explorer on the seed graph', () => {
  it('shows Artsakh controlling and claiming Nagorno-Karabakh in 2022, Azerbaijan alone in 2024', async () => {
    await page.goto(`${api.base}/explore`);
    await page.fill('#search-text', 'Nagorno-Karabakh');
    await page.press('#search-text', 'Enter');
    await page
      .locator('#search-results li', { hasText: /^Nagorno-Karabakh/ })
      .first()
      .click();
    await expect
      .poll(async () => (await statements()).some((s) => s.startsWith('Republic of Artsakh CONTROLS Nagorno-Karabakh')), WAIT)
      .toBe(true);
    let now = await statements();
    expect(now.some((s) => s.startsWith('Republic of Artsakh CLAIMS Nagorno-Karabakh'))).toBe(true);
    await page.screenshot({ path: artifact('explorer-seed-nagorno-karabakh-2022.png') });

    await page.fill('#as-of-date', '2024-06-01');
    await page.dispatchEvent('#as-of-date', 'change');
    await expect.poll(() => page.locator('#status').textContent(), WAIT).toMatch(/as of 2024-06-01/);
    now = await statements();
    expect(now.some((s) => s.startsWith('Republic of Artsakh CONTROLS Nagorno-Karabakh'))).toBe(false);
    expect(now.some((s) => s.startsWith('Republic of Artsakh CLAIMS Nagorno-Karabakh'))).toBe(false);
    expect(now.some((s) => s.startsWith('Azerbaijan CONTROLS Nagorno-Karabakh (2023-09-20'))).toBe(true);
    await page.screenshot({ path: artifact('explorer-seed-nagorno-karabakh-2024.png') });
  });
});
