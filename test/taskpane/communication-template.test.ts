import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PRODUCT_AREA, readProducts, SUMMARY_SHEET, templateVersion, VERSION_AREA, VERSIONS_SHEET } from '../../src/taskpane/cbam-template/communication';
import type { CellValue } from '../../src/taskpane/ports/port';
import { isFormula, type SheetData } from '../../src/workbench/files';
import { readWorkbook } from '../../src/workbench/xlsx';

const TEMPLATE = join(__dirname, '..', 'fixtures', 'cbam-communication-template-v2.1.1.xlsx');

/** A product row as the template lays it out from column D: the cells named, the rest blank. */
function productRow(cells: Partial<Record<string, CellValue>>): CellValue[] {
  const row: CellValue[] = Array.from({ length: PRODUCT_AREA.cols }, () => null);
  for (const [letters, v] of Object.entries(cells)) {
    const index = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 - PRODUCT_AREA.left;
    row[index] = v ?? null;
  }
  return row;
}

/** A sheet's area as the values a port reads (a formula as its saved result). */
function area(sheet: SheetData, a: { top: number; left: number; rows: number; cols: number }): CellValue[][] {
  return Array.from({ length: a.rows }, (_, r) => Array.from({ length: a.cols }, (_, c) => {
    const v = sheet.cells[a.top + r]?.[a.left + c];
    const value = isFormula(v) ? v.result : v;
    return value === undefined || (typeof value === 'object' && value !== null) ? null : value;
  }));
}

describe('the CBAM communication template, read as the importer\'s pane reads it', () => {
  it('takes each product with its SEE, electricity and carbon price; skips blank rows', () => {
    const grid = [
      productRow({ D: 'P1 Clinker', E: 'Cement clinker', F: '25231000', H: 'Grey clinker', I: 0.84, J: 0.05, K: 0.89, L: 't', M: 0, O: 0.09, P: 0.5556,
        AM: 'ETS', AQ: 'CNY', AR: 3.3, AX: 0.5, AZ: 2.8 }),
      productRow({}),
      productRow({ D: 'P2 Aluminium', F: '76011010', G: 'Unwrought aluminium, not alloyed', I: 1.6, K: 1.6, L: 't' }),
    ];
    const { products, issues } = readProducts(grid);
    assert.deepEqual(issues, []);
    assert.deepEqual(products, [
      { row: 26, process: 'P1 Clinker', cn: '25231000', name: 'Grey clinker', seeDirect: 0.84, seeIndirect: 0.05, seeTotal: 0.89, defaultShare: 0,
        embeddedElectricity: 0.09, electricityFactor: 0.5556, carbonPrice: { instrument: 'ETS', currency: 'CNY', due: 3.3, rebate: 0.5, effective: 2.8 } },
      { row: 28, process: 'P2 Aluminium', cn: '76011010', name: 'Unwrought aluminium, not alloyed', seeDirect: 1.6, seeIndirect: 0, seeTotal: 1.6 },
    ]);
  });

  it('reads numbers stored as text as the functions read them ("0.85", "1,234.5"), not as missing', () => {
    const { products, issues } = readProducts([productRow({ F: '25231000', I: ' 0.85 ', J: '0.05', K: '0.9', L: 'tCO2e/t', AM: 'ETS', AQ: 'CNY', AZ: '1,234.5' })]);
    assert.deepEqual(issues, []);
    assert.deepEqual([products[0]!.seeDirect, products[0]!.seeIndirect, products[0]!.seeTotal, products[0]!.carbonPrice!.effective], [0.85, 0.05, 0.9, 1234.5]);
  });

  it('reports what it cannot use, by row and column, instead of using it', () => {
    const { products, issues } = readProducts([
      productRow({ D: 'P1', I: 0.8, K: 0.8 }), // no CN code
      productRow({ F: '25231000', I: 0.84, J: 0.05, K: 0.95, L: 't' }), // 0.84 + 0.05 ≠ 0.95
      productRow({ F: '27160000', I: 0, K: 0.5, L: 'MWh' }), // electricity: not tonnes
      productRow({ F: '25231000', I: '0,84', K: 0.84 }), // a decimal comma typed as text
      productRow({ F: '25231000', I: '#DIV/0!', K: '#DIV/0!' }), // an error as Excel hands it over: its text
    ]);
    assert.deepEqual(products, []);
    assert.deepEqual(issues, [
      { row: 26, kind: 'missing', columns: 'F' },
      { row: 27, kind: 'inconsistent-total', columns: 'I–K', value: 0.95 },
      { row: 28, kind: 'unit', columns: 'L', value: 'MWh' },
      { row: 29, kind: 'not-number', columns: 'I', value: '0,84' },
      { row: 30, kind: 'not-number', columns: 'I, K', value: '#DIV/0!' },
    ]);
  });

  it('reads the Commission\'s own file: version 2.1.1, and no products in a template nobody has filled', async function () {
    this.timeout(60000);
    const book = await readWorkbook(readFileSync(TEMPLATE), { limits: { rows: 200_000, cols: 200 } });
    const sheet = (name: string) => book.sheets.find((s) => s.name === name)!;
    assert.equal(templateVersion(area(sheet(VERSIONS_SHEET), VERSION_AREA)), '2.1.1');
    const { products, issues } = readProducts(area(sheet(SUMMARY_SHEET), PRODUCT_AREA));
    assert.deepEqual([products, issues], [[], []], 'the numbering in column C is outside the product area');
  });
});
