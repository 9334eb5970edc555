import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { DetailedCellError, type HyperFormula } from 'hyperformula';
import { HeadlessView } from '../../src/workbench/cell-formats';
import { display } from '../../src/workbench/display';
import { createEngine } from '../../src/workbench/engine';
import { engineWorkbook, loadWorkbook, openedDetails } from '../../src/workbench/file-actions';
import { isError, isFormula, type Value, type WorkbookData } from '../../src/workbench/files';
import type { OpenResult } from '../../src/workbench/open-workbook';
import { readWorkbook, writeXlsx } from '../../src/workbench/xlsx';

/** The Commission's template, kept in the repository (see test/fixtures/README.md). */
export const TEMPLATE = join(__dirname, '..', 'fixtures', 'cbam-communication-template-v2.1.1.xlsx');
const SHEETS = [
  '0_Versions', 'a_Contents', 'b_Guidelines&Conditions', 'c_CodeLists', 'A_InstData', 'B_EmInst', 'C_Emissions&Energy', 'D_Processes',
  'E_PurchPrec', 'F_Tools', 'G_FurtherGuidance', 'Summary_Processes', 'Summary_Products', 'Summary_Communication',
];
const HIDDEN = ['InputOutput', 'Parameters_Constants', 'Parameters_CNCodes', 'Translations', 'VersionDocumentation'];

/**
 * The CBAM communication template for installations (v2.1.1) as a consultant opens it: every sheet, its names and
 * Excel's values, formulas computing where the engine can and the saved value with its reason where it cannot.
 */
describe('workbench files: the Commission\'s CBAM communication template (v2.1.1)', function () {
  this.timeout(300000);
  const bytes = readFileSync(TEMPLATE);
  let book: WorkbookData;
  let hf: HyperFormula;
  let view: HeadlessView;
  let result: OpenResult;
  /** The same file read by exceljs alone, for Excel's saved values. */
  let excel: Workbook;

  const value = (sheet: string, a1: string): unknown => {
    const v = hf.getCellValue(hf.simpleCellAddressFromString(a1, hf.getSheetId(sheet)!)!);
    return v instanceof DetailedCellError ? { error: v.value } : v;
  };
  const savedByExcel = (sheet: string, a1: string): unknown => excel.getWorksheet(sheet)!.getCell(a1).result;
  const address = (sheet: string, row: number, col: number): string =>
    `${sheet}!${hf.simpleCellAddressToString({ sheet: hf.getSheetId(sheet)!, row, col }, hf.getSheetId(sheet)!)}`;

  before(async () => {
    book = await readWorkbook(bytes, { limits: { rows: 200_000, cols: 200 } });
    hf = createEngine({});
    hf.addSheet('Facilities');
    view = new HeadlessView({ sheet: 'Facilities', top: 0, left: 0, rows: 1, cols: 1 });
    result = loadWorkbook(hf, view, book);
    excel = new Workbook();
    await excel.xlsx.load(bytes as never);
  });

  after(() => hf?.destroy());

  it('opens all 19 sheets in order, the five hidden ones hidden, showing the first visible one', () => {
    assert.deepEqual(result.sheets, [...SHEETS, ...HIDDEN]);
    assert.deepEqual(result.hidden, HIDDEN);
    assert.deepEqual(hf.getSheetNames(), ['Facilities', ...SHEETS, ...HIDDEN]);
    assert.deepEqual(HIDDEN.map((s) => view.sheetState(s)), HIDDEN.map(() => 'hidden'));
    assert.equal(result.show, '0_Versions');
  });

  it('takes its 106 defined names: 104 workbook names as the engine\'s own, the two sheets\' filter ranges kept for saving', () => {
    assert.equal(book.names.length, 106);
    const scoped = book.names.filter((n) => n.sheet !== undefined);
    assert.deepEqual(scoped.map((n) => [n.name, n.sheet]), [['_xlnm._FilterDatabase', 'Parameters_CNCodes'], ['_xlnm._FilterDatabase', 'Translations']]);
    assert.equal(hf.listNamedExpressions().length, 104);
    assert.deepEqual(result.namesNotTaken, []);
    assert.deepEqual(view.keptNames().map((n) => `${n.name}@${n.sheet}`), ['_xlnm._FilterDatabase@Parameters_CNCodes', '_xlnm._FilterDatabase@Translations']);
    assert.equal(hf.getNamedExpressionFormula('CNTR_Matrix_Inv'), '=InputOutput!$E$71:$AH$100');
    assert.deepEqual(hf.calculateFormula('=INDEX(CONST_LIST_Goods,1)&"/"&ROWS(CNCodes_ListKey)', 0), 'Cement/569');
  });

  it('shows in every formula cell the value Excel saved: computed by the engine, or kept', () => {
    let formulas = 0;
    const differing: string[] = [];
    for (const sheet of book.sheets) {
      sheet.cells.forEach((row, r) => row?.forEach((c, col) => {
        if (!isFormula(c)) return;
        formulas += 1;
        if (c.result === undefined) return;
        const shown = value(sheet.name, address(sheet.name, r, col).split('!')[1]!);
        const same = typeof c.result === 'number' && typeof shown === 'number'
          ? Math.abs(shown - c.result) <= 1e-9 * Math.max(1, Math.abs(c.result)) : JSON.stringify(shown) === JSON.stringify(c.result);
        if (!same) differing.push(`${address(sheet.name, r, col)}: ${JSON.stringify(shown)} ≠ ${JSON.stringify(c.result)}`);
      }));
    }
    assert.equal(formulas, 52_736);
    assert.deepEqual(differing, []);
    // Cells read by exceljs alone, as Excel saved them, and as the grid shows them.
    const checks: Array<[string, string]> = [
      ['Summary_Communication', 'B2'], ['A_InstData', 'D17'], ['Parameters_Constants', 'AO88'], ['F_Tools', 'D101'],
      ['Parameters_Constants', 'C135'], ['InputOutput', 'AK71'], ['Parameters_Constants', 'AX92'], ['B_EmInst', 'BP40'],
    ];
    for (const [sheet, a1] of checks) {
      const saved = savedByExcel(sheet, a1) as Value | undefined;
      assert.notEqual(saved, undefined, `${sheet}!${a1} has a saved value`);
      assert.deepEqual(value(sheet, a1), isError(saved) ? { error: saved.error } : saved, `${sheet}!${a1}`);
    }
    assert.deepEqual(checks.slice(0, 4).map(([s, a]) => display(hf.getCellValue(hf.simpleCellAddressFromString(a, hf.getSheetId(s)!)!)).text),
      ['Communication with reporting declarants', 'About the installation', 'Cement', 'P1']);
  });

  it('keeps as saved values only what it cannot compute, and says why: CELL(), INDIRECT(), MINVERSE(), four results it computes differently', () => {
    const by = (kind: string, name?: string) => result.saved.filter((s) => s.reason.kind === kind && (!name || (s.reason as { names: string[] }).names.includes(name)));
    assert.deepEqual([by('function', 'CELL').length, by('function', 'INDIRECT').length, by('function', 'MINVERSE').length, by('function').length], [15, 52, 1, 68]);
    // ADDRESS leaves sheet names starting with a digit or holding "&" unquoted; COUNTIF with a blank criterion. (The
    // MMULTs at F_Tools!V101:W110, 30 rows of result entered over 10 cells, are cut to their range as in Excel.)
    assert.deepEqual(by('differs').map((s) => address(s.sheet, s.row, s.col)),
      ['a_Contents!S8', 'a_Contents!S12', 'a_Contents!S28', 'Parameters_CNCodes!F1']);
    assert.equal(result.saved.length, 72);
    assert.equal(openedDetails(result), ' 72 formulas show the value Excel saved (CELL(), INDIRECT(), MINVERSE(): the workbench cannot compute them (68), ' +
      'results the workbench computes differently (4)); hover over a cell for why.');
    assert.equal(view.savedAt('D_Processes', 1, 20)!.note, 'Saved value from the file: the workbench cannot compute CELL(). The file\'s formula: ' +
      '=IF(ISERROR(CELL("filename",V2)),"D_Processes",MID(CELL("filename",V2),FIND("]",CELL("filename",V2))+1,1024))');
    assert.equal(view.savedAt('InputOutput', 70, 4)!.array!.rows, 30, 'MINVERSE over E71:AH100 keeps its 900 saved cells');
    assert.match(view.savedAt('a_Contents', 7, 18)!.note, /the workbench computes "0_Versions!\$C\$6" here, where Excel saved "'0_Versions'!\$C\$6"/);
    // The rest computes live, among it the MMULTs over the kept inverse and INDEX over their results.
    assert.equal(hf.getCellFormula(hf.simpleCellAddressFromString('AK71', hf.getSheetId('InputOutput')!)!), '=ARRAYFORMULA(ARRAYAREA(30,1,MMULT(E71:AH100,AJ71:AJ100)))');
  });

  it('computes live: an installation\'s name typed into A_InstData reaches the summaries', () => {
    const input = hf.simpleCellAddressFromString('I20', hf.getSheetId('A_InstData')!)!;
    assert.deepEqual([value('Summary_Processes', 'G10'), value('Summary_Communication', 'G12'), value('a_Contents', 'H63')], ['', '', '']);
    hf.setCellContents(input, [['Baiyun Cement Plant']]);
    assert.deepEqual([value('Summary_Processes', 'G10'), value('Summary_Communication', 'G12'), value('a_Contents', 'H63')],
      ['Baiyun Cement Plant', 'Baiyun Cement Plant', 'Baiyun Cement Plant']);
    hf.setCellContents(input, [[null]]);
    assert.equal(value('Summary_Communication', 'G12'), '');
  });

  it('keeps its fills, fonts, merges, widths and hidden columns beside the engine, and saves it back whole', async () => {
    assert.equal(view.fillAt('A_InstData', 0, 0), '#CCFFFF');
    assert.deepEqual(view.fontAt('A_InstData', 1, 1), { bold: true, size: 10, name: 'Arial' });
    assert.equal(view.merges('Summary_Processes').length, 485);
    assert.equal(view.columnWidth('A_InstData', 4), 145);
    const saved = engineWorkbook(hf, view);
    const out = await writeXlsx(saved.sheets, saved.names);
    const back = new Workbook();
    await back.xlsx.load(out as never);
    assert.deepEqual(back.worksheets.map((w) => [w.name, w.state]),
      [['Facilities', 'visible'], ...SHEETS.map((s) => [s, 'visible']), ...HIDDEN.map((s) => [s, 'hidden'])]);
    const ws = back.getWorksheet('A_InstData')!;
    assert.deepEqual([ws.getCell('A1').fill, ws.getCell('B2').font.bold, ws.getCell('B2').font.name], [{ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFCCFFFF' } }, true, 'Arial']);
    assert.equal(Object.keys((back.getWorksheet('Summary_Processes') as unknown as { _merges: object })._merges).length, 485);
    // Its helper columns (P:U on most sheets) and rows stay hidden in Excel.
    assert.deepEqual([1, 16, 24, 25].map((c) => back.getWorksheet('D_Processes')!.getColumn(c).hidden), [true, true, true, false]);
    let hiddenRows = 0;
    back.getWorksheet('Summary_Products')!.eachRow({ includeEmpty: true }, (row) => { if (row.hidden) hiddenRows += 1; });
    assert.equal(hiddenRows, 205);
    assert.deepEqual(back.getWorksheet('D_Processes')!.getCell('U2').value, {
      formula: 'IF(ISERROR(CELL("filename",V2)),"D_Processes",MID(CELL("filename",V2),FIND("]",CELL("filename",V2))+1,1024))', result: 'D_Processes',
    }, 'a kept formula goes back as the file\'s formula with its value');
    const workbookXml = await (await JSZip.loadAsync(out)).file('xl/workbook.xml')!.async('string');
    assert.equal([...workbookXml.matchAll(/<definedName /g)].length, 106);
    assert.match(workbookXml, /<definedName name="_xlnm\._FilterDatabase" localSheetId="18" hidden="1">Translations!\$A\$4:\$K\$2107<\/definedName>/);
    assert.match(workbookXml, /<definedName name="CNTR_Matrix_Inv">InputOutput!\$E\$71:\$AH\$100<\/definedName>/);
  });
});
