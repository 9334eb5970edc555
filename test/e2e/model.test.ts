import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { RESULTS } from './browser';
import { useWorkbench } from './workbench-page';

/** Rows of the built sheet (1-based): inputs from row 4 (benchmark B14, CEA price B16), the year table from row 39, totals under it. */
const FIRST_YEAR_ROW = 39;
const row = (year: number): number => FIRST_YEAR_ROW + year - 2024;
const TOTAL_ROW = row(2035) + 2;

describe('end to end: the model builder in Chromium', function () {
  this.timeout(120000);
  const suite = useWorkbench();
  const field = (id: string) => suite.pane.locator(`[data-testid="${id}"]`);


  it('builds a cement model 2024–2035 of live ETS formulas that follows its inputs', async () => {
    await field('tab-model').click();
    assert.equal(await field('md-from').inputValue(), '2024');
    assert.equal(await field('md-to').inputValue(), '2035');
    await field('md-sector').selectOption('cement');
    await field('md-output').fill('1500000');
    await field('md-intensity').fill('0.84');
    await field('md-balance').fill('0.86');
    await field('md-price').fill('80');
    await field('md-insert').click();
    await field('md-status').filter({ hasText: 'Built the model' }).waitFor();
    assert.match((await field('md-status').textContent())!, /12 years, 2024–2035.*Phase II years ask for a benchmark/);

    for (let year = 2024; year <= 2035; year += 1) {
      assert.equal(await suite.wb.value(`A${row(year)}`), year);
      for (const c of ['G', 'H', 'K']) assert.match((await suite.wb.formula(`${c}${row(year)}`)) ?? '', /ETS\./, `${c}${row(year)}`);
    }
    // 2024: A = E = 1,500,000 × 0.84. 2025: A = E × (1 + α), the worked example of docs/border-exposure.md.
    assert.equal(await suite.wb.value(`G${row(2024)}`), 1260000);
    assert.equal(await suite.wb.value(`G${row(2025)}`), 1264395); // ⌊1,264,395.35⌋: whole tonnes
    // 2027 is Phase II: no benchmark is published, so the cell asks for one until it is entered.
    const asked = await suite.wb.value(`G${row(2027)}`);
    assert.ok(typeof asked === 'object' && asked !== null && asked.error === '#N/A', JSON.stringify(asked));
    assert.match(asked.message, /benchmark/);
    await suite.wb.enter('B14', '0.8');
    assert.equal(await suite.wb.value(`G${row(2027)}`), 1200000);
    assert.equal(await suite.wb.value(`F${row(2027)}`), 0.8);

    // The price drives the total cost: a shortfall in 2027 (1,260,000 − 1,200,000) costs more at a higher price.
    const before = (await suite.wb.value(`K${TOTAL_ROW}`)) as number;
    await suite.wb.enter('B16', '100');
    const after = (await suite.wb.value(`K${TOTAL_ROW}`)) as number;
    assert.equal(typeof before, 'number');
    assert.ok(after > before, `${after} > ${before}`);
    assert.equal(await suite.wb.value(`K${row(2027)}`), 60000 * 100);
    // The scenarios are live too: the high case (price × 1.3, benchmark × 0.98) costs more than the base.
    assert.ok((await suite.wb.value('D36')) as number > ((await suite.wb.value('D35')) as number));
    assert.equal(await suite.pane.locator('[data-testid="md-chart"] svg rect').count(), 12);
    // Screenshots for docs/model-builder.md (npm run screenshots copies them to docs/images/).
    await suite.wb.select(`A${row(2024)}`);
    await suite.wb.shot('model-sheet');
    await suite.wb.page.screenshot({ path: join(RESULTS, 'taskpane-model.png'), clip: { x: 940, y: 60, width: 340, height: 700 } });
  });

  it('builds a model for each selected row of a facility table, read through the table check\'s column mapping', async () => {
    await suite.wb.addSheet('Plants', [
      ['企业名称', '行业', '产量 (t)', '碳排放强度 (tCO2e/t)', 'Direct emissions (tCO2e)'],
      ['Plant A', '水泥', 1500000, 0.84, 1260000],
      ['Plant B', 'steel', 2000000, 1.9, 3800000],
      ['Plant C', 'aluminium', 300000, 1.5, 450000],
    ]);
    await suite.wb.select('A2:A3');
    await field('md-from-table').click();
    await field('md-status').filter({ hasText: 'Built 2 models' }).waitFor();
    assert.match((await field('md-status').textContent())!, /“Model Plant A”, “Model Plant B”/);
    // The last is shown: Plant B, steel, A = E in 2024 = 2,000,000 × 1.9.
    assert.equal(await suite.wb.value('B4'), 'steel');
    assert.equal(await suite.wb.value(`G${row(2024)}`), 3800000);
    assert.equal(await suite.wb.value(`E${row(2025)}`), 3800000);
  });

  it('copies a facility table\'s cells into the model as values: text that looks like a formula never runs (issue 23)', async () => {
    const hostile = '=HYPERLINK("http://example.invalid","cement")';
    // The user's cells hold text (typed with Excel's apostrophe): a name and a sector that look like formulas.
    await suite.wb.addSheet('Hostile', [
      ['Facility', 'Sector', 'Output (t)', 'Intensity (tCO2e/t)'],
      ["'=cmd|' /C calc'!A0", `'${hostile}`, 1000000, 0.8],
    ]);
    await suite.wb.select('A2');
    await field('md-from-table').click();
    await field('md-status').filter({ hasText: 'Built' }).waitFor();
    // The sector input (B4) holds the text as the table held it, not a formula; the year rows are still formulas.
    assert.equal(await suite.wb.formula('B4'), undefined);
    assert.equal(await suite.wb.value('B4'), hostile);
    assert.match((await suite.wb.formula(`G${row(2025)}`)) ?? '', /^=ETS\.ALLOCATION\(/);
  });

  it('kept the console free of errors and made no request off this machine', () => {
    assert.deepEqual(suite.wb.consoleErrors, []);
    assert.deepEqual(suite.wb.outsideRequests, []);
  });
});
