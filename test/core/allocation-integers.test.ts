import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { allocation, rules } from '../../src/core';
import { adjusted, adjustedProduct, adjustTerms, DECIMAL, exact, product, type Arith } from '../../src/core/arith';

/**
 * ALLOCATION's integer path (arith.ts: product and adjusted, used for every row a column call can take on safe
 * integers) against the general formula on both backends, and against an exact decimal reference.
 */
const rule = (key: string, year: number): number => rules.findRule<number>(key, year)!.value;
const P = { slope: rule('alpha:slope', 2025), band: rule('alpha:band', 2025), cap: rule('alpha:cap', 2025) };

/** The general formula of allocation.ts on one backend: E × (1 + clamp(slope × (r − i) / r)), floored when asked. */
function formula<T>(A: Arith<T>, e: number, i: number, r: number, floor: boolean): number {
  const x = A.div(A.sub(A.of(r), A.of(i)), A.of(r));
  const band = A.of(P.band);
  const zero = A.of(0);
  const alpha = A.cmp(x, band) >= 0 ? A.of(P.cap) : A.cmp(x, A.sub(zero, band)) <= 0 ? A.sub(zero, A.of(P.cap)) : A.mul(A.of(P.slope), x);
  const a = A.mul(A.of(e), A.add(A.of(1), alpha));
  return A.toNumber(floor ? A.floor(a) : a);
}

/**
 * Exact in decimal without a rounded division: A = E × (r + slope × (r − i)) / r inside the band (± cap outside), its
 * floor settled by multiplying back. Decimal products of these inputs are exact at 200 digits.
 */
const X = Decimal.clone({ precision: 200 });
function exactFloor(e: number, i: number, r: number): number {
  const [E, I, R] = [new X(e), new X(i), new X(r)];
  // Compare X with ±band exactly: (r − i) against ±band × r.
  const d = R.minus(I);
  const band = new X(P.band).times(R);
  const [num, den] = d.gte(band) ? [E.times(new X(1).plus(P.cap)), new X(1)]
    : d.lte(band.negated()) ? [E.times(new X(1).minus(P.cap)), new X(1)]
      : [E.times(R.plus(new X(P.slope).times(d))), R];
  let q = num.div(den).floor();
  if (q.times(den).gt(num)) q = q.minus(1);
  else if (q.plus(1).times(den).lte(num)) q = q.plus(1);
  return q.toNumber();
}

const terms = (r: number) => adjustTerms(r, P.slope, P.band, P.cap)!;
/** Numbers as users type them: a whole number or one with up to `places` decimals. */
const typed = (max: number, places: number) => fc.tuple(fc.integer({ min: 0, max: max * 10 ** places }), fc.integer({ min: 0, max: places }))
  .map(([m, k]) => Number((m / 10 ** places).toFixed(k)));

describe('core: allocation on safe integers equals the general formula', () => {
  it('over random typed inputs: the integer path, the rational and decimal backends and the exact reference agree', () => {
    fc.assert(fc.property(typed(1e9, 3), typed(5, 4), typed(3, 3).filter((r) => r > 0), fc.boolean(), (e, i, r, floor) => {
      const fast = adjusted(e, i, terms(r), floor);
      fc.pre(!Number.isNaN(fast));
      assert.equal(fast, exact((A) => formula(A, e, i, r, floor)), 'exact()');
      assert.equal(fast, formula(DECIMAL, e, i, r, floor), 'decimal.js');
      if (floor) assert.equal(fast, exactFloor(e, i, r), 'exact reference');
    }), { numRuns: 20000 });
  });

  it('from output and intensity: E = product(output, intensity), then the general formula; NaN below a threshold', () => {
    fc.assert(fc.property(typed(1e8, 2), typed(5, 4), typed(3, 3).filter((r) => r > 0), fc.boolean(), fc.constantFrom(undefined, 26000),
      (out, i, r, floor, below) => {
        const fast = adjustedProduct(out, i, terms(r), floor, below);
        const e = product(out, i);
        if (below !== undefined && e < below) return assert.ok(Number.isNaN(fast));
        fc.pre(!Number.isNaN(fast));
        assert.equal(fast, exact((A) => formula(A, e, i, r, floor)), 'exact()');
        assert.equal(fast, formula(DECIMAL, e, i, r, floor), 'decimal.js');
      }), { numRuns: 20000 });
  });

  it('where the floor matters: results that are whole numbers, or a thousandth either side of one', () => {
    // i = r × (1 − X) for X in thousandths, so slope × X × E is often whole; E in whole thousands, ± a thousandth.
    const input = fc.record({
      r: fc.constantFrom(0.5, 0.8, 0.85, 0.9, 1, 1.25, 2, 0.862),
      x: fc.integer({ min: -300, max: 300 }),
      k: fc.integer({ min: 0, max: 2_000_000 }),
      nudge: fc.constantFrom(0, 0.001, -0.001, 0.5),
    });
    fc.assert(fc.property(input, ({ r, x, k, nudge }) => {
      const i = new Decimal(r).times(new Decimal(1).minus(new Decimal(x).div(1000))).toNumber();
      const e = Math.max(0, Number((k * 1000 + nudge).toFixed(3)));
      const fast = adjusted(e, i, terms(r), true);
      fc.pre(!Number.isNaN(fast));
      assert.equal(fast, exactFloor(e, i, r), `E ${e}, i ${i}, r ${r}`);
      assert.equal(fast, exact((A) => formula(A, e, i, r, true)), `exact(): E ${e}, i ${i}, r ${r}`);
      assert.equal(fast, formula(DECIMAL, e, i, r, true), `decimal.js: E ${e}, i ${i}, r ${r}`);
    }), { numRuns: 20000 });
  });

  it('at the band exactly: X = ±band gives ±cap, a hair inside gives slope × X', () => {
    for (const r of [0.5, 0.85, 1, 1.7]) {
      for (const sign of [1, -1]) {
        const i = new Decimal(r).times(new Decimal(1).minus(new Decimal(P.band).times(sign))).toNumber();
        const e = 1_000_000;
        assert.equal(adjusted(e, i, terms(r), false), exact((A) => formula(A, e, i, r, false)));
        assert.equal(adjusted(e, i, terms(r), false), new Decimal(e).times(new Decimal(1).plus(new Decimal(P.cap).times(sign))).toNumber());
        const inside = new Decimal(i).plus(new Decimal('0.000001').times(sign)).toNumber();
        assert.equal(adjusted(e, inside, terms(r), true), exact((A) => formula(A, e, inside, r, true)));
      }
    }
  });

  it('leaves to the general formula what does not fit (NaN), and product() equals it everywhere', () => {
    assert.ok(Number.isNaN(adjusted(1 / 3, 0.8, terms(0.85), true)));
    assert.ok(Number.isNaN(adjusted(123456789012.345, 0.123456789, terms(0.8512345), true)));
    assert.equal(adjustTerms(1 / 3, P.slope, P.band, P.cap), undefined);
    fc.assert(fc.property(fc.oneof(typed(1e9, 3), fc.double({ min: 0, max: 1e12, noNaN: true })), fc.oneof(typed(5, 6), fc.double({ min: 0, max: 10, noNaN: true })),
      (a, b) => assert.equal(product(a, b), exact((A) => A.toNumber(A.mul(A.of(a), A.of(b)))))), { numRuns: 20000 });
  });

  it('ALLOCATION row by row equals the decimal reference of the plan: ⌊E × (1 + α)⌋ with E = output × intensity', () => {
    fc.assert(fc.property(typed(5e6, 0), typed(3, 3), typed(2, 2).filter((r) => r > 0), (out, i, r) => {
      const e = new Decimal(out).times(i).toNumber();
      // Below the 2026 threshold an entity gets E; 2025 has none.
      assert.equal(allocation('cement', out, i, undefined, r, 2025), exactFloor(e, i, r));
    }), { numRuns: 5000 });
  });
});
