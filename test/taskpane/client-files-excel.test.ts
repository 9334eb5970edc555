import { strict as assert } from 'node:assert';
import { ExcelPort } from '../../src/taskpane/ports/excel-port';
import type { CellValue } from '../../src/taskpane/ports/port';
import { matchColumns } from '../../src/taskpane/table-check/columns';
import { firstTable, locateTable } from '../../src/taskpane/table-check/header-row';
import { runTableCheck, type TableCheckReport } from '../../src/taskpane/table-check/table-check';
import { proposedUnits } from '../../src/taskpane/table-check/units';
import { doneMessage } from '../../src/taskpane/table-check/messages';
import { DEFAULT_SETTINGS } from '../../src/taskpane/settings';
import { setLanguage } from '../../src/taskpane/i18n/messages';
import { FakeSettings, FakeWorkbook, withOfficeGlobals, type FakeSheet } from './fake-excel';

/**
 * The table check over the Excel port on client lists as they arrive: units in the header, a merged two-row header,
 * subtotal rows, blank rows and captive power plants. Verdicts worked out by hand from the 26,000 t threshold.
 */
function book(values: CellValue[][], at: { top: number; left: number }, merges: Array<{ top: number; left: number; rows: number; cols: number }> = []):
  { port: ExcelPort; sheet: FakeSheet; fake: FakeWorkbook } {
  const fake = new FakeWorkbook('Clients');
  const sheet = fake.sheet('Clients');
  values.forEach((row, r) => row.forEach((v, c) => {
    if (typeof v === 'string' && v.startsWith('=')) sheet.enter(r, c, v);
    else sheet.set(r, c, v);
  }));
  sheet.merges.push(...merges);
  fake.selection = { sheet: 'Clients', top: at.top, left: at.left, rows: 1, cols: 1 };
  const settings = new FakeSettings();
  return { port: new ExcelPort(fake.run, () => settings as unknown as Office.Settings), sheet, fake };
}

/** Read the table around the selection and check it, with the units its headers give, as the pane does. */
async function check(port: ExcelPort): Promise<TableCheckReport & { headers: readonly string[] }> {
  const region = firstTable((await port.readRegion())!)!;
  const { map } = matchColumns(region.headers);
  const report = await runTableCheck(port, region, map, DEFAULT_SETTINGS,
    { progress() {}, confirmOverwrite: async () => 'cancel' }, { units: proposedUnits(region, map) });
  return { ...report, headers: region.headers };
}

describe('table check on client files, through the Excel port', () => {
  withOfficeGlobals();
  afterEach(() => setLanguage('en'));

  it('reads 直接排放（万吨CO2） in 10⁴ t: 3.1 is 31,000 t and covered', async () => {
    const { port, sheet } = book([
      ['企业名称', '行业', '直接排放（万吨CO2）'],
      ['甲水泥', '水泥', 3.1],
      ['乙钢铁', '钢铁', 120.5],
      ['丙铝业', '电解铝', 2.5],
      ['丁水泥', '水泥', '2.6万吨'],
    ], { top: 1, left: 0 });
    const report = await check(port);
    // 31,000 ≥ 26,000; 1,205,000 ≥; 25,000 <; a cell with its own unit: 26,000 t (not 2.6 × 10⁸).
    assert.deepEqual(sheet.block(1, 3, 4, 1).map((r) => r[0]), [true, true, false, true]);
    assert.deepEqual(sheet.block(1, 5, 4, 1).map((r) => r[0]), [31000, 1205000, 25000, 26000]);
    assert.match(String(sheet.get(1, 4)), /^Covered: cement, 31,000 tCO2e direct ≥ 26,000 threshold \(CN ETS, 2025\) \(read as 3\.1 × 10⁴ t = 31,000 t\)$/);
    assert.equal(report.summary.total.emissions, 31000 + 1205000 + 25000 + 26000);
    // The summary's tonnes and counts are grouped in Excel too (its General format shows 9000), its shares are percentages.
    assert.deepEqual([sheet.numberFormatAt(2, 8), sheet.numberFormatAt(2, 10), sheet.numberFormatAt(2, 12), sheet.numberFormatAt(4, 9)],
      ['#,##0', '#,##0', '0.0%', '#,##0']);
    assert.match(doneMessage(report, 'CN ETS', ['直接排放（万吨CO2） in 10⁴ t (万吨)']), /^3 of 4 facilities are covered: 1,262,000 of 1,287,000 tCO2e \(98\.1%\)\. Figures read in the unit of their column: 直接排放（万吨CO2） in 10⁴ t \(万吨\)\./);
  });

  it('maps Direct to 范围一 under a merged 2024年排放量 header, with Scope 2 left of it: three verdicts right', async () => {
    const { port, sheet } = book([
      ['企业名称', '行业', '2024年排放量（tCO2e）', ''],
      ['', '', '范围二（外购电力）', '范围一（直接）'],
      ['甲水泥', '水泥', 90000, 31000],
      ['乙钢铁', '钢铁', 50000, 20000],
      ['丙铝业', '电解铝', 80000, 40000],
    ], { top: 3, left: 1 }, [{ top: 0, left: 0, rows: 2, cols: 1 }, { top: 0, left: 1, rows: 2, cols: 1 }, { top: 0, left: 2, rows: 1, cols: 2 }]);
    const report = await check(port);
    assert.equal(report.headers[3], '2024年排放量（tCO2e） 范围一（直接）');
    // By Scope 1: 31,000 covered, 20,000 not, 40,000 covered (by Scope 2 all three would be "covered").
    assert.deepEqual(sheet.block(2, 4, 3, 1).map((r) => r[0]), [true, false, true]);
    assert.equal(sheet.get(1, 4), 'Covered', 'results start level with the header block\'s last row');
    assert.deepEqual([report.rows, report.covered, report.summary.total.emissions], [3, 2, 91000]);
  });

  it('leaves subtotal and total rows out of every count and sum: 2 of 3 facilities, 70,000 of 90,000 t', async () => {
    const { port, sheet } = book([
      ['Facility', 'Sector', 'Direct emissions (t)'],
      ['Kiln 1', 'cement', 30000],
      ['Kiln 2', 'cement', 20000],
      ['水泥小计', '', '=SUM(C2:C3)'],
      ['Mill 1', 'steel', 40000],
      ['钢铁小计', '', '=C5'],
      ['', '', '=C4+C6'],
    ], { top: 0, left: 0 });
    const report = await check(port);
    assert.deepEqual([report.rows, report.covered, report.totals, report.summary.total.emissions, report.summary.total.coveredEmissions],
      [3, 2, 3, 90000, 70000]);
    assert.deepEqual(sheet.block(1, 3, 6, 1).map((r) => r[0]), [true, false, 'total row', true, 'total row', 'total row']);
    assert.equal(sheet.get(3, 4), 'Left out: “水泥小计” is a total or subtotal row, not a facility.');
    // No label: its formula adds up the subtotals above it.
    assert.equal(sheet.get(6, 4), 'Left out: its emissions cell adds up the rows above (=C4+C6), so the row is a total, not a facility.');
    assert.equal(sheet.fill(3, 0), undefined, 'a total row is not painted');
    assert.match(doneMessage(report, 'CN ETS'), /^2 of 3 facilities are covered: 70,000 of 90,000 tCO2e \(77\.8%\)\. 3 rows of totals or subtotals left out of every count and sum\./);
  });

  it('reads a 300-row list with blank rows from a cell clicked mid-table: every facility, no blank row counted or painted', async () => {
    const values: CellValue[][] = [['客户设施清单（2025年）', '', ''], ['', '', ''], ['企业名称', '行业', '直接排放（吨）']];
    let covered = 0;
    for (let i = 1; i <= 300; i += 1) {
      const emissions = 20000 + ((i * 37) % 120) * 100; // 20,000 … 31,900
      if (emissions >= 26000) covered += 1;
      values.push([`企业${i}`, '水泥', emissions]);
      if (i % 50 === 0 && i < 300) values.push(['', '', ''], ['', '', '']);
    }
    const { port, sheet } = book(values, { top: 200, left: 1 });
    const read = (await port.readRegion())!;
    assert.equal(locateTable(read).guess.row, 2, 'the header, not the data row above the click');
    const report = await check(port);
    assert.deepEqual([report.rows, report.covered, report.blank], [300, covered, 10]);
    const last = values.length - 1;
    assert.equal(sheet.get(last, 3), (values[last]![2] as number) >= 26000);
    const blankRow = values.findIndex((r, i) => i > 3 && r[0] === '');
    assert.deepEqual([sheet.get(blankRow, 3), sheet.fill(blankRow, 0)], ['', undefined], 'a blank row gets no result and no colour');
    assert.match(doneMessage(report, 'CN ETS'), / 10 rows blank inside the table skipped\./);
  });

  it('takes captive power plants as power: covered from 26,000 t like any power entity', async () => {
    setLanguage('zh-CN');
    const { port, sheet } = book([
      ['企业名称', '行业', '直接排放（万吨）'],
      ['甲集团自备电厂', '企业自备电厂', 12.4],
      ['乙铝业自备电厂', '铝冶炼企业自备电厂', 1.9],
    ], { top: 1, left: 1 });
    await check(port);
    assert.deepEqual(sheet.block(1, 3, 2, 1).map((r) => r[0]), [true, false]);
    assert.match(String(sheet.get(1, 4)), /^纳入：发电，直接排放 124,000 吨二氧化碳当量 ≥ 纳入门槛 26,000（全国碳市场，2025年）（按 12\.4 万吨 = 124,000 吨 读取）$/);
    // The summary names the sector in Chinese, and the scheme as 全国碳市场.
    assert.deepEqual([sheet.get(0, 7), sheet.get(2, 7)], ['纳入情况汇总（全国碳市场，2025年）', '发电']);
  });
});

describe('table check in Chinese: no English word inside a Chinese sentence', () => {
  withOfficeGlobals();
  afterEach(() => setLanguage('en'));

  it('writes results, reasons and summary in Chinese, the user\'s own words apart', async () => {
    setLanguage('zh-CN');
    const { port, sheet } = book([
      ['企业名称', '行业', '直接排放（万吨CO2）'],
      ['甲水泥', '水泥', 3.1],
      ['乙钢铁', '钢铁', 1.2],
      ['丙化工', '化工', 9],
      ['丁平板玻璃', '平板玻璃', 4],
      ['戊电炉钢', '电炉炼钢', 5],
      ['己铝业', '电解铝', '待核查'],
      ['庚', '香蕉', 3],
      ['小计', '', '=SUM(C2:C8)'],
      ['', '', ''],
      ['辛电厂', '自备电厂', 12],
    ], { top: 1, left: 0 });
    await check(port);
    const written = [...sheet.block(0, 3, 12, 3), ...sheet.block(0, 7, 12, 9)].flat().filter((v): v is string => typeof v === 'string' && v !== '');
    // Words the user wrote (待核查, 香蕉) and chemical formulas stay, and so do the names a function accepts, given in
    // brackets after their Chinese (水泥（cement）) and in a function call (ETS.RULEBOOK("sectors")); no English word otherwise.
    const english = written.map((text) => text.replace(/CO2e|CO2|CF4|C2F6|TRUE|FALSE/g, '').replace(/（[^）]*）/g, '')
      .replace(/ETS\.[A-Z.]+\([^)]*\)/g, '')).filter((text) => /[A-Za-z]{3,}/.test(text));
    assert.deepEqual(english, []);
    assert.ok(written.includes('合计行') && written.includes('化工') && written.includes('发电'), written.join(' | '));
  });
});
