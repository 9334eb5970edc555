/** ETS.POSITION through the built bundle: a facility's years as one spilled table, worked by hand from the rules. */
import { strict as assert } from 'node:assert';
import { FakeExcelError } from './bundle';
import { assertError, call, col, plain } from './calls';

const YEARS = col(2024, 2025, 2026, 2027, 2028);
const HEADER = ['Year', 'Phase', 'Verified emissions', 'Allocation', 'Balance', 'Cost', 'Penalty exposure'];

describe('ETS.POSITION: a facility year by year', () => {
  it('works a cement line through Phase I and II: A = E, then E × (1 + α), then output × benchmark', () => {
    const out = plain(call('POSITION', 'cement', YEARS, 1500000, 0.84, 80, 0.86, col(null, null, null, 0.8, 0.78)));
    assert.deepEqual(out[0], HEADER);
    assert.deepEqual(out[1], [2024, 'I', 1260000, 1260000, 0, 0, 0]);
    // 2025: the worked example of docs/border-exposure.md; a surplus is a negative cost (its value at the price).
    // ⌊1,260,000 × (1 + 0.15 × 0.02 / 0.86)⌋ = ⌊1,264,395.35⌋: allowances are whole tonnes, rounded down.
    assert.deepEqual(out[2], [2025, 'I', 1260000, 1264395, 4395, -351600, 0]);
    // 2027: 1,500,000 × 0.80 = 1,200,000; short 60,000 × 80 = 4,800,000; unsurrendered, at least 5 × that.
    assert.deepEqual(out[4], [2027, 'II', 1260000, 1200000, -60000, 4800000, 24000000]);
    assert.deepEqual(out[5], [2028, 'II', 1260000, 1170000, -90000, 7200000, 36000000]);
  });

  it('asks for a Phase II benchmark in those years\' cells only', () => {
    const out = plain(call('POSITION', 'cement', YEARS, 1500000, 0.84, 80, 0.86));
    assert.deepEqual(out[3]!.slice(0, 4), [2026, 'I', 1260000, 1264395]);
    for (const c of [3, 4, 5, 6]) assertError(out[4]![c], '#N/A', /^benchmark: 2027 is in Phase II/);
    assert.equal(out[4]![2], 1260000, 'the emissions are still known');
  });

  it('steel: the enterprise’s emissions a year in the emissions column; without them the rows ask for them', () => {
    // Hot metal 1,000,000 t at Is 1.6 against 1.65; the enterprise emitted 2,000,000 t (2025), 1,900,000 t (2026).
    const out = plain(call('POSITION', 'steel', col(2025, 2026), 1000000, 1.6, 80, 1.65, undefined, undefined, undefined, col(2000000, 1900000)));
    // ⌊2,000,000 × (1 + 0.15 × 0.05 / 1.65)⌋ = 2,009,090; ⌊1,900,000 × 1.0045454…⌋ = ⌊1,908,636.36⌋
    assert.deepEqual(out[1], [2025, 'I', 2000000, 2009090, 9090, -727200, 0]);
    assert.deepEqual(out[2], [2026, 'I', 1900000, 1908636, 8636, -690880, 0]);
    const asked = plain(call('POSITION', 'steel', col(2025, 2026), 1000000, 1.6, 80, 1.65));
    for (const c of [2, 3, 4, 5, 6]) assertError(asked[1]![c], '#N/A', /^emissions: steel allowances multiply/);
  });

  it('takes paths as one value a year: output growing 2 % from 1,500,000, prices rising, years as a row', () => {
    const output = [[1500000, 1530000, 1560600]];
    const out = plain(call('POSITION', 'cement', [[2024, 2025, 2026]], output, 0.84, [[70, 80, 90]], 0.86));
    assert.deepEqual(out.map((r) => r[2]), ['Verified emissions', 1260000, 1285200, 1310904]);
    assert.equal(out[1]![5], 0);
  });

  it('refuses ranges of different lengths, a year twice, and a cell that is not a number in its own row', () => {
    assertError(call('POSITION', 'cement', YEARS, col(1, 2), 0.84, 80)[0]![0], '#VALUE!', /^Ranges must have one length/);
    assertError(call('POSITION', 'cement', col(2025, 2025), 1500000, 0.84, 80)[0]![0], '#VALUE!', /^years \(row 2\): 2025 appears twice/);
    const out = plain(call('POSITION', 'cement', col(2024, 2025), col(1500000, -1), 0.84, 80, 0.86));
    assert.equal(out[1]![3], 1260000);
    assert.ok(out[2]![2] instanceof FakeExcelError);
    assertError(out[2]![2], '#NUM!', /^output \(row 2\): -1 is out of range/);
  });
});
