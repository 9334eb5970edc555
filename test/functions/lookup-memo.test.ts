/**
 * Lookup functions remember each distinct row of a call (lift.ts, liftLookup): a 100,000-line export list holds a
 * handful of CN codes. What a row gives must not depend on it: every cell of a range equals the same row computed on
 * its own, errors included, and cells that look alike but are not the same value (7208 and "7208", "CN" and "cn ")
 * are not taken for each other.
 */
import { strict as assert } from 'node:assert';
import { fns } from './calls';

const column = (values: readonly unknown[]): unknown[][] => values.map((v) => [v]);

function sameAsOneByOne(id: string, columns: readonly (readonly unknown[])[], fixed: readonly unknown[]): void {
  const rows = columns[0]!.length;
  const spilled = fns[id]!(...columns.map(column), ...fixed.map((v) => (v === null ? null : [[v]])));
  assert.equal(spilled.length, rows);
  for (let r = 0; r < rows; r += 1) {
    const alone = fns[id]!(...columns.map((c) => [[c[r]]]), ...fixed.map((v) => (v === null ? null : [[v]])));
    assert.deepEqual(spilled[r], alone[0], `${id} row ${r + 1}: ${JSON.stringify(columns.map((c) => c[r]))}`);
  }
}

describe('lookup functions over ranges: each distinct row remembered, none confused', () => {
  it('CBAM.DEFAULT: codes repeated in several spellings, numbers and text, countries, blanks and errors', () => {
    const codes = ['7208 39 00', '72083900', 72083900, '7601 10 00', '7601', 7601, 'banana', '', null, '2523 10 00 90', '7208 39 00'];
    const countries = ['CN', 'China', '中国', 'cn ', 'Other', 'CN', 'CN', 'CN', 'CN', 'Other', 'Mars'];
    sameAsOneByOne('CBAM.DEFAULT', [codes, countries], [2027, null]);
  });

  it('GWP and FUEL.FACTOR: the same name in different cases and widths, and a number where a name is due', () => {
    sameAsOneByOne('GWP', [['CF4', 'cf4', 'ＣＦ４', 'PFC-14', 'CF4', 4, true, 'CF4']], ['AR5']);
    sameAsOneByOne('FUEL.FACTOR', [['bituminous', 'Bituminous', '烟煤', 'coke', 'bituminous', 'nothing'], ['ncv', 'ncv', 'ncv', 'ncv', 'carbon_content', 'ncv']], ['steel', 2025]);
  });

  it('gives each cell its own result when the rows are too varied to remember (the memo dropped past 4,096)', () => {
    // 5,000 distinct years (2026 … 7025, factors then 0), a few repeated after the memo is dropped, a half year refused.
    const years: unknown[] = Array.from({ length: 5000 }, (_, i) => 2026 + i);
    years[4997] = 2027;
    years[4998] = 2026.5;
    years[4999] = 'x';
    const spilled = fns['CBAM.FACTOR']!(column(years));
    for (const r of [0, 1, 8, 4095, 4096, 4097, 4996, 4997, 4998, 4999]) {
      assert.deepEqual(spilled[r], fns['CBAM.FACTOR']!([[years[r]]])[0], `row ${r + 1}`);
    }
    assert.equal(spilled[4997]![0], spilled[1]![0], '2027 after the memo is gone is 2027');
  });
});
