import { strict as assert } from 'node:assert';
import { useWorkbench } from './workbench-page';

/**
 * Results bigger than their inputs spill in the workbench as in Excel. The docs' own ETS.POSITION example (before,
 * #REF! and "Resizing to smaller array"): a header row and one row a year, 7 columns. 2024: A = E = 1,500,000 × 0.84 =
 * 1,260,000. 2025 and 2026: α = 0.15 × (0.86 − 0.84) / 0.86, A = ⌊1,260,000 × (1 + α)⌋ = ⌊1,264,395.35⌋, a surplus of
 * 4,395 (its cost negative: −4,395 × 80). 2027 (Phase II): A = 1,500,000 × 0.8 = 1,200,000, short 60,000: cost
 * 60,000 × 80 = 4,800,000, penalty exposure 5 × that = 24,000,000.
 */
describe('end to end: results bigger than their inputs spill, as in Excel', function () {
  this.timeout(120000);
  const suite = useWorkbench();
  const page = () => suite.wb.page;
  const texts = (row: number) => Promise.all(['H', 'I', 'J', 'K', 'L', 'M', 'N'].map((c) => suite.wb.cell(`${c}${row}`).textContent()));

  it('the docs\' ETS.POSITION example spills its whole 5 × 7 table', async () => {
    await suite.wb.enter('H2', '=ETS.POSITION("cement", {2024;2025;2026;2027}, 1500000, 0.84, 80, 0.86, 0.8)');
    assert.deepEqual(await texts(2), ['Year', 'Phase', 'Verified emissions', 'Allocation', 'Balance', 'Cost', 'Penalty exposure']);
    assert.deepEqual(await texts(3), ['2024', 'I', '1,260,000', '1,260,000', '0', '0', '0']);
    // Below 10,000 the grid shows numbers ungrouped (display.ts): the surplus reads 4395.
    assert.deepEqual(await texts(4), ['2025', 'I', '1,260,000', '1,264,395', '4395', '-351,600', '0']);
    assert.deepEqual(await texts(6), ['2027', 'II', '1,260,000', '1,200,000', '-60,000', '4,800,000', '24,000,000']);
    assert.deepEqual([await suite.wb.value('H7'), await suite.wb.value('O2')], [null, null], 'nothing past the table');
    await suite.wb.cell('H2').click();
    assert.equal(await page().textContent('[data-testid="cell-message"]'), '', 'no error');
  });

  it('a value typed into the table\'s cells gives #SPILL!, and clearing it spills the table again', async () => {
    await suite.wb.enter('K4', 'in the way');
    assert.equal(await suite.wb.cell('H2').textContent(), '#SPILL!');
    await suite.wb.cell('H2').click();
    assert.equal(await page().textContent('[data-testid="cell-message"]'), '#SPILL! The cells this result spills into are not empty: clear them and it spills.');
    await suite.wb.cell('K4').click();
    await page().keyboard.press('Delete');
    assert.equal(await suite.wb.cell('K4').textContent(), '1,264,395');
  });

  it('ETS.SCHEMES spills one row a scheme; ETS.POWER.ENTITY, adding up its units, takes one cell', async () => {
    await suite.wb.enter('H10', '=ETS.SCHEMES()');
    const rows = await page().evaluate(() => {
      const { hf } = window.etsWorkbench!;
      const sheet = hf.getSheetId('Facilities')!;
      let n = 0;
      while (hf.getCellValue({ sheet, row: 9 + n, col: 7 }) !== null) n += 1;
      return n;
    });
    assert.equal(rows, 13, 'a header and 12 schemes');
    assert.equal(await suite.wb.value('P10'), 'Status', 'nine columns, H to P');
    // Two gas units: 1,000 and 2,000 MWh × 0.3288 (2025) = 328.8 and 657.6, each topped up to its verified 500 and 900.
    await suite.wb.enter('R2', '=ETS.POWER.ENTITY({"gas";"gas"}, {1000;2000}, {500;900}, , 2025)');
    assert.equal(await suite.wb.value('R2'), 1400, 'topped up to 500 + 900 verified');
    await suite.wb.enter('R3', 'a note');
    assert.equal(await suite.wb.value('R2'), 1400, 'the cell below is free');
  });

  it('kept the console free of errors and made no request off this machine', () => {
    assert.deepEqual(suite.wb.consoleErrors, []);
    assert.deepEqual(suite.wb.outsideRequests, []);
  });
});
