import { strict as assert } from 'node:assert';
import { co2e, gwp } from '../../src/core';
import { throwsEts } from '../helpers';

describe('core: GWP and CO2e', () => {
  it('gives the 100-year GWP of every gas in every set', () => {
    const table: Record<string, [number, number, number, number]> = {
      CO2: [1, 1, 1, 1],
      CH4: [21, 25, 28, 27.9],
      N2O: [310, 298, 265, 273],
      CF4: [6500, 7390, 6630, 7380],
      C2F6: [9200, 12200, 11100, 12400],
      SF6: [23900, 22800, 23500, 25200],
    };
    for (const [gas, values] of Object.entries(table)) {
      ['SAR', 'AR4', 'AR5', 'AR6'].forEach((set, i) => assert.equal(gwp(gas, set), values[i], `${gas} ${set}`));
    }
    assert.equal(gwp('CH4-fossil', 'AR6'), 29.8);
    assert.equal(gwp('CH4-non-fossil', 'ar6'), 27);
  });

  it('defaults to AR5', () => {
    assert.equal(gwp('CF4'), 6630);
    assert.equal(co2e('C2F6', 2), 22200);
  });

  it('accepts the aliases users type', () => {
    assert.equal(gwp('PFC-14', 'AR4'), 7390);
    assert.equal(gwp('pfc-116', 'AR4'), 12200);
    assert.equal(gwp(' cf4 '), 6630);
    assert.equal(gwp('ＣＦ₄'), 6630); // full-width letters, subscript digit
    assert.equal(gwp('CO₂'), 1);
    assert.equal(gwp('四氟化碳', 'AR6'), 7380);
    assert.equal(gwp('六氟乙烷', 'AR6'), 12400);
    assert.equal(gwp('methane', 'ipcc ar4'), 25);
    assert.equal(gwp('SF6', 'AR2'), 23900);
  });

  it('computes CO2e exactly in decimal: 0.3 t CH4 × 27.9 = 8.37', () => {
    assert.equal(co2e('CH4', 0.3, 'AR6'), 8.37);
    assert.equal(co2e('CF4', 1.5, 'AR4'), 11085);
    assert.equal(co2e('CO2', 0), 0);
  });

  it('refuses bad gases, sets and masses', () => {
    throwsEts(() => gwp('CO3'), 'value', /^gas: "CO3" is not a known gas\. Did you mean CO2\?$/);
    throwsEts(() => gwp('Xenon'), 'value', /^gas: "Xenon" is not a known gas\. Accepted: CO2, CH4/);
    throwsEts(() => gwp('CO2', 'AR7'), 'value', /^gwp_set: "AR7" is not a known GWP set\. Did you mean SAR, AR4, AR5 or AR6\?$/);
    throwsEts(() => gwp('CO2', 'IPCC'), 'value', /^gwp_set: "IPCC" is not a known GWP set\. Accepted: SAR, AR4, AR5, AR6/);
    throwsEts(() => gwp('CH4-fossil'), 'not-available', /AR5 gives no separate GWP for CH4-fossil/);
    throwsEts(() => co2e('CO2', -1), 'number', /^mass_t: -1 is out of range/);
    throwsEts(() => co2e('SF6', 1e305), 'number', /too large for a spreadsheet number/);
    throwsEts(() => gwp(undefined), 'value', /^gas: blank — a value is required/);
    throwsEts(() => gwp(42), 'value', /^gas: 42 is not a known gas/);
  });
});
