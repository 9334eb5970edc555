import { strict as assert } from 'node:assert';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { chromiumOrSkip } from './browser';
import { openWorkbench, type Workbench } from './workbench-page';

/**
 * The table check in the workbench, as a consultant uses it: re-runs after fixing rows, tables with indirect and
 * Scope 1 columns, a title above the header, whole-column selections of a 100,000-row table, and a scheme whose
 * verdicts depend. Expected figures are worked out from the example facilities (examples/facilities.json): direct
 * emissions are output × intensity, covered under CN at ≥ 26,000 t in power, cement, steel and aluminium.
 */
describe('end to end: the table check in the workbench', function () {
  this.timeout(120000);
  let wb: Workbench;
  let page: Page;
  let pane: FrameLocator;
  let status: Locator;
  const value = (address: string) => wb.value(address);
  const testid = (id: string) => pane.locator(`[data-testid="${id}"]`);
  const optionTexts = (id: string) => testid(id).locator('option').allTextContents();

  /** Presses Run and waits for the status line to say where the results went. */
  async function run(): Promise<string> {
    await testid('tc-run').click();
    await status.filter({ hasText: /Results in|on the new sheet|Choose|Please|changed|stopped/ }).waitFor();
    return (await status.textContent())!;
  }

  async function read(): Promise<void> {
    await testid('tc-read').click();
    await testid('tc-found').filter({ hasText: / rows? on / }).waitFor();
  }

  before(async function () {
    chromiumOrSkip(this);
    wb = await openWorkbench();
    ({ page, pane } = wb);
    status = testid('tc-status');
    await testid('tab-table').click();
  });

  after(async () => {
    await wb?.close();
  });

  it('re-runs after rows are fixed: results and summary refreshed in place, nothing stale, its own columns never offered', async () => {
    await wb.cell('B3').click();
    await read();
    assert.equal(await testid('tc-own').isHidden(), true);
    assert.match(await run(), /^11 of 18 facilities are covered: .* Results in Facilities!F1:H19; summary in Facilities!J1:O12\.$/);
    assert.deepEqual([await value('F8'), await value('F9')], [true, false], 'Baiyun (26,970 t) covered, Linxi (25,520 t) not');
    assert.equal(await value('J7'), 'paper');

    // The client corrects two outputs and one sector: Baiyun 29,000 t × 0.87 = 25,230 t (now below), Linxi
    // 30,000 t × 0.88 = 26,400 t (now above), and Lanshan is a paper mill, so flat glass leaves the summary.
    await wb.enter('C8', '29000');
    await wb.enter('C9', '30000');
    await wb.enter('B18', 'paper');
    const text = await run();
    assert.match(text, /^11 of 18 facilities are covered: 16,087,400 of 17,019,110 tCO2e \(94\.5%\)\. Results in Facilities!F1:H19 \(refreshed in place\); summary in Facilities!J1:O11\.$/);
    assert.equal(await testid('tc-confirm').isHidden(), true, 'no question: only its own cells were written over');
    assert.deepEqual([await value('F8'), await value('F9')], [false, true]);
    assert.deepEqual([await value('I1'), await value('I2')], [null, null], 'no second set of result columns');
    // Seven sectors now: title, headers, rows 3–9, Total in row 10, rows not checked in 11, and nothing below.
    assert.deepEqual([await value('J10'), await value('N10'), await value('J11'), await value('J12'), await value('O12')],
      ['Total', 11, 'Rows not checked: 0', null, null]);
    assert.equal(await wb.cell('O10').textContent(), '94.5%', 'shares are shown as percentages');
    assert.equal(await wb.background('A8'), '', 'the highlight went where the verdict changed');
    assert.notEqual(await wb.background('A9'), '');

    // Read again: the pane's result columns are recognised by their marks and never offered as input.
    await read();
    assert.match((await testid('tc-own').textContent())!, /^Columns F, G, H hold this pane's results/);
    const options = await optionTexts('tc-map-direct');
    assert.deepEqual(options, ['(none)', 'Facility (A)', 'Sector (B)', 'Output (C)', 'Intensity (tCO2e/unit) (D)', 'Direct emissions (tCO2e) (E)']);
    assert.equal(await testid('tc-map-direct').inputValue(), '4');
    assert.match((await testid('tc-found').textContent())!, /^18 rows on Facilities, headers in row 1\./);
  });

  it('asks before writing over its old output once the user has typed there, and writes nothing on cancel (issue 23)', async () => {
    await wb.cell('B3').click();
    await read();
    await wb.enter('G5', 'checked by hand');
    await testid('tc-run').click();
    await testid('tc-confirm').waitFor();
    assert.match((await pane.locator('#tc-confirm-text').textContent())!, /Facilities!F1:H19/);
    await testid('tc-cancel').click();
    await testid('tc-confirm').waitFor({ state: 'hidden' });
    assert.equal(await value('G5'), 'checked by hand', 'the user\'s note stays');
    // Replaced when the user says so; then the output is the pane's again and a re-run asks nothing.
    await testid('tc-run').click();
    await testid('tc-confirm').waitFor();
    await testid('tc-replace').click();
    await status.filter({ hasText: /Results in/ }).waitFor();
    assert.match(String(await value('G5')), /^Not covered: power generation, 25,200 tCO2e/, 'Nanhe CFB Unit: 28,000 MWh × 0.9');
    assert.match(await run(), /refreshed in place/);
    assert.equal(await testid('tc-confirm').isHidden(), true);
  });

  it('takes Scope 1, never the indirect column, and asks when two columns could be the input', async () => {
    await wb.addSheet('Scope', [
      ['Plant', 'Sector', 'Indirect emissions (tCO2e)', 'Scope 1 emissions (tCO2e)'],
      ['Kiln 1', 'cement', 40000, 20000],
      ['Mill 2', 'steel', 1000, 30000],
    ]);
    await wb.cell('A2').click();
    await read();
    assert.equal(await testid('tc-map-direct').inputValue(), '3');
    assert.equal(await testid('tc-ambiguous').isHidden(), true);
    await run();
    // On Scope 1: 20,000 t is below the threshold (the indirect 40,000 t would have made it covered), 30,000 t above.
    assert.deepEqual([await value('E2'), await value('E3'), await value('G2')], [false, true, 20000]);

    await wb.addSheet('Twice', [['Plant', 'Sector', 'Scope 1 (t)', 'Direct emissions (t)'], ['Kiln 1', 'cement', 30000, 20000]]);
    await wb.cell('A2').click();
    await read();
    assert.equal(await testid('tc-ambiguous').textContent(),
      '2 columns could be Direct emissions: Scope 1 (t) (C) and Direct emissions (t) (D). Choose the right one below.');
    assert.equal(await testid('tc-map-direct').inputValue(), '', 'neither is picked silently');
    await testid('tc-run').click();
    assert.equal(await status.textContent(), 'Choose which column holds Direct emissions first.');
    assert.equal(await value('E1'), null, 'nothing written');
    await testid('tc-map-direct').selectOption('3');
    assert.equal(await testid('tc-ambiguous').isHidden(), true);
    await run();
    assert.deepEqual([await value('E2'), await value('G2')], [false, 20000]);
  });

  it('finds the header row below a title line, and lets the user choose another', async () => {
    await wb.addSheet('Titled', [
      ['Client facilities 2025 (confidential)', null, null],
      ['Facility', 'Sector', 'Direct emissions (tCO2e)'],
      ['Kiln 1', 'cement', 30000],
      ['Mill 2', 'steel', 20000],
    ]);
    await wb.cell('B3').click();
    await read();
    assert.equal(await testid('tc-header-row').inputValue(), '1');
    assert.deepEqual(await optionTexts('tc-header-row'), ['Row 1: Client facilities 2025 (confidential)', 'Row 2: Facility | Sector | Direct emissions (tCO2e)',
      'Row 3: Kiln 1 | cement | 30000', 'Row 4: Mill 2 | steel | 20000']);
    assert.equal(await testid('tc-header-hint').isHidden(), true, 'sure of it');
    assert.match((await testid('tc-found').textContent())!, /^2 rows on Titled, headers in row 2\./);

    await testid('tc-header-row').selectOption('0');
    assert.equal(await testid('tc-map-sector').inputValue(), '');
    assert.equal(await status.textContent(), 'Please choose a Sector column and a Direct emissions column (or CO2 / CF4 / C2F6 masses).');
    await testid('tc-header-row').selectOption('1');
    await run();
    assert.deepEqual([await value('D1'), await value('D2'), await value('D3'), await value('D4')], [null, 'Covered', true, false],
      'results start on the header row; the title row is left alone');
  });

  it('checks a 100,000-row table selected as whole columns', async () => {
    const rows = 100000;
    // Sector by i mod 3 (cement, steel, chemicals), emissions 20,000 + 1,000 × (i mod 13): covered when the sector is
    // cement or steel and i mod 13 ≥ 6.
    await page.evaluate((n) => {
      const { hf, grid } = window.etsWorkbench!;
      const id = hf.getSheetId(hf.addSheet('Big'))!;
      const sectors = ['cement', 'steel', 'chemicals'];
      hf.setCellContents({ sheet: id, row: 0, col: 0 }, [['Facility', 'Sector', 'Direct emissions'],
        ...Array.from({ length: n }, (_, i) => [`Plant ${i + 1}`, sectors[i % 3]!, 20000 + 1000 * (i % 13)])]);
      grid.showSheet('Big');
    }, rows);
    let covered = 0;
    for (let i = 0; i < rows; i += 1) if (i % 3 !== 2 && i % 13 >= 6) covered += 1;
    await wb.select('A:C');
    assert.equal(await page.inputValue('[data-testid="name-box"]'), 'A:C');
    await read();
    assert.match((await testid('tc-found').textContent())!, /^100,000 rows on Big, headers in row 1\./);
    const text = await run();
    assert.match(text, new RegExp(`^${covered.toLocaleString('en-US')} of 100,000 facilities are covered: .* Results in Big!D1:F100001; summary in Big!H1:M7\\.$`));
    assert.deepEqual([await value('D1'), await value('D2'), await value('D8'), await value('D100001')], ['Covered', false, true, false]);
    assert.deepEqual([await value('H6'), await value('L6')], ['Total', covered]);
  });

  it('under the EU ETS counts the facilities that depend apart, in the status and the summary', async () => {
    await testid('tab-settings').click();
    await testid('st-scheme').selectOption('EU');
    await testid('st-save').click();
    await testid('tab-table').click();
    await page.locator('[data-testid="sheet-tab-Facilities"]').click();
    await wb.cell('B3').click();
    await read();
    const text = await run();
    assert.equal(text, '0 of 18 facilities are covered; 18 depend on rules the figures cannot settle (EU ETS). Covered: 0 of ' +
      '17,019,110 tCO2e (0%); depending: 17,019,110 tCO2e (100%). Results in Facilities!F1:H19 (refreshed in place); summary in Facilities!J1:R11.');
    assert.deepEqual([await value('F1'), await value('F2')], ['Covered (TRUE/FALSE, or "depends": see Reason)', 'depends']);
    assert.deepEqual([await value('P2'), await value('Q2'), await value('R2')],
      ['Entities that depend', 'Emissions that depend (tCO2e)', 'Share of total that depends']);
    assert.deepEqual([await value('J10'), await value('N10'), await value('P10'), await value('Q10'), await value('R10')], ['Total', 0, 18, 17019110, 1]);
    assert.equal(await wb.cell('R10').textContent(), '100.0%');
    assert.equal(await wb.background('A2'), '', 'no facility is covered for certain, so none is highlighted');
  });

  it('kept the console free of errors and made no request off this machine', () => {
    assert.deepEqual(wb.consoleErrors, []);
    assert.deepEqual(wb.outsideRequests, []);
  });
});
