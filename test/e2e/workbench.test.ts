import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { checkFacility, power } from '../../src/core';
import facilities from '../../examples/facilities.json';
import { chromiumOrSkip, RESULTS } from './browser';
import { openWorkbench, type Workbench } from './workbench-page';
import { REGISTERED } from '../functions/catalogue';

describe('end to end: the offline workbench in Chromium', function () {
  this.timeout(120000);
  let wb: Workbench;
  let page: Page;
  let pane: FrameLocator;
  const cell = (address: string) => wb.cell(address);
  const enter = (address: string, content: string) => wb.enter(address, content);
  const value = (address: string) => wb.value(address);
  const shot = (name: string) => wb.shot(name);

  before(async function () {
    chromiumOrSkip(this);
    wb = await openWorkbench();
    ({ page, pane } = wb);
  });

  after(async () => {
    await wb?.close();
  });

  it('loads every ETS function from functions.js and preloads the example facilities', async () => {
    assert.equal(await page.textContent('[data-testid="function-count"]'), `${Object.keys(REGISTERED).length} ETS functions loaded from functions.js`);
    assert.equal(await cell('A2').textContent(), facilities.rows[0]![0]);
    await shot('workbench');
  });

  it('computes a scalar formula typed into a cell', async () => {
    await enter('H2', '=ETS.ALLOCATION("cement",1250000,0.8,1,0.85)');
    // ⌊1,008,823.53⌋: 2025 allowances are whole tonnes, shown grouped, with nothing hidden to show on hover.
    assert.equal(await value('H2'), 1008823);
    assert.equal(await cell('H2').textContent(), '1,008,823');
    assert.equal(await cell('H2').getAttribute('title'), null);
    // A value with more decimals than the cell shows: two decimals, grouped; the full value on hover and in the engine.
    // 2024 (the final plan states no rounding): 1,234,567.8 MWh × 0.7910 = 976,543.1298.
    await enter('G30', '=ETS.POWER.UNIT("coal-large",1234567.8,,2024)');
    assert.equal(await value('G30'), 976543.1298);
    assert.equal(await cell('G30').textContent(), '976,543.13');
    assert.equal(await cell('G30').getAttribute('title'), '976543.1298');
    await cell('G30').click();
    await page.keyboard.press('Delete');
    assert.equal(await value('G30'), null);
  });

  it('spills a range result into the cells below', async () => {
    await enter('J2', 'CO2');
    await enter('J3', 'CF4');
    await enter('J4', 'C2F6');
    await enter('K2', '1');
    await enter('K3', '2');
    await enter('K4', '0.5');
    await enter('L2', '=ETS.CO2E(J2:J4,K2:K4)');
    assert.deepEqual([await value('L2'), await value('L3'), await value('L4')], [1, 13260, 5550]);
    assert.equal(await cell('L4').textContent(), '5550');
  });

  it('shows an error with its message on hover and in the message line', async () => {
    await enter('H3', '=ETS.ALLOCATION("power",1000,0.9)');
    assert.equal(await cell('H3').textContent(), '#VALUE!');
    assert.match((await cell('H3').getAttribute('title'))!, /sector: "power" needs the unit category/);
    await cell('H3').click();
    assert.match((await page.textContent('[data-testid="cell-message"]'))!, /^#VALUE! sector: "power" needs the unit category/);
  });

  it('recalculates a dependency chain when an input changes', async () => {
    await enter('H5', '1000');
    await enter('H6', '=ETS.BALANCE(H5,900)');
    await enter('H7', '=ETS.COST(H5,H6+1000,80)');
    assert.deepEqual([await value('H6'), await value('H7')], [100, 8000]);
    await enter('H5', '1500');
    assert.deepEqual([await value('H6'), await value('H7')], [600, 8000]);
    assert.equal(await cell('H6').textContent(), '600');
  });

  it('answers the quick check in the task pane as the user types', async () => {
    await pane.locator('[data-testid="qc-direct"]').fill('31200');
    assert.equal(await pane.locator('[data-testid="qc-verdict"]').textContent(), 'Covered — key emitting entity');
    assert.equal(await pane.locator('[data-testid="qc-reason"]').textContent(),
      'Covered: cement, 31,200 tCO2e direct ≥ 26,000 threshold (CN ETS, 2025)');
    await page.screenshot({ path: join(RESULTS, 'taskpane-quick-check.png'), clip: { x: 940, y: 60, width: 340, height: 560 } });
  });

  it('runs the table check on the example sheet and writes the columns and the summary', async () => {
    // Clean the scratch cells the formula tests used, so the table stands alone.
    for (const a of ['H2', 'H3', 'H5', 'H6', 'H7', 'J2', 'J3', 'J4', 'K2', 'K3', 'K4', 'L2']) await enter(a, '');
    await cell('B3').click();
    await pane.locator('[data-testid="tab-table"]').click();
    await pane.locator('[data-testid="tc-read"]').click();
    assert.match((await pane.locator('[data-testid="tc-found"]').textContent())!, /^18 rows on Facilities/);
    assert.equal(await pane.locator('[data-testid="tc-map-direct"]').inputValue(), '4');
    await pane.locator('[data-testid="tc-run"]').click();
    const status = pane.locator('[data-testid="tc-status"]');
    await status.filter({ hasText: 'facilities are covered' }).waitFor();

    const expected = facilities.rows.map(([, sector, output, intensity]) =>
      checkFacility({ sector, direct: Number(output) * Number(intensity) }));
    const covered = expected.filter((r) => r.covered).length;
    assert.match((await status.textContent())!, new RegExp(`^${covered} of 18 facilities are covered`));
    assert.deepEqual([await value('F1'), await value('G1'), await value('H1')], ['Covered', 'Reason', 'CO2e (tCO2e)']);
    for (const [i, r] of expected.entries()) {
      assert.equal(await value(`F${i + 2}`), r.covered, `row ${i + 2}`);
      assert.equal(await value(`G${i + 2}`), r.text, `row ${i + 2}`);
    }
    assert.equal(await value('J1'), 'Coverage summary (CN ETS, 2025)');
    assert.equal(await value('J2'), 'Sector');
    const totalRow = 3 + new Set(expected.map((r) => r.sector)).size;
    assert.equal(await value(`J${totalRow}`), 'Total');
    assert.equal(await value(`N${totalRow}`), covered);
    assert.match((await cell('A2').getAttribute('style')) ?? '', /background/, 'covered rows are highlighted');
    await shot('table-check');
    await page.screenshot({ path: join(RESULTS, 'taskpane-table-check.png'), clip: { x: 940, y: 60, width: 340, height: 560 } });
  });

  it('refreshes its own output in place on a re-run, and asks before writing over a user\'s cells', async () => {
    const status = pane.locator('[data-testid="tc-status"]');
    await pane.locator('[data-testid="tc-run"]').click();
    await status.filter({ hasText: 'Results in Facilities!F1:H19 (refreshed in place)' }).waitFor();
    assert.equal(await pane.locator('[data-testid="tc-confirm"]').isHidden(), true, 'its own cells are not in the way');
    assert.equal(await value('I1'), null, 'no second set of result columns');
    // A new facility in row 20, and the user's note where its Reason would go.
    for (const [a, v] of [['A20', 'Xinyu Cement'], ['B20', 'cement'], ['C20', '1000'], ['D20', '0.9'], ['E20', '=C20*D20'], ['G20', 'ask the client']]) {
      await enter(a!, v!);
    }
    await pane.locator('[data-testid="tc-run"]').click();
    const confirm = pane.locator('[data-testid="tc-confirm"]');
    await confirm.waitFor();
    assert.match((await confirm.textContent())!, /These cells are not empty: Facilities!G20\. Nothing has been written\./);
    await pane.locator('[data-testid="tc-new-sheet"]').click();
    await status.filter({ hasText: 'on the new sheet “ETS coverage”' }).waitFor();
    assert.equal(await page.getAttribute('[data-testid="sheet-tab-ETS coverage"]', 'aria-pressed'), 'true', 'the new sheet is shown');
    assert.equal(await value('A20'), 'Xinyu Cement');
  });

  it('inserts the example model, whose ETS formulas compute', async () => {
    await pane.locator('[data-testid="tab-example"]').click();
    await pane.locator('[data-testid="ex-insert"]').click();
    await pane.locator('[data-testid="ex-status"]').filter({ hasText: 'ETS example' }).waitFor();
    assert.equal(await page.getAttribute('[data-testid="sheet-tab-ETS example"]', 'aria-pressed'), 'true');
    const [name, sector, output, intensity] = facilities.rows[0]!;
    assert.equal(await value('A7'), name);
    // A power unit: ETS.POWER.UNIT with its verified emissions (coal-large, 2025: 3,200,000 MWh × 0.7902 = 2,528,640 t).
    assert.equal(await value('J7'), power(sector, output, undefined, 2025, undefined, Number(output) * Number(intensity)));
    assert.equal(await value('J7'), 2528640);
    assert.equal(await value('F7'), true);
    const expectedCovered = facilities.rows.filter(([, sector, output, intensity]) =>
      checkFacility({ sector, direct: Number(output) * Number(intensity) }).covered).length;
    assert.equal(await value('F25'), expectedCovered, 'COUNTIF of covered rows in the totals line');
    await shot('example-model');
  });

  it('compares one facility across schemes in the Compare view', async () => {
    await pane.locator('[data-testid="tab-compare"]').click();
    await pane.locator('[data-testid="cs-direct"]').fill('31200');
    await pane.locator('[data-testid="cs-indirect"]').fill('5000');
    const results = pane.locator('[data-testid="cs-results"] li');
    assert.equal(await results.count(), 12);
    assert.equal(await pane.locator('[data-scheme="CN"] .badge').textContent(), 'Covered');
    assert.equal(await pane.locator('[data-scheme="UK"] .badge').textContent(), 'Depends');
    assert.match((await pane.locator('[data-scheme="UK-CBAM"] .rule').textContent())!, /^UK CBAM is not in force in 2025/);
    assert.equal(await pane.locator('[data-scheme="KR"] .badge').textContent(), 'Depends');
    assert.equal(await pane.locator('[data-scheme="JP"] .badge').textContent(), 'Not covered');
    assert.match((await pane.locator('[data-scheme="KR"] .rule').textContent())!, /36,200 tCO2e direct \+ indirect/);
    await page.screenshot({ path: join(RESULTS, 'taskpane-compare.png'), clip: { x: 940, y: 60, width: 340, height: 700 } });
  });

  it('shows CBAM exposure by year in the Border view, with a chart, and writes it to a new sheet', async () => {
    await pane.locator('[data-testid="tab-border"]').click();
    await pane.locator('[data-testid="cb-quantity"]').fill('1000');
    await pane.locator('[data-testid="cb-see"]').fill('1.2');
    await pane.locator('[data-testid="cb-benchmark"]').fill('1');
    await pane.locator('[data-testid="cb-cscf"]').fill('1');
    await pane.locator('[data-testid="cb-price"]').fill('80');
    const rows = pane.locator('[data-testid="cb-rows"] tr');
    assert.equal(await rows.count(), 9);
    assert.deepEqual(await pane.locator('[data-year="2026"] td').allTextContents(), ['2026', '0.975', '225', '18,000']);
    assert.deepEqual(await pane.locator('[data-year="2034"] td').allTextContents(), ['2034', '0', '1,200', '96,000']);
    assert.equal(await pane.locator('[data-testid="cb-chart"] svg rect').count(), 9);
    // A carbon price paid at home on a shortfall takes certificates off: E − A = 100,000 of 1,000,000 at 50 → 5 per t.
    await pane.locator('[data-testid="cb-alloc"]').fill('900000');
    await pane.locator('[data-testid="cb-emissions"]').fill('1000000');
    await pane.locator('[data-testid="cb-origin-price"]').fill('50');
    assert.deepEqual(await pane.locator('[data-year="2026"] td').allTextContents(), ['2026', '0.975', '150', '12,000']);
    await page.screenshot({ path: join(RESULTS, 'taskpane-border.png'), clip: { x: 940, y: 60, width: 340, height: 700 } });
    await pane.locator('[data-testid="cb-write"]').click();
    await pane.locator('[data-testid="cb-write-status"]').filter({ hasText: 'CBAM exposure' }).waitFor();
    assert.equal(await page.getAttribute('[data-testid="sheet-tab-CBAM exposure"]', 'aria-pressed'), 'true');
    assert.deepEqual([await value('A3'), await value('C3'), await value('D3')], [2026, 150, 12000]);
    assert.equal(await value('D12'), [150, 175, 225, 350, 610, 735, 860, 985, 1125].reduce((t, n) => t + n * 80, 0));
  });

  it('kept the console free of errors and made no request off this machine', () => {
    assert.deepEqual(wb.consoleErrors, []);
    assert.deepEqual(wb.outsideRequests, []);
  });
});
