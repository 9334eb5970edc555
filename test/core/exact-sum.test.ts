import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { ExactSum } from '../../src/core/arith';
import { dec } from '../../src/core/decimal';

/** The report's running sum: the same exact decimal as decimal.js adding each number, on either of its paths. */
describe('core: ExactSum', () => {
  const decimalSum = (xs: readonly number[]) => xs.reduce((s, x) => s.plus(x), dec(0));
  const exactSum = (xs: readonly number[]) => {
    const s = new ExactSum();
    for (const x of xs) s.add(x);
    return s.value();
  };

  it('equals decimal.js on report-like rows (2 decimals), long decimals and sums past 2^53', () => {
    const hundredths = fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100);
    const any = fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true });
    fc.assert(fc.property(fc.array(fc.oneof(hundredths, any), { maxLength: 400 }), (xs) => {
      assert.equal(exactSum(xs).toString(), decimalSum(xs).toString());
    }), { numRuns: 500 });
  });

  it('adds 0.1 and 0.2 to exactly 0.3, and keeps going on decimal.js once the rationals overflow', () => {
    assert.equal(exactSum([0.1, 0.2]).toString(), '0.3');
    const big = [9007199254740991, 1, 0.001, 1e-7];
    assert.equal(exactSum(big).toString(), decimalSum(big).toString());
    assert.equal(exactSum([]).toString(), '0');
  });
});
