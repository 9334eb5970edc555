/**
 * Browser set-up for the end-to-end suite: Debian's Chromium driven by playwright-core, headless, with a fresh
 * profile (playwright makes a new temporary one at every launch) and Chromium's own background networking off. Without a Chromium the suite is skipped locally and fails
 * under CI=true, so a CI machine can never pass it by accident.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
// window.etsWorkbench's type comes with the workbench's own declaration.
import type {} from '../../src/workbench/workbench';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const RESULTS = join(__dirname, '..', '..', 'test-results');

export function chromiumOrSkip(ctx: Mocha.Context): void {
  if (existsSync(CHROMIUM)) return;
  const how = 'install it with `apt-get install -y chromium` (or set CHROMIUM_PATH)';
  if (process.env.CI === 'true') throw new Error(`CI=true but there is no Chromium at ${CHROMIUM}: ${how}.`);
  console.log(`      (end-to-end tests skipped: no Chromium at ${CHROMIUM}; ${how})`);
  ctx.skip();
}

export async function launch(): Promise<Browser> {
  mkdirSync(RESULTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });
}

