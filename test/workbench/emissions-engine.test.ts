/**
 * The Emissions view's activity sheet computed: written through the workbench's port into HyperFormula with the
 * bundle's functions, then filled month by month as a user would. Figures worked out by hand from the steel
 * guideline's table A.1: 10,000 t bituminous × 23.736 GJ/t × 0.02618 tC/GJ × 44/12 = 22,784.9776 → 22,784.98.
 */
import { strict as assert } from 'node:assert';
import { DetailedCellError } from 'hyperformula';
import { accounting } from '../../src/core';
import { setLanguage } from '../../src/taskpane/i18n/messages';
import { CO2_COL, FIRST_SOURCE_ROW, TOTAL_COL } from '../../src/taskpane/emissions/activity-sheet';
import { SECTOR_SOURCES, type EmissionSector, type Source } from '../../src/taskpane/emissions/sources';
import { writeActivitySheet } from '../../src/taskpane/emissions/write-activity';
import { HeadlessView } from '../../src/workbench/cell-formats';
import { createEngine } from '../../src/workbench/engine';
import { EnginePort } from '../../src/workbench/engine-port';
import { loadBundle } from '../functions/bundle';

const MONTH = { jan: 2, feb: 3, mar: 4 } as const;

describe('emissions view: the monthly activity sheet as the engine computes it', () => {
  const hf = createEngine(loadBundle());
  hf.addSheet('Start');
  const port = new EnginePort(hf, new HeadlessView({ sheet: 'Start', top: 0, left: 0, rows: 1, cols: 1 }));
  after(() => {
    hf.destroy();
    setLanguage('en');
  });

  async function written(sector: EmissionSector, sources: readonly Source[] = SECTOR_SOURCES[sector], year = 2025) {
    const { sheet, layout } = await writeActivitySheet(port, sector, sources, year, `Emissions ${year}`);
    const id = hf.getSheetId(sheet)!;
    const rowOf = (source: string) => FIRST_SOURCE_ROW + sources.findIndex((s) => s.id === source);
    const value = (row: number, col: number) => hf.getCellValue({ sheet: id, row, col });
    const formula = (row: number, col: number) => hf.getCellFormula({ sheet: id, row, col });
    const type = (source: string, col: number, quantity: number | string) => hf.setCellContents({ sheet: id, row: rowOf(source), col }, [[quantity]]);
    const parameters = (source: string, values: readonly number[]) => hf.setCellContents({ sheet: id, row: rowOf(source), col: TOTAL_COL + 1 }, [[...values]]);
    const line = (l: (typeof accounting.REPORT_LINES)[number]) => value(layout.lines[l], 1);
    return { sheet, layout, rowOf, value, formula, type, parameters, line };
  }

  it('steel: typed months give the annual total, the row\'s tCO2, the report and the listing verdict, live', async () => {
    const s = await written('steel');
    const coal = s.rowOf('bituminous');
    // The names, units, sector and year are values; the totals, tCO2 and report are formulas.
    assert.equal(s.formula(coal, 0), undefined);
    assert.equal(s.value(coal, 0), 'Bituminous coal');
    assert.equal(s.value(coal, 1), 't');
    assert.deepEqual([s.value(1, 1), s.value(2, 1)], ['Steel', 2025]);
    assert.equal(s.formula(coal, TOTAL_COL), '=SUM(C7:N7)');
    assert.equal(s.formula(coal, CO2_COL), '=ETS.FUEL.CO2(A7,O7,$B$2,IF(P7="","",P7),IF(Q7="","",Q7),IF(R7="","",R7),$B$3)');
    assert.equal(s.formula(s.rowOf('limestone'), CO2_COL), `=ETS.PROCESS.CO2(A${s.rowOf('limestone') + 1},O${s.rowOf('limestone') + 1},$B$2,IF(P${s.rowOf('limestone') + 1}="","",P${s.rowOf('limestone') + 1}))`);
    assert.equal(s.formula(s.rowOf('electricity'), CO2_COL), undefined, 'electricity: indirect, no tCO2 of its own');
    assert.equal(s.formula(s.layout.report, 0), '=ETS.EMISSIONS($B$2,A7:A18,O7:O18,P7:R18,$B$3)');
    // Nothing typed: zero, not covered, no intensity yet (crude steel is the output).
    assert.equal(s.line('total'), 0);
    assert.equal(s.line('listed'), false);

    s.type('bituminous', MONTH.jan, 10000);
    assert.equal(s.value(coal, TOTAL_COL), 10000);
    assert.equal(s.value(coal, CO2_COL), 22784.98);
    assert.equal(s.line('combustion'), 22784.98);
    assert.equal(s.line('total'), 22785);
    assert.equal(s.line('listed'), false);
    assert.match(String(s.value(s.layout.listing, 1)), /^Not covered/);

    // 12,000 t: 27,341.97312 → 27,341.97, a whole 27,342 t, at or above the threshold.
    s.type('bituminous', MONTH.feb, 2000);
    assert.equal(s.value(coal, TOTAL_COL), 12000);
    assert.equal(s.line('total'), 27342);
    assert.equal(s.line('listed'), true);
    assert.match(String(s.value(s.layout.listing, 1)), /^Covered/);

    const [negative, report, intensity] = s.layout.checks.map((r) => s.value(r, 1));
    assert.deepEqual([negative, report], ['OK', 'OK']);
    assert.match(String(intensity), /Crude steel/);
    // 100,000 t crude steel leaving the works: 3,700 t taken off, 27,341.97 − 3,700 = 23,642 t, below the threshold
    // again; intensity = surrendered / crude steel = 0.23642 → 0.2364 (4 decimals).
    s.type('crude-steel', MONTH.mar, 100000);
    assert.equal(s.value(s.rowOf('crude-steel'), CO2_COL), -3700);
    assert.deepEqual([s.line('deductions'), s.line('total'), s.line('listed'), s.line('intensity')], [-3700, 23642, false, 0.2364]);
    assert.equal(s.value(s.layout.checks[2]!, 1), 'OK');
  });

  it('says so beside the report when a month holds a negative quantity, and the report shows the function\'s error', async () => {
    const s = await written('steel');
    s.type('coke', MONTH.jan, -5);
    assert.match(String(s.value(s.layout.checks[0]!, 1)), /negative/);
    const anchor = s.value(s.layout.report, 0);
    assert.ok(anchor instanceof DetailedCellError && anchor.value === '#NUM!', String(anchor));
    assert.match(String(s.value(s.layout.checks[1]!, 1)), /cannot be computed/);
  });

  it('says so when a month holds text, which SUM leaves out (a client\'s 1.2万 typed as it reads)', async () => {
    const s = await written('steel');
    s.type('bituminous', MONTH.jan, 10000);
    assert.equal(s.value(s.layout.checks[3]!, 1), 'OK');
    s.type('bituminous', MONTH.feb, '1.2万');
    assert.equal(s.value(s.rowOf('bituminous'), TOTAL_COL), 10000, 'the text is not in the total');
    assert.match(String(s.value(s.layout.checks[3]!, 1)), /holds text, which SUM leaves out/);
  });

  it('aluminium: the anode effect\'s year is its months weighted by aluminium, as the months\' PFCs add up', async () => {
    const s = await written('aluminium');
    // January 0.2 min/cell-day over 100,000 t, February 0.05 over 400,000 t: (0.2 × 100,000 + 0.05 × 400,000) / 500,000 = 0.08.
    s.type('anode', MONTH.jan, 100000);
    s.type('anode', MONTH.feb, 100000);
    s.type('anode-effect', MONTH.jan, 0.2);
    s.type('anode-effect', MONTH.feb, 0.05);
    s.type('aluminium', MONTH.jan, 100000);
    s.type('aluminium', MONTH.feb, 400000);
    // The aluminium guideline has no default for natural gas: its measured values in the parameter columns, no gas burnt.
    s.parameters('natural-gas', [389.31, 0.01532, 0.99]);
    const close = (actual: unknown, expected: number, what: string) =>
      assert.ok(typeof actual === 'number' && Math.abs(actual - expected) < 1e-6, `${what}: ${String(actual)} ≠ ${expected}`);
    close(s.value(s.rowOf('anode-effect'), TOTAL_COL), 0.08, 'weighted anode effect');
    // CF4 = 0.143 × 0.08 × 500,000 / 1,000 = 5.72 t (January 2.86 + February 2.86); C2F6 0.572 t; AR5.
    const pfc = 5.72 * 6630 + 0.572 * 11100;
    const anode = 200000 * 0.976 * 44 / 12;
    close(s.value(s.rowOf('anode-effect'), CO2_COL), pfc, 'PFCs of the row');
    close(s.value(s.rowOf('anode'), CO2_COL), anode, 'anode CO2 of the row');
    close(s.line('surrendered'), anode + pfc, 'surrendered: electrolysis');
    assert.equal(s.value(s.layout.checks[2]!, 1), 'OK', 'aluminium is the output: intensity present');
  });

  it('power: the coal\'s measured NCV goes in the parameter column, and reaches the row and the report', async () => {
    const s = await written('power', SECTOR_SOURCES.power, 2024);
    const coal = s.rowOf('bituminous');
    s.type('bituminous', MONTH.jan, 1000000);
    s.type('output', MONTH.jan, 2500000);
    const asked = s.value(coal, CO2_COL);
    assert.ok(asked instanceof DetailedCellError && asked.value === '#N/A' && /ncv/.test(asked.message), String(asked));
    assert.ok(s.value(s.layout.report, 0) instanceof DetailedCellError, 'the report waits for the NCV too');
    assert.match(String(s.value(s.layout.checks[1]!, 1)), /cannot be computed/);
    s.parameters('bituminous', [22]);
    // The gas unit burns nothing this year, but the power guideline has no default for gas either: its measured values.
    s.parameters('natural-gas', [389.31, 0.01532, 0.99]);
    // 1,000,000 t × 22 GJ/t × 0.03085 tC/GJ × 99% × 44/12 (2024 data).
    assert.ok(Math.abs((s.value(coal, CO2_COL) as number) - 2463681) < 1, String(s.value(coal, CO2_COL)));
    assert.ok(Math.abs((s.line('surrendered') as number) - 2463681) < 1);
    assert.ok(Math.abs((s.line('intensity') as number) - 0.9854724) < 1e-6, String(s.line('intensity')));
    assert.equal(s.line('listed'), true);
  });

  it('cement: clinker adds, carbide slag takes off, by the cement guideline', async () => {
    const s = await written('cement');
    s.type('portland', MONTH.jan, 1000000);
    s.type('carbide-slag', MONTH.jan, 10000);
    s.type('bituminous', MONTH.jan, 60000);
    s.type('bituminous', MONTH.feb, 60000);
    s.parameters('bituminous', [23, 0.026, 0.98]);
    assert.equal(s.value(s.rowOf('portland'), CO2_COL), 535000);
    assert.ok(Math.abs((s.value(s.rowOf('carbide-slag'), CO2_COL) as number) + 4800) < 1e-6);
    // 120,000 t × 23 × 0.026 × 0.98 × 44/12 = 257,857.6; + 535,000 − 4,800; clinker is the output.
    assert.ok(Math.abs((s.line('combustion') as number) - 257857.6) < 1e-6, String(s.line('combustion')));
    assert.ok(Math.abs((s.line('total') as number) - 788057.6) < 1e-6, String(s.line('total')));
    assert.ok(Math.abs((s.line('intensity') as number) - 0.7880576) < 1e-6, String(s.line('intensity')));
  });

  it('in Chinese: Chinese names, units and sector as values, the same formulas, the same figures', async () => {
    setLanguage('zh-CN');
    const s = await written('steel');
    setLanguage('en');
    const coal = s.rowOf('bituminous');
    assert.deepEqual([s.value(coal, 0), s.value(coal, 1), s.value(1, 1), s.value(s.rowOf('pig-iron-purchased'), 0)], ['烟煤', '吨', '钢铁', '外购生铁']);
    assert.equal(s.formula(coal, CO2_COL), '=ETS.FUEL.CO2(A7,O7,$B$2,IF(P7="","",P7),IF(Q7="","",Q7),IF(R7="","",R7),$B$3)');
    s.type('bituminous', MONTH.jan, 10000);
    s.type('pig-iron-purchased', MONTH.jan, 1000);
    assert.equal(s.value(coal, CO2_COL), 22784.98);
    assert.equal(s.value(s.rowOf('pig-iron-purchased'), CO2_COL), 172);
    assert.deepEqual([s.line('total'), s.line('listed')], [22957, false]);
  });
});
