import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { useHttpApi } from '../support/api';
import { useEmptyGraph } from '../support/neo4j';
import { createViewFixture } from '../views/fixture';
import { artifact, buildPages, launchBrowser } from './browser';

const api = useHttpApi(async (driver) => {
  await useEmptyGraph(driver);
  await createViewFixture(driver);
});
let browser: { context: BrowserContext; close: () => Promise<void> };

beforeAll(async () => {
  buildPages();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('GraphiQL at /graphql in headless Chromium', () => {
  it('opens from local assets and runs a query against the API', async () => {
    const page = await browser.context.newPage();
    const foreign: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(api.base) && !req.url().startsWith('data:')) foreign.push(req.url());
    });
    await page.goto(`${api.base}/graphql`);
    await page.locator('.graphiql-query-editor .CodeMirror').waitFor();
    const result = page.locator('.graphiql-response');

    // The example query it opens with: control and claims of Nagorno-Karabakh in August 2022.
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => result.textContent(), { timeout: 15_000 }).toContain('"source": "artsakh"');

    // A query typed by the researcher, run with Ctrl+Enter.
    await page.locator('.graphiql-query-editor .CodeMirror').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(
      'query RussiaToLachin { paths(from: "russia", to: "lachin-corridor", asOf: "2022-08-03") { length nodes { id } } }',
    );
    await page.waitForTimeout(300); // GraphiQL re-reads the operation name 100 ms after an edit
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => result.textContent(), { timeout: 15_000 }).toContain('russian-peacekeeping-contingent');
    expect(await result.textContent()).toContain('"length": 2');
    await page.screenshot({ path: artifact('graphiql.png') });
    expect(foreign).toEqual([]);
    await page.close();
  });
});
