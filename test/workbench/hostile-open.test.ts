import { strict as assert } from 'node:assert';
import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { DetailedCellError } from 'hyperformula';
import { FileTooLargeError, readWorkbook, SheetTooLargeError } from '../../src/workbench/xlsx';
import { MAX_FILE_CELLS } from '../../src/workbench/xlsx-parts';
import { loadWorkbook } from '../../src/workbench/file-actions';
import { HeadlessView } from '../../src/workbench/cell-formats';
import { createEngine, ENGINE_CONFIG } from '../../src/workbench/engine';
import { display } from '../../src/workbench/display';
import { sayer } from '../../src/workbench/words';

const LIMITS = { rows: ENGINE_CONFIG.maxRows!, cols: ENGINE_CONFIG.maxColumns! };

/**
 * A one-sheet workbook (A1 = 1, B1 = A1*2) written by exceljs, its sheet's XML then edited as a crafted file would
 * have it: the hostile parts are written into the package by hand, as exceljs would refuse or expand them.
 */
async function crafted(edit: (xml: string) => string = (x) => x, fill?: (ws: import('exceljs').Worksheet) => void): Promise<Uint8Array> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('Big');
  ws.getCell('A1').value = 1;
  ws.getCell('B1').value = { formula: 'A1*2', result: 2 } as never;
  fill?.(ws);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  zip.file('xl/worksheets/sheet1.xml', edit(xml));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Reads within a time limit: before the fix these ran out of memory (the process died) or for minutes. */
async function quickly<T>(work: () => Promise<T>, ms = 10_000): Promise<T> {
  const t = performance.now();
  const out = await work();
  assert.ok(performance.now() - t < ms, `took ${Math.round(performance.now() - t)} ms`);
  return out;
}

describe('workbench: hostile .xlsx files are refused or defused before anything is built (issue 23)', function () {
  this.timeout(60_000);

  it('a merged area over the whole sheet (A1:XFD1048576) is dropped before exceljs makes a cell for each of its 17 billion cells', async () => {
    const bytes = await crafted((xml) => xml.replace('</sheetData>', '</sheetData><mergeCells count="2"><mergeCell ref="A1:XFD1048576"/><mergeCell ref="C3:D4"/></mergeCells>'));
    const book = await quickly(() => readWorkbook(bytes, { limits: LIMITS }));
    assert.deepEqual(book.sheets[0]!.merges, [{ top: 2, left: 2, rows: 2, cols: 2 }], 'the ordinary merge is kept');
    assert.equal(book.sheets[0]!.cells[0]![0], 1);
  });

  it('a merged area reaching past the limits is cut to them when what is left is small', async () => {
    const bytes = await crafted((xml) => xml.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="GQ1:XFD2"/></mergeCells>'));
    const book = await quickly(() => readWorkbook(bytes, { limits: LIMITS }));
    assert.deepEqual(book.sheets[0]!.merges, [{ top: 0, left: 198, rows: 2, cols: 2 }]);
  });

  it('data validations over a whole sheet are dropped (exceljs lists every cell they cover; the workbench does not use them)', async () => {
    const bytes = await crafted((xml) => xml.replace(/<\/sheetData>([\s\S]*?)<pageMargins/,
      '</sheetData>$1<dataValidations count="1"><dataValidation type="whole" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation></dataValidations><pageMargins'));
    const book = await quickly(() => readWorkbook(bytes, { limits: LIMITS }));
    assert.deepEqual(book.sheets[0]!.cells[0], [1, { formula: '=A1*2', result: 2 }]);
  });

  it('refuses a file with more cells than it opens before exceljs reads them', async () => {
    const bytes = await crafted((xml) => xml.replace('</row>', `${'<c/>'.repeat(MAX_FILE_CELLS)}</row>`));
    await assert.rejects(quickly(() => readWorkbook(bytes, { limits: LIMITS })),
      (e: unknown) => e instanceof FileTooLargeError && e.key === 'files.too-many-cells');
  });

  it('refuses a value at XFD1048576 naming the cell, and an array formula whose area reaches past the limits', async () => {
    const far = await crafted(undefined, (ws) => { ws.getCell('XFD1048576').value = 2; });
    await assert.rejects(quickly(() => readWorkbook(far, { limits: LIMITS })),
      (e: unknown) => e instanceof SheetTooLargeError && e.address === 'XFD1048576');
    const array = await crafted((xml) => xml.replace('<f>A1*2</f>', '<f t="array" ref="B1:XFD1048576">A1*2</f>'));
    await assert.rejects(quickly(() => readWorkbook(array, { limits: LIMITS })),
      (e: unknown) => e instanceof SheetTooLargeError && e.address === 'XFD1048576');
  });

  it('refuses an array formula inside the limits but over more cells than one formula may fill', async () => {
    const array = await crafted((xml) => xml.replace('<f>A1*2</f>', '<f t="array" ref="B1:GR200000">A1*2</f>'));
    await assert.rejects(quickly(() => readWorkbook(array, { limits: LIMITS })), (e: unknown) => e instanceof FileTooLargeError
      && e.key === 'files.array-too-large' && e.params.cell === 'B1' && e.params.rows === 200000 && e.params.cols === 199);
    assert.match(sayer('zh-CN')('files.array-too-large', { sheet: 'Big', cell: 'B1', rows: 200000, cols: 199, max: 1000000 }), /未打开任何内容/);
  });

  it('a saved =SEQUENCE(200000,200) or =SUM(OFFSET(A1,0,0,200000,200)) keeps its saved value, saying why, instead of hanging the engine', async () => {
    const bytes = await crafted(undefined, (ws) => {
      ws.getCell('C1').value = { formula: '_xlfn.SEQUENCE(200000,200)', result: 1 } as never;
      ws.getCell('D1').value = { formula: 'SUM(A1:GR200000)', result: 1 } as never;
    });
    const book = await readWorkbook(bytes, { limits: LIMITS });
    const hf = createEngine({});
    const view = new HeadlessView({ sheet: 'Big', top: 0, left: 0, rows: 1, cols: 1 });
    const opened = await quickly(async () => loadWorkbook(hf, view, book));
    assert.deepEqual(opened.saved.map((s) => [s.col, s.reason.kind]), [[2, 'too-large'], [3, 'too-large']]);
    assert.match(view.savedAt('Big', 0, 2)!.note, /200,000 rows × 200 columns/);
    assert.equal(hf.getCellValue({ sheet: 0, row: 0, col: 2 }), 1);
    assert.equal(hf.getCellValue({ sheet: 0, row: 0, col: 1 }), 2, 'the rest computes');
    hf.destroy();
  });

  it('a number format asking for 101 decimals shows General for its cell (Intl throws "minimumFractionDigits out of range")', async () => {
    const format = `0.${'0'.repeat(101)}`;
    assert.equal(display(3.5, format).text, '3.5');
    assert.equal(display(0.25, `${format}%`).text, '0.25');
    assert.equal(display(3.5, '0.00').text, '3.50', 'ordinary formats still apply');
    const bytes = await crafted(undefined, (ws) => { ws.getCell('C1').value = 3.5; ws.getCell('C1').numFmt = format; });
    const book = await readWorkbook(bytes, { limits: LIMITS });
    const hf = createEngine({});
    const view = new HeadlessView({ sheet: 'Big', top: 0, left: 0, rows: 1, cols: 1 });
    loadWorkbook(hf, view, book);
    assert.equal(display(hf.getCellValue({ sheet: 0, row: 0, col: 2 }), view.numberFormat('Big', 0, 2)).text, '3.5');
    hf.destroy();
  });
});

describe('workbench engine: formulas too large to compute are refused before the engine allocates for them (issue 23)', () => {
  const value = (f: string, lang = 'en'): unknown => {
    const hf = createEngine({}, {}, sayer(lang));
    hf.addSheet('S');
    hf.setCellContents({ sheet: 0, row: 0, col: 0 }, [[1]]);
    hf.setCellContents({ sheet: 0, row: 0, col: 7 }, [[f]]);
    const v = hf.getCellValue({ sheet: 0, row: 0, col: 7 });
    hf.destroy();
    return v;
  };
  const refused = (v: unknown, pattern: RegExp): boolean => v instanceof DetailedCellError && v.value === '#ERROR!' && pattern.test(v.message);

  it('a spill of 40 million cells (=SEQUENCE(200000,200), =A1:GR200000*2) is an error saying so, at once', () => {
    assert.ok(refused(value('=SEQUENCE(200000,200)'), /200,000 rows × 200 columns \(40,000,000 cells\).*at most 1,000,000/));
    assert.ok(refused(value('=A1:GR200000*2'), /40,000,000 cells/));
    assert.ok(refused(value('=SEQUENCE(200000,200)', 'zh-CN'), /工作台对一个公式最多计算/));
  });

  it('a range over 40 million cells, written or made by OFFSET, is an error saying so; whole columns and smaller ranges compute', () => {
    assert.ok(refused(value('=SUM(OFFSET(A1,0,0,200000,200))'), /cover 40,000,000 cells/));
    assert.ok(refused(value('=SUM(A1:GR200000)'), /cover 40,000,000 cells/));
    assert.ok(refused(value('=SUM(A1:E200000,I1:M200000)'), /cover 2,000,000 cells/));
    assert.equal(value('=SUM(A1:E1000)'), 1);
    assert.equal(value('=SUM(I:GR)+A1'), 1);
    assert.equal(value('=SEQUENCE(3,2)'), 1);
  });
});

describe('workbench .xlsx fidelity: 1904-date workbooks (issue 23 item 7)', () => {
  it('a date in a 1904-date workbook is the same day in the workbench (1900 system), and formulas over it still match Excel', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('D');
    // Serial 45658 in the 1904 system is 2 January 2029 (47120 in the 1900 system); before the fix it showed 2025-01-01.
    ws.getCell('A1').value = 45658;
    ws.getCell('A1').numFmt = 'yyyy-mm-dd';
    ws.getCell('A2').value = 45658;
    ws.getCell('A3').value = { formula: 'A1+1', result: 45659 } as never;
    ws.getCell('A3').numFmt = 'yyyy-mm-dd';
    ws.getCell('A4').value = 0.5;
    ws.getCell('A4').numFmt = 'h:mm';
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    zip.file('xl/workbook.xml', workbook.replace(/<workbookPr([^>]*?)\/>/, '<workbookPr date1904="1"$1/>'));
    const book = await readWorkbook(await zip.generateAsync({ type: 'uint8array' }));
    assert.deepEqual(book.sheets[0]!.cells, [[47120], [45658], [{ formula: '=A1+1', result: 47121 }], [0.5]],
      'dates move to the 1900 system; a plain number and a time stay');
    const hf = createEngine({});
    const view = new HeadlessView({ sheet: 'D', top: 0, left: 0, rows: 1, cols: 1 });
    const opened = loadWorkbook(hf, view, book);
    assert.deepEqual(opened.saved, [], 'A1+1 computes to the value Excel saved');
    assert.equal(display(hf.getCellValue({ sheet: 0, row: 0, col: 0 }), 'yyyy-mm-dd').text, '2029-01-02');
    assert.equal(hf.calculateFormula('=YEAR(D!A1)', 0), 2029);
    hf.destroy();
  });
});
