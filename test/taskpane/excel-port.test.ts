import { strict as assert } from 'node:assert';
import { ExcelPort } from '../../src/taskpane/ports/excel-port';
import { mapColumns } from '../../src/taskpane/table-check/columns';
import { runTableCheck, COVERED_FILL, type Choice } from '../../src/taskpane/table-check/table-check';
import { DEFAULT_SETTINGS } from '../../src/taskpane/settings';
import type { CellValue } from '../../src/taskpane/ports/port';
import { FakeSettings, FakeWorkbook } from './fake-excel';

const g = globalThis as Record<string, unknown>;

before(() => {
  g.Excel = { ChartType: { columnClustered: 'ColumnClustered' }, ChartSeriesBy: { columns: 'Columns' } };
  g.Office = { AsyncResultStatus: { Failed: 'failed', Succeeded: 'succeeded' } };
});
after(() => {
  delete g.Excel;
  delete g.Office;
});

const TABLE: CellValue[][] = [
  ['Facility', 'Sector', 'Direct emissions (tCO2e)'],
  ['Plant A', 'cement', 31200],
  ['Plant B', '钢铁', 21000],
  ['Plant C', 'chemicals', 500000],
];

function bookWithTable(): { book: FakeWorkbook; port: ExcelPort } {
  const book = new FakeWorkbook('Facilities');
  book.sheet('Facilities').put(2, 1, TABLE); // B3:D6
  book.selection = { sheet: 'Facilities', top: 3, left: 2, rows: 1, cols: 1 };
  return { book, port: new ExcelPort(book.run, () => new FakeSettings() as unknown as Office.Settings) };
}

describe('Excel port (office-addin-mock)', () => {
  it('the fake refuses reads of properties that were not loaded and synced', async () => {
    const book = new FakeWorkbook('S');
    book.selection = { sheet: 'S', top: 0, left: 0, rows: 1, cols: 1 };
    const naive = await book.run(async (context) => context.workbook.getSelectedRange().values);
    assert.ok(!Array.isArray(naive), 'an unloaded property must not give data');
  });

  it('reads the table around a single selected cell, loading before it reads', async () => {
    const { book, port } = bookWithTable();
    const region = await port.readRegion();
    assert.deepEqual(region, {
      sheet: 'Facilities', top: 2, left: 1, headers: TABLE[0], rows: TABLE.slice(1),
    });
    assert.equal(book.syncLog.length, 2, 'one sync for the selection, one for the region');
  });

  it('reads a multi-cell selection as it is, without trailing blank rows', async () => {
    const { book, port } = bookWithTable();
    book.selection = { sheet: 'Facilities', top: 2, left: 1, rows: 10, cols: 3 };
    const region = await port.readRegion();
    assert.equal(region?.rows.length, 3);
  });

  it('returns undefined for an empty selection', async () => {
    const book = new FakeWorkbook('Empty');
    book.selection = { sheet: 'Empty', top: 0, left: 0, rows: 1, cols: 1 };
    assert.equal(await new ExcelPort(book.run).readRegion(), undefined);
  });

  it('writes a 12,000-row result in chunks of at most 5,000 rows, one sync per chunk', async () => {
    const book = new FakeWorkbook('Out');
    const port = new ExcelPort(book.run);
    const values: CellValue[][] = Array.from({ length: 12000 }, (_, i) => [i, `row ${i}`, i % 2 === 0]);
    const progress: number[] = [];
    await port.writeValues({ sheet: 'Out', top: 1, left: 0, values }, (done) => progress.push(done));
    assert.deepEqual(book.syncLog.map((s) => s.writes), [[5000], [5000], [2000]]);
    assert.deepEqual(progress, [5000, 10000, 12000]);
    const sheet = book.sheet('Out');
    assert.equal(sheet.get(1, 0), 0);
    assert.equal(sheet.get(12000, 1), 'row 11999');
    assert.equal(sheet.get(5001, 2), true);
    assert.equal(sheet.cells.size, 12000 * 3);
  });

  it('never lets a value start a formula: text beginning with = + - @ is written as text', async () => {
    const book = new FakeWorkbook('Out');
    await new ExcelPort(book.run).writeValues({ sheet: 'Out', top: 0, left: 0, values: [['=HYPERLINK("x")', '+1', '-x', '@A1', 'ok', -5]] });
    assert.deepEqual(book.sheet('Out').block(0, 0, 1, 6), [["'=HYPERLINK(\"x\")", "'+1", "'-x", "'@A1", 'ok', -5]]);
  });

  it('writes formulas as formulas for the example model', async () => {
    const book = new FakeWorkbook('Model');
    await new ExcelPort(book.run).writeFormulas({ sheet: 'Model', top: 0, left: 0, values: [['=ETS.THRESHOLD()', 2, null]] });
    assert.deepEqual(book.sheet('Model').block(0, 0, 1, 3), [['=ETS.THRESHOLD()', 2, '']]);
  });

  it('asks Excel whether an area is empty in one sync, whatever its size', async () => {
    const { book, port } = bookWithTable();
    assert.equal(await port.isEmpty('Facilities', 2, 4, 50000, 3), true);
    assert.equal(await port.isEmpty('Facilities', 2, 3, 50000, 3), false);
    assert.equal(book.syncLog.length, 2);
  });

  it('fills covered rows as contiguous runs, at most 1,000 ranges per sync', async () => {
    const book = new FakeWorkbook('S');
    const rows = Array.from({ length: 3000 }, (_, i) => i * 2); // 3,000 separate rows
    await new ExcelPort(book.run).fillRows('S', rows, 0, 4, COVERED_FILL);
    assert.deepEqual(book.syncLog.map((s) => s.fills), [1000, 1000, 1000]);
    assert.equal(book.sheet('S').fills.get(5998), COVERED_FILL);
    await new ExcelPort(book.run).fillRows('S', [10, 11, 12, 20], 0, 4, COVERED_FILL);
    assert.equal(book.syncLog[book.syncLog.length - 1]!.fills, 2, 'rows 10–12 go as one range');
  });

  it('adds sheets under a free name and activates them', async () => {
    const book = new FakeWorkbook('ETS example');
    const port = new ExcelPort(book.run);
    assert.equal(await port.addSheet('ETS example'), 'ETS example (2)');
    assert.equal(await port.addSheet('Other'), 'Other');
    await port.activate('Other');
    assert.equal(book.activated, 'Other');
    assert.deepEqual(book.sheets.map((s) => s.name), ['ETS example', 'ETS example (2)', 'Other']);
  });

  it('keeps settings in the document', async () => {
    const store = new FakeSettings();
    const port = new ExcelPort(new FakeWorkbook('S').run, () => store as unknown as Office.Settings);
    assert.deepEqual(await port.readSettings(), {});
    await port.writeSettings({ scheme: 'CN', gwpSet: 'AR4', year: 2024 });
    assert.equal(store.saved, 1);
    assert.deepEqual(await port.readSettings(), { scheme: 'CN', gwpSet: 'AR4', year: 2024 });
  });
});

describe('table check over the Excel port: never overwrites without asking', () => {
  async function check(choice: Choice, blocker?: [number, number, CellValue]) {
    const { book, port } = bookWithTable();
    if (blocker) book.sheet('Facilities').set(...blocker);
    const region = (await port.readRegion())!;
    const asked: string[] = [];
    const report = await runTableCheck(port, region, mapColumns(region.headers), DEFAULT_SETTINGS, {
      progress() {},
      async confirmOverwrite(where) {
        asked.push(where);
        return choice;
      },
    });
    return { book, report, asked, sheet: book.sheet('Facilities') };
  }

  it('writes Covered, Reason and CO2e beside the table when the cells are empty, and highlights covered rows', async () => {
    const { report, asked, sheet, book } = await check('cancel');
    assert.deepEqual(asked, []);
    assert.deepEqual(sheet.block(2, 4, 4, 1), [['Covered'], [true], [false], [false]]);
    assert.match(String(sheet.get(3, 5)), /^Covered: cement, 31,200 tCO2e direct ≥ 26,000 threshold/);
    assert.match(String(sheet.get(5, 5)), /^Reporting only: chemicals/);
    assert.equal(sheet.get(4, 6), 21000);
    assert.equal(sheet.fills.get(3), COVERED_FILL);
    assert.equal(sheet.fills.has(4), false);
    assert.equal(sheet.get(2, 8), 'Coverage summary (CN ETS, 2025)');
    assert.equal(report.written?.results, 'Facilities!E3:G6');
    assert.equal(book.charts.length, 1);
    assert.equal(book.charts[0]!.title, 'Emissions covered by sector (tCO2e)');
  });

  it('asks when a target cell holds anything, and writes nothing on cancel', async () => {
    const { report, asked, sheet } = await check('cancel', [4, 5, 'my note']);
    assert.equal(asked.length, 1);
    assert.match(asked[0]!, /Facilities!E3:G6/);
    assert.equal(report.written, undefined);
    assert.equal(sheet.get(4, 5), 'my note');
    assert.equal(sheet.get(3, 4), '', 'nothing written');
    assert.equal(sheet.fills.size, 0);
  });

  it('writes to a new sheet when asked to, leaving the user\'s cells alone', async () => {
    const { report, sheet, book } = await check('new-sheet', [4, 5, 'my note']);
    assert.equal(sheet.get(4, 5), 'my note');
    assert.equal(report.written?.sheet, 'ETS coverage');
    const out = book.sheet('ETS coverage');
    assert.deepEqual(out.block(0, 0, 2, 3), [['Facility', 'Sector', 'Covered'], ['Plant A', 'cement', true]]);
  });

  it('replaces only when the user says so', async () => {
    const { sheet } = await check('replace', [4, 5, 'my note']);
    assert.match(String(sheet.get(4, 5)), /^Not covered: iron and steel, 21,000/);
  });
});
