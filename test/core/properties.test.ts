import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { allocation, alpha, cbamCertificates, co2e, cost, effectivePrice, isCovered, rules } from '../../src/core';

const INDUSTRIAL = fc.constantFrom('cement', 'steel', 'aluminium');
const COAL_OR_GAS = fc.constantFrom('power:coal-large', 'power:coal-small', 'power:coal-unconventional', 'power:gas');
const amount = fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true });
const intensity = fc.double({ min: 0.01, max: 5, noNaN: true, noDefaultInfinity: true });
const year = fc.constantFrom(2024, 2025, 2026);

describe('core: properties (fast-check)', () => {
  it('industrial allocation is monotone in output above the threshold (below it the 2026 draft gives A = E, a step)', () => {
    // Steel's allowances multiply the enterprise's emissions, given apart from its intensity: here output × intensity.
    const allocated = (s: string, out: number, i: number, ref: number, y: number): number =>
      allocation(s, out, i, undefined, ref, y, undefined, s === 'steel' ? out * i : undefined);
    // From 2.6 Mt of output at the least intensity (0.01) emissions are at the threshold or above.
    const large = fc.double({ min: 2.6e6, max: 1e9, noNaN: true, noDefaultInfinity: true });
    fc.assert(fc.property(INDUSTRIAL, large, large, intensity, intensity, year, (s, a, b, i, ref, y) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      assert.ok(allocated(s, lo, i, ref, y) <= allocated(s, hi, i, ref, y));
    }));
  });

  it('power allocation is monotone in output', () => {
    fc.assert(fc.property(COAL_OR_GAS, amount, amount, intensity, year, (s, a, b, i, y) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      assert.ok(allocation(s, lo, i, undefined, undefined, y) <= allocation(s, hi, i, undefined, undefined, y));
    }));
  });

  it('in Phase I no entity gains or loses more than 3% of its emissions, less the tonne rounded down: 0.97E − 1 < A ≤ 1.03E', () => {
    fc.assert(fc.property(INDUSTRIAL, fc.integer({ min: 1, max: 1e8 }), intensity, intensity, year, (s, out, i, ref, y) => {
      const e = new Decimal(out).times(i);
      const a = new Decimal(allocation(s, out, i, undefined, ref, y, undefined, e.toNumber()));
      assert.ok(a.lessThanOrEqualTo(e.times('1.03000000000001')) && a.greaterThan(e.times(0.97).minus(1)), `${a} vs ${e}`);
    }));
  });

  it('CO2e is linear in mass, exactly in decimal (no double drift)', () => {
    const gas = fc.constantFrom('CO2', 'CH4', 'N2O', 'CF4', 'C2F6', 'SF6');
    const set = fc.constantFrom('SAR', 'AR4', 'AR5', 'AR6');
    const mass = fc.integer({ min: 0, max: 1e6 });
    fc.assert(fc.property(gas, set, mass, mass, (g, s, a, b) => {
      const sum = new Decimal(co2e(g, a, s)).plus(co2e(g, b, s));
      assert.ok(new Decimal(co2e(g, a + b, s)).equals(sum), `${g} ${s}: ${a} + ${b}`);
    }));
  });

  it('a shortfall costs between nothing and buying it all at price; a surplus is worth exactly its value at price', () => {
    const price = fc.double({ min: 0, max: 500, noNaN: true, noDefaultInfinity: true });
    const close = (x: Decimal, y: Decimal) => x.minus(y).abs().lessThanOrEqualTo(y.abs().times('1e-12').plus('1e-9'));
    fc.assert(fc.property(amount, amount, price, price, (a, e, p, op) => {
      const c = new Decimal(cost(a, e, p, op));
      // (E − A) × price, from the exact inputs: the cost of buying every missing allowance (negative for a surplus).
      const full = new Decimal(e).minus(a).times(p);
      if (a >= e) {
        assert.ok(close(c, full), `surplus: ${c} ≠ ${full}`);
      } else {
        // Slack of one subnormal step: a result below the smallest double rounds to the nearest one there is.
        assert.ok(c.greaterThanOrEqualTo(0) && c.lessThanOrEqualTo(full.times('1.000000000001').plus(Number.MIN_VALUE)), `shortfall: ${c} vs ${full}`);
      }
    }));
  });

  it('α never leaves ±cap and falls as intensity rises', () => {
    const cap = rules.findRule<number>('alpha:cap', 2025)!.value;
    fc.assert(fc.property(intensity, intensity, intensity, (a, b, ref) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      const x = alpha(lo, ref);
      const y = alpha(hi, ref);
      assert.ok(Math.abs(x) <= cap && Math.abs(y) <= cap);
      assert.ok(x >= y, `α(${lo}) = ${x} < α(${hi}) = ${y}`);
    }));
  });

  it('coverage is monotone in emissions: covered at x means covered at every y ≥ x', () => {
    const sector = fc.constantFrom('cement', 'steel', 'aluminium', 'power', 'chemicals', 'steel-eaf');
    fc.assert(fc.property(sector, amount, amount, year, (s, a, b, y) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      if (isCovered(s, lo, 'CN', y)) assert.ok(isCovered(s, hi, 'CN', y));
    }));
  });

  it('CBAM certificates are never negative, and fall as the origin price rises', () => {
    const price = fc.double({ min: 0, max: 200, noNaN: true, noDefaultInfinity: true });
    const cbamYear = fc.integer({ min: 2026, max: 2034 });
    fc.assert(fc.property(amount, intensity, cbamYear, intensity, price, price, (q, see, y, b, p1, p2) => {
      const [lo, hi] = p1 <= p2 ? [p1, p2] : [p2, p1];
      const a = cbamCertificates(q, see, y, b, lo, 80, 1);
      const c = cbamCertificates(q, see, y, b, hi, 80, 1);
      assert.ok(a >= 0 && c >= 0 && c <= a);
    }));
  });

  it('the deduction for a price paid per t of good is worth at most what was paid, and exactly that unless it reaches 0', () => {
    const price = fc.double({ min: 0, max: 200, noNaN: true, noDefaultInfinity: true });
    // The years the regulation's benchmark table covers, and 2034 on (factor 0: no benchmark needed).
    const cbamYear = fc.constantFrom(2026, 2027, 2028, 2029, 2030, 2034, 2040);
    const country = fc.constantFrom('CN', 'China', '中国', 'Other');
    fc.assert(fc.property(amount, country, cbamYear, price, (q, origin, y, paid) => {
      // China's grey clinker on its default value, Column B; the certificate price 80, CSCF 1.
      const gross = cbamCertificates(q, origin, y, '2523 10 00 90', undefined, 80, 1);
      const net = cbamCertificates(q, origin, y, '2523 10 00 90', undefined, 80, 1, paid);
      const worth = (gross - net) * 80;
      assert.ok(net >= 0 && net <= gross);
      // Doubles at the edge: gross − net loses digits below gross's last place.
      const slack = 1e-12 * gross * 80 + 1e-9 * q * paid + 1e-9;
      assert.ok(worth <= q * paid + slack, `${worth} > ${q * paid}`);
      if (net > 0) assert.ok(Math.abs(worth - q * paid) <= slack, `${worth} ≠ ${q * paid}`);
    }));
  });

  it('the effective price lies between zero and the price', () => {
    const price = fc.double({ min: 0, max: 500, noNaN: true, noDefaultInfinity: true });
    fc.assert(fc.property(amount, fc.double({ min: 1, max: 1e9, noNaN: true }), price, (a, e, p) => {
      const x = effectivePrice(a, e, p);
      assert.ok(x >= 0 && x <= p * (1 + 1e-12));
    }));
  });

  it('exact arithmetic: allocation equals the decimal result however the inputs are written', () => {
    // Short decimals take the rational path, long ones the decimal path; both must give the nearest double.
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e7 }), fc.integer({ min: 100, max: 3000 }), fc.integer({ min: 100, max: 3000 }),
      (out, i, r) => {
        const got = allocation('cement', out, i / 1000, 1, r / 1000);
        const D = Decimal.clone({ precision: 60 });
        const e = new D(out).times(i).dividedBy(1000);
        const x = new D(r - i).dividedBy(r);
        const a = D.max(-0.03, D.min(0.03, x.times(0.15)));
        assert.equal(got, e.times(a.plus(1)).floor().toNumber(), 'whole tonnes, rounded down, in 2025');
      }));
  });
});
