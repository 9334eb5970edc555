import { strict as assert } from 'node:assert';
import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { DetailedCellError, type HyperFormula } from 'hyperformula';
import { HeadlessView } from '../../src/workbench/cell-formats';
import { cellLook } from '../../src/workbench/cell-look';
import { createEngine } from '../../src/workbench/engine';
import { EnginePort, marksOf } from '../../src/workbench/engine-port';
import { engineWorkbook, fileTexts, loadWorkbook, openedDetails, savedNote } from '../../src/workbench/file-actions';
import { formulaFromExcel, formulaToExcel, type Value, type WorkbookData } from '../../src/workbench/files';
import { savedIsNoMeasure, unsupported } from '../../src/workbench/formula-check';
import { EngineFailure } from '../../src/workbench/open-workbook';
import { readWorkbook, SheetTooLargeError, writeXlsx } from '../../src/workbench/xlsx';
import { colorOf, pixelsToWidth, themeColors, tinted, widthToPixels } from '../../src/workbench/xlsx-styles';
import { loadBundle } from '../functions/bundle';

const LIMITS = { rows: 200_000, cols: 200 };
const bytesOf = async (wb: Workbook): Promise<Uint8Array> => new Uint8Array(await wb.xlsx.writeBuffer());
const view = (): HeadlessView => new HeadlessView({ sheet: 'Facilities', top: 0, left: 0, rows: 1, cols: 1 });

/** The engine's value of a cell as a file holds it ({ error } for errors). */
function valueAt(hf: HyperFormula, sheet: string, a1: string): unknown {
  const v = hf.getCellValue(hf.simpleCellAddressFromString(a1, hf.getSheetId(sheet)!)!);
  return v instanceof DetailedCellError ? { error: v.value } : v;
}
const formulaAt = (hf: HyperFormula, sheet: string, a1: string) => hf.getCellFormula(hf.simpleCellAddressFromString(a1, hf.getSheetId(sheet)!)!);

/** The saved file's workbook part, for what exceljs does not read back (names with their scope). */
async function workbookXml(bytes: ArrayBuffer): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')!.async('string');
}

/**
 * A client's workbook as Excel would save it: a visible facility sheet with a coloured, bold header row, a merged
 * title, set widths, a theme-coloured input column and a number format; a hidden and a very hidden sheet of
 * constants; workbook and sheet names, a print area; and formulas over all of them.
 */
async function clientBook(): Promise<Uint8Array> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('Facilities');
  ws.mergeCells('A1:C1');
  ws.getCell('A1').value = 'Client facilities 2025';
  ws.getCell('A1').font = { bold: true, size: 14, name: 'Arial', color: { argb: 'FF1F4E79' } };
  ws.addRow([]);
  ws.getRow(2).values = ['Facility', 'Sector', 'Direct emissions (tCO2e)', 'Covered by rate'];
  for (const c of ['A2', 'B2', 'C2', 'D2']) {
    ws.getCell(c).font = { bold: true, italic: true, underline: true };
    ws.getCell(c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  }
  ws.getCell('A3').value = 'Baiyun Cement';
  ws.getCell('B3').value = 'cement';
  ws.getCell('C3').value = 31200;
  ws.getCell('C3').numFmt = '#,##0';
  // An input cell coloured from the theme (accent 1, lightened) and still empty: its colour must survive.
  ws.getCell('C4').fill = { type: 'pattern', pattern: 'solid', fgColor: { theme: 4, tint: 0.5 } as never };
  ws.getCell('D3').value = { formula: 'C3*Rate', result: 312 } as never;
  ws.getCell('E3').value = { formula: 'C3*Local', result: 624 } as never;
  ws.getCell('F3').value = { formula: 'IF(D3>100,TRUE,FALSE)', result: true } as never;
  ws.getColumn(1).width = 22;
  ws.getColumn(3).width = 15;
  ws.getColumn(7).hidden = true;
  ws.getCell('A5').value = 'hidden note';
  ws.getRow(5).hidden = true;
  const constants = wb.addWorksheet('Constants', { state: 'hidden' });
  constants.getCell('A1').value = 'rate';
  constants.getCell('B1').value = 0.01;
  wb.addWorksheet('Macros', { state: 'veryHidden' }).getCell('A1').value = 'very hidden';
  const bytes = await bytesOf(wb);
  // exceljs cannot write scoped names: add them to the package as Excel does.
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('xl/workbook.xml')!.async('string');
  zip.file('xl/workbook.xml', xml.replace('</sheets>', '</sheets><definedNames>' +
    '<definedName name="_xlnm.Print_Area" localSheetId="0">Facilities!$A$1:$D$3</definedName>' +
    '<definedName name="Local" localSheetId="0">Constants!$B$1*2</definedName>' +
    '<definedName name="Rate">Constants!$B$1</definedName>' +
    '<definedName name="Relative">Facilities!A1</definedName>' +
    '<definedName name="ETS_TableCheck1_Results" localSheetId="0">Facilities!$D$2:$D$3</definedName>' +
    '</definedNames>'));
  return zip.generateAsync({ type: 'uint8array' });
}

describe('workbench files: a client\'s workbook read, opened and saved whole', function () {
  this.timeout(60000);
  const functions = loadBundle();

  it('reads every sheet with its state, styles, merges, widths and names (scoped where they are)', async () => {
    const book = await readWorkbook(await clientBook(), { limits: LIMITS });
    assert.deepEqual(book.sheets.map((s) => [s.name, s.state ?? 'visible']), [['Facilities', 'visible'], ['Constants', 'hidden'], ['Macros', 'veryHidden']]);
    const [facilities] = book.sheets;
    assert.deepEqual(facilities!.merges, [{ top: 0, left: 0, rows: 1, cols: 3 }]);
    assert.deepEqual(facilities!.widths, [{ col: 0, pixels: 154 }, { col: 2, pixels: 105 }, { col: 6, pixels: 63 }], 'a hidden column keeps its width');
    assert.deepEqual([facilities!.hiddenColumns, facilities!.hiddenRows], [[6], [4]]);
    // exceljs writes Office 2007's theme, whose first accent is 4F81BD.
    assert.deepEqual(facilities!.fills, [
      { top: 1, left: 0, rows: 1, cols: 4, color: '#D9E1F2' },
      { top: 3, left: 2, rows: 1, cols: 1, color: `#${tinted('4F81BD', 0.5)}` },
    ]);
    // exceljs gives a merged area's cells its first cell's style, as Excel does.
    assert.deepEqual(facilities!.fonts!.find((f) => f.top === 0), { top: 0, left: 0, rows: 1, cols: 3, font: { bold: true, color: '#1F4E79', size: 14, name: 'Arial' } });
    assert.deepEqual(facilities!.fonts!.find((f) => f.top === 1), { top: 1, left: 0, rows: 1, cols: 4, font: { bold: true, italic: true, underline: true } });
    assert.deepEqual(book.names, [
      { name: '_xlnm.Print_Area', formula: 'Facilities!$A$1:$D$3', sheet: 'Facilities' },
      { name: 'Local', formula: 'Constants!$B$1*2', sheet: 'Facilities' },
      { name: 'Rate', formula: 'Constants!$B$1' },
      { name: 'Relative', formula: 'Facilities!A1' },
      { name: 'ETS_TableCheck1_Results', formula: 'Facilities!$D$2:$D$3', sheet: 'Facilities' },
    ]);
    assert.deepEqual(facilities!.cells[2]![5], { formula: '=IF(D3>100,TRUE(),FALSE())', result: true }, 'TRUE and FALSE as the engine reads them');
  });

  it('opens it: hidden sheets hidden, names computing, marks as the pane\'s, styles kept beside the engine', async () => {
    const hf = createEngine(functions);
    hf.addSheet('Facilities');
    const v = view();
    const result = loadWorkbook(hf, v, await readWorkbook(await clientBook(), { limits: LIMITS }));
    assert.deepEqual(result.sheets, ['Facilities (2)', 'Constants', 'Macros']);
    assert.deepEqual([result.hidden, result.show], [['Constants', 'Macros'], 'Facilities (2)']);
    assert.deepEqual([v.sheetState('Constants'), v.sheetState('Macros'), v.sheetState('Facilities (2)')], ['hidden', 'veryHidden', 'visible']);
    // Rate is the workbook's, Local the sheet's own; both follow the renamed sheet.
    assert.deepEqual(['D3', 'E3', 'F3'].map((a) => valueAt(hf, 'Facilities (2)', a)), [312, 624, true]);
    assert.equal(hf.getNamedExpressionFormula('Rate'), '=Constants!$B$1');
    assert.equal(hf.getNamedExpressionFormula('Local', hf.getSheetId('Facilities (2)')), '=Constants!$B$1*2');
    assert.deepEqual(result.namesNotTaken, ['Relative'], 'a name with a relative reference, which the engine cannot hold');
    assert.deepEqual(marksOf(hf, 'Facilities (2)'), [{ name: 'ETS_TableCheck1_Results', area: { sheet: 'Facilities (2)', top: 1, left: 3, rows: 2, cols: 1 } }]);
    assert.deepEqual(v.keptNames().map((n) => n.name), ['_xlnm.Print_Area', 'Relative']);
    assert.equal(v.fillAt('Facilities (2)', 1, 3), '#D9E1F2');
    assert.deepEqual(v.fontAt('Facilities (2)', 1, 0), { bold: true, italic: true, underline: true });
    assert.deepEqual(v.mergeAt('Facilities (2)', 0, 2), { top: 0, left: 0, rows: 1, cols: 3 });
    assert.equal(v.columnWidth('Facilities (2)', 0), 154);
    assert.equal(v.numberFormat('Facilities (2)', 2, 2), '#,##0');
    assert.equal(v.fillAt('Facilities', 1, 3), undefined, 'the sheet that was open keeps its own');
    // What the grid draws: the merged title across A1:C1, the header's font and fill.
    assert.deepEqual(cellLook(v, 'Facilities (2)', 0, 0).merge, { first: true, columns: [0, 1, 2], more: { right: true, below: false } });
    assert.deepEqual(cellLook(v, 'Facilities (2)', 0, 2).merge, { first: false, columns: [0, 1, 2], more: { right: false, below: false } });
    assert.deepEqual(cellLook(v, 'Facilities (2)', 1, 1), { fill: '#D9E1F2', font: { bold: true, italic: true, underline: true } });
    hf.destroy();
  });

  it('saves fills, fonts, widths, merges, formats, hidden sheets, columns and rows, names and marks, and opens the saved file to the same', async () => {
    const hf = createEngine(functions);
    hf.addSheet('Facilities');
    const v = view();
    loadWorkbook(hf, v, await readWorkbook(await clientBook(), { limits: LIMITS }));
    // The user and the pane add their own: a fill and a bold total, a wider column, a merged note, a second mark.
    v.fill('Facilities (2)', 2, 0, 2, '#FFF4CE');
    v.setFont('Facilities (2)', { top: 4, left: 0, rows: 1, cols: 1 }, { bold: true, color: '#C00000' });
    v.setColumnWidth('Facilities (2)', 1, 120);
    v.merge('Facilities (2)', { top: 6, left: 0, rows: 2, cols: 2 });
    await new EnginePort(hf, v).setMarks([{ name: 'ETS_TableCheck1_Summary', area: { sheet: 'Facilities (2)', top: 1, left: 7, rows: 9, cols: 6 } }]);
    const book = engineWorkbook(hf, v);
    const saved = await writeXlsx(book.sheets, book.names);

    // Read back by exceljs itself.
    const wb = new Workbook();
    await wb.xlsx.load(saved as never);
    assert.deepEqual(wb.worksheets.map((w) => [w.name, w.state]), [['Facilities', 'visible'], ['Facilities (2)', 'visible'], ['Constants', 'hidden'], ['Macros', 'veryHidden']]);
    const ws = wb.getWorksheet('Facilities (2)')!;
    assert.deepEqual(ws.getCell('B2').fill, { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } });
    assert.deepEqual((ws.getCell('B3').fill as { fgColor?: unknown }).fgColor, { argb: 'FFFFF4CE' });
    assert.equal((ws.getCell('C4').fill as { fgColor?: { argb?: string } }).fgColor?.argb, `FF${tinted('4F81BD', 0.5)}`, 'the empty input cell keeps its colour');
    assert.deepEqual([ws.getCell('A2').font.bold, ws.getCell('A2').font.italic, ws.getCell('A2').font.underline], [true, true, true]);
    assert.deepEqual([ws.getCell('A5').font.bold, ws.getCell('A5').font.color], [true, { argb: 'FFC00000' }]);
    assert.deepEqual([ws.getCell('A1').font.size, ws.getCell('A1').font.name], [14, 'Arial']);
    assert.deepEqual([ws.getColumn(1).width, ws.getColumn(2).width, ws.getColumn(3).width].map((w) => widthToPixels(w!)), [154, 120, 105]);
    assert.deepEqual([ws.getColumn(7).hidden, ws.getColumn(6).hidden, ws.getRow(5).hidden, ws.getRow(4).hidden], [true, false, true, false]);
    assert.deepEqual([ws.getCell('B1').isMerged, ws.getCell('B8').isMerged, ws.getCell('D1').isMerged], [true, true, false]);
    assert.equal(ws.getCell('C3').numFmt, '#,##0');
    assert.deepEqual(ws.getCell('D3').value, { formula: 'C3*Rate', result: 312 });
    assert.deepEqual(ws.getCell('F3').value, { formula: 'IF(D3>100,TRUE,FALSE)', result: true }, 'TRUE and FALSE as Excel writes them');
    const xml = await workbookXml(saved);
    const names = [...xml.matchAll(/<definedName name="([^"]+)"( localSheetId="(\d)")?[^>]*>([^<]*)</g)].map((m) => [m[1], m[3] ?? '', m[4]]);
    assert.deepEqual(names, [
      ['Rate', '', 'Constants!$B$1'],
      ['Local', '1', 'Constants!$B$1*2'],
      ['ETS_TableCheck1_Results', '1', "'Facilities (2)'!$D$2:$D$3"],
      ['ETS_TableCheck1_Summary', '1', "'Facilities (2)'!$H$2:$M$10"],
      ['_xlnm.Print_Area', '1', "'Facilities (2)'!$A$1:$D$3"],
      ['Relative', '', "'Facilities (2)'!A1"],
    ]);

    // Opened again, into a workbench with nothing open: the same sheets, names, marks and styles.
    const again = createEngine(functions);
    const v2 = view();
    const result = loadWorkbook(again, v2, await readWorkbook(saved, { limits: LIMITS }));
    assert.deepEqual(result.sheets, ['Facilities', 'Facilities (2)', 'Constants', 'Macros']);
    assert.deepEqual(result.hidden, ['Constants', 'Macros']);
    assert.deepEqual(marksOf(again, 'Facilities (2)'), marksOf(hf, 'Facilities (2)'));
    assert.deepEqual(['D3', 'E3', 'F3'].map((a) => valueAt(again, 'Facilities (2)', a)), [312, 624, true]);
    for (const check of ['fills', 'fonts', 'merges', 'numberFormats'] as const) {
      assert.deepEqual(v2[check]('Facilities (2)'), v[check]('Facilities (2)'), check);
    }
    assert.deepEqual(v2.columnWidths('Facilities (2)'), v.columnWidths('Facilities (2)'));
    assert.deepEqual([v2.hiddenOf('Facilities (2)', 'columns'), v2.hiddenOf('Facilities (2)', 'rows')], [[6], [4]]);
    assert.deepEqual(v2.keptNames(), v.keptNames());
    hf.destroy();
    again.destroy();
  });

  it('refuses a 6 KB file with cells at A1 and XFD1048576 before building anything, with the cell it found', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Huge');
    ws.getCell('A1').value = 1;
    ws.getCell('XFD1048576').value = 2;
    const bytes = await bytesOf(wb);
    assert.ok(bytes.byteLength < 10_000);
    await assert.rejects(readWorkbook(bytes, { limits: LIMITS }), (e: unknown) =>
      e instanceof SheetTooLargeError && e.sheet === 'Huge' && e.address === 'XFD1048576');
    assert.equal(fileTexts().tooLarge('Huge', 'XFD1048576', 200_000, 200),
      'sheet Huge has a cell at XFD1048576, and the workbench holds at most 200,000 rows and 200 columns (A1:GR200000). Nothing was opened.');
    // A far cell with only a style is no reason to refuse: its style is left out.
    const styled = new Workbook();
    const sheet = styled.addWorksheet('Styled');
    sheet.getCell('A1').value = 1;
    sheet.getCell('XFD1048576').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
    const read = await readWorkbook(await bytesOf(styled), { limits: LIMITS });
    assert.deepEqual([read.sheets[0]!.cells, read.sheets[0]!.fills], [[[1]], undefined]);
  });

  it('keeps the saved value of formulas it cannot compute, says why, and computes the formulas over them', async () => {
    const hf = createEngine(functions);
    const v = view();
    const book: WorkbookData = {
      sheets: [{
        name: 'S',
        cells: [
          [10, { formula: '=CELL("filename",A1)', result: 'C:\\[book.xlsx]S' }, { formula: '=B1&"!"', result: 'C:\\[book.xlsx]S!' }],
          [20, { formula: "='[1]Other sheet'!A1*2", result: 42 }, { formula: '=B2+1', result: 43 }],
          [30, { formula: '=SUM(Table1[Amount])', result: 7 }, { formula: '=B3*A3', result: 210 }],
          [40, { formula: '=Relative+1', result: 5 }, { formula: '=FOO(1)+BAR(2)' }],
          [{ formula: '=MINVERSE(A1:B2)', result: 1, array: { rows: 2, cols: 2 } }, 2, { formula: '=SUM(A5:B6)', result: 10 }],
          [3, 4],
        ],
        formats: [],
      }],
      names: [{ name: 'Relative', formula: 'S!A1' }],
    };
    const result = loadWorkbook(hf, v, book);
    const kinds = result.saved.map((s) => `${s.row},${s.col} ${s.reason.kind}`);
    assert.deepEqual(kinds, ['0,1 function', '1,1 external', '2,1 table', '3,1 name', '3,2 function', '4,0 function']);
    assert.deepEqual(['B1', 'C1', 'B2', 'C2', 'B3', 'C3', 'B4', 'C4'].map((a) => valueAt(hf, 'S', a)),
      ['C:\\[book.xlsx]S', 'C:\\[book.xlsx]S!', 42, 43, 7, 210, 5, null], 'saved values, and the formulas over them computing');
    assert.deepEqual(['A5', 'B5', 'A6', 'B6', 'C5'].map((a) => valueAt(hf, 'S', a)), [1, 2, 3, 4, 10], 'an array formula keeps all its saved cells');
    assert.equal(v.savedAt('S', 0, 1)!.note,
      'Saved value from the file: the workbench cannot compute CELL(). The file\'s formula: =CELL("filename",A1)');
    assert.match(v.savedAt('S', 1, 1)!.note, /: the formula refers to another workbook\./);
    assert.match(v.savedAt('S', 2, 1)!.note, /: the formula uses a table reference \(Table\[Column\]\)/);
    assert.match(v.savedAt('S', 3, 1)!.note, /: the formula uses Relative, a name the workbench could not take\./);
    assert.match(v.savedAt('S', 3, 2)!.note, /: the workbench cannot compute BAR\(\), FOO\(\)\./);
    assert.equal(openedDetails(result), ' 6 formulas show the value Excel saved (BAR(), CELL(), FOO(), MINVERSE(): the workbench cannot compute them (3), ' +
      'links to other workbooks (1), table references (1), names the workbench could not take (1)); hover over a cell for why. ' +
      'The name Relative could not be used here; kept for saving.');
    assert.equal(cellLook(v, 'S', 0, 1).note, v.savedAt('S', 0, 1)!.note, 'the grid shows the note on hover');

    // An input change computes through the saved value; the saved cell itself does not change.
    hf.setCellContents(hf.simpleCellAddressFromString('A3', hf.getSheetId('S')!)!, [[31]]);
    assert.deepEqual([valueAt(hf, 'S', 'B3'), valueAt(hf, 'S', 'C3')], [7, 217]);
    // Saved: the file's formulas again, with their values.
    const saved = await writeXlsx(...(Object.values(engineWorkbook(hf, v)) as [never, never]));
    const wb = new Workbook();
    await wb.xlsx.load(saved as never);
    const ws = wb.getWorksheet('S')!;
    assert.deepEqual(ws.getCell('B1').value, { formula: 'CELL("filename",A1)', result: 'C:\\[book.xlsx]S' });
    assert.deepEqual(ws.getCell('B3').value, { formula: 'SUM(Table1[Amount])', result: 7 });
    assert.deepEqual(ws.getCell('A5').value, { formula: 'MINVERSE(A1:B2)', result: 1, shareType: 'array', ref: 'A5:B6' });
    assert.deepEqual(ws.getCell('C3').value, { formula: 'B3*A3', result: 217 });
    // Typing over a saved cell makes it the user's: no note, and saved as typed.
    hf.setCellContents(hf.simpleCellAddressFromString('B1', hf.getSheetId('S')!)!, [['typed']]);
    assert.equal(v.savedAt('S', 0, 1), undefined);
    assert.equal(engineWorkbook(hf, v).sheets[0]!.cells[0]![1], 'typed');
    hf.destroy();
  });

  it('keeps Excel\'s value where the engine computes another, at the first cell of the chain only', () => {
    const hf = createEngine(functions);
    const v = view();
    const result = loadWorkbook(hf, v, {
      sheets: [{
        name: 'S',
        cells: [
          // B1 differs (Excel saved 5, as if A1 had been 2.5): kept. C1 and D1 agree once B1 holds 5: they stay live.
          [2, { formula: '=A1*2', result: 5 }, { formula: '=B1+1', result: 6 }, { formula: '=C1*10', result: 60 }],
          // A formula the engine cannot read, and an ETS formula Excel saved without the add-in (#NAME?): the first
          // keeps its value, the second computes (the add-in's functions are the workbench's own).
          [{ formula: '=SUM(1,', result: 3 }, { formula: '=ETS.COVERED("cement",31200)', result: { error: '#NAME?' } }, { formula: '=B2', result: { error: '#NAME?' } }],
          [{ formula: '=TODAY()', result: 1 }, { formula: '=A3*0+1', result: 7 }],
        ],
        formats: [],
      }],
      names: [],
    });
    assert.deepEqual(result.saved.map((s) => [s.row, s.col, s.reason.kind]), [[0, 1, 'differs'], [1, 0, 'syntax']]);
    assert.deepEqual(['B1', 'C1', 'D1', 'A2', 'B2', 'C2'].map((a) => valueAt(hf, 'S', a)), [5, 6, 60, 3, true, true]);
    assert.equal(valueAt(hf, 'S', 'B3'), 1, 'computed from a volatile formula: no measure, stays live');
    assert.equal(v.savedAt('S', 0, 1)!.note, 'Saved value from the file: the workbench computes 4 here, where Excel saved 5. The file\'s formula: =A1*2');
    assert.match(v.savedAt('S', 1, 0)!.note, /: the workbench cannot read this formula\./);
    hf.setCellContents(hf.simpleCellAddressFromString('B1', hf.getSheetId('S')!)!, [[7]]);
    assert.deepEqual(['C1', 'D1'].map((a) => valueAt(hf, 'S', a)), [8, 80], 'the chain over it is live');
    hf.destroy();

    // A workbook set to calculate by hand may hold old results: they are no measure, everything stays live.
    const manual = createEngine(functions);
    const kept = loadWorkbook(manual, view(), { sheets: [{ name: 'S', cells: [[2, { formula: '=A1*2', result: 5 }]], formats: [] }], names: [], manualCalc: true });
    assert.deepEqual([kept.saved, valueAt(manual, 'S', 'B1')], [[], 4]);
    manual.destroy();
  });

  it('opens the same workbook twice, each copy computing with its own names', async () => {
    const hf = createEngine(functions);
    const v = view();
    const book = await readWorkbook(await clientBook(), { limits: LIMITS });
    loadWorkbook(hf, v, book);
    const second = loadWorkbook(hf, v, book);
    assert.deepEqual(second.sheets, ['Facilities (2)', 'Constants (2)', 'Macros (2)']);
    hf.setCellContents(hf.simpleCellAddressFromString('B1', hf.getSheetId('Constants (2)')!)!, [[0.02]]);
    assert.deepEqual([valueAt(hf, 'Facilities', 'D3'), valueAt(hf, 'Facilities (2)', 'D3')], [312, 624]);
    assert.equal(hf.getNamedExpressionFormula('Rate', hf.getSheetId('Facilities (2)')), "='Constants (2)'!$B$1");
    hf.destroy();
  });

  it('is all or nothing: an engine failure on every try adds no sheet and leaves what was open as it was', () => {
    // A function that throws inside the engine stands for a failure no check foresees.
    const failing = { ...functions, BOOM: () => { throw new Error('boom'); } };
    const hf = createEngine(failing);
    const id = hf.getSheetId(hf.addSheet('Facilities'))!;
    hf.setCellContents({ sheet: id, row: 0, col: 0 }, [[1, '=A1*3']]);
    const v = view();
    // In a cell: the second try keeps the cell's saved value and opens the rest.
    const once = loadWorkbook(hf, v, { sheets: [{ name: 'S', cells: [[1, { formula: '=ETS.BOOM()', result: 9 }, { formula: '=A1+1', result: 2 }]], formats: [] }], names: [] });
    assert.deepEqual(once.saved.map((s) => s.reason), [{ kind: 'engine', message: 'boom' }, { kind: 'engine', message: 'boom' }]);
    assert.deepEqual([valueAt(hf, 'S', 'B1'), valueAt(hf, 'S', 'C1')], [9, 2]);
    // In a name every formula of the file needs: nothing can be opened.
    const before = hf.getSheetNames();
    assert.throws(() => loadWorkbook(hf, v, {
      sheets: [{ name: 'T', cells: [[{ formula: '=Boom+1', result: 1 }]], formats: [], fills: [{ top: 0, left: 0, rows: 1, cols: 1, color: '#FF0000' }] }],
      names: [{ name: 'Boom', formula: 'ETS.BOOM()' }],
    }), (e: unknown) => e instanceof EngineFailure && e.message === 'boom');
    assert.deepEqual(hf.getSheetNames(), before);
    assert.equal(hf.getNamedExpression('Boom'), undefined);
    assert.equal(v.fillAt('T', 0, 0), undefined);
    assert.deepEqual([valueAt(hf, 'Facilities', 'B1'), valueAt(hf, 'S', 'C1')], [3, 2], 'what was open still computes');
    hf.destroy();
    createEngine(functions).destroy(); // the page's functions back for the other tests
  });

  it('opens a file whose names repeat: the first is taken, the repeat kept aside and reported', () => {
    const hf = createEngine(functions);
    const v = view();
    const result = loadWorkbook(hf, v, {
      sheets: [{ name: 'S', cells: [[1, { formula: '=Rate*2', result: 2 }]], formats: [] }],
      names: [
        { name: 'Rate', formula: 'S!$A$1' }, { name: 'Rate', formula: 'S!$A$1' },
        { name: 'ETS_TableCheck1_Results', formula: 'S!$A$1:$B$1', sheet: 'S' }, { name: 'ETS_TableCheck1_Results', formula: 'S!$A$1:$B$1', sheet: 'S' },
      ],
    });
    assert.deepEqual([result.sheets, result.namesNotTaken, valueAt(hf, 'S', 'B1')], [['S'], ['Rate', 'ETS_TableCheck1_Results'], 2]);
    assert.deepEqual(marksOf(hf, 'S').map((m) => m.area), [{ sheet: 'S', top: 0, left: 0, rows: 1, cols: 2 }]);
    hf.destroy();
  });

  it('reads array formulas ({=…}) as the engine computes them element by element', () => {
    const hf = createEngine(functions);
    loadWorkbook(hf, view(), {
      sheets: [{ name: 'S', cells: [[1, 2, { formula: '=SUM(A1:A3*B1:B3)', result: 44, array: { rows: 1, cols: 1 } }], [3, 4], [5, 6]], formats: [] }], names: [],
    });
    assert.deepEqual([valueAt(hf, 'S', 'C1'), formulaAt(hf, 'S', 'C1')], [44, '=ARRAYFORMULA(SUM(A1:A3*B1:B3))']);
    assert.deepEqual(engineWorkbook(hf, view()).sheets[0]!.cells[0]![2], { formula: '=SUM(A1:A3*B1:B3)', result: 44, array: { rows: 1, cols: 1 } });
    hf.destroy();
  });

  it('fills a legacy array formula\'s whole range as Excel does, and saves it over that range again', async () => {
    const hf = createEngine(functions);
    // Column A holds 1, 2, 3. Each formula is entered over a range with Ctrl+Shift+Enter; the file holds its first
    // cell's result with it, as Excel saves it.
    const area = (formula: string, rows: number, cols: number, result: Value) => ({ formula, result, array: { rows, cols } });
    const sheet = {
      name: 'S', formats: [],
      cells: [
        [1, null, area('=10*2', 3, 1, 20), area('=A1:A2*10', 3, 1, 10), area('=A1:A3*100', 2, 1, 100), area('=TRANSPOSE(A1:A3)', 1, 2, 1),
          null, area('=A1:A3*(1)', 3, 2, 1)],
        [2, null, null, null, null, area('=1/0', 2, 1, { error: '#DIV/0!' })], [3],
      ],
    };
    loadWorkbook(hf, view(), { sheets: [sheet], names: [] });
    const column = (letter: string, rows = 3) => Array.from({ length: rows }, (_, r) => valueAt(hf, 'S', `${letter}${r + 1}`));
    assert.deepEqual(column('C'), [20, 20, 20], 'a single value repeats in every cell');
    assert.deepEqual(column('D'), [10, 20, { error: '#N/A' }], 'a smaller result leaves #N/A');
    assert.deepEqual(column('E'), [100, 200, null], 'a larger result is cut to the range');
    assert.deepEqual([valueAt(hf, 'S', 'F1'), valueAt(hf, 'S', 'G1'), valueAt(hf, 'S', 'F2'), valueAt(hf, 'S', 'F3')], [1, 2, { error: '#DIV/0!' }, { error: '#DIV/0!' }],
      'a row cut to two cells; an error fills its area');
    assert.deepEqual([valueAt(hf, 'S', 'H1'), valueAt(hf, 'S', 'I1'), valueAt(hf, 'S', 'H3'), valueAt(hf, 'S', 'I3')], [1, 1, 3, 3], 'a column repeats across');
    hf.setCellContents({ sheet: hf.getSheetId('S')!, row: 0, col: 0 }, 7);
    assert.deepEqual(column('D'), [70, 20, { error: '#N/A' }], 'it recomputes when a cell it reads changes');
    const saved = engineWorkbook(hf, view()).sheets[0]!.cells;
    assert.deepEqual([saved[0]![2], saved[0]![3], saved[0]![7]], [
      { formula: '=10*2', result: 20, array: { rows: 3, cols: 1 } },
      { formula: '=A1:A2*10', result: 70, array: { rows: 3, cols: 1 } },
      { formula: '=A1:A3*(1)', result: 7, array: { rows: 3, cols: 2 } },
    ]);
    // Through the file and back: the range Excel reads is the one the formula was entered over.
    const back = await readWorkbook(await writeXlsx(engineWorkbook(hf, view()).sheets), { limits: LIMITS });
    assert.deepEqual(back.sheets[0]!.cells[0]![3], { formula: '=A1:A2*10', result: 70, array: { rows: 3, cols: 1 } });
    hf.destroy();
  });
});

describe('workbench files: formulas, colours and widths between Excel and the engine', () => {
  it('tells why a formula cannot be computed, from its text alone', () => {
    const support = { functions: new Set(['SUM', 'IF', 'ETS.COVERED']), missingNames: new Set(['RELATIVE']) };
    assert.equal(unsupported('=SUM(A1:A3)+IF(A1,1,2)+ETS.COVERED("cement",1)', support), undefined);
    assert.deepEqual(unsupported('=INDIRECT("A1")+CELL("row")+SUM(1)', support), { kind: 'function', names: ['CELL', 'INDIRECT'] });
    assert.deepEqual(unsupported('=[1]Sheet1!A1', support), { kind: 'external' });
    assert.deepEqual(unsupported("='C:\\dir\\[Book.xlsx]Sheet 1'!A1", support), { kind: 'external' });
    assert.deepEqual(unsupported('=SUM(Sales[Amount])+[@Qty]', support), { kind: 'table' });
    assert.deepEqual(unsupported('=relative*2', support), { kind: 'name', names: ['relative'] });
    assert.equal(unsupported('="INDIRECT(A1) [1] Relative"&\'Sheet (x)\'!A1', { ...support, functions: new Set() }), undefined, 'text and quoted sheet names are not code');
    assert.equal(unsupported('=Sheet1!RelativeX+Relative.2', support), undefined, 'longer names are other names');
    assert.deepEqual([savedIsNoMeasure('=TODAY()+1'), savedIsNoMeasure('=ETS.COVERED(A1,B1)'), savedIsNoMeasure('="TODAY()"&A1')], [true, true, false]);
  });

  it('turns Excel\'s TRUE and FALSE into the engine\'s and back, names, sheets and text left alone', () => {
    assert.equal(formulaFromExcel("IF(A1=FALSE,TRUE,'TRUE data'!A1&\"FALSE\")+TRUE_RATE+FALSE()"), "IF(A1=FALSE(),TRUE(),'TRUE data'!A1&\"FALSE\")+TRUE_RATE+FALSE()");
    assert.equal(formulaToExcel("=IF(A1=FALSE(),TRUE( ),'TRUE() data'!A1)"), "=IF(A1=FALSE,TRUE,'TRUE() data'!A1)");
    assert.equal(formulaToExcel("=0_Versions!B2+SUM('0_Versions'!A1:A2)+Sheet2!A1+Q1!A1+FY2024!B1+\"0_x!\""),
      "='0_Versions'!B2+SUM('0_Versions'!A1:A2)+Sheet2!A1+'Q1'!A1+'FY2024'!B1+\"0_x!\"", 'sheet names Excel reads only in quotes, quoted');
  });

  it('reads colours as Excel shows them: ARGB, theme colours (light and dark swapped) with a tint, the legacy palette', () => {
    const theme = themeColors('<a:clrScheme name="x"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>' +
      '<a:dk2><a:srgbClr val="4A8588"/></a:dk2><a:lt2><a:srgbClr val="81B8BB"/></a:lt2><a:accent1><a:srgbClr val="4EA288"/></a:accent1></a:clrScheme>');
    assert.deepEqual(theme.slice(0, 5), ['FFFFFF', '000000', '81B8BB', '4A8588', '4EA288']);
    const palette = { theme, indexed: [] as string[] };
    assert.equal(colorOf({ argb: 'FF1F4E79' }), '#1F4E79');
    assert.equal(colorOf({ theme: 1 }, palette), '#000000');
    assert.equal(colorOf({ theme: 0, tint: -0.15 }, palette), '#D9D9D9', 'white darkened 15%: Excel\'s "White, Background 1, Darker 15%"');
    assert.equal(colorOf({ theme: 4, tint: 0.8 }, palette), `#${tinted('4EA288', 0.8)}`);
    assert.equal(colorOf({ indexed: 12 }), '#0000FF');
    assert.equal(colorOf({ indexed: 64 }), '#000000', 'the system text colour');
    assert.equal(colorOf(undefined), undefined);
    // Excel's own swatches for the Office theme's accents.
    assert.deepEqual([tinted('4472C4', 0.8), tinted('4472C4', 0.6), tinted('4472C4', 0.4), tinted('4472C4', -0.5), tinted('ED7D31', 0.4), tinted('000000', 0.5)],
      ['D9E1F2', 'B4C6E7', '8EA9DB', '203764', 'F4B084', '808080']);
  });

  it('converts column widths between Excel\'s characters and the grid\'s pixels, stable both ways', () => {
    assert.deepEqual([widthToPixels(9.140625), widthToPixels(12.7109375), widthToPixels(4.7109375)], [64, 89, 33]);
    for (const pixels of [24, 64, 88, 154, 300]) assert.equal(widthToPixels(pixelsToWidth(pixels)), pixels);
  });

  it('words the notes and the status as the texts at the top of file-actions say', () => {
    assert.equal(savedNote({ kind: 'differs', engine: { error: '#VALUE!' }, saved: 'x' }, '=A1'),
      'Saved value from the file: the workbench computes #VALUE! here, where Excel saved "x". The file\'s formula: =A1');
    assert.equal(savedNote({ kind: 'engine', message: 'boom' }, '=A1'), 'Saved value from the file: the spreadsheet engine failed on this workbook (boom). The file\'s formula: =A1');
    assert.match(savedNote({ kind: 'function', names: ['X'] }, `=${'A'.repeat(400)}`), /: =A{299}…$/, 'a long formula is cut');
  });
});
