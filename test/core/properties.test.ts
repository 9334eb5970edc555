import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { allocation, co2e, cost, balance } from '../../src/core';

const INDUSTRIAL = fc.constantFrom('cement', 'steel', 'aluminium');
const COAL_OR_GAS = fc.constantFrom('power:coal-large', 'power:coal-small', 'power:coal-unconventional', 'power:gas');
const amount = fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true });
const intensity = fc.double({ min: 0.01, max: 5, noNaN: true, noDefaultInfinity: true });
const year = fc.constantFrom(2024, 2025, 2026);

describe('core: properties (fast-check)', () => {
  it('industrial allocation is monotone in output', () => {
    fc.assert(fc.property(INDUSTRIAL, amount, amount, intensity, intensity, year, (s, a, b, i, ref, y) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      assert.ok(allocation(s, lo, i, undefined, ref, y) <= allocation(s, hi, i, undefined, ref, y));
    }));
  });

  it('power allocation is monotone in output', () => {
    fc.assert(fc.property(COAL_OR_GAS, amount, amount, intensity, year, (s, a, b, i, y) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      assert.ok(allocation(s, lo, i, undefined, undefined, y) <= allocation(s, hi, i, undefined, undefined, y));
    }));
  });

  it('in Phase I no entity gains or loses more than 3% of its emissions: |A/E − 1| ≤ 3%', () => {
    fc.assert(fc.property(INDUSTRIAL, fc.integer({ min: 1, max: 1e8 }), intensity, intensity, year, (s, out, i, ref, y) => {
      const a = new Decimal(allocation(s, out, i, undefined, ref, y));
      const e = new Decimal(out).times(i);
      assert.ok(a.dividedBy(e).minus(1).abs().lessThanOrEqualTo('0.03000000000001'), `${a} vs ${e}`);
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

  it('cost is never more than buying the whole shortfall at price, nor less than the surplus value', () => {
    const price = fc.double({ min: 0, max: 500, noNaN: true, noDefaultInfinity: true });
    fc.assert(fc.property(amount, amount, price, price, (a, e, p, op) => {
      const c = new Decimal(cost(a, e, p, op));
      const full = new Decimal(balance(a, e)).negated().times(p);
      assert.ok(c.lessThanOrEqualTo(full.abs().times('1.000000000001').plus(1e-9)));
      if (a >= e) assert.ok(c.lessThanOrEqualTo(0));
    }));
  });
});
