/**
 * End to end: the workbench as a spreadsheet people work in — paste a block copied from Excel, move and edit with the
 * keyboard, copy out, undo, a 100,000-row sheet that scrolls with only the rows in view drawn, resizable columns, new
 * and renamed sheets, and a task pane that hides and resizes.
 */
import { strict as assert } from 'node:assert';
import { useWorkbench } from './workbench-page';

const SECTORS = ['cement', 'steel', 'aluminium', 'power:gas', '水泥', 'chemicals'];

/** A 30 × 6 block as Excel puts it on the clipboard: a header row, then 29 rows; numbers as a client list writes them. */
function clientBlock(): { tsv: string; rows: string[][] } {
  const rows = [['Facility', 'Sector', 'Output (t)', 'Intensity', 'Direct emissions (tCO2e)', 'Code']];
  for (let i = 1; i < 30; i += 1) {
    const output = 10_000 * i + 500;
    rows.push([`Plant ${i}`, SECTORS[i % SECTORS.length]!, output.toLocaleString('en-US'), String(0.8 + i / 100), i === 7 ? '1.2E6' : String(output * 2), `00${i}`]);
  }
  return { rows, tsv: `${rows.map((r) => r.join('\t')).join('\r\n')}\r\n` };
}

describe('end to end: the workbench grid (paste, keyboard, big sheets, layout)', function () {
  this.timeout(120000);
  const suite = useWorkbench();
  const page = () => suite.wb.page;
  const nameBox = () => page().inputValue('[data-testid="name-box"]');
  const paste = (text: string) => page().evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
  const copy = () => page().evaluate(() => {
    const data = new DataTransfer();
    document.dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }));
    return data.getData('text/plain');
  });

  it('pastes a 30 × 6 block copied from a spreadsheet into a new sheet, numbers as numbers and codes as text', async () => {
    await page().click('[data-testid="sheet-add"]');
    await page().locator('[data-testid="sheet-tab-Sheet2"][aria-pressed="true"]').waitFor();
    await suite.wb.cell('A1').click();
    const { tsv, rows } = clientBlock();
    await paste(tsv);
    assert.equal(await nameBox(), 'A1:F30', 'the pasted block is selected');
    assert.equal(await suite.wb.value('A1'), 'Facility');
    assert.equal(await suite.wb.value('F1'), 'Code');
    // "10,500" with its thousands separator is the number 10500; 0.81 a number; "1.2E6" 1,200,000; "001" stays text.
    assert.equal(await suite.wb.value('C2'), 10500);
    assert.equal(await suite.wb.value('D2'), 0.81);
    assert.equal(await suite.wb.value('E8'), 1200000);
    assert.equal(await suite.wb.value('F2'), '001');
    assert.equal(await suite.wb.value('B5'), '水泥');
    assert.equal(await suite.wb.value('C30'), 290500);
    assert.equal(await suite.wb.value('E30'), 581000);
    assert.equal(await suite.wb.cell('C30').textContent(), '290,500', 'shown with thousands separators');
    assert.equal(rows.length, 30);
    // The ETS functions read the pasted cells like typed ones.
    await suite.wb.enter('H2', '=ETS.COVERED(B2,E2)');
    assert.equal(await suite.wb.value('H2'), false, 'steel, 21,000 t is below the threshold');
  });

  it('moves with the arrow keys, Tab and Enter; shift extends; the name box and formula bar follow', async () => {
    await suite.wb.cell('B2').click();
    await page().keyboard.press('ArrowDown');
    await page().keyboard.press('ArrowDown');
    assert.equal(await nameBox(), 'B4');
    assert.equal(await page().inputValue('[data-testid="formula-input"]'), 'power:gas');
    await page().keyboard.press('Shift+ArrowRight');
    await page().keyboard.press('Shift+ArrowDown');
    assert.equal(await nameBox(), 'B4:C5');
    await page().keyboard.press('Tab');
    assert.equal(await nameBox(), 'C4');
    await page().keyboard.press('Enter');
    assert.equal(await nameBox(), 'C5');
    await page().keyboard.press('ArrowLeft');
    await page().keyboard.press('ArrowLeft');
    await page().keyboard.press('ArrowLeft');
    assert.equal(await nameBox(), 'A5', 'stops at column A');
  });

  it('types to replace, F2 to edit, Delete to clear, and Ctrl+Z undoes the last edits', async () => {
    await suite.wb.cell('C3').click();
    await page().keyboard.type('1,500');
    await page().keyboard.press('Enter');
    assert.equal(await suite.wb.value('C3'), 1500);
    assert.equal(await nameBox(), 'C4', 'Enter moves down');
    await page().keyboard.press('ArrowUp');
    await page().keyboard.press('F2');
    await page().keyboard.type('0');
    await page().keyboard.press('Enter');
    assert.equal(await suite.wb.value('C3'), 15000, 'F2 edits the content: 1500 → 15000');
    await page().keyboard.press('ArrowUp');
    await page().keyboard.press('Delete');
    assert.equal(await suite.wb.value('C3'), null);
    await page().keyboard.press('Control+z');
    assert.equal(await suite.wb.value('C3'), 15000);
    await page().keyboard.press('Control+z');
    await page().keyboard.press('Control+z');
    assert.equal(await suite.wb.value('C3'), 20500, 'back to the pasted value');
    await page().keyboard.press('Control+y');
    assert.equal(await suite.wb.value('C3'), 1500);
    // Escape leaves a cell as it was.
    await page().keyboard.type('oops');
    await page().keyboard.press('Escape');
    assert.equal(await suite.wb.value('C3'), 1500);
  });

  it('copies a selection out as tab-separated text (what Excel reads)', async () => {
    await suite.wb.cell('A1').click();
    await suite.wb.cell('B3').click({ modifiers: ['Shift'] });
    assert.equal(await nameBox(), 'A1:B3');
    assert.equal(await copy(), 'Facility\tSector\r\nPlant 1\tsteel\r\nPlant 2\taluminium\r\n');
  });

  it('renames a sheet from its tab, and formulas follow the new name', async () => {
    await page().dblclick('[data-testid="sheet-tab-Sheet2"]');
    await page().fill('[data-testid="sheet-rename"]', 'Clients');
    await page().press('[data-testid="sheet-rename"]', 'Enter');
    await page().locator('[data-testid="sheet-tab-Clients"][aria-pressed="true"]').waitFor();
    await page().click('[data-testid="sheet-tab-Facilities"]');
    await suite.wb.enter('H2', '=Clients!C2');
    assert.equal(await suite.wb.value('H2'), 10500);
  });

  it('loads a 100,000-row sheet and scrolls it with only the rows in view drawn', async () => {
    await page().evaluate(() => {
      const { hf, grid } = window.etsWorkbench!;
      const name = 'Big';
      hf.addSheet(name);
      const id = hf.getSheetId(name)!;
      hf.setCellContents({ sheet: id, row: 0, col: 0 }, Array.from({ length: 100_000 }, (_, i) => [`Plant ${i + 1}`, 'cement', 1000 + i]));
      grid.showSheet(name);
    });
    const drawn = () => page().locator('[data-testid="grid"] tbody tr:not(.wb-spacer)').count();
    assert.ok(await drawn() < 120, `drew ${await drawn()} rows`);
    await page().fill('[data-testid="name-box"]', 'C99990');
    await page().press('[data-testid="name-box"]', 'Enter');
    await suite.wb.cell('C99990').waitFor();
    assert.equal(await suite.wb.cell('C99990').textContent(), '100,989');
    assert.ok(await suite.wb.cell('C99990').isVisible(), 'the grid scrolled to the cell');
    assert.ok(await drawn() < 120);
    await page().evaluate(() => document.querySelector('.wb-scroll')!.scrollTo(0, 0));
    await suite.wb.cell('A1').waitFor();
    assert.equal(await suite.wb.cell('A1').textContent(), 'Plant 1');
    await page().click('[data-testid="sheet-tab-Facilities"]');
  });

  it('takes TRUE and FALSE typed in a formula as Excel does, not as #NAME? (issue 23)', async () => {
    await suite.wb.addSheet('Logic', []);
    await suite.wb.enter('A1', '=TRUE');
    await suite.wb.enter('B1', '=IF(A1=FALSE,"no","yes")');
    await suite.wb.enter('C1', '=NOT(false)');
    assert.deepEqual([await suite.wb.value('A1'), await suite.wb.value('B1'), await suite.wb.value('C1')], [true, 'yes', true]);
  });

  it('resizes a column by dragging its header edge', async () => {
    const before = (await suite.wb.cell('B2').boundingBox())!.width;
    const handle = (await page().locator('[data-testid="col-resize-B"]').boundingBox())!;
    await page().mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page().mouse.down();
    await page().mouse.move(handle.x + 80, handle.y + handle.height / 2, { steps: 4 });
    await page().mouse.up();
    const after = (await suite.wb.cell('B2').boundingBox())!.width;
    assert.ok(Math.abs(after - before - 78) < 6, `width ${before} → ${after}`);
  });

  it('hides and shows the task pane, and resizes it from the keyboard', async () => {
    const pane = page().locator('[data-testid="taskpane-frame"]');
    const width = (await pane.boundingBox())!.width;
    await page().focus('[data-testid="pane-resizer"]');
    await page().keyboard.press('ArrowLeft');
    await page().keyboard.press('ArrowLeft');
    assert.ok(Math.abs((await pane.boundingBox())!.width - width - 40) < 2);
    await page().click('[data-testid="pane-toggle"]');
    assert.equal(await pane.isVisible(), false);
    assert.equal(await page().getAttribute('[data-testid="pane-toggle"]', 'aria-expanded'), 'false');
    await page().click('[data-testid="pane-toggle"]');
    assert.equal(await pane.isVisible(), true);
  });

  it('kept the console free of errors and made no request off this machine', () => {
    assert.deepEqual(suite.wb.consoleErrors, []);
    assert.deepEqual(suite.wb.outsideRequests, []);
  });
});
