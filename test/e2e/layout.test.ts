import { strict as assert } from 'node:assert';
import type { Page } from 'playwright-core';
import { useWorkbench } from './workbench-page';

const SMALL = { width: 1024, height: 768 };

/** The boxes of an element's children: one line means every child as high as one line and all on the same row. */
const lineOf = (page: Page, selector: string) => page.evaluate((sel) => {
  const parent = document.querySelector(sel)!;
  return Array.from(parent.children).filter((c) => (c as HTMLElement).offsetParent !== null).map((c) => {
    const r = c.getBoundingClientRect();
    return { id: c.id || c.className || c.tagName, top: r.top, height: r.height };
  });
}, selector);

function oneLine(boxes: Array<{ id: string; top: number; height: number }>, what: string): void {
  assert.ok(boxes.length > 1, what);
  for (const b of boxes) assert.ok(b.height < 26, `${what}: ${b.id} is ${b.height}px high (wrapped)`);
  const tops = boxes.map((b) => b.top);
  assert.ok(Math.max(...tops) - Math.min(...tops) < 6, `${what}: not on one line: ${JSON.stringify(boxes)}`);
}

/** Whether a cell is wholly in view: below the sticky column header and inside the scrolling box. */
const inView = (page: Page, address: string) => page.evaluate((a) => {
  const box = document.querySelector<HTMLElement>('[data-testid="grid-scroll"]')!;
  const cell = document.querySelector(`[data-cell="${a}"]`)?.getBoundingClientRect();
  if (!cell) return `${a} is not drawn`;
  const header = document.querySelector('.wb-grid thead')!.getBoundingClientRect();
  const view = box.getBoundingClientRect();
  const bottom = view.top + box.clientTop + box.clientHeight;
  return cell.top >= header.bottom - 0.5 && cell.bottom <= bottom + 0.5 ? '' : `${a}: ${cell.top}–${cell.bottom}, header to ${header.bottom}, view to ${bottom}`;
}, address);

for (const lang of ['', '?lang=zh-CN']) {
  describe(`end to end: the workbench at 1,024 × 768 ${lang || '(English)'}`, function () {
    this.timeout(120000);
    const suite = useWorkbench(lang, SMALL);
    const page = () => suite.wb.page;

    it('keeps the title bar on one line', async () => {
      oneLine(await lineOf(page(), '.wb-bar'), 'title bar');
      // A long file message gives way too (elided), not the buttons.
      await page().evaluate(() => { document.querySelector('[data-testid="file-status"]')!.textContent = 'Opened client-facilities-2024-final-version.xlsx into 4 new sheets: Facilities (2), Notes, Power units, Emissions 2019–2024.'; });
      oneLine(await lineOf(page(), '.wb-bar'), 'title bar with a long file message');
      assert.ok(await page().locator('[data-testid="file-save"]').isVisible());
      assert.ok(await page().locator('[data-testid="lang-switch"]').isVisible());
    });

    it('keeps the sheet tabs on one line: many tabs scroll sideways, the active one in view', async () => {
      const strip = page().locator('[data-testid="sheet-add"]');
      const height = (await page().locator('#sheet-tabs').boundingBox())!.height;
      await page().evaluate(() => {
        const { hf, grid } = window.etsWorkbench!;
        for (let i = 1; i <= 14; i += 1) hf.addSheet(`Client facilities ${2010 + i}`);
        grid.showSheet('Client facilities 2024');
      });
      oneLine(await lineOf(page(), '#sheet-tabs'), 'sheet tabs');
      assert.ok(Math.abs((await page().locator('#sheet-tabs').boundingBox())!.height - height) < 1, 'the strip stays one tab high');
      assert.ok(await page().evaluate(() => { const s = document.querySelector('#sheet-tabs')!; return s.scrollWidth > s.clientWidth; }), 'it scrolls');
      const active = (await page().locator('[data-testid="sheet-tab-Client facilities 2024"]').boundingBox())!;
      const box = (await page().locator('#sheet-tabs').boundingBox())!;
      assert.ok(active.x >= box.x && active.x + active.width <= box.x + box.width + 1, 'the active tab is in view');
      assert.ok(await strip.count() === 1);
      await page().click('[data-testid="sheet-tab-Facilities"]');
    });

    it('never hides a row under the sticky column header: A1 after a scroll, and every row on the way up', async () => {
      await suite.wb.select('A200');
      await suite.wb.select('A1');
      assert.equal(await inView(page(), 'A1'), '');
      await suite.wb.select('A40');
      await page().focus('[data-testid="grid-scroll"]');
      for (let row = 39; row >= 1; row -= 1) {
        await page().keyboard.press('ArrowUp');
        assert.equal(await inView(page(), `A${row}`), '');
      }
    });

    it('still does with a taller header (other fonts): reveal() measures it', async () => {
      // Through the CSSOM: the page's CSP refuses inline style elements.
      await page().evaluate(() => document.styleSheets[0]!.insertRule('.wb-grid thead th { height: 40px; }', document.styleSheets[0]!.cssRules.length));
      assert.ok((await page().locator('.wb-grid thead').boundingBox())!.height >= 40);
      await suite.wb.select('A60');
      for (const row of [30, 29, 2, 1]) {
        await suite.wb.select(`A${row}`);
        assert.equal(await inView(page(), `A${row}`), '');
      }
      await page().focus('[data-testid="grid-scroll"]');
      for (let row = 2; row <= 45; row += 1) {
        await page().keyboard.press('ArrowDown');
        assert.equal(await inView(page(), `A${row}`), '');
      }
    });

    it('kept the console free of errors and made no request off this machine', () => {
      assert.deepEqual(suite.wb.consoleErrors, []);
      assert.deepEqual(suite.wb.outsideRequests, []);
    });
  });
}
