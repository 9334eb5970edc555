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

  it('gives each cell its own result when every row differs (past the memo\'s reach too)', () => {
    const years = Array.from({ length: 5000 }, (_, i) => 2020 + (i % 30) + (i >= 4500 ? 0.5 : 0));
    const spilled = fns.PHASE!(column(years), null);
    for (const r of [0, 7, 29, 4499, 4500, 4999]) assert.deepEqual(spilled[r], fns.PHASE!([[years[r]]], null)[0], `row ${r + 1}`);
  });
});
