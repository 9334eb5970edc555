import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { DetailedCellError } from 'hyperformula';
import {
  decodeText, excelSheetName, formulaFromExcel, readCsv, renameSheetReferences, uniqueName, type SheetData,
} from '../../src/workbench/files';
import { denseCells, formatAreas, readXlsx, SheetTooLargeError, writeXlsx } from '../../src/workbench/xlsx';
import { csvFields } from '../../src/workbench/clipboard';
import { engineSheets, loadSheets } from '../../src/workbench/file-actions';
import { HeadlessView } from '../../src/workbench/cell-formats';
import { createEngine } from '../../src/workbench/engine';
import { DIST, loadBundle } from '../functions/bundle';

/** An exceljs workbook's bytes. */
async function bytesOf(wb: Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('workbench files: CSV', () => {
  it('splits fields as RFC 4180 says: quotes, "" inside them, commas and line breaks in quoted fields, CRLF or LF', () => {
    const text = 'Facility,Note\r\n"Kiln, east","says ""hi"""\r\n"two\r\nlines",\nlast,row';
    assert.deepEqual(csvFields(text), [
      ['Facility', 'Note'], ['Kiln, east', 'says "hi"'], ['two\r\nlines', ''], ['last', 'row'],
    ]);
  });

  it('drops a byte-order mark and the final line break, keeps blank lines and empty fields', () => {
    assert.deepEqual(csvFields('\ufeffa,b\n\n,c\n'), [['a', 'b'], [''], ['', 'c']]);
    assert.deepEqual(csvFields(''), []);
    assert.deepEqual(csvFields('"unclosed,field\nrest'), [['unclosed,field\nrest']], 'an unclosed quote runs to the end');
  });

  it('reads numbers as numbers, with thousands separators or an exponent, and booleans; other text as it stands', () => {
    const rows = readCsv([
      'Facility,Sector,Direct emissions (tCO2e),Share,Id,Flag',
      '"Baiyun Cement",cement,"1,250,000",0.75,00123,TRUE',
      'Linxi,steel,1.2E6,-12.5,"1,25",false',
      'Quote,"=SUM(A1)", 42 ,.5,12%,"1,250.5"',
      'x,1e999,"12,3456",+7,0,',
    ].join('\n'));
    assert.deepEqual(rows, [
      ['Facility', 'Sector', 'Direct emissions (tCO2e)', 'Share', 'Id', 'Flag'],
      ['Baiyun Cement', 'cement', 1250000, 0.75, '00123', true],
      ['Linxi', 'steel', 1200000, -12.5, '1,25', false],
      ['Quote', '=SUM(A1)', 42, 0.5, '12%', 1250.5],
      ['x', '1e999', '12,3456', 7, 0, null],
    ]);
  });

  it('takes semicolons or tabs as the delimiter when the first line has no comma outside quotes', () => {
    assert.deepEqual(readCsv('Plant;"Sector, main";t\nKiln;cement;"31,200";0.5'), [['Plant', 'Sector, main', 't'], ['Kiln', 'cement', 31200, 0.5]],
      'a decimal point elsewhere in the file makes the comma a thousands separator');
    assert.deepEqual(readCsv('a\tb\n1\t2'), [['a', 'b'], [1, 2]]);
    assert.deepEqual(readCsv('a;b,c\n1;2'), [['a;b', 'c'], ['1;2']], 'a comma on the first line decides');
  });

  it('decodes UTF-8 (with or without a mark), UTF-16 by its mark, and the fallback code page otherwise', () => {
    assert.equal(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xe6, 0xb0, 0xb4, 0xe6, 0xb3, 0xa5])), '水泥');
    assert.equal(decodeText(new Uint8Array([0xff, 0xfe, 0x34, 0x6c, 0xe5, 0x6c])), '水泥');
    assert.equal(decodeText(new Uint8Array([0xcb, 0xae, 0xc4, 0xe0]), 'gb18030'), '水泥', 'GBK bytes of 水泥');
    assert.equal(decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9])), 'Café', 'windows-1252 é');
  });
});

describe('workbench files: names and formulas', () => {
  it('makes sheet names Excel accepts and unique ones, counting on from a "(n)" already there', () => {
    assert.equal(excelSheetName('Q1/Q2: [draft]*?'), 'Q1_Q2_ _draft___');
    assert.equal(excelSheetName("'quoted'"), 'quoted');
    assert.equal(excelSheetName('   '), 'Sheet');
    assert.equal(excelSheetName('x'.repeat(40)).length, 31);
    const taken = new Set(['facilities', 'facilities (2)']);
    const isTaken = (n: string) => taken.has(n.toLowerCase());
    assert.equal(uniqueName('Notes', isTaken), 'Notes');
    assert.equal(uniqueName('Facilities', isTaken), 'Facilities (3)');
    assert.equal(uniqueName('Facilities (2)', isTaken), 'Facilities (3)');
    assert.equal(uniqueName('y'.repeat(31), () => false, 31), 'y'.repeat(31));
    assert.equal(uniqueName('y'.repeat(31), (n) => n === 'y'.repeat(31), 31), `${'y'.repeat(27)} (2)`);
  });

  it('moves references to renamed sheets, quoted or not, and leaves string literals and other sheets alone', () => {
    const renamed = new Map([['Facilities', 'Facilities (2)'], ["Bob's data", 'Data']]);
    assert.equal(renameSheetReferences('=SUM(Facilities!C2:C6)+facilities!A1+Other!B1', renamed),
      "=SUM('Facilities (2)'!C2:C6)+'Facilities (2)'!A1+Other!B1");
    assert.equal(renameSheetReferences("='Bob''s data'!A1&\"Facilities!A1\"", renamed), "='Data'!A1&\"Facilities!A1\"");
    assert.equal(renameSheetReferences('=MyFacilities!A1', renamed), '=MyFacilities!A1');
  });

  it('reads formulas Excel saved: _xlfn. prefixes dropped, _xldudf_ add-in names back to ETS names', () => {
    const names = ['ETS.COVERED', 'ETS.CBAM.FACTOR'];
    assert.equal(formulaFromExcel('_xlfn.CONCAT(A1,_xlfn._xlws.SORT(B1:B3))', names), 'CONCAT(A1,SORT(B1:B3))');
    assert.equal(formulaFromExcel('_xldudf_ETS_COVERED(B2,C2)+[2]!_xldudf_ets_cbam_factor("steel")', names),
      'ETS.COVERED(B2,C2)+ETS.CBAM.FACTOR("steel")');
    assert.equal(formulaFromExcel('_xldudf_OTHER_FN(1)&"_xlfn."', names), '_xldudf_OTHER_FN(1)&"_xlfn."', 'unknown names and text kept');
  });

  it('joins number formats into rectangles: runs down a column, equal runs side by side', () => {
    const cells = [
      ...[1, 2, 3].flatMap((row) => [{ row, col: 4, format: '0.0%' }, { row, col: 5, format: '0.0%' }]),
      { row: 4, col: 4, format: '0.0%' }, { row: 0, col: 0, format: 'General' }, { row: 7, col: 1, format: '#,##0' },
    ];
    assert.deepEqual(formatAreas(cells), [
      { top: 7, left: 1, rows: 1, cols: 1, format: '#,##0' },
      { top: 1, left: 4, rows: 4, cols: 1, format: '0.0%' },
      { top: 1, left: 5, rows: 3, cols: 1, format: '0.0%' },
    ]);
    assert.deepEqual(formatAreas([{ row: 1, col: 2, format: '0%' }, { row: 2, col: 2, format: '0%' }, { row: 1, col: 3, format: '0%' }, { row: 2, col: 3, format: '0%' }]),
      [{ top: 1, left: 2, rows: 2, cols: 2, format: '0%' }]);
  });
});

describe('workbench files: .xlsx', () => {
  const sheets: SheetData[] = [
    {
      name: 'Facilities',
      cells: [
        ['Facility', 'Sector', 'Direct emissions (tCO2e)', 'Covered', 'Share'],
        ['Baiyun Cement', 'cement', 31200, { formula: '=ETS.COVERED(B2,C2)', result: true }, 0.625],
        ['Linxi Steel', 'steel', 18720, { formula: '=ETS.COVERED(B3,C3)', result: false }, 0.375],
        ['00123', 'TRUE', { formula: '=SUM(C2:C3)', result: 49920 }, { formula: '=1/0', result: { error: '#DIV/0!' } }, { error: '#N/A' }],
        [null, null, { formula: '=B2&"!"', result: 'cement!' }, { formula: '=ETS.COVERED(B2,C2:C3)', result: true, array: { rows: 2, cols: 1 } }, 45322],
        [null, null, null, false, null],
      ],
      formats: [
        { top: 1, left: 4, rows: 2, cols: 1, format: '0.0%' },
        { top: 0, left: 2, rows: 1048576, cols: 1, format: '#,##0' },
        { top: 0, left: 2, rows: 1, cols: 1, format: 'General' },
        { top: 4, left: 4, rows: 1, cols: 1, format: 'yyyy-mm-dd' },
      ],
    },
    { name: 'Notes: 2/3', cells: [[{ formula: "=Facilities!C2*2+'Notes: 2/3'!B1", result: 62402 }, 2]], formats: [] },
  ];

  it('writes what Excel reads: formula text with its result, array formulas over their range, formats, recalculation on load', async () => {
    const bytes = await writeXlsx(sheets);
    // Read back by exceljs itself, not by readXlsx.
    const wb = new Workbook();
    await wb.xlsx.load(bytes as never);
    assert.deepEqual(wb.worksheets.map((w) => w.name), ['Facilities', 'Notes_ 2_3']);
    const ws = wb.getWorksheet('Facilities')!;
    assert.deepEqual(ws.getCell('D2').value, { formula: 'ETS.COVERED(B2,C2)', result: true });
    assert.deepEqual(ws.getCell('D4').value, { formula: '1/0', result: { error: '#DIV/0!' } });
    assert.deepEqual(ws.getCell('D5').value, { formula: 'ETS.COVERED(B2,C2:C3)', result: true, shareType: 'array', ref: 'D5:D6' });
    assert.equal(ws.getCell('D6').value, false, 'the array\'s second cell holds its result');
    assert.deepEqual([ws.getCell('A4').value, ws.getCell('B4').value, ws.getCell('E4').value], ['00123', 'TRUE', { error: '#N/A' }]);
    assert.deepEqual([ws.getCell('E2').numFmt, ws.getCell('C2').numFmt, ws.getCell('C1').numFmt, ws.getCell('A1').numFmt],
      ['0.0%', '#,##0', undefined, undefined], 'C1 set back to General; C7 on is empty and not written');
    assert.equal(ws.rowCount, 6);
    assert.deepEqual(wb.getWorksheet('Notes_ 2_3')!.getCell('A1').value, { formula: "Facilities!C2*2+'Notes_ 2_3'!B1", result: 62402 },
      'references follow the sheet renamed to an Excel name');
    const zip = await JSZip.loadAsync(bytes);
    assert.match(await zip.file('xl/workbook.xml')!.async('string'), /<calcPr[^>]*fullCalcOnLoad="1"/);
    // A FALSE result is written too (exceljs's cell.value leaves it out when read back, so the XML is checked).
    assert.match(await zip.file('xl/worksheets/sheet1.xml')!.async('string'), /<c r="D3"[^>]* t="b"><f>ETS\.COVERED\(B3,C3\)<\/f><v>0<\/v><\/c>/);
  });

  it('reads back what it wrote: sheet names, values, formulas with results, arrays and number formats', async () => {
    const back = await readXlsx(await writeXlsx(sheets));
    assert.deepEqual(back.map((s) => s.name), ['Facilities', 'Notes_ 2_3']);
    const expected = sheets[0]!.cells.map((row) => [...row]);
    expected[4]![4] = 45322; // the date format makes exceljs read a Date, taken back to its serial number
    assert.deepEqual(denseCells(back[0]!.cells), expected);
    // Column C's format holds on C2:C5, the cells of it with something in them, C1 having been set back to General.
    assert.deepEqual(back[0]!.formats, [
      { top: 1, left: 2, rows: 4, cols: 1, format: '#,##0' },
      { top: 1, left: 4, rows: 2, cols: 1, format: '0.0%' },
      { top: 4, left: 4, rows: 1, cols: 1, format: 'yyyy-mm-dd' },
    ]);
    assert.deepEqual(denseCells(back[1]!.cells), [[{ formula: "=Facilities!C2*2+'Notes_ 2_3'!B1", result: 62402 }, 2]]);
  });

  it('reads a workbook made elsewhere: shared formulas, dates, rich text, links, merged cells, Excel\'s function prefixes', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Plants');
    ws.getCell('A1').value = 'Facility';
    ws.getCell('B1').value = 'Output';
    ws.getCell('C1').value = 'Doubled';
    ws.getCell('A2').value = { richText: [{ text: 'Baiyun ', font: { bold: true } }, { text: 'Cement' }] };
    ws.getCell('A3').value = { text: 'Linxi Steel', hyperlink: 'https://example.invalid/linxi' };
    ws.getCell('B2').value = 1200;
    ws.getCell('B3').value = 800;
    ws.getCell('C2').value = { formula: 'B2*2', shareType: 'shared', ref: 'C2:C3', result: 2400 } as never;
    ws.getCell('C3').value = { sharedFormula: 'C2', result: 1600 } as never;
    ws.getCell('D1').value = new Date(Date.UTC(2024, 0, 31));
    ws.getCell('D1').numFmt = 'd mmm yyyy';
    ws.getCell('D2').value = { formula: '_xldudf_ETS_COVERED("cement",B2)', result: false } as never;
    ws.getCell('D3').value = { formula: '_xlfn.IFS(B3>1000,"big",TRUE,"small")', result: 'small' } as never;
    ws.mergeCells('E1:F2');
    ws.getCell('E1').value = 'merged';
    ws.getCell('B2').numFmt = '#,##0';
    ws.getCell('B3').numFmt = '#,##0';
    wb.addWorksheet('Empty');
    const [plants, empty] = await readXlsx(await bytesOf(wb), ['ETS.COVERED']);
    assert.equal(plants!.name, 'Plants');
    // TRUE as a value in a formula becomes TRUE(): the engine knows it as a function only.
    assert.deepEqual(denseCells(plants!.cells), [
      ['Facility', 'Output', 'Doubled', 45322, 'merged'],
      ['Baiyun Cement', 1200, { formula: '=B2*2', result: 2400 }, { formula: '=ETS.COVERED("cement",B2)', result: false }, null],
      ['Linxi Steel', 800, { formula: '=B3*2', result: 1600 }, { formula: '=IFS(B3>1000,"big",TRUE(),"small")', result: 'small' }, null],
    ]);
    assert.deepEqual(plants!.merges, [{ top: 0, left: 4, rows: 2, cols: 2 }]);
    assert.deepEqual(plants!.formats, [
      { top: 1, left: 1, rows: 2, cols: 1, format: '#,##0' },
      { top: 0, left: 3, rows: 1, cols: 1, format: 'd mmm yyyy' },
    ]);
    assert.deepEqual(empty, { name: 'Empty', cells: [], formats: [] });
  });

  it('saves functions newer than the 2007 format under the prefixes Excel reads, and reads them back bare', async () => {
    const formula = '=IFS(A1>1,"IFS(",TRUE,"x")&TEXTJOIN(",",TRUE,FILTER(A1:A2,A1:A2>0))&SUM(SORT(A1:A2))+XLOOKUP(1,A1:A2,A1:A2)'
      + "+ETS.COVERED(\"cement\",A1)+MY_IFS(1)+'IFS data'!A1+ISO.CEILING(A1)+_xlfn.DAYS(A1,A2)";
    const bytes = await writeXlsx([{ name: 'S', cells: [[1, { formula, result: 1 }], [2]], formats: [] }]);
    const xml = await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')!.async('string');
    const stored = /<f>([^<]*)<\/f>/.exec(xml)![1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&gt;/g, '>').replace(/&apos;/g, "'");
    assert.equal(stored, '_xlfn.IFS(A1>1,"IFS(",TRUE,"x")&_xlfn.TEXTJOIN(",",TRUE,_xlfn._xlws.FILTER(A1:A2,A1:A2>0))&SUM(_xlfn._xlws.SORT(A1:A2))'
      + "+_xlfn.XLOOKUP(1,A1:A2,A1:A2)+ETS.COVERED(\"cement\",A1)+MY_IFS(1)+'IFS data'!A1+ISO.CEILING(A1)+_xlfn.DAYS(A1,A2)",
      'text, other names, sheet names and functions stored bare stay as they are; a prefix is never doubled');
    const [back] = await readXlsx(bytes);
    assert.equal((back!.cells[0]![1] as { formula: string }).formula,
      '=IFS(A1>1,"IFS(",TRUE(),"x")&TEXTJOIN(",",TRUE(),FILTER(A1:A2,A1:A2>0))&SUM(SORT(A1:A2))+XLOOKUP(1,A1:A2,A1:A2)'
      + "+ETS.COVERED(\"cement\",A1)+MY_IFS(1)+'IFS data'!A1+ISO.CEILING(A1)+DAYS(A1,A2)");
  });
});

describe('workbench files: in and out of the engine with the ETS functions', () => {
  const functions = loadBundle();

  it('opens sheets under free names, formulas computing and following renamed sheets, text kept as text', async () => {
    const hf = createEngine(functions);
    hf.addSheet('Facilities');
    const view = new HeadlessView({ sheet: 'Facilities', top: 0, left: 0, rows: 1, cols: 1 });
    const names = loadSheets(hf, view, [
      {
        name: 'Facilities',
        cells: [
          ['Facility', 'Sector', 'Direct emissions (tCO2e)', 'Covered'],
          // CN: cement is covered from 26,000 t a year; 31,200 t is above, 20,000 t below.
          ['Kiln 1', 'cement', 31200, { formula: '=ETS.COVERED(B2,C2)', result: false }],
          ['Kiln 2', 'cement', 20000, { formula: '=ETS.COVERED(B3,C3)' }],
          ['00123', 'TRUE', '=1+1', { error: '#N/A' }],
          [null, null, null, { formula: '=ETS.COVERED("cement",C2:C3)', result: true, array: { rows: 2, cols: 1 } }],
          [null, null, null, 'stale'],
        ],
        formats: [{ top: 1, left: 2, rows: 2, cols: 1, format: '#,##0' }],
      },
      { name: 'Sums', cells: [[{ formula: '=SUM(Facilities!C2:C3)' }, { formula: "='Facilities'!C2*2" }]], formats: [] },
    ]);
    assert.deepEqual(names, ['Facilities (2)', 'Sums']);
    const id = hf.getSheetId('Facilities (2)')!;
    const at = (a1: string, sheet = id) => hf.getCellValue(hf.simpleCellAddressFromString(a1, sheet)!);
    assert.deepEqual([at('D2'), at('D3'), at('D5'), at('D6')], [true, false, true, false], 'computed, not the saved results');
    assert.deepEqual([at('A4'), at('B4'), at('C4')], ['00123', 'TRUE', '=1+1']);
    const typed = (a1: string) => hf.getCellSerialized(hf.simpleCellAddressFromString(a1, id)!);
    assert.deepEqual([typed('A2'), typed('A4'), typed('C4')], ['Kiln 1', "'00123", "'=1+1"], 'the text prefix only where it is needed');
    assert.equal((at('D4') as DetailedCellError).value, '#N/A');
    const sums = hf.getSheetId('Sums')!;
    assert.equal(hf.getCellFormula({ sheet: sums, row: 0, col: 0 }), "=SUM('Facilities (2)'!C2:C3)");
    assert.deepEqual([at('A1', sums), at('B1', sums)], [51200, 62400]);
    assert.equal(view.numberFormat('Facilities (2)', 2, 2), '#,##0');
    assert.equal(view.numberFormat('Facilities', 2, 2), 'General', 'the sheet that was there keeps its formats');
    hf.destroy();
  });

  it('saves every sheet and opens the file again to the same values, formulas and formats', async () => {
    const hf = createEngine(functions);
    const view = new HeadlessView({ sheet: 'S', top: 0, left: 0, rows: 1, cols: 1 });
    const s = hf.getSheetId(hf.addSheet('S'))!;
    hf.setCellContents({ sheet: s, row: 0, col: 0 }, [
      ['Sector', 'Emissions', 'Covered'],
      ['cement', 31200, '=ETS.COVERED(A2,B2)'],
      ['steel', 20000, '=ETS.COVERED(A3,B3)'],
      ["'00123", null, '=ETS.COVERED("cement",B2:B3)'],
    ]);
    view.setNumberFormat('S', { top: 1, left: 1, rows: 2, cols: 1 }, '#,##0');
    const out = engineSheets(hf, view);
    assert.deepEqual(out[0]!.cells, [
      ['Sector', 'Emissions', 'Covered'],
      ['cement', 31200, { formula: '=ETS.COVERED(A2,B2)', result: true }],
      ['steel', 20000, { formula: '=ETS.COVERED(A3,B3)', result: false }],
      ['00123', null, { formula: '=ETS.COVERED("cement",B2:B3)', result: true, array: { rows: 2, cols: 1 } }],
      [null, null, false],
    ]);
    const again = createEngine(functions);
    const view2 = new HeadlessView({ sheet: 'S', top: 0, left: 0, rows: 1, cols: 1 });
    assert.deepEqual(loadSheets(again, view2, await readXlsx(await writeXlsx(out))), ['S']);
    const id = again.getSheetId('S')!;
    assert.deepEqual(again.getSheetValues(id), hf.getSheetValues(s));
    // An array formula in a file is one in the engine: it computes element by element, as Excel's {=…} does.
    assert.equal(again.getCellFormula({ sheet: id, row: 3, col: 2 }), '=ARRAYFORMULA(ARRAYAREA(2,1,ETS.COVERED("cement",B2:B3)))');
    assert.deepEqual(engineSheets(again, view2)[0]!.cells[3]![2], out[0]!.cells[3]![2], 'and saved as the same array formula again');
    assert.equal(view2.numberFormat('S', 2, 1), '#,##0');
    hf.destroy();
    again.destroy();
  });

  it('refuses a sheet larger than the engine holds, adding nothing', () => {
    const hf = createEngine(functions, { maxRows: 10 });
    const view = new HeadlessView({ sheet: 'S', top: 0, left: 0, rows: 1, cols: 1 });
    assert.throws(() => loadSheets(hf, view, [{ name: 'Small', cells: [[1]], formats: [] }, { name: 'Big', cells: Array.from({ length: 11 }, () => [1]), formats: [] }]),
      (e: unknown) => e instanceof SheetTooLargeError && e.sheet === 'Big' && e.address === 'A11' && e.limits.rows === 10 && e.limits.cols === 200);
    assert.deepEqual(hf.getSheetNames(), []);
    hf.destroy();
  });
});

describe('workbench files: the bundles', () => {
  it('exceljs is in the workbench\'s bundle only, never in what Excel loads', () => {
    // Strings exceljs's writer holds: the shared-strings part and the recalculate-on-load flag.
    const markers = [/sharedStrings\.xml/, /fullCalcOnLoad/];
    const holds = (file: string) => markers.filter((m) => m.test(readFileSync(join(DIST, file), 'utf8'))).length;
    assert.equal(holds('workbench.js'), markers.length);
    for (const shipped of ['functions.js', 'taskpane.js', 'commands.js']) assert.equal(holds(shipped), 0, shipped);
  });
});
