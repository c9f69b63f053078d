import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BrowserContext, chromium } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/config';

/**
 * Headless Chromium for the end-to-end tests: Debian's /usr/bin/chromium (.ci/run installs it),
 * never a downloaded browser build, with a fresh profile and no background traffic.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const RESULTS_DIR = path.join(PROJECT_ROOT, 'test-results');

export async function launchBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-e2e-profile-'));
  // launchPersistentContext is how Playwright takes a --user-data-dir of our choosing.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The pages are served from dist/web: build them from the current sources first. */
export function buildPages(): void {
  execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'web', 'build.mjs')], { cwd: PROJECT_ROOT, stdio: 'pipe' });
}

export function artifact(name: string): string {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  return path.join(RESULTS_DIR, name);
}
