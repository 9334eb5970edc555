/**
 * The model sheet computed: built through the workbench's port into HyperFormula with the bundle's functions, so every
 * formula the builder writes is evaluated — CBAM included, which the Excel-port test (no calculation) cannot show.
 */
import { strict as assert } from 'node:assert';
import { DetailedCellError } from 'hyperformula';
import { buildModel } from '../../src/taskpane/model/build-model';
import { YEAR_HEADERS } from '../../src/taskpane/model/model-sheet';
import { HeadlessView } from '../../src/workbench/cell-formats';
import { createEngine } from '../../src/workbench/engine';
import { EnginePort } from '../../src/workbench/engine-port';
import { loadBundle } from '../functions/bundle';
import { CEMENT, YEARS } from '../taskpane/model-fixture';

describe('model builder: the sheet as the engine computes it', () => {
  const hf = createEngine(loadBundle());
  hf.addSheet('Start');
  const port = new EnginePort(hf, new HeadlessView({ sheet: 'Start', top: 0, left: 0, rows: 1, cols: 1 }));
  after(() => hf.destroy());

  async function built(values = CEMENT) {
    const { sheet, layout } = await buildModel(port, values, YEARS, 'Model');
    const id = hf.getSheetId(sheet)!;
    const cell = (year: number, h: (typeof YEAR_HEADERS)[number]) =>
      hf.getCellValue({ sheet: id, row: layout.firstYearRow + year - YEARS[0]!, col: YEAR_HEADERS.indexOf(h) });
    return { cell, layout, id };
  }

  // Phase II at 0.80 leaves the line 60,000 t short from 2027, so a carbon price is paid at home: 8 CNY to the euro.
  const WITH_PHASE_II = { ...CEMENT, benchmark: 0.8, fx: 8 };

  it('computes the CBAM bill of the exported clinker from China\'s default value and the Column B benchmark', async () => {
    const { cell } = await built(WITH_PHASE_II);
    assert.equal(cell(2025, 'CBAM certificates'), '', 'no CBAM before 2026');
    // 2026: 150,000 t × (1.390 × 1.1 − 0.666 × 0.975), nothing paid at home (Phase I surplus).
    assert.equal(cell(2026, 'Carbon price effectively paid (CNY/tCO2e)'), 0);
    const c = cell(2026, 'CBAM certificates');
    assert.ok(Math.abs((c as number) - 131947.5) < 1e-6, c instanceof DetailedCellError ? c.message : String(c));
    assert.ok(Math.abs((cell(2026, 'CBAM cost (EUR)') as number) - 131947.5 * 75) < 1e-6);
    // 2031: the regulation's benchmarks stop at 2030, so without an assumption the cell says so.
    const asked = cell(2031, 'CBAM certificates');
    assert.ok(asked instanceof DetailedCellError && /2026–2030, not 2031/.test(asked.message), String(asked));
    // 2034: the factor is 0, nothing to adjust. Paid at home: 60,000 t short × 80 CNY = 4,800,000 CNY for 1,500,000 t
    // of clinker, 3.2 CNY = 0.4 EUR per t; 150,000 t × 0.4 / 75 = 800 certificates off (issue 25). The old deduction,
    // 3.81 CNY per tCO2e × the marked-up default 1.807 t/t, took 150,000 × 1.807 × 3.81 / 8 / 75 ≈ 1,721 off: more than
    // twice what was paid.
    const paid = (60000 * 80) / 1260000;
    assert.ok(Math.abs((cell(2034, 'Carbon price effectively paid (CNY/tCO2e)') as number) - paid) < 1e-9);
    assert.ok(Math.abs((cell(2034, 'CBAM certificates') as number) - (150000 * 1.39 * 1.3 - 800)) < 1e-6, String(cell(2034, 'CBAM certificates')));
    assert.ok(150000 * 1.39 * 1.3 * (paid / 8 / 75) > 2 * 800, 'the old deduction was more than twice what was paid');
  });

  it('a price paid at home without an exchange rate shows an error in the CBAM cells instead of dropping the deduction', async () => {
    const { cell } = await built({ ...WITH_PHASE_II, fx: '' });
    assert.ok(Math.abs((cell(2026, 'CBAM certificates') as number) - 131947.5) < 1e-6, 'nothing paid in 2026: no rate needed');
    const c = cell(2027, 'CBAM certificates');
    assert.ok(c instanceof DetailedCellError && c.value === '#DIV/0!', String(c));
  });

  it('uses the assumed benchmark after the table when one is given', async () => {
    const { cell } = await built({ ...WITH_PHASE_II, laterBenchmark: 0.6 });
    // 2031: 150,000 × (1.390 × 1.3 − 0.6 × 0.39) − 150,000 × 0.4 / 75 (0.4 EUR paid per t of clinker at home)
    const expected = 150000 * (1.39 * 1.3 - 0.6 * 0.39) - 800;
    assert.ok(Math.abs((cell(2031, 'CBAM certificates') as number) - expected) < 1e-6, String(cell(2031, 'CBAM certificates')));
  });
});
