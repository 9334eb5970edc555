import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { RESULTS } from './browser';
import { useWorkbench } from './workbench-page';

/**
 * The steel sheet (1-based rows): sources from row 7 (bituminous coal first, twelve rows to 18), months in C–N, the
 * annual total in O, tCO2 in S; the report's header in row 21, so total direct in B25 and "key emitting entity" in B27;
 * the listing verdict in B32. 10,000 t bituminous × 23.736 GJ/t × 0.02618 tC/GJ × 44/12 = 22,784.9776 → 22,784.98,
 * a whole 22,785 t: below the threshold. 12,000 t: 27,341.97312 → 27,342 t: a key emitting entity.
 */
describe('end to end: the Emissions view\'s monthly activity sheet in Chromium', function () {
  this.timeout(120000);
  const suite = useWorkbench();
  const field = (id: string) => suite.pane.locator(`[data-testid="${id}"]`);

  it('lists the sector\'s sources, and refuses to write with none ticked or a year out of range', async () => {
    await field('tab-emissions').click();
    await field('em-sector').selectOption('aluminium');
    assert.equal(await field('em-sources').locator('input[type="checkbox"]').count(), 5);
    await field('em-sector').selectOption('steel');
    const boxes = field('em-sources').locator('input[type="checkbox"]');
    assert.equal(await boxes.count(), 12);
    assert.equal(await field('em-source-pig-iron-purchased').isChecked(), true);
    for (const box of await boxes.all()) await box.uncheck();
    assert.equal(await field('em-write').isDisabled(), true);
    assert.match((await field('em-status').textContent())!, /at least one source/);
    await field('em-sector').selectOption('power');
    await field('em-sector').selectOption('steel');
    assert.equal(await field('em-source-bituminous').isChecked(), true, 'a sector picked afresh starts with all its sources');
    await field('em-year').fill('1990');
    assert.equal(await field('em-write').isDisabled(), true);
    assert.match((await field('em-status').textContent())!, /out of range/);
    await field('em-year').fill('2025');
    assert.match((await field('em-status').textContent())!, /^12 sources for 2025/);
  });

  it('writes a steel works\' activity sheet on a new sheet, and its report follows the months typed', async () => {
    await field('em-write').click();
    await field('em-status').filter({ hasText: 'Wrote the activity sheet' }).waitFor();
    assert.match((await field('em-status').textContent())!, /“Emissions 2025”: type each month’s quantities in C7:N18; the annual report from A21 follows\./);
    assert.equal(await suite.wb.page.getAttribute('[data-testid="sheet-tab-Emissions 2025"]', 'aria-pressed'), 'true', 'the new sheet is shown');
    // Names are data, the report a formula.
    assert.deepEqual([await suite.wb.value('A7'), await suite.wb.formula('A7'), await suite.wb.value('B2')], ['Bituminous coal', undefined, 'Steel']);
    assert.equal(await suite.wb.formula('A21'), '=ETS.EMISSIONS($B$2,A7:A18,O7:O18,P7:R18,$B$3)');
    assert.equal(await suite.wb.value('C7'), null, 'the months start blank');
    assert.equal(await suite.wb.value('B25'), 0);

    await suite.wb.enter('C7', '10000');
    assert.equal(await suite.wb.value('O7'), 10000);
    assert.equal(await suite.wb.value('S7'), 22784.98);
    assert.equal(await suite.wb.value('B22'), 22784.98, 'combustion');
    assert.equal(await suite.wb.value('B25'), 22785, 'total direct, a whole tonne');
    assert.equal(await suite.wb.value('B27'), false);
    assert.match(String(await suite.wb.value('B32')), /^Not covered/);

    await suite.wb.enter('D7', '2000');
    assert.equal(await suite.wb.value('O7'), 12000);
    assert.equal(await suite.wb.value('B25'), 27342);
    assert.equal(await suite.wb.value('B27'), true);
    assert.match(String(await suite.wb.value('B32')), /^Covered/);
    // The checks: no negative month, the report computed, intensity waiting for crude steel.
    assert.deepEqual([await suite.wb.value('B35'), await suite.wb.value('B36')], ['OK', 'OK']);
    assert.match(String(await suite.wb.value('B37')), /Crude steel/);
    await suite.wb.select('A21');
    await suite.wb.shot('emissions-sheet');
    await suite.wb.page.screenshot({ path: join(RESULTS, 'taskpane-emissions.png'), clip: { x: 940, y: 60, width: 340, height: 700 } });
  });

  it('hands the report\'s total to Quick check and to the model builder, with the crude steel as output', async () => {
    await suite.wb.enter('C15', '100000'); // crude steel, 100,000 t: 3,700 t taken off → 23,642 t
    assert.equal(await suite.wb.value('B25'), 23642);
    await field('em-to-quick').click();
    await field('qc-verdict').filter({ hasText: 'Not covered' }).waitFor();
    assert.deepEqual([await field('qc-sector').inputValue(), await field('qc-direct').inputValue(), await field('qc-year').inputValue()], ['steel', '23642', '2025']);
    assert.equal(await field('tab-quick').getAttribute('aria-selected'), 'true');
    await field('tab-emissions').click();
    assert.match((await field('em-status').textContent())!, /^Quick check now holds Steel, 23,642 t direct emissions for 2025, from “Emissions 2025”\.$/);
    await field('em-to-model').click();
    assert.equal(await field('tab-model').getAttribute('aria-selected'), 'true');
    assert.deepEqual([await field('md-sector').inputValue(), await field('md-emissions').inputValue(), await field('md-output').inputValue()], ['steel', '23642', '100000']);
    await field('tab-emissions').click();
    assert.match((await field('em-status').textContent())!, /model builder now starts from Steel, 23,642 t verified emissions and 100,000 t output/);
  });

  it('writes a second sheet beside the first rather than over it', async () => {
    await field('em-write').click();
    await field('em-status').filter({ hasText: '“Emissions 2025 (2)”' }).waitFor();
    assert.equal(await suite.wb.page.getAttribute('[data-testid="sheet-tab-Emissions 2025"]', 'aria-pressed'), 'false');
    assert.equal(await suite.wb.value('C7'), null);
  });

  it('kept the console free of errors and made no request off this machine', () => {
    assert.deepEqual(suite.wb.consoleErrors, []);
    assert.deepEqual(suite.wb.outsideRequests, []);
  });
});
