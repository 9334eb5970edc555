import { strict as assert } from 'node:assert';
import { ExcelPort } from '../../src/taskpane/ports/excel-port';
import type { CellValue, Region } from '../../src/taskpane/ports/port';
import { mapColumns } from '../../src/taskpane/table-check/columns';
import { firstTable } from '../../src/taskpane/table-check/header-row';
import { COVERED_FILL, NOT_CHECKED_FILL, runTableCheck, type Choice, type TableCheckReport } from '../../src/taskpane/table-check/table-check';
import { WriteStopped } from '../../src/taskpane/table-check/write-steps';
import { DEFAULT_SETTINGS } from '../../src/taskpane/settings';
import { FakeSettings, FakeWorkbook, withOfficeGlobals, type FakeSheet } from './fake-excel';
import { setLanguage } from '../../src/taskpane/i18n/messages';

const TABLE: CellValue[][] = [
  ['Facility', 'Sector', 'Direct emissions (tCO2e)'],
  ['Plant A', 'cement', 31200],
  ['Plant B', '钢铁', 21000],
  ['Plant C', 'chemicals', 500000],
];

interface Run {
  report: TableCheckReport;
  asked: string[];
  region: Region;
}

/** The table in B3:D6 of Facilities, one cell of it selected, as a user leaves it. */
function workbook(table: CellValue[][] = TABLE): { book: FakeWorkbook; port: ExcelPort; sheet: FakeSheet } {
  const book = new FakeWorkbook('Facilities');
  book.sheet('Facilities').put(2, 1, table);
  book.selection = { sheet: 'Facilities', top: 3, left: 2, rows: 1, cols: 1 };
  // The document's settings persist across runs, as in Excel: the pane remembers there what it wrote.
  const settings = new FakeSettings();
  return { book, port: new ExcelPort(book.run, () => settings as unknown as Office.Settings), sheet: book.sheet('Facilities') };
}

/** Reads the selection and runs the check, answering the overwrite question with `choice` (and noting it was asked). */
async function check(port: ExcelPort, choice: Choice = 'cancel', settings = DEFAULT_SETTINGS, onAsk?: () => void): Promise<Run> {
  const region = firstTable((await port.readRegion())!)!;
  const asked: string[] = [];
  const report = await runTableCheck(port, region, mapColumns(region.headers.slice(0, 3)), settings, {
    progress() {},
    async confirmOverwrite(where) {
      asked.push(where);
      onAsk?.();
      return choice;
    },
  });
  return { report, asked, region };
}

describe('table check over the Excel port (office-addin-mock)', () => {
  withOfficeGlobals();

  it('writes Covered, Reason and CO2e beside the table when the cells are empty, highlights covered rows and marks its output', async () => {
    const { book, port, sheet } = workbook();
    const { report, asked } = await check(port);
    assert.deepEqual(asked, []);
    assert.deepEqual(sheet.block(2, 4, 4, 1), [['Covered'], [true], [false], [false]]);
    assert.match(String(sheet.get(3, 5)), /^Covered: cement, 31,200 tCO2e direct ≥ 26,000 threshold/);
    assert.match(String(sheet.get(5, 5)), /^Reporting only: chemicals/);
    assert.equal(sheet.get(4, 6), 21000);
    assert.deepEqual([sheet.fill(3, 1), sheet.fill(3, 6), sheet.fill(4, 1), sheet.fill(3, 7)], [COVERED_FILL, COVERED_FILL, undefined, undefined]);
    assert.equal(sheet.get(2, 8), 'Coverage summary (CN ETS, 2025)');
    // Summary: title, headers, then chemicals, cement, iron and steel (sorted ids), total: the share column N is a percentage.
    assert.deepEqual([sheet.get(4, 8), sheet.numberFormatAt(4, 13), sheet.numberFormatAt(7, 13), sheet.numberFormatAt(8, 13)], ['cement', '0.0%', '0.0%', 'General']);
    assert.equal(report.written?.results, 'Facilities!E3:G6');
    assert.equal(report.written?.summary, 'Facilities!I3:N9');
    assert.deepEqual(sheet.charts.map((c) => [c.name, c.title, c.top, c.rows, c.at?.top]), [['ETS_TableCheck1_Chart', 'Emissions covered by sector (tCO2e)', 3, 4, 10]]);
    assert.deepEqual([...sheet.names.keys()], ['ETS_TableCheck1_Results', 'ETS_TableCheck1_Summary']);
    assert.deepEqual(sheet.names.get('ETS_TableCheck1_Results')!.area, { top: 2, left: 4, rows: 4, cols: 3 });
    assert.equal(book.activated, '', 'beside the table: the sheet shown stays as it is');
  });

  it('refreshes its own output in place on a re-run: no question, no second set of columns, highlights follow the verdicts', async () => {
    const { port, sheet } = workbook();
    await check(port);
    // The user fixes two rows: Plant A's emissions were a typo (now below the threshold), Plant B's were incomplete.
    sheet.set(3, 3, 20000);
    sheet.set(4, 3, 30000);
    const { report, asked, region } = await check(port);
    assert.deepEqual(asked, [], 'its own cells are not "in the way"');
    assert.deepEqual(region.headers, ['Facility', 'Sector', 'Direct emissions (tCO2e)', 'Covered', 'Reason', 'CO2e (tCO2e)'],
      'the read takes in the earlier results …');
    assert.equal(report.written?.results, 'Facilities!E3:G6', '… and they are refreshed where they are');
    assert.equal(report.written?.refreshed, true);
    assert.deepEqual(sheet.block(2, 4, 4, 1), [['Covered'], [false], [true], [false]]);
    assert.equal(sheet.get(2, 7), '', 'no second block of results');
    assert.deepEqual([sheet.fill(3, 1), sheet.fill(4, 1), sheet.fill(4, 6)], [undefined, COVERED_FILL, COVERED_FILL]);
    assert.equal(sheet.charts.length, 1, 'the chart is replaced, not doubled');
    assert.deepEqual([...sheet.names.keys()].sort(), ['ETS_TableCheck1_Results', 'ETS_TableCheck1_Summary']);
  });

  it('clears what is left of a larger earlier output when the table shrinks', async () => {
    const { port, sheet } = workbook();
    await check(port);
    sheet.fills.set('5,15', '#FFFF00'); // the user's own fill beside the summary stays
    for (let c = 1; c <= 3; c += 1) sheet.set(5, c, ''); // Plant C (chemicals) deleted
    const { report } = await check(port);
    assert.equal(report.written?.results, 'Facilities!E3:G5');
    assert.deepEqual(sheet.block(5, 4, 1, 3), [['', '', '']], 'the old last results row is cleared');
    // The summary lost its chemicals row: title, headers, cement, iron and steel, total, rows not checked (rows 3–8).
    assert.deepEqual([sheet.get(6, 8), sheet.get(7, 8), sheet.get(8, 8)], ['Total', 'Rows not checked: 0', '']);
    assert.equal(sheet.get(8, 13), '', 'nothing stale of the old summary');
    assert.equal(sheet.fill(5, 15), '#FFFF00');
  });

  it('asks when a new target cell holds the user\'s data, even on a re-run, and writes nothing on cancel', async () => {
    const { port, sheet } = workbook();
    await check(port);
    sheet.put(6, 1, [['Plant D', 'cement', 40000]]); // a new row: its result cells are new …
    sheet.set(6, 5, 'my note'); // … and one of them holds a note
    const { report, asked } = await check(port, 'cancel');
    assert.deepEqual(asked, ['Facilities!F7']);
    assert.equal(report.written, undefined);
    assert.equal(sheet.get(6, 5), 'my note');
    assert.equal(sheet.get(6, 4), '', 'nothing written');
  });

  it('asks before writing over its old output once the user has cleared it and typed there (issue 23)', async () => {
    const { book, port, sheet } = workbook();
    await check(port);
    // The user clears the pane's Covered, Reason and CO2e columns and keeps notes in two of the cells.
    for (let r = 2; r <= 5; r += 1) for (let c = 4; c <= 6; c += 1) sheet.set(r, c, '');
    sheet.set(3, 5, 'call the plant');
    sheet.set(5, 6, 12345);
    const { report, asked } = await check(port, 'cancel');
    assert.equal(asked.length, 1, 'asked once');
    assert.match(asked[0]!, /Facilities!F4:G6/);
    // A host that remembers nothing (a file saved without the pane's settings) asks too: the block lost its headers.
    const forgetful = new ExcelPort(book.run, () => new FakeSettings() as unknown as Office.Settings);
    assert.equal((await check(forgetful, 'cancel')).asked.length, 1);
    assert.equal(report.written, undefined);
    assert.deepEqual([sheet.get(3, 5), sheet.get(5, 6)], ['call the plant', 12345], 'the notes stay');
  });

  it('asks when the user edited one cell of its old output, and refreshes without asking while it is untouched', async () => {
    const { port, sheet } = workbook();
    await check(port);
    assert.deepEqual((await check(port, 'cancel')).asked, [], 'untouched: the pane refreshes its own output');
    sheet.set(4, 5, 'checked by hand: not covered');
    const { asked } = await check(port, 'replace');
    assert.equal(asked.length, 1);
    assert.match(String(sheet.get(4, 5)), /^Not covered: iron and steel/, 'replaced because the user said so');
    assert.deepEqual((await check(port, 'cancel')).asked, [], 'the replaced output is the pane\'s again');
  });

  it('checks every other row when two rows hold 1e308 t: each is its own row\'s error (issue 23)', async () => {
    const table: CellValue[][] = [...TABLE, ['Typo 1', 'cement', 1e308], ['Typo 2', 'steel', 1e308]];
    const { port, sheet } = workbook(table);
    const { report } = await check(port);
    assert.deepEqual([report.rows, report.covered, report.errors], [5, 1, 2]);
    assert.match(String(sheet.get(6, 5)), /more than twenty times the world's annual emissions/);
    assert.equal(report.summary.total.emissions, 31200 + 21000 + 500000);
  });

  it('replaces only when the user says so', async () => {
    const { port, sheet } = workbook();
    sheet.set(4, 5, 'my note');
    const { asked } = await check(port, 'replace');
    assert.deepEqual(asked, ['Facilities!F5']);
    assert.match(String(sheet.get(4, 5)), /^Not covered: iron and steel, 21,000/);
  });

  it('writes to a new sheet when asked to: labels kept as text, the sheet shown, the user\'s cells left alone', async () => {
    const table: CellValue[][] = [['Facility', 'Sector', 'Direct emissions (tCO2e)'], ['00123', 'cement', 31200], ['1-2', 'steel', 30000], ['TRUE', 'paper', 1]];
    const { book, port, sheet } = workbook(table);
    sheet.set(4, 5, 'my note');
    const { report } = await check(port, 'new-sheet');
    assert.equal(sheet.get(4, 5), 'my note');
    assert.deepEqual([report.written?.sheet, report.written?.newSheet, book.activated], ['ETS coverage', true, 'ETS coverage']);
    const out = book.sheet('ETS coverage');
    assert.deepEqual(out.block(0, 0, 4, 3), [['Facility', 'Sector', 'Covered'], ['00123', 'cement', true], ['1-2', 'steel', true], ['TRUE', 'paper', false]]);
    assert.deepEqual([out.numberFormatAt(1, 0), out.numberFormatAt(3, 1), out.numberFormatAt(1, 2)], ['@', '@', 'General']);
    const formatSync = book.syncLog.findIndex((s) => s.order.includes('format'));
    const valuesSync = book.syncLog.findIndex((s) => s.order.includes('values'));
    assert.ok(formatSync >= 0 && formatSync < valuesSync, 'the text format goes before the values');
    assert.deepEqual([...out.names.keys()], ['ETS_TableCheck1_Results', 'ETS_TableCheck1_Summary']);
  });

  it('marks rows that could not be checked, and says why the Covered column holds text', async () => {
    const { port, sheet } = workbook([...TABLE, ['Plant D', 'bakery', 30000]]);
    await check(port);
    assert.deepEqual(sheet.block(2, 4, 5, 1).map((r) => r[0]), ['Covered (TRUE/FALSE, or "not checked": see Reason)', true, false, false, 'not checked']);
    assert.deepEqual([sheet.fill(6, 1), sheet.fill(6, 6)], [NOT_CHECKED_FILL, NOT_CHECKED_FILL]);
    assert.match(String(sheet.get(6, 5)), /^Not checked: Sector: "bakery" is not a known sector/);
  });

  it('counts "depends" apart under the EU ETS, in the summary and in the Covered header', async () => {
    const { port, sheet } = workbook();
    const { report } = await check(port, 'cancel', { ...DEFAULT_SETTINGS, scheme: 'EU' });
    assert.deepEqual([report.covered, report.depends], [0, 3]);
    assert.equal(sheet.get(2, 4), 'Covered (TRUE/FALSE, or "depends": see Reason)');
    assert.deepEqual(sheet.block(3, 8, 1, 9)[0], ['Sector', 'Covered emissions (tCO2e)', 'Emissions (tCO2e)', 'Entities', 'Covered entities',
      'Share of total covered', 'Entities that depend', 'Emissions that depend (tCO2e)', 'Share of total that depends']);
    // Total: 31,200 + 21,000 + 500,000 = 552,200 t, all depending.
    assert.deepEqual(sheet.block(7, 8, 1, 9)[0], ['Total', 0, 552200, 3, 0, 0, 3, 552200, 1]);
    assert.deepEqual([sheet.numberFormatAt(7, 13), sheet.numberFormatAt(7, 16)], ['0.0%', '0.0%']);
  });

  it('after a sync fails half-way, says what was written and what was not, and which replaced cells were overwritten', async () => {
    const rows = 12000;
    const table: CellValue[][] = [TABLE[0]!, ...Array.from({ length: rows }, (_, i): CellValue[] => [`Plant ${i + 1}`, 'cement', 20000 + i])];
    const { book, port, sheet } = workbook(table);
    sheet.set(102, 5, 'note in row 103'); // among the first 5,000 results
    sheet.set(11002, 5, 'note in row 11,003'); // among the last
    // Replace is chosen; then the second chunk of results (rows 5,001–10,000 of the block) fails to sync.
    const error = await check(port, 'replace', DEFAULT_SETTINGS, () => book.rejectSync(2)).catch((e: unknown) => e);
    assert.ok(error instanceof WriteStopped, String(error));
    assert.equal(error.written[0], 'results, rows 1–5,000 of 12,001 (Facilities!E3:G5002)');
    assert.deepEqual(error.notWritten.slice(0, 2), ['results, rows 5,001–12,001 of 12,001 (Facilities!E5003:G12003)', 'the results marker']);
    assert.match(error.message, /^Writing stopped: GeneralException: the request failed\./);
    // Excel reports the non-empty cells as one block, F103:F11003; the report splits it at the last row written.
    assert.match(error.message, /Of the cells you chose to replace \(Facilities!F103:F11003\), Facilities!F103:F5002 now hold results: what was there is gone; Facilities!F5003:F11003 are as they were\./);
    // And the workbook agrees with the report.
    assert.match(String(sheet.get(102, 5)), /^Not covered: cement/);
    assert.equal(sheet.get(11002, 5), 'note in row 11,003');
    assert.equal(sheet.get(5002, 4), '', 'nothing past the failed chunk');
    assert.deepEqual([...sheet.names.keys()], [], 'no mark claims the half-written block, so the next run asks again');
  });
});

describe('table check in Chinese, and a re-run in the other language', () => {
  withOfficeGlobals();
  afterEach(() => setLanguage('en'));

  /** The table with a sector the rules do not know, so one row is "not checked". */
  const WITH_TYPO: CellValue[][] = [...TABLE.slice(0, 3), ['Plant C', 'cemnt', 500000]];

  it('writes its headers, verdict words, reasons and summary in Chinese', async () => {
    setLanguage('zh-CN');
    const { port, sheet } = workbook(WITH_TYPO);
    const { report } = await check(port);
    assert.deepEqual(sheet.block(2, 4, 1, 3), [['是否纳入（TRUE/FALSE，或“未检查”：见“理由”）', '理由', 'CO2e（吨二氧化碳当量）']]);
    assert.deepEqual(sheet.block(3, 4, 3, 1), [[true], [false], ['未检查']]);
    assert.equal(sheet.get(3, 5), '纳入：水泥，直接排放 31,200 吨二氧化碳当量 ≥ 纳入门槛 26,000（全国碳市场，2025年）');
    assert.match(String(sheet.get(5, 5)), /^未检查：Sector：“cemnt”不是已知的行业。您是否要输入 cement？/);
    assert.equal(sheet.fill(5, 1), NOT_CHECKED_FILL);
    assert.equal(sheet.get(2, 8), '纳入情况汇总（全国碳市场，2025年）');
    assert.deepEqual(sheet.block(3, 8, 1, 3), [['行业', '纳入的排放量（吨二氧化碳当量）', '排放量（吨二氧化碳当量）']]);
    // Title, headers, cement, iron and steel, total, rows not checked.
    assert.deepEqual([sheet.get(6, 8), sheet.get(7, 8)], ['合计', '未检查的行数：1']);
    assert.equal(sheet.charts[0]!.title, '各行业纳入的排放量（吨二氧化碳当量）');
    assert.equal(report.written?.results, 'Facilities!E3:G6');
  });

  it('refreshes a Chinese run in place when re-run in English, clearing highlights it reads from the Chinese words', async () => {
    setLanguage('zh-CN');
    const { port, sheet } = workbook(WITH_TYPO);
    await check(port);
    setLanguage('en');
    sheet.set(5, 2, 'cement'); // the typo fixed, and the emissions: Plant C is below the threshold
    sheet.set(5, 3, 1000);
    const { report, asked, region } = await check(port);
    assert.deepEqual(asked, [], 'the Chinese output is the pane\'s own: no question');
    assert.equal(report.written?.results, 'Facilities!E3:G6');
    assert.equal(report.written?.refreshed, true);
    assert.deepEqual(region.headers.slice(3, 6), ['是否纳入（TRUE/FALSE，或“未检查”：见“理由”）', '理由', 'CO2e（吨二氧化碳当量）']);
    assert.deepEqual(sheet.block(2, 4, 4, 1), [['Covered'], [true], [false], [false]]);
    assert.equal(sheet.get(2, 7), '', 'no second block of results');
    assert.equal(sheet.fill(5, 1), undefined, 'the not-checked highlight is cleared: the row is plain now');
    assert.equal(sheet.get(2, 8), 'Coverage summary (CN ETS, 2025)');
  });

  it('and an English run re-run in Chinese: the "not checked" highlight is cleared once the row is fixed', async () => {
    const { port, sheet } = workbook([...TABLE.slice(0, 3), ['Plant C', 'chemicals', 'lots']]);
    await check(port);
    assert.equal(sheet.get(5, 4), 'not checked');
    setLanguage('zh-CN');
    sheet.set(5, 3, 1000);
    const { report } = await check(port);
    assert.equal(report.written?.refreshed, true);
    assert.deepEqual(sheet.block(2, 4, 4, 1), [['是否纳入'], [true], [false], [false]]);
    assert.equal(sheet.fill(5, 1), undefined, 'the row is plain now');
  });
});
