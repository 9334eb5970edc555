/**
 * End to end: hostile and odd pastes (issue 23, item 5). A copied cell holding a comma, text that looks like a formula
 * copied from one workbench tab into another, a paste of 150,000 lines, and pastes that do not fit at the sheet's
 * right or bottom edge: each pastes as copied, or is refused whole with the reason shown — never cut short silently.
 */
import { strict as assert } from 'node:assert';
import type { Page } from 'playwright-core';
import { useWorkbench } from './workbench-page';

/** The clipboard a Ctrl+C leaves: every flavour the grid put on it. */
const copyOn = (page: Page) => page.evaluate(() => {
  const data = new DataTransfer();
  document.dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }));
  return Object.fromEntries(data.types.map((t) => [t, data.getData(t)]));
});
/** A Ctrl+V with those flavours. */
const pasteOn = (page: Page, flavours: Record<string, string>) => page.evaluate((f) => {
  const data = new DataTransfer();
  for (const [type, value] of Object.entries(f)) data.setData(type, value);
  document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}, flavours);

describe('end to end: pastes that keep what was copied, or say why not', function () {
  this.timeout(180000);
  const suite = useWorkbench();
  const page = () => suite.wb.page;
  const message = () => page().locator('[data-testid="cell-message"]').textContent();
  /** A second workbench tab in the same browser: a paste there cannot use the first tab's own copy. */
  let other: Page;
  const otherValue = (address: string) => other.evaluate((a) => {
    const { hf, grid } = window.etsWorkbench!;
    const v = hf.getCellValue(hf.simpleCellAddressFromString(a, hf.getSheetId(grid.selection().sheet)!)!);
    return typeof v === 'object' && v !== null ? (v as { value: string }).value : v;
  }, address);
  const otherFormula = (address: string) => other.evaluate((a) => {
    const { hf, grid } = window.etsWorkbench!;
    return hf.getCellFormula(hf.simpleCellAddressFromString(a, hf.getSheetId(grid.selection().sheet)!)!);
  }, address);
  const otherSelect = async (address: string) => {
    await other.fill('[data-testid="name-box"]', address);
    await other.press('[data-testid="name-box"]', 'Enter');
    await other.focus('[data-testid="grid-scroll"]');
  };

  before(async () => {
    if (!suite.wb) return;
    other = await page().context().browser()!.newPage();
    await other.goto(page().url());
    await other.waitForFunction(() => window.etsWorkbench !== undefined);
  });

  it('pastes one copied cell holding a comma as one cell in another tab; its neighbour keeps its value', async () => {
    await suite.wb.addSheet('Hostile', [
      ['Kiln 3, east', 'keep me'],
      ['\'=HYPERLINK("http://evil.example","click")', '\'=cmd|\' /C calc\'!A0'],
      ['\'00123', 31200],
    ]);
    assert.equal(await suite.wb.value('A2'), '=HYPERLINK("http://evil.example","click")', 'the set-up holds text');
    await suite.wb.cell('A1').click();
    const clip = await copyOn(page());
    assert.deepEqual(clip, { 'text/plain': 'Kiln 3, east\r\n' }, 'Excel\'s text: a comma needs no quotes between tabs');
    await otherSelect('A1');
    await other.evaluate(() => {
      const { hf } = window.etsWorkbench!;
      hf.setCellContents({ sheet: 0, row: 0, col: 1 }, [['keep me']]);
    });
    await pasteOn(other, clip);
    assert.deepEqual([await otherValue('A1'), await otherValue('B1')], ['Kiln 3, east', 'keep me']);
  });

  it('pastes text that looks like a formula back as text, in this tab and in another', async () => {
    await suite.wb.cell('A2').click();
    await suite.wb.cell('B3').click({ modifiers: ['Shift'] });
    const clip = await copyOn(page());
    assert.equal(clip['text/plain'], '"=HYPERLINK(""http://evil.example"",""click"")"\t=cmd|\' /C calc\'!A0\r\n00123\t31200\r\n');
    assert.ok(clip['application/x-ets-workbench+json'], 'the text cells are marked');
    await otherSelect('D1');
    await pasteOn(other, clip);
    assert.deepEqual(await Promise.all(['D1', 'E1', 'D2', 'E2'].map(otherValue)),
      ['=HYPERLINK("http://evil.example","click")', "=cmd|' /C calc'!A0", '00123', 31200]);
    assert.deepEqual(await Promise.all(['D1', 'E1'].map(otherFormula)), [undefined, undefined], 'no formula started');
    // In this tab the page's own copy pastes the cells themselves: text stays text.
    await suite.wb.cell('D1').click();
    await pasteOn(page(), clip);
    assert.deepEqual([await suite.wb.value('D1'), await suite.wb.formula('D1')], ['=HYPERLINK("http://evil.example","click")', undefined]);
  });

  it('pastes 150,000 lines whole, and one undo takes them back', async () => {
    await suite.wb.addSheet('Big', []);
    await suite.wb.cell('A1').click();
    const lines = 150_000;
    const seconds = await page().evaluate((n) => {
      const text = Array.from({ length: n }, (_, i) => `Plant ${i + 1}\tcement\t${1000 + i}`).join('\r\n');
      const data = new DataTransfer();
      data.setData('text/plain', text);
      const t = performance.now();
      document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      return (performance.now() - t) / 1000;
    }, lines);
    assert.deepEqual([await suite.wb.value('A150000'), await suite.wb.value('C150000')], ['Plant 150000', 1000 + lines - 1]);
    assert.equal(await page().inputValue('[data-testid="name-box"]'), 'A1:C150000');
    assert.ok(seconds < 60, `${seconds} s`);
    await page().keyboard.press('Control+z');
    assert.deepEqual([await suite.wb.value('A1'), await suite.wb.value('A150000')], [null, null]);
  });

  it('refuses a block that does not fit at the right or bottom edge, whole, and says why', async () => {
    const edge = await page().evaluate(() => window.etsWorkbench!.hf.getConfig().maxColumns);
    assert.equal(edge, 200, 'the workbench holds 200 columns: GR is the last');
    await suite.wb.enter('GQ1', 'was here');
    await suite.wb.select('GQ1');
    await page().focus('[data-testid="grid-scroll"]');
    await pasteOn(page(), { 'text/plain': 'a\tb\tc\r\n' });
    assert.equal(await suite.wb.value('GQ1'), 'was here', 'nothing pasted, nothing lost');
    assert.match((await message()) ?? '', /^Not pasted: the block has 1 rows × 3 columns, and from GQ1 the sheet has room for 200,000 rows × 2 columns/);
    await suite.wb.select('A199999');
    await page().focus('[data-testid="grid-scroll"]');
    await pasteOn(page(), { 'text/plain': 'x\r\ny\r\nz\r\n' });
    assert.equal(await suite.wb.value('A199999'), null);
    assert.match((await message()) ?? '', /room for 2 rows × 200 columns/);
  });

  it('kept the console free of errors and made no request off this machine', async () => {
    await other.close();
    assert.deepEqual(suite.wb.consoleErrors, []);
    assert.deepEqual(suite.wb.outsideRequests, []);
  });
});
