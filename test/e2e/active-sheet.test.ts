import { strict as assert } from 'node:assert';
import facilities from '../../examples/facilities.json';
import { useWorkbench } from './workbench-page';

/**
 * The name box, the formula bar and the cell message are the active sheet's, however the sheet became active: a tab
 * clicked, the pane's activate (the example model), a file opened into new sheets, the table check writing to a new
 * sheet. Before this, the bar kept the old sheet's cell after a switch, and Enter wrote its text into the new sheet's
 * A1.
 */
describe('end to end: the formula bar and name box follow the active sheet', function () {
  this.timeout(120000);
  const suite = useWorkbench();
  const page = () => suite.wb.page;
  const bar = () => page().inputValue('[data-testid="formula-input"]');
  const nameBox = () => page().inputValue('[data-testid="name-box"]');
  const message = () => page().textContent('[data-testid="cell-message"]');
  const active = (name: string) => page().locator(`[data-testid="sheet-tab-${name}"][aria-pressed="true"]`).waitFor();
  /** A cell of a named sheet, whichever sheet is shown. */
  const valueOn = (sheet: string, address: string) => page().evaluate(({ s, a }) => {
    const { hf } = window.etsWorkbench!;
    const v = hf.getCellValue(hf.simpleCellAddressFromString(a, hf.getSheetId(s)!)!);
    return typeof v === 'object' && v !== null ? (v as { value: string }).value : v;
  }, { s: sheet, a: address });
  /** Types into the formula bar and presses Enter, without choosing a cell first. */
  const typeInBar = async (text: string) => {
    await page().fill('[data-testid="formula-input"]', text);
    await page().press('[data-testid="formula-input"]', 'Enter');
  };

  it('after a tab switch: the new sheet\'s A1 in the bar, and Enter writes there, not to the old sheet', async () => {
    await suite.wb.enter('H3', '=ETS.COVERED("cemnt",1)');
    await suite.wb.cell('H3').click();
    assert.equal(await bar(), '=ETS.COVERED("cemnt",1)');
    assert.match((await message())!, /^#VALUE! sector: "cemnt"/);
    await page().click('[data-testid="sheet-add"]');
    await active('Sheet2');
    assert.deepEqual([await nameBox(), await bar(), await message()], ['A1', '', ''], 'the bar shows the empty A1 of Sheet2');
    await typeInBar('Kiln 9');
    assert.equal(await valueOn('Sheet2', 'A1'), 'Kiln 9');
    assert.equal(await valueOn('Facilities', 'A1'), 'Facility', 'the other sheet\'s A1 is untouched');
    assert.equal(await nameBox(), 'A2', 'Enter moved down on Sheet2');
    // Back on Facilities by its tab: A1 of Facilities in the bar, and Enter writes to Facilities.
    await page().click('[data-testid="sheet-tab-Facilities"]');
    await active('Facilities');
    assert.deepEqual([await nameBox(), await bar()], ['A1', 'Facility']);
    await suite.wb.select('H4');
    await typeInBar('note');
    assert.equal(await valueOn('Facilities', 'H4'), 'note');
    assert.equal(await valueOn('Sheet2', 'H4'), null);
  });

  it('typing in the bar is kept while the pane redraws the sheet, and dropped when the sheet changes', async () => {
    await suite.wb.select('H5');
    await page().fill('[data-testid="formula-input"]', 'half typed');
    await page().evaluate(() => window.etsWorkbench!.grid.refresh());
    assert.equal(await bar(), 'half typed', 'a redraw keeps the typing');
    await page().evaluate(() => window.etsWorkbench!.grid.showSheet('Sheet2'));
    assert.deepEqual([await nameBox(), await bar()], ['A1', 'Kiln 9'], 'a sheet switch shows the new sheet\'s cell');
    await page().press('[data-testid="formula-input"]', 'Enter');
    assert.equal(await valueOn('Sheet2', 'A1'), 'Kiln 9', 'Enter entered what the bar showed');
    assert.equal(await valueOn('Facilities', 'H5'), null);
  });

  it('after the pane activates a sheet it wrote (the example model)', async () => {
    await page().click('[data-testid="sheet-tab-Facilities"]');
    await suite.wb.cell('B3').click();
    assert.equal(await bar(), facilities.rows[1]![1]);
    await suite.pane.locator('[data-testid="tab-example"]').click();
    await suite.pane.locator('[data-testid="ex-insert"]').click();
    await active('ETS example');
    const a1 = await valueOn('ETS example', 'A1');
    assert.deepEqual([await nameBox(), await bar()], ['A1', a1]);
    await typeInBar('Example, edited');
    assert.equal(await valueOn('ETS example', 'A1'), 'Example, edited');
    assert.equal(await valueOn('Facilities', 'A1'), 'Facility');
  });

  it('after a file opens into a new sheet', async () => {
    await page().click('[data-testid="sheet-tab-Facilities"]');
    await suite.wb.cell('C4').click();
    await page().setInputFiles('[data-testid="file-input"]',
      { name: 'clients.csv', mimeType: 'text/csv', buffer: Buffer.from('Client,Emissions\nBaiyun,31200\n') });
    await active('clients');
    assert.deepEqual([await nameBox(), await bar()], ['A1', 'Client']);
    await suite.wb.select('B2');
    assert.equal(await bar(), '31200');
    await suite.wb.select('C2');
    await typeInBar('=B2*2');
    assert.equal(await valueOn('clients', 'C2'), 62400, 'B2 of the opened sheet, doubled');
    assert.equal(await valueOn('Facilities', 'C2'), facilities.rows[0]![2], 'Facilities!C2 is untouched');
  });

  it('after the table check writes to a new sheet', async () => {
    await page().click('[data-testid="sheet-tab-Facilities"]');
    // A note where the check's Reason column would go, so it offers a new sheet.
    await suite.wb.enter('G2', 'ask the client');
    await suite.wb.cell('B3').click();
    await suite.pane.locator('[data-testid="tab-table"]').click();
    await suite.pane.locator('[data-testid="tc-read"]').click();
    await suite.pane.locator('[data-testid="tc-run"]').click();
    await suite.pane.locator('[data-testid="tc-new-sheet"]').click();
    await active('ETS coverage');
    assert.deepEqual([await nameBox(), await bar()], ['A1', String(await valueOn('ETS coverage', 'A1'))]);
    await typeInBar('Plant');
    assert.equal(await valueOn('ETS coverage', 'A1'), 'Plant');
    await suite.wb.select('A1');
    assert.equal(await bar(), 'Plant', 'a text-formatted cell shows no text prefix in the bar');
    assert.equal(await valueOn('Facilities', 'A1'), 'Facility');
  });

  it('kept the console free of errors and made no request off this machine', () => {
    assert.deepEqual(suite.wb.consoleErrors, []);
    assert.deepEqual(suite.wb.outsideRequests, []);
  });
});
