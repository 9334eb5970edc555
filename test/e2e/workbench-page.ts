/**
 * The workbench opened in Chromium for an end-to-end suite: a local server, a page with every request off this machine
 * refused and recorded, the task pane's frame, and the grid helpers the suites type and read with (through the
 * data-testid hooks, as tests outside this repository do).
 */
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import { chromiumOrSkip, launch, RESULTS } from './browser';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serve } = require('../../scripts/serve') as { serve: (port: number) => Promise<{ server: Server; url: string }> };

export type EngineValue = string | number | boolean | null | { error: string; message: string };

export interface Workbench {
  readonly page: Page;
  readonly pane: FrameLocator;
  readonly consoleErrors: string[];
  readonly outsideRequests: string[];
  cell(address: string): Locator;
  /** Selects a cell (or range) through the name box. */
  select(address: string): Promise<void>;
  /** Types into a cell through the name box and the formula bar, as a user does. */
  enter(address: string, content: string): Promise<void>;
  /** The exact value the engine holds on the sheet shown, not the grid's formatted text. */
  value(address: string): Promise<EngineValue>;
  /** The formula of a cell on the sheet shown ("=ETS.…"), or undefined for a value. */
  formula(address: string): Promise<string | undefined>;
  /** A screenshot of the page (scrolled to the top) into test-results/. */
  shot(name: string): Promise<void>;
  /** Adds a sheet holding `rows` from A1 (values, or formulas as text starting with =) and shows it. */
  addSheet(name: string, rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null>>): Promise<void>;
  /** The fill a cell of the sheet shown has, or '' when it has none. */
  background(address: string): Promise<string>;
  close(): Promise<void>;
}

export async function openWorkbench(query = '', viewport = { width: 1280, height: 800 }): Promise<Workbench> {
  const { server, url: origin } = await serve(0);
  let browser: Browser | undefined;
  try {
    browser = await launch();
    const page = await browser.newPage({ viewport });
    const consoleErrors: string[] = [];
    const outsideRequests: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    // Nothing leaves the machine: any request off this server is refused and recorded.
    await page.context().route('**/*', (route) => {
      if (route.request().url().startsWith(origin)) return route.continue();
      outsideRequests.push(route.request().url());
      return route.abort();
    });
    await page.goto(`${origin}${query}`);
    const pane = page.frameLocator('[data-testid="taskpane-frame"]');
    await pane.locator('[data-testid="host-note"][data-host="workbench"]').waitFor();
    const select = async (address: string): Promise<void> => {
      await page.fill('[data-testid="name-box"]', address);
      await page.press('[data-testid="name-box"]', 'Enter');
    };
    const opened = browser;
    return {
      page, pane, consoleErrors, outsideRequests, select,
      cell: (address) => page.locator(`[data-cell="${address}"]`),
      async enter(address, content) {
        await select(address);
        await page.fill('[data-testid="formula-input"]', content);
        await page.press('[data-testid="formula-input"]', 'Enter');
      },
      value: (address) => page.evaluate((a) => {
        const { hf, grid } = window.etsWorkbench!;
        const sheet = hf.getSheetId(grid.selection().sheet)!;
        const v = hf.getCellValue(hf.simpleCellAddressFromString(a, sheet)!);
        return typeof v === 'object' && v !== null ? { error: (v as { value: string }).value, message: (v as { message: string }).message } : v;
      }, address) as Promise<EngineValue>,
      formula: (address) => page.evaluate((a) => {
        const { hf, grid } = window.etsWorkbench!;
        const sheet = hf.getSheetId(grid.selection().sheet)!;
        return hf.getCellFormula(hf.simpleCellAddressFromString(a, sheet)!);
      }, address),
      async shot(name) {
        await page.evaluate(() => document.querySelector('.wb-scroll')?.scrollTo(0, 0));
        await page.screenshot({ path: join(RESULTS, `${name}.png`) });
      },
      async addSheet(name, rows) {
        await page.evaluate(({ name: sheetName, rows: content }) => {
          const { hf, grid } = window.etsWorkbench!;
          const id = hf.getSheetId(hf.addSheet(sheetName))!;
          hf.setCellContents({ sheet: id, row: 0, col: 0 }, content as never);
          grid.showSheet(sheetName);
        }, { name, rows });
      },
      background: (address) => page.locator(`[data-cell="${address}"]`).evaluate((td) => (td as HTMLElement).style.background),
      async close() {
        await opened.close();
        server.close();
      },
    };
  } catch (e) {
    await browser?.close();
    server.close();
    throw e;
  }
}

/**
 * A suite's workbench: opened before its tests (skipped without Chromium) and closed after. Read `wb` and `pane` inside
 * tests, once the suite has started.
 */
export function useWorkbench(query = '', viewport?: { width: number; height: number }): { readonly wb: Workbench; readonly pane: FrameLocator } {
  const held: { wb?: Workbench } = {};
  before(async function () {
    chromiumOrSkip(this);
    held.wb = await openWorkbench(query, viewport);
  });
  after(async () => {
    await held.wb?.close();
  });
  return {
    get wb() { return held.wb!; },
    get pane() { return held.wb!.pane; },
  };
}
