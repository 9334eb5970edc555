import { strict as assert } from 'node:assert';
import { SETTINGS_KEY } from '../../src/core';
import { useWorkbench } from './workbench-page';

/**
 * One pane action is one undo step in the grid: the table check's results, summary, fills, number formats and marks
 * go with one Ctrl+Z and come back with one Ctrl+Y; a sheet the example adds goes too. Recalculation (Ctrl+Alt+F9).
 */
describe('end to end: undo and redo of pane actions, and recalculation', function () {
  this.timeout(120000);
  const suite = useWorkbench();
  const page = () => suite.wb.page;
  const key = async (combo: string) => {
    await page().focus('[data-testid="grid-scroll"]');
    await page().keyboard.press(combo);
  };
  /** Everything the table check leaves on Facilities besides the table: written cells, filled rows, formats, marks. */
  const state = () => page().evaluate(() => {
    const { hf, grid } = window.etsWorkbench!;
    const sheet = hf.getSheetId('Facilities')!;
    const values = hf.getSheetValues(sheet);
    const formats: string[] = [];
    for (let r = 0; r < 30; r += 1) for (let c = 0; c < 20; c += 1) if (grid.numberFormat('Facilities', r, c) !== 'General') formats.push(`${r},${c}`);
    const fills: string[] = [];
    for (let r = 0; r < 30; r += 1) for (let c = 0; c < 20; c += 1) if (grid.fillAt('Facilities', r, c)) fills.push(`${r},${c}`);
    return {
      width: Math.max(...values.map((row) => row.length)),
      covered: values[1]?.[5] ?? null,
      fills: fills.length,
      formats: formats.length,
      marks: hf.listNamedExpressions(sheet).length,
      sheets: hf.getSheetNames(),
    };
  });

  it('takes the whole table check back with one Ctrl+Z — results, summary, fills, formats, marks — and Ctrl+Y redoes it', async () => {
    const before = await state();
    assert.deepEqual(before, { width: 5, covered: null, fills: 0, formats: 0, marks: 0, sheets: ['Facilities'] });
    await suite.wb.cell('B3').click();
    await suite.pane.locator('[data-testid="tab-table"]').click();
    await suite.pane.locator('[data-testid="tc-read"]').click();
    await suite.pane.locator('[data-testid="tc-run"]').click();
    await suite.pane.locator('[data-testid="tc-status"]').filter({ hasText: 'facilities are covered' }).waitFor();
    const after = await state();
    assert.equal(after.covered, true, 'F2 says the first facility is covered');
    assert.ok(after.width > 10 && after.fills > 0 && after.formats > 0 && after.marks >= 2, JSON.stringify(after));

    await key('Control+z');
    assert.deepEqual(await state(), before, 'the sheet as before the check');
    assert.equal(await suite.wb.cell('A2').evaluate((td) => (td as HTMLElement).style.background), '', 'no fill drawn');
    await key('Control+z');
    assert.deepEqual(await state(), before, 'nothing more to undo: the example sheet stays');

    await key('Control+y');
    assert.deepEqual(await state(), after, 'redone: everything back');
    assert.match((await suite.wb.cell('A2').getAttribute('style')) ?? '', /background/);
  });

  it('takes back a sheet the pane added, and shows the sheet the action started from', async () => {
    await suite.pane.locator('[data-testid="tab-example"]').click();
    await suite.pane.locator('[data-testid="ex-insert"]').click();
    await page().locator('[data-testid="sheet-tab-ETS example"][aria-pressed="true"]').waitFor();
    await key('Control+z');
    await page().locator('[data-testid="sheet-tab-Facilities"][aria-pressed="true"]').waitFor();
    assert.equal(await page().locator('[data-testid="sheet-tab-ETS example"]').count(), 0);
    assert.equal((await state()).covered, true, 'the table check before it is still there');
    await key('Control+y');
    await page().locator('[data-testid="sheet-tab-ETS example"][aria-pressed="true"]').waitFor();
  });

  it('undoes a column width dragged, as one step', async () => {
    await page().click('[data-testid="sheet-tab-Facilities"]');
    const width = async () => (await suite.wb.cell('B2').boundingBox())!.width;
    const start = await width();
    const handle = (await page().locator('[data-testid="col-resize-B"]').boundingBox())!;
    await page().mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page().mouse.down();
    await page().mouse.move(handle.x + 60, handle.y + handle.height / 2, { steps: 4 });
    await page().mouse.up();
    assert.ok(await width() > start + 50);
    await key('Control+z');
    assert.ok(Math.abs(await width() - start) < 1, `${start} → ${await width()}`);
  });

  it('takes an opened file back whole with one Ctrl+Z: its sheets, merges and fills go together', async () => {
    const { Workbook } = await import('exceljs');
    const book = new Workbook();
    const ws = book.addWorksheet('Client');
    ws.addRows([['企业名称', '排放量'], ['甲', 31000]]);
    ws.mergeCells('A3:B3');
    ws.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    book.addWorksheet('Notes').getCell('A1').value = 'n';
    const buffer = Buffer.from(await book.xlsx.writeBuffer());
    await page().setInputFiles('[data-testid="file-input"]', { name: 'client.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
    await page().locator('[data-testid="sheet-tab-Client"][aria-pressed="true"]').waitFor();
    const kept = () => page().evaluate(() => {
      const { hf, grid } = window.etsWorkbench!;
      return { sheets: hf.getSheetNames(), merges: grid.merges('Client').length, fill: grid.fillAt('Client', 0, 0) ?? '' };
    });
    assert.deepEqual((await kept()).sheets.slice(-2), ['Client', 'Notes']);
    await key('Control+z');
    assert.deepEqual(await kept(), { sheets: ['Facilities', 'ETS example'], merges: 0, fill: '' }, 'both sheets, the merge and the fill gone at once');
    await key('Control+y');
    assert.deepEqual((await kept()).sheets.slice(-2), ['Client', 'Notes']);
    assert.equal((await kept()).merges, 1);
  });

  it('Ctrl+Alt+F9 recalculates every formula: a language set behind the pane\'s back shows once pressed', async () => {
    await suite.wb.enter('A30', '=ETS.COVERED("cemnt",1)');
    const message = async () => (await suite.wb.value('A30') as { message: string }).message;
    assert.match(await message(), /^sector: "cemnt" is not a known sector/);
    // The document's language changed without the pane (which would recalculate): nothing recomputes by itself.
    await page().evaluate((key) => window.etsWorkbenchSettings!.set(key, { language: 'zh-CN' }), SETTINGS_KEY);
    assert.match(await message(), /^sector: "cemnt"/);
    await key('Control+Alt+F9');
    assert.match(await message(), /^sector：“cemnt”不是已知的行业/);
    assert.equal(await suite.wb.cell('A30').textContent(), '#VALUE!');
    assert.match((await suite.wb.cell('A30').getAttribute('title'))!, /不是已知的行业/, 'and drawn');
    await page().evaluate((key) => window.etsWorkbenchSettings!.set(key, { language: 'en' }), SETTINGS_KEY);
    await key('F9');
    assert.match(await message(), /^sector: "cemnt" is not a known sector/);
  });

  it('kept the console free of errors and made no request off this machine', () => {
    assert.deepEqual(suite.wb.consoleErrors, []);
    assert.deepEqual(suite.wb.outsideRequests, []);
  });
});

/** Issue 23, item 9: undo on a fresh workbench took back the example data, then the only sheet, and every action failed. */
describe('end to end: undo on a fresh workbench leaves the example and its sheet', function () {
  this.timeout(120000);
  const suite = useWorkbench('?lang=zh-CN');
  const page = () => suite.wb.page;

  it('Ctrl+Z with nothing done changes nothing; typing and its undo work after it', async () => {
    const state = () => page().evaluate(() => {
      const { hf } = window.etsWorkbench!;
      return { sheets: hf.getSheetNames(), a1: hf.getCellValue({ sheet: 0, row: 0, col: 0 }), e2: hf.getCellFormula({ sheet: 0, row: 1, col: 4 }) };
    });
    const before = await state();
    assert.deepEqual(before, { sheets: ['Facilities'], a1: 'Facility', e2: '=C2*D2' });
    await page().focus('[data-testid="grid-scroll"]');
    for (let i = 0; i < 3; i += 1) await page().keyboard.press('Control+z');
    assert.deepEqual(await state(), before);
    await suite.wb.enter('G2', '42');
    assert.equal(await suite.wb.value('G2'), 42);
    await page().focus('[data-testid="grid-scroll"]');
    await page().keyboard.press('Control+z');
    await page().keyboard.press('Control+z');
    assert.equal(await suite.wb.value('G2'), null);
    assert.deepEqual(await state(), before);
    assert.deepEqual(suite.wb.consoleErrors, []);
  });
});
