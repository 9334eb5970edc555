import { strict as assert } from 'node:assert';
import { buildModel, INPUT_FILL } from '../../src/taskpane/model/build-model';
import { INPUT_KEYS, YEAR_HEADERS } from '../../src/taskpane/model/model-sheet';
import { CEMENT, YEARS } from './model-fixture';
import { ExcelPort } from '../../src/taskpane/ports/excel-port';
import { FakeSettings, FakeWorkbook, withOfficeGlobals } from './fake-excel';
import { textPoints } from '../../src/taskpane/column-widths';
import { CO2_COL, HEADER_ROW } from '../../src/taskpane/emissions/activity-sheet';
import { SECTOR_SOURCES } from '../../src/taskpane/emissions/sources';
import { writeActivitySheet } from '../../src/taskpane/emissions/write-activity';


describe('model builder through the Excel port (office-addin-mock)', () => {
  withOfficeGlobals();

  it('writes formulas, marks the inputs, formats every column, freezes the header and draws the chart, in one batch of two syncs', async () => {
    const book = new FakeWorkbook('Sheet1');
    const port = new ExcelPort(book.run, () => new FakeSettings() as unknown as Office.Settings);
    const { sheet, layout } = await buildModel(port, CEMENT, YEARS, 'Model cement');
    const ws = book.sheet(sheet);

    // Every year's allocation, balance and cost are formulas naming ETS functions; the years run 2024–2035.
    const col = (h: (typeof YEAR_HEADERS)[number]) => YEAR_HEADERS.indexOf(h);
    YEARS.forEach((_, i) => {
      const r = layout.firstYearRow + i;
      for (const h of ['Allocation (tCO2e)', 'Balance (tCO2e)', 'Compliance cost (CNY)', 'CBAM certificates'] as const) {
        assert.ok(ws.isFormula(r, col(h)), `${h} row ${r}`);
        assert.match(String(ws.get(r, col(h))), /ETS\./);
      }
    });
    // Balance value in $B$13, given emissions in $B$11 (blank: the allocation computes output × intensity itself).
    assert.match(String(ws.get(layout.firstYearRow + 1, col('Allocation (tCO2e)'))), /^=ETS\.ALLOCATION\(\$B\$4,C\d+,D\d+,,IF\(\$B\$13="","",\$B\$13\),A\d+,IF\(F\d+="","",F\d+\),IF\(\$B\$11="","",E\d+\)\)$/);
    // The inputs are values, marked; the figures are formatted.
    assert.equal(ws.get(layout.inputs.top, 1), 'cement');
    assert.equal(ws.fill(layout.inputs.top, 1), INPUT_FILL);
    assert.equal(ws.fill(layout.scenarioRows[0]!, 2), INPUT_FILL);
    assert.equal(ws.numberFormatAt(layout.firstYearRow, col('Allocation (tCO2e)')), '#,##0');
    assert.equal(ws.numberFormatAt(layout.firstYearRow + 3, col('Intensity (tCO2e/t)')), '0.0000');
    assert.equal(ws.frozenRows, layout.header + 1);
    assert.deepEqual(ws.charts.map((c) => [c.name, c.title, c.top, c.rows, c.cols]), [['ETS model chart', 'Position and cost by year', layout.chartData.top, YEARS.length + 1, 4]]);
    // The label column fits every input label, and each year column its header (longer headers stop at 150 pt).
    const labels = Array.from({ length: layout.inputs.rows }, (_, i) => String(ws.get(layout.inputs.top + i, 0)));
    assert.equal(ws.columnWidths.get(0), Math.max(...labels.map(textPoints)));
    assert.ok(labels.includes('Output in the first year (t)') && ws.columnWidths.get(0)! >= textPoints('Output in the first year (t)'));
    YEAR_HEADERS.slice(2).forEach((h, i) => assert.equal(ws.columnWidths.get(i + 2), Math.min(150, Math.max(64, textPoints(String(ws.get(layout.header, i + 2))))), h));
    // One Excel.run: a sync for the names taken, then one for the sheet, the block, the fills, the formats, the widths,
    // the freeze and the chart. One port call a step took 32 runs and 34 syncs.
    assert.equal(book.runs, 1);
    assert.equal(book.syncLog.length, 2);
    assert.deepEqual(book.failures, []);
    assert.equal(book.syncLog[1]!.writes.length, 1, 'the block in one request');
    assert.equal(book.syncLog[1]!.fills, 2);
  });

  it('never touches another sheet: a second model gets a sheet of its own', async () => {
    const book = new FakeWorkbook('Sheet1');
    const port = new ExcelPort(book.run, () => new FakeSettings() as unknown as Office.Settings);
    const first = await buildModel(port, CEMENT, YEARS, 'Model cement');
    const second = await buildModel(port, { ...CEMENT, ceaPrice: 90 }, YEARS, 'Model cement');
    assert.notEqual(first.sheet, second.sheet);
    const price = INPUT_KEYS.indexOf('ceaPrice');
    assert.equal(book.sheet(first.sheet).get(first.layout.inputs.top + price, 1), 80);
    assert.equal(book.sheet(second.sheet).get(second.layout.inputs.top + price, 1), 90);
  });

  it('writes the emissions activity sheet in one batch of two syncs too', async () => {
    const book = new FakeWorkbook('Sheet1');
    const port = new ExcelPort(book.run, () => new FakeSettings() as unknown as Office.Settings);
    const { sheet, layout } = await writeActivitySheet(port, 'steel', SECTOR_SOURCES.steel, 2025, 'Emissions 2025');
    assert.deepEqual([book.runs, book.syncLog.length, book.failures], [1, 2, []]);
    const ws = book.sheet(sheet);
    assert.equal(ws.fill(layout.months.top, layout.months.left), INPUT_FILL);
    assert.equal(ws.fill(layout.months.top, layout.parameters.left), INPUT_FILL);
    assert.equal(ws.numberFormatAt(layout.months.top, CO2_COL), '#,##0.00');
    assert.equal(ws.frozenRows, HEADER_ROW + 1);
    assert.equal(ws.columnWidths.get(0), layout.widths[0]);
  });
});
