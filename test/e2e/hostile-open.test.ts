import { strict as assert } from 'node:assert';
import { Workbook, type Worksheet } from 'exceljs';
import JSZip from 'jszip';
import { useWorkbench } from './workbench-page';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A small workbook (A1 = 1) with the hostile part written into its sheet's XML, as a crafted file has it. */
async function crafted(fill?: (ws: Worksheet) => void, edit: (xml: string) => string = (x) => x): Promise<Buffer> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('Big');
  ws.getCell('A1').value = 1;
  fill?.(ws);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  zip.file('xl/worksheets/sheet1.xml', edit(xml));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * Hostile .xlsx files opened in the workbench (issue 23 items 1 and 4): before the fix a whole-sheet merge or data
 * validation crashed the tab, a saved =SEQUENCE(200000,200) hung it for minutes, a typed =SUM(OFFSET(A1,0,0,200000,200))
 * crashed it, and a format with 101 decimals half-opened the file with typing landing on another sheet. Each is timed:
 * a file is answered within seconds, and a refused one adds no sheet and keeps the sheets open.
 */
describe('end to end: hostile .xlsx files in the workbench', function () {
  this.timeout(120_000);
  const session = useWorkbench();
  const status = () => session.wb.page.locator('[data-testid="file-status"]');
  const sheetNames = (): Promise<string[]> => session.wb.page.evaluate(() => window.etsWorkbench!.hf.getSheetNames());

  async function open(name: string, buffer: Buffer): Promise<{ text: string; ms: number }> {
    const t = Date.now();
    await session.wb.page.setInputFiles('[data-testid="file-input"]', { name, mimeType: XLSX, buffer });
    await status().filter({ hasText: new RegExp(`^(Opened|Could not open) ${name.replace('.', '\\.')}`) }).waitFor({ timeout: 30_000 });
    return { text: (await status().textContent())!, ms: Date.now() - t };
  }

  it('a value at XFD1048576 is refused with the limits named; nothing is added and the open sheets keep their cells', async () => {
    const { wb } = session;
    await wb.enter('A1', 'kept');
    const before = await sheetNames();
    const { text, ms } = await open('far.xlsx', await crafted((ws) => { ws.getCell('XFD1048576').value = 2; }));
    assert.equal(text, 'Could not open far.xlsx: sheet Big has a cell at XFD1048576, and the workbench holds at most 200,000 rows and 200 columns (A1:GR200000). Nothing was opened.');
    assert.ok(ms < 15_000, `${ms} ms`);
    assert.deepEqual(await sheetNames(), before);
    assert.equal(await wb.value('A1'), 'kept');
  });

  it('a merged area and a data validation over the whole sheet open at once, the merge and validation dropped', async () => {
    const whole = (xml: string): string => xml
      .replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>')
      .replace('<pageMargins', '<dataValidations count="1"><dataValidation type="whole" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation></dataValidations><pageMargins');
    const { text, ms } = await open('whole.xlsx', await crafted((ws) => { ws.getCell('B2').value = 'here'; }, whole));
    assert.equal(text, 'Opened whole.xlsx into the new sheet Big.');
    assert.ok(ms < 15_000, `${ms} ms`);
    assert.deepEqual([await session.wb.value('A1'), await session.wb.value('B2')], [1, 'here']);
  });

  it('a saved =SEQUENCE(200000,200) keeps the value Excel saved, saying why, and the sheet computes', async () => {
    const { text, ms } = await open('spill.xlsx', await crafted((ws) => {
      ws.getCell('B1').value = { formula: '_xlfn.SEQUENCE(200000,200)', result: 1 } as never;
      ws.getCell('C1').value = { formula: 'A1*3', result: 3 } as never;
    }));
    assert.equal(text, 'Opened spill.xlsx into the new sheet Big (2). One formula shows the value Excel saved (too large to compute here (1)); hover over a cell for why.');
    assert.ok(ms < 15_000, `${ms} ms`);
    assert.deepEqual([await session.wb.value('B1'), await session.wb.value('C1')], [1, 3]);
    assert.match((await session.wb.cell('B1').getAttribute('title'))!, /200,000 rows × 200 columns/);
  });

  it('typed, =SUM(OFFSET(A1,0,0,200000,200)) and =SEQUENCE(200000,200) are errors saying why, at once', async () => {
    const { wb } = session;
    const t = Date.now();
    await wb.enter('E1', '=SUM(OFFSET(A1,0,0,200000,200))');
    await wb.enter('E2', '=SEQUENCE(200000,200)');
    const offset = await wb.value('E1') as { error: string; message: string };
    const sequence = await wb.value('E2') as { error: string; message: string };
    assert.ok(Date.now() - t < 15_000);
    assert.equal(offset.error, '#ERROR!');
    assert.match(offset.message, /cover 40,000,000 cells; the workbench computes at most 1,000,000/);
    assert.match(sequence.message, /200,000 rows × 200 columns/);
  });

  it('a number format with 101 decimals opens whole, shows General, and typing lands on the sheet shown', async () => {
    const { wb } = session;
    const { text } = await open('decimals.xlsx', await crafted((ws) => { ws.getCell('B1').value = 3.5; ws.getCell('B1').numFmt = `0.${'0'.repeat(101)}`; }));
    assert.equal(text, 'Opened decimals.xlsx into the new sheet Big (3).');
    assert.equal(await wb.page.getAttribute('[data-testid="sheet-tab-Big (3)"]', 'aria-pressed'), 'true');
    assert.equal(await wb.cell('B1').textContent(), '3.5');
    await wb.enter('C1', '=B1*2');
    assert.equal(await wb.page.evaluate(() => {
      const { hf } = window.etsWorkbench!;
      return hf.getCellValue({ sheet: hf.getSheetId('Big (3)')!, row: 0, col: 2 });
    }), 7);
    assert.deepEqual(wb.consoleErrors, []);
  });
});
