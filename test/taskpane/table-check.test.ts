import { strict as assert } from 'node:assert';
import { checkFacility, co2e, EtsError } from '../../src/core';
import { mapColumns } from '../../src/taskpane/table-check/columns';
import { checkRows, planBeside, planOnNewSheet, resultCells, summaryValues } from '../../src/taskpane/table-check/table-check';
import { coveredHeader, facilitiesOf, shareAreas } from '../../src/taskpane/table-check/results';
import { outputOf } from '../../src/taskpane/table-check/output';
import { summarise } from '../../src/core';
import { DEFAULT_SETTINGS } from '../../src/taskpane/settings';
import { setLanguage } from '../../src/taskpane/i18n/messages';
import type { CellValue, Region } from '../../src/taskpane/ports/port';

const SECTORS = ['cement', 'steel', 'aluminium', 'power', '水泥', 'chemicals', 'steel-eaf', 'Iron & Steel'];

/** A reproducible 1,000-row table around the threshold. */
function table(n: number): Region {
  const rows: CellValue[][] = Array.from({ length: n }, (_, i) => [
    `Facility ${i + 1}`, SECTORS[i % SECTORS.length]!, 20000 + ((i * 7919) % 13000) + (i % 3) * 0.5,
  ]);
  return { sheet: 'Facilities', top: 0, left: 0, headers: ['Facility', 'Sector', 'Direct emissions (tCO2e)'], rows };
}

describe('task pane: table check logic', () => {
  it('checks a 1,000-row table exactly as the core does, row by row', async () => {
    const region = table(1000);
    const map = mapColumns(region.headers);
    const outcomes = await checkRows(region, map, DEFAULT_SETTINGS);
    assert.equal(outcomes.length, 1000);
    region.rows.forEach((row, i) => {
      const expected = checkFacility({ sector: row[1], direct: row[2], scheme: 'CN', year: DEFAULT_SETTINGS.year, gwpSet: 'AR5' });
      assert.deepEqual(outcomes[i], expected, `row ${i}`);
    });
    const covered = facilitiesOf(outcomes).filter((o) => !(o instanceof EtsError) && o.covered).length;
    const inForce = ['cement', 'steel', 'aluminium', 'power', '水泥', 'Iron & Steel'];
    const byHand = region.rows.filter((r) => inForce.includes(String(r[1])) && (r[2] as number) >= 26000);
    assert.equal(covered, byHand.length);

    // The summary of the 1,000 rows, against sums done here in plain integers (emissions are multiples of 0.5).
    const summary = summarise(facilitiesOf(outcomes));
    const half = (x: unknown) => Math.round((x as number) * 2);
    const all = region.rows.reduce((t, r) => t + half(r[2]), 0);
    const coveredHalves = byHand.reduce((t, r) => t + half(r[2]), 0);
    assert.equal(summary.total.entities, 1000);
    assert.equal(summary.total.coveredEntities, byHand.length);
    assert.equal(summary.total.emissions, all / 2);
    assert.equal(summary.total.coveredEmissions, coveredHalves / 2);
    assert.equal(summary.total.shareOfTotal, coveredHalves / all);
    const cement = summary.sectors.find((x) => x.sector === 'cement')!;
    const cementRows = region.rows.filter((r) => r[1] === 'cement' || r[1] === '水泥');
    assert.equal(cement.entities, cementRows.length, 'cement and 水泥 are one sector');
    assert.equal(cement.coveredEmissions, cementRows.filter((r) => (r[2] as number) >= 26000).reduce((t, r) => t + half(r[2]), 0) / 2);
  });

  it('summarises entities and emissions covered per sector, with the share of the total', async () => {
    const region: Region = { sheet: 'S', top: 0, left: 0, headers: ['Facility', 'Sector', 'Emissions'], rows: [
      ['A', 'cement', 30000], ['B', 'cement', 10000], ['C', 'paper', 40000], ['D', 'steel', 20000],
    ] };
    const outcomes = await checkRows(region, mapColumns(region.headers), DEFAULT_SETTINGS);
    const summary = summarise(facilitiesOf(outcomes));
    // total 100,000 t; covered: only A (30,000) → 30%
    assert.deepEqual(summary.total, { sector: 'total', entities: 4, coveredEntities: 1, emissions: 100000, coveredEmissions: 30000, shareOfTotal: 0.3,
      dependsEntities: 0, dependsEmissions: 0, shareDepends: 0 });
    assert.deepEqual(summary.sectors.map((s) => [s.sector, s.entities, s.coveredEntities, s.coveredEmissions, s.shareOfTotal]),
      [['cement', 2, 1, 30000, 0.3], ['paper', 1, 0, 0, 0], ['steel', 1, 0, 0, 0]]);
    const block = summaryValues(summary, DEFAULT_SETTINGS);
    assert.equal(block[0]![0], 'Coverage summary (CN ETS, 2025)');
    assert.deepEqual(block[block.length - 2], ['Total', 30000, 100000, 4, 1, 0.3]);
    assert.ok(block.every((row) => row.length === block[1]!.length), 'a rectangular block');
  });

  it('writes a reporting obligation, not a verdict of covered, for stand-alone EAF steel, rolling and non-Portland clinker at 26,000 t or more', async () => {
    const region: Region = { sheet: 'S', top: 0, left: 0, headers: ['Facility', 'Sector', 'Direct emissions'], rows: [
      ['EAF', '独立电炉短流程钢铁生产企业', 31200], ['Mill', '钢压延加工', 25999], ['Clinker', 'non-Portland clinker', 26000], ['Kiln', 'cement', 26000],
    ] };
    const run = async (): Promise<CellValue[][]> => (await checkRows(region, mapColumns(region.headers), DEFAULT_SETTINGS)).map(resultCells);
    try {
      setLanguage('en');
      const en = await run();
      // Covered stays FALSE: the three have no allowances; the Reason says what they must do.
      assert.deepEqual(en.map((c) => c[0]), [false, false, false, true]);
      assert.equal(en[0]![1], 'Reporting only: stand-alone electric-arc-furnace steel, 31,200 tCO2e direct ≥ 26,000 threshold: '
        + 'reporting obligation (annual emission report and its verification), no allowance obligation (CN ETS, 2025)');
      assert.equal(en[1]![1], 'Not covered: stand-alone steel rolling and processing, 25,999 tCO2e direct < 26,000 threshold: no reporting obligation (CN ETS, 2025)');
      assert.match(String(en[2]![1]), /^Reporting only: non-Portland cement clinker, 26,000 tCO2e direct ≥ 26,000 threshold: reporting obligation/);
      setLanguage('zh-CN');
      const zh = await run();
      assert.deepEqual(zh.map((c) => c[0]), [false, false, false, true]);
      assert.equal(zh[0]![1], '仅报告：独立电炉短流程炼钢，直接排放 31,200 吨二氧化碳当量 ≥ 门槛 26,000：有报告义务（年度温室气体排放报告及核查），无配额清缴义务（全国碳市场，2025年）');
      assert.match(String(zh[1]![1]), /^未纳入：独立钢压延加工，直接排放 25,999 吨二氧化碳当量 < 门槛 26,000：无报告义务/);
    } finally {
      setLanguage('en');
    }
  });

  it('reports bad rows with the reason while the other rows complete', async () => {
    const region: Region = { sheet: 'S', top: 0, left: 0, headers: ['Facility', 'Sector', 'Direct emissions'], rows: [
      ['Good', 'cement', 30000], ['Text', 'cement', 'lots'], ['Unknown', 'bakery', 30000], ['Blank', '', ''],
      ['Negative', 'steel', -5], ['Also good', 'aluminium', '40,000'],
    ] };
    const outcomes = await checkRows(region, mapColumns(region.headers), DEFAULT_SETTINGS);
    const cells = outcomes.map(resultCells);
    assert.equal(cells[0]![0], true);
    assert.equal(cells[1]![0], 'not checked', 'a row that could not be checked says so in its Covered cell');
    // Reasons name the user's columns, not the functions' arguments (direct_emissions, sector).
    assert.match(String(cells[1]![1]), /^Not checked: Direct emissions: "lots" is not a number/);
    assert.match(String(cells[2]![1]), /^Not checked: Sector: "bakery" is not a known sector/);
    assert.match(String(cells[3]![1]), /^Not checked: Sector: blank — a value is required/);
    assert.match(String(cells[4]![1]), /^Not checked: Direct emissions: -5 is out of range/);
    assert.equal(cells[5]![0], true);
    assert.equal(cells[5]![2], 40000);
    assert.equal(summarise(facilitiesOf(outcomes)).errors, 4);
    assert.equal(coveredHeader(outcomes), 'Covered (TRUE/FALSE, or "not checked": see Reason)', 'the header says why the column holds text');
    assert.equal(coveredHeader(outcomes.filter((o) => !(o instanceof EtsError))), 'Covered', 'booleans only: a plain header');
  });

  it('writes "depends" where the chosen scheme cannot decide from the figures', async () => {
    const region: Region = { sheet: 'S', top: 0, left: 0, headers: ['Facility', 'Sector', 'Direct emissions'], rows: [
      ['A', 'cement', 60000], ['B', 'cement', 200000], ['C', 'cement', 10000],
    ] };
    const outcomes = await checkRows(region, mapColumns(region.headers), { ...DEFAULT_SETTINGS, scheme: 'KR' });
    assert.deepEqual(outcomes.map((o) => resultCells(o)[0]), ['depends', true, 'depends']);
    assert.equal(summarise(facilitiesOf(outcomes)).total.coveredEntities, 1);
    assert.equal(coveredHeader(outcomes), 'Covered (TRUE/FALSE, or "depends": see Reason)');
  });

  it('shows the facilities that depend in the summary, in their own columns, with percentage-formatted shares', async () => {
    const region: Region = { sheet: 'S', top: 0, left: 0, headers: ['Facility', 'Sector', 'Direct emissions'], rows: [
      ['A', 'cement', 60000], ['B', 'cement', 200000], ['C', 'steel', 40000],
    ] };
    const settings = { ...DEFAULT_SETTINGS, scheme: 'KR' };
    const summary = summarise(facilitiesOf(await checkRows(region, mapColumns(region.headers), settings)));
    const block = summaryValues(summary, settings);
    assert.deepEqual(block[1]!.slice(6), ['Entities that depend', 'Emissions that depend (tCO2e)', 'Share of total that depends']);
    // K-ETS: 200,000 t ≥ 125,000 (covered); 60,000 and 40,000 depend on the indirect emissions not given. Total 300,000 t.
    assert.deepEqual(block[2], ['cement', 200000, 260000, 2, 1, 200000 / 300000, 1, 60000, 60000 / 300000]);
    assert.deepEqual(block[4], ['Total', 200000, 300000, 3, 1, 200000 / 300000, 2, 100000, 100000 / 300000]);
    assert.deepEqual(shareAreas(summary, 'S', 0, 10), [
      { sheet: 'S', top: 2, left: 15, rows: 3, cols: 1 }, { sheet: 'S', top: 2, left: 18, rows: 3, cols: 1 },
    ]);
    const cn = summarise(facilitiesOf(await checkRows(region, mapColumns(region.headers), DEFAULT_SETTINGS)));
    assert.equal(summaryValues(cn, DEFAULT_SETTINGS)[1]!.length, 6, 'no depends columns where nothing depends');
    assert.equal(shareAreas(cn, 'S', 0, 0).length, 1);
  });

  it('computes CO2e from gas masses when direct emissions are absent, counting only the sector\'s gases', async () => {
    const region: Region = { sheet: 'S', top: 0, left: 0, headers: ['Name', 'Sector', 'CO2', 'CF4', 'C2F6'], rows: [
      ['Smelter', 'aluminium', 20000, 0.5, 0.1], ['Kiln', 'cement', 25000, 1, ''],
    ] };
    const [smelter, kiln] = await checkRows(region, mapColumns(region.headers), DEFAULT_SETTINGS);
    // aluminium: 20,000 + 0.5 × 6,630 + 0.1 × 11,100 (AR5) = 24,425 → below
    assert.equal((smelter as { co2e: number }).co2e, 20000 + co2e('CF4', 0.5) + co2e('C2F6', 0.1));
    assert.equal((smelter as { co2e: number }).co2e, 24425);
    // cement counts CO2 only: the CF4 column is ignored
    assert.equal((kiln as { co2e: number }).co2e, 25000);
  });

  it('plans results right of the table and the summary one column further, highlighting covered rows', async () => {
    const region: Region = { sheet: 'S', top: 4, left: 2, headers: ['Facility', 'Sector', 'Emissions'], rows: [['A', 'cement', 30000], ['B', 'cement', 1]] };
    const outcomes = await checkRows(region, mapColumns(region.headers), DEFAULT_SETTINGS);
    const plan = planBeside(region, outcomes, summarise(facilitiesOf(outcomes)), DEFAULT_SETTINGS);
    assert.deepEqual([plan.results.top, plan.results.left], [4, 5]);
    assert.deepEqual([plan.summary.top, plan.summary.left], [4, 9]);
    assert.deepEqual(plan.coveredRows, [5]);
    assert.deepEqual([plan.fillLeft, plan.fillCols], [2, 6]);
    // Chart data: the header row and the one sector row, Sector … Emissions; the chart sits below the summary's
    // five rows (title, headers, cement, total, rows not checked: rows 4–8) and one blank row.
    assert.deepEqual(plan.chart, { data: { sheet: 'S', top: 5, left: 9, rows: 2, cols: 3 }, at: { row: 10, col: 9 } });
    assert.deepEqual(plan.shares, [{ sheet: 'S', top: 6, left: 14, rows: 2, cols: 1 }]);
    assert.equal(plan.labels, undefined);
  });

  it('plans a re-run where the earlier output is, even when the table read includes it', async () => {
    // Table in C5:E7, its earlier results marked in F5:H7 and summary in J5:O9; the read took in F:H as well.
    const marks = [
      { name: 'ETS_TableCheck3_Results', area: { sheet: 'S', top: 4, left: 5, rows: 3, cols: 3 } },
      { name: 'ETS_TableCheck3_Summary', area: { sheet: 'S', top: 4, left: 9, rows: 5, cols: 6 } },
    ];
    const region: Region = { sheet: 'S', top: 4, left: 2, headers: ['Facility', 'Sector', 'Emissions', 'Covered', 'Reason', 'CO2e (tCO2e)'],
      rows: [['A', 'cement', 30000, true, 'x', 30000], ['B', 'cement', 1, false, 'y', 1], ['C', 'cement', 2, '', '', '']], marks };
    const outcomes = await checkRows(region, mapColumns(region.headers.slice(0, 3)), DEFAULT_SETTINGS);
    const plan = planBeside(region, outcomes, summarise(facilitiesOf(outcomes)), DEFAULT_SETTINGS, outputOf(region));
    assert.deepEqual([plan.results.left, plan.results.values.length], [5, 4], 'results over the earlier ones, one row longer');
    assert.deepEqual([plan.summary.top, plan.summary.left], [4, 9]);
    assert.deepEqual([plan.fillLeft, plan.fillCols], [2, 6], 'highlights span the user\'s columns and the results');
  });

  it('plans a new sheet with the labels copied, and formats them as text', async () => {
    const region: Region = { sheet: 'S', top: 0, left: 0, headers: ['Plant', 'Sector', 'Emissions'], rows: [['00123', 'cement', 30000], ['TRUE', 'steel', 1]] };
    const map = mapColumns(region.headers);
    const outcomes = await checkRows(region, map, DEFAULT_SETTINGS);
    const plan = planOnNewSheet('New', region, map, outcomes, summarise(facilitiesOf(outcomes)), DEFAULT_SETTINGS);
    assert.deepEqual(plan.results.values.map((r) => r.slice(0, 3)), [['Facility', 'Sector', 'Covered'], ['00123', 'cement', true], ['TRUE', 'steel', false]]);
    assert.deepEqual(plan.labels, { sheet: 'New', top: 0, left: 0, rows: 3, cols: 2 });
    assert.deepEqual([plan.summary.left, plan.fillLeft, plan.fillCols], [6, 0, 5]);
  });
});

describe('task pane: figures read in their units', () => {
  const headers = ['Facility', 'Sector', 'Direct emissions (t)', 'CO2（万吨）'];
  const map = { facility: 0, sector: 1, direct: 2, co2: 3 };
  const units = { direct: 't', co2: '10kt' } as const;

  it('reads gas masses only when direct emissions are blank, and says how the figure used was read', async () => {
    const region: Region = { sheet: 'S', top: 0, left: 0, headers, rows: [['A', 'cement', 30000, 9], ['B', 'cement', '', 3.1], ['C', 'cement', 30000, '1.2 MT']] };
    const [a, b, c] = (await checkRows(region, map, DEFAULT_SETTINGS, undefined, { units })).map(resultCells);
    // A: direct emissions in tonnes decide; the CO2 column is not read, so nothing is said of its unit.
    assert.equal(a![1], 'Covered: cement, 30,000 tCO2e direct ≥ 26,000 threshold (CN ETS, 2025)');
    // B: no direct figure: CO2 in 10⁴ t, 3.1 → 31,000 t.
    assert.match(String(b![1]), /^Covered: cement, 31,000 tCO2e direct .* \(read as 3\.1 × 10⁴ t = 31,000 t\)$/);
    // C: an unreadable CO2 cell does not stop a row whose direct emissions decide it.
    assert.equal(c![0], true);
  });
});
