import { strict as assert } from 'node:assert';
import { ExcelPort } from '../../src/taskpane/ports/excel-port';
import { PAYLOAD_BUDGET, payloadChunks } from '../../src/taskpane/ports/payload';
import { formulaBlock, SHEET_ROWS, type CellValue } from '../../src/taskpane/ports/port';
import { DEFAULT_SETTINGS } from '../../src/taskpane/settings';
import { FakeSettings, FakeWorkbook, PAYLOAD_LIMIT, READ_CELL_LIMIT, withOfficeGlobals } from './fake-excel';

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

/** Every sync kept within Excel's limits (the fake refuses any that is not, so this checks the log is complete). */
function withinLimits(book: FakeWorkbook): void {
  for (const s of book.syncLog) {
    assert.ok(s.requestBytes <= PAYLOAD_LIMIT && s.responseBytes <= PAYLOAD_LIMIT, JSON.stringify(s));
    for (const [rows, cols] of s.reads) assert.ok(rows * cols <= READ_CELL_LIMIT);
  }
}

describe('Excel port (office-addin-mock): reading', () => {
  withOfficeGlobals();
  it('the fake refuses reads of properties that were not loaded and synced', async () => {
    const book = new FakeWorkbook('S');
    book.selection = { sheet: 'S', top: 0, left: 0, rows: 1, cols: 1 };
    const naive = await book.run(async (context) => context.workbook.getSelectedRange().values);
    assert.ok(!Array.isArray(naive), 'an unloaded property must not give data');
  });

  it('reads the table around a single selected cell, loading before it reads', async () => {
    const { book, port } = bookWithTable();
    const read = await port.readRegion();
    assert.deepEqual(read, {
      sheet: 'Facilities', top: 2, left: 1, values: TABLE, marks: [], anchor: { sheet: 'Facilities', top: 3, left: 2, rows: 1, cols: 1 }, merges: [],
    });
    assert.equal(book.syncLog.length, 3, 'the selection and the names; the used range and the marks; one block of values');
  });

  it('reads only the used cells of a multi-cell selection', async () => {
    const { book, port } = bookWithTable();
    book.selection = { sheet: 'Facilities', top: 0, left: 0, rows: 10, cols: 6 };
    const read = (await port.readRegion())!;
    assert.deepEqual([read.top, read.left, read.values], [2, 1, TABLE]);
  });

  it('reads a whole-column selection as its used part, never asking Excel for the million rows', async () => {
    const { book, port } = bookWithTable();
    book.selection = { sheet: 'Facilities', top: 0, left: 1, rows: SHEET_ROWS, cols: 3 }; // B:D
    const read = (await port.readRegion())!;
    assert.deepEqual([read.top, read.left, read.values.length, read.anchor.rows], [2, 1, 4, SHEET_ROWS]);
    withinLimits(book);
  });

  it('returns undefined for an empty selection', async () => {
    const book = new FakeWorkbook('Empty');
    book.selection = { sheet: 'Empty', top: 0, left: 0, rows: 1, cols: 1 };
    assert.equal(await new ExcelPort(book.run).readRegion(), undefined);
  });

  it('reads a 150,000-row table in blocks, one sync each, within the cell and payload limits', async function () {
    this.timeout(60000);
    const book = new FakeWorkbook('Big');
    const sheet = book.sheet('Big');
    const rows = 150000;
    sheet.put(0, 0, [['Facility', 'Sector', 'Direct emissions', 'Note']]);
    for (let i = 1; i <= rows; i += 1) sheet.put(i, 0, [[`Plant ${i}`, 'cement', 20000 + i, 'x'.repeat(20)]]);
    book.selection = { sheet: 'Big', top: 0, left: 0, rows: SHEET_ROWS, cols: 4 };
    const read = (await new ExcelPort(book.run).readRegion())!;
    assert.equal(read.values.length, rows + 1);
    assert.deepEqual(read.values[rows], [`Plant ${rows}`, 'cement', 20000 + rows, 'x'.repeat(20)]);
    const blocks = book.syncLog.slice(2);
    assert.ok(blocks.length >= 2, `${blocks.length} blocks`);
    assert.ok(blocks.every((s) => s.reads.length === 1), 'one block per sync');
    assert.equal(blocks.reduce((n, s) => n + s.reads[0]![0], 0), rows + 1);
    // The first block is sized by a generous guess (64 bytes a cell: 15,625 rows); the next by the rows read.
    assert.equal(blocks[0]!.reads[0]![0], 15625);
    assert.ok(blocks[1]!.reads[0]![0] > 15625);
    assert.deepEqual(book.failures, []);
    withinLimits(book);
  });

  it('reads a block again in halves when its rows turn out far bigger than the ones before', async function () {
    this.timeout(60000);
    const book = new FakeWorkbook('Notes');
    const sheet = book.sheet('Notes');
    // 1,000 short rows, then 30,000 rows of 1,000-character notes: 30 MB in all.
    for (let i = 0; i < 31000; i += 1) sheet.put(i, 0, [[i, i < 1000 ? 'short' : 'n'.repeat(1000)]]);
    const values = await new ExcelPort(book.run).readValues({ sheet: 'Notes', top: 0, left: 0, rows: 31000, cols: 2 });
    assert.equal(values.length, 31000);
    assert.deepEqual(values[30999], [30999, 'n'.repeat(1000)]);
    assert.ok(book.failures.length > 0 && book.failures.every((f) => f === 'ResponsePayloadSizeLimitExceeded'), book.failures.join());
    withinLimits(book);
  });
});

describe('Excel port (office-addin-mock): writing', () => {
  withOfficeGlobals();
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
  });

  it('sizes chunks by payload: 6,000 rows of 1,500-character reasons go in requests under 5 MB', async () => {
    const book = new FakeWorkbook('Out');
    const reason = 'r'.repeat(1500);
    const values: CellValue[][] = Array.from({ length: 6000 }, (_, i) => [true, reason, i]);
    const progress: number[] = [];
    await new ExcelPort(book.run).writeValues({ sheet: 'Out', top: 0, left: 0, values }, (done) => progress.push(done));
    // About 1,520 bytes a row: 9 MB in all, which a row cap alone (5,000 rows = 7.6 MB) would send in one request.
    const writes = book.syncLog.map((s) => s.writes[0]!);
    assert.ok(writes.length >= 3 && writes.every((n) => n < 5000), writes.join(', '));
    assert.ok(book.syncLog.every((s) => s.requestBytes <= PAYLOAD_BUDGET + 100000));
    assert.equal(writes.reduce((a, b) => a + b, 0), 6000);
    assert.equal(progress[progress.length - 1], 6000);
    assert.equal(book.sheet('Out').get(5999, 2), 5999);
  });

  // Half an emoji (a name cut in the middle of one) travels as a \\udXXX escape: 6 bytes where the estimate counts 3.
  const HALF_EMOJI = '\ud83d';

  it('writes a chunk Excel refuses as too big again in halves, progress in order, the block whole', async function () {
    this.timeout(60000);
    const book = new FakeWorkbook('Out');
    const note = HALF_EMOJI.repeat(1000);
    const values: CellValue[][] = Array.from({ length: 4000 }, (_, i) => [i, note]);
    const progress: number[] = [];
    await new ExcelPort(book.run).writeValues({ sheet: 'Out', top: 0, left: 0, values }, (done) => progress.push(done));
    // Estimated at about 3 kB a row, a chunk of 1,330 rows is 8 MB on the wire: refused, then written as two halves.
    assert.ok(book.failures.length > 0 && book.failures.every((f) => f === 'RequestPayloadSizeLimitExceeded'), book.failures.join());
    const chunks = payloadChunks(values);
    const halves = chunks.flatMap(([start, end]) => (end - start > 1000 ? [Math.ceil((end - start) / 2), Math.floor((end - start) / 2)] : [end - start]));
    assert.equal(book.failures.length, chunks.filter(([start, end]) => end - start > 1000).length);
    const writes = book.syncLog.map((s) => s.writes[0]!);
    assert.deepEqual(writes, halves);
    assert.ok(writes.length === 7 && writes.reduce((a, b) => a + b, 0) === 4000, writes.join());
    assert.deepEqual(progress, writes.map((_, i) => writes.slice(0, i + 1).reduce((a, b) => a + b, 0)));
    withinLimits(book);
    const sheet = book.sheet('Out');
    assert.deepEqual(sheet.block(0, 0, 1, 2), [[0, note]]);
    assert.deepEqual(sheet.block(3999, 0, 1, 2), [[3999, note]]);
  });

  it('surfaces the error of a single row too big for one request, after writing the rows before it', async function () {
    this.timeout(60000);
    const book = new FakeWorkbook('Out');
    // 200 cells of 5,000 half emoji: estimated at 3 MB, so it goes with its neighbours; 6 MB on the wire.
    const big = Array.from({ length: 200 }, () => HALF_EMOJI.repeat(5000));
    const small = (v: string): CellValue[] => [v, ...Array.from({ length: 199 }, () => '')];
    const progress: number[] = [];
    await assert.rejects(
      new ExcelPort(book.run).writeValues({ sheet: 'Out', top: 0, left: 0, values: [small('a'), big, small('c')] }, (done) => progress.push(done)),
      (e: { code?: string }) => e.code === 'RequestPayloadSizeLimitExceeded',
    );
    // The three rows, refused; the first two, refused; the first alone, written; the second alone, refused.
    assert.deepEqual(book.failures, ['RequestPayloadSizeLimitExceeded', 'RequestPayloadSizeLimitExceeded', 'RequestPayloadSizeLimitExceeded']);
    assert.deepEqual(book.syncLog.map((s) => s.writes), [[1]]);
    assert.deepEqual(progress, [1]);
    const sheet = book.sheet('Out');
    assert.deepEqual([sheet.get(0, 0), sheet.get(1, 0), sheet.get(2, 0)], ['a', '', '']);
  });

  it('builds a sheet in one batch; a block too big for one request goes in chunks, the sheet with the first, the rest with the last', async function () {
    this.timeout(60000);
    const book = new FakeWorkbook('Out');
    const note = HALF_EMOJI.repeat(1000);
    const values = Array.from({ length: 4000 }, (_, i) => [i, note, { formula: `=A${i + 1}*2` }]);
    const name = await new ExcelPort(book.run).buildSheet({
      name: 'Out', block: { top: 0, left: 0, values },
      fills: [{ rows: [0, 1, 2, 5], left: 0, cols: 1, color: '#DDEBF7' }], formats: [{ area: { top: 0, left: 2, rows: 4000, cols: 1 }, format: '#,##0' }],
      widths: { left: 0, widths: [40, 300] }, freezeRows: 1,
      chart: { data: { top: 0, left: 0, rows: 10, cols: 1 }, at: { row: 0, col: 4 }, title: 'T', name: 'C' },
    });
    assert.equal(name, 'Out (2)');
    assert.equal(book.runs, 1);
    // Every refused request took its queued work with it: the sheet was added once, the other steps done once.
    assert.ok(book.failures.length > 0 && book.failures.every((f) => f === 'RequestPayloadSizeLimitExceeded'), book.failures.join());
    assert.deepEqual(book.sheets.map((s) => s.name), ['Out', 'Out (2)']);
    const writes = book.syncLog.slice(1).map((s) => s.writes[0]!);
    assert.equal(writes.reduce((a, b) => a + b, 0), 4000);
    assert.deepEqual(book.syncLog.map((s) => s.fills), [0, ...writes.slice(1).map(() => 0), 2], 'the fills with the last rows');
    withinLimits(book);
    const sheet = book.sheet(name);
    assert.deepEqual([sheet.get(3999, 0), sheet.get(3999, 1), sheet.get(3999, 2), sheet.isFormula(3999, 2)], [3999, note, '=A4000*2', true]);
    assert.deepEqual([sheet.fill(1, 0), sheet.fill(3, 0), sheet.fill(5, 0), sheet.numberFormatAt(3999, 2), sheet.columnWidths.get(1), sheet.frozenRows],
      ['#DDEBF7', undefined, '#DDEBF7', '#,##0', 300, 1]);
    assert.deepEqual(sheet.charts.map((c) => [c.name, c.title, c.rows, c.at?.left]), [['C', 'T', 10, 4]]);
  });

  it('writes a block with a shorter row (an empty line between tables) as a rectangle, as Excel requires', async () => {
    const book = new FakeWorkbook('Out');
    await new ExcelPort(book.run).writeValues({ sheet: 'Out', top: 0, left: 0, values: [['a', 'b'], [], ['c']] });
    assert.deepEqual(book.sheet('Out').block(0, 0, 3, 2), [['a', 'b'], ['', ''], ['c', '']]);
  });

  it('never lets a value start a formula: text beginning with = + - @ is written as text', async () => {
    const book = new FakeWorkbook('Out');
    await new ExcelPort(book.run).writeValues({ sheet: 'Out', top: 0, left: 0, values: [['=HYPERLINK("x")', '+1', '-x', '@A1', 'ok', -5]] });
    const sheet = book.sheet('Out');
    assert.deepEqual(sheet.block(0, 0, 1, 6), [['=HYPERLINK("x")', '+1', '-x', '@A1', 'ok', -5]]);
    assert.deepEqual([0, 1, 2, 3].map((c) => sheet.isFormula(0, c)), [false, false, false, false]);
  });

  it('writes the formulas the add-in composed as formulas, and every other text as text, even in a formula write', async () => {
    const book = new FakeWorkbook('Model');
    // A facility table's cells copied into a model: a name and a sector that look like formulas stay what they were.
    const hostile = ['=HYPERLINK("http://example.invalid","x")', "=cmd|' /C calc'!A0", '+SUM(1,2)', '@A1', '-2+3'];
    const block = formulaBlock({ sheet: 'Model', top: 0, left: 0, values: [['=ETS.THRESHOLD()', 2, null, ...hostile]] },
      [{ top: 0, left: 3, rows: 1, cols: hostile.length }]);
    await new ExcelPort(book.run).writeFormulas(block);
    assert.deepEqual(book.sheet('Model').block(0, 0, 1, 3 + hostile.length), [['=ETS.THRESHOLD()', 2, '', ...hostile]]);
    assert.deepEqual([0, 3, 4, 5, 6, 7].map((c) => book.sheet('Model').isFormula(0, c)), [true, false, false, false, false, false]);
    // Text outside a formula object is never a formula either, wherever it sits.
    await new ExcelPort(book.run).writeFormulas({ sheet: 'Model', top: 1, left: 0, values: [['=1+1']] });
    assert.equal(book.sheet('Model').isFormula(1, 0), false);
  });

  it('keeps labels as text when their cells are formatted "@" first: 00123, 1-2 and TRUE stay text', async () => {
    const book = new FakeWorkbook('Out');
    const port = new ExcelPort(book.run);
    const labels: CellValue[][] = [['00123', '1-2', 'TRUE']];
    await port.writeValues({ sheet: 'Out', top: 0, left: 0, values: labels });
    assert.deepEqual(book.sheet('Out').block(0, 0, 1, 3)[0]!.map((v) => typeof v), ['number', 'number', 'boolean'],
      'without the format, Excel converts them');
    await port.setNumberFormat({ sheet: 'Out', top: 1, left: 0, rows: 1, cols: 3 }, '@');
    await port.writeValues({ sheet: 'Out', top: 1, left: 0, values: labels });
    assert.deepEqual(book.sheet('Out').block(1, 0, 1, 3), labels);
    assert.equal(book.sheet('Out').numberFormatAt(1, 2), '@');
    assert.equal(book.syncLog[1]!.requestBytes < 100, true, 'one format value for the whole range, not one per cell');
  });

  it('asks Excel for the used cells of an area in one sync, whatever its size', async () => {
    const { book, port } = bookWithTable();
    assert.equal(await port.usedArea({ sheet: 'Facilities', top: 2, left: 4, rows: 50000, cols: 3 }), undefined);
    assert.deepEqual(await port.usedArea({ sheet: 'Facilities', top: 2, left: 3, rows: 50000, cols: 3 }),
      { sheet: 'Facilities', top: 2, left: 3, rows: 4, cols: 1 });
    assert.equal(book.syncLog.length, 2);
  });

  it('clears contents only, or contents and formats', async () => {
    const { book, port } = bookWithTable();
    const sheet = book.sheet('Facilities');
    await port.fillRows('Facilities', [3, 4], 1, 3, '#FFFF00');
    await port.clear({ sheet: 'Facilities', top: 3, left: 1, rows: 1, cols: 3 }, 'contents');
    assert.deepEqual([sheet.get(3, 1), sheet.fill(3, 1)], ['', '#FFFF00']);
    await port.clear({ sheet: 'Facilities', top: 4, left: 1, rows: 1, cols: 3 }, 'all');
    assert.deepEqual([sheet.get(4, 1), sheet.fill(4, 1)], ['', undefined]);
  });

  it('fills rows as contiguous runs, at most 1,000 ranges per sync, and clears fills only where told', async () => {
    const book = new FakeWorkbook('S');
    const port = new ExcelPort(book.run);
    const rows = Array.from({ length: 3000 }, (_, i) => i * 2); // 3,000 separate rows
    await port.fillRows('S', rows, 0, 4, '#DFF6DD');
    assert.deepEqual(book.syncLog.map((s) => s.fills), [1000, 1000, 1000]);
    assert.equal(book.sheet('S').fill(5998, 3), '#DFF6DD');
    await port.fillRows('S', [10, 11, 12, 20], 0, 4, '#DFF6DD');
    assert.equal(book.syncLog[book.syncLog.length - 1]!.fills, 2, 'rows 10–12 go as one range');
    book.sheet('S').fills.set('10,6', '#FF0000'); // the user's own fill, right of the span
    await port.clearFills('S', [10], 0, 4);
    assert.deepEqual([book.sheet('S').fill(10, 0), book.sheet('S').fill(10, 6), book.sheet('S').fill(11, 0)], [undefined, '#FF0000', '#DFF6DD']);
  });

  it('marks areas with worksheet-scoped names, replaces them, and finds them on the next read', async () => {
    const { book, port } = bookWithTable();
    const results = { sheet: 'Facilities', top: 2, left: 4, rows: 4, cols: 3 };
    await port.setMarks([{ name: 'ETS_TableCheck1_Results', area: { ...results, rows: 2 } }]);
    await port.setMarks([{ name: 'ETS_TableCheck1_Results', area: results }]);
    const sheet = book.sheet('Facilities');
    sheet.names.set('MyOwnName', { area: { top: 0, left: 0, rows: 1, cols: 1 } });
    sheet.names.set('ETS_TableCheck2_Results', {}); // its cells were deleted: it refers to #REF!
    assert.match(sheet.names.get('ETS_TableCheck1_Results')!.comment!, /ETS Compliance table check/);
    const read = (await port.readRegion())!;
    assert.deepEqual(read.marks, [{ name: 'ETS_TableCheck1_Results', area: results }]);
  });

  it('replaces a chart of the same name instead of adding a second one', async () => {
    const { book, port } = bookWithTable();
    const spec = { data: { sheet: 'Facilities', top: 3, left: 9, rows: 3, cols: 3 }, at: { row: 10, col: 9 }, title: 'T', name: 'ETS_TableCheck1_Chart' };
    await port.addChart(spec);
    await port.addChart({ ...spec, title: 'T2' });
    assert.deepEqual(book.sheet('Facilities').charts.map((c) => [c.name, c.title, c.top, c.at?.top]), [['ETS_TableCheck1_Chart', 'T2', 3, 10]]);
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
    await port.writeSettings({ ...DEFAULT_SETTINGS, gwpSet: 'AR4', year: 2024 });
    assert.equal(store.saved, 1);
    assert.deepEqual(await port.readSettings(), { scheme: 'CN', gwpSet: 'AR4', year: 2024, language: 'auto' });
  });
});
