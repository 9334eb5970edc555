import { strict as assert } from 'node:assert';
import { accounting, anodeCo2, emissionsReport, fuelCo2, fuelFactor, gridFactor, heatGj, pfcCo2e, processCo2, source, useLanguage } from '../../src/core';
import { throwsEts } from '../helpers';

/**
 * Issue 24 in the core: emissions accounting by the MEE guidelines. Hand-worked values from the steel guideline's
 * formula (1) and tables A.1/A.2 (rounded half up to 2 decimals), the MEE/NBS 2023 factors, and the rulebook's
 * secondary cement, aluminium and power values; the bundle suite (test/functions/accounting.test.ts) runs the same
 * cases as Excel calls them.
 */
const close = (actual: unknown, expected: number): void =>
  assert.ok(typeof actual === 'number' && Math.abs(actual - expected) <= 1e-6 * Math.max(1, Math.abs(expected)), `${String(actual)} ≠ ${expected}`);
const row = (item: unknown, quantity: unknown, parameters: unknown[] = [], n = 1) => ({ item, quantity, parameters, where: ` (row ${n})` });
const lines = (table: unknown[][]): Record<string, unknown> =>
  Object.fromEntries(accounting.REPORT_LINES.map((k, i) => [k, table[i + 1]![1]]));

describe('core: emissions accounting (MRV)', () => {
  before(() => useLanguage('en'));

  it('fuel CO2 by the steel guideline: defaults, measured values, oxidation only where given, 2 decimals', () => {
    assert.equal(fuelCo2('bituminous', 10000, 'steel'), 22784.98); // 10,000 × 23.736 × 0.02618 × 44/12 = 22,784.9776
    assert.equal(fuelCo2('bituminous', 10000), 22784.98, 'blank sector: the steel guideline');
    assert.equal(fuelCo2('bituminous', 10000, 'steel-eaf'), 22784.98, 'EAF steel is in the steel guideline’s boundary');
    assert.equal(fuelCo2('bituminous', 10000, 'steel', undefined, undefined, 0.99), 22557.13);
    assert.equal(fuelCo2('coke-oven gas', 100, 'steel'), 771.33); // 100 × 173.854 × 0.01210 × 44/12 = 771.3322
    assert.equal(fuelCo2('LPG', 10, 'steel'), 31.65); // 10 × 50.179 × 0.01720 × 44/12 = 31.6462
    throwsEts(() => fuelCo2('bituminous', 1, 'steel', undefined, 30), 'value', /tC per TJ/);
    throwsEts(() => fuelCo2('bituminous', 1, 'steel', undefined, undefined, 99), 'value', /^oxidation: 99/);
    throwsEts(() => fuelCo2('bituminous', 1, 'glass'), 'value', /^sector: "glass"/);
    throwsEts(() => fuelCo2('bituminous', 1, 'petrochemicals'), 'value', /not a sector with an MEE accounting guideline/);
  });

  it('fuel defaults by guideline: power coal’s carbon content and oxidation to 2025 data; #N/A for what no rule holds', () => {
    close(fuelCo2('bituminous', 1000000, 'power', 22, undefined, undefined, 2024), 2463681); // × 0.03085 × 99% × 44/12
    throwsEts(() => fuelCo2('bituminous', 1000000, 'power', 22, undefined, undefined, 2026), 'not-available', /^oxidation: /);
    throwsEts(() => fuelCo2('natural gas', 10, 'power', 389, 0.0153), 'not-available', /oxidation factor of natural-gas/);
    throwsEts(() => fuelCo2('natural gas', 10, 'cement'), 'not-available', /^ncv: the cement accounting guideline gives no default/);
    assert.equal(fuelFactor('washed coking coal', 'ncv'), 26.344);
    assert.equal(fuelFactor('LNG', 'oxidation', 'steel'), 0.98, 'LNG is in table A.1’s liquid group');
    assert.equal(fuelFactor('高炉煤气', 'oxidation', 'steel'), 0.99);
    assert.equal(fuelFactor('anthracite', 'oxidation', 'steel'), 0.99);
    assert.equal(fuelFactor('bituminous', 'oxidation', 'power', 2025), 0.99);
    close(fuelFactor('natural gas', 'ef', 'steel'), 389.31 * 0.01532 * 44 / 12);
    throwsEts(() => fuelFactor('natural gas', 7), 'value', /^parameter: 7 is not a fuel parameter/);
  });

  it('process CO2: steel inputs and products with their signs, cement clinker and substitutes', () => {
    assert.deepEqual([processCo2('dolomite', 100), processCo2('DRI', 1000), processCo2('ferro-silicon', 1000), processCo2('粗苯', 10)],
      [47.6, 73, 7, -33.82]);
    assert.equal(processCo2('white clinker', 1000), 550);
    close(processCo2('phosphogypsum', 1000, 'cement'), -245);
    close(processCo2('粉煤灰', 1000), -55);
    assert.equal(processCo2('limestone', 1000, undefined, 0), 0, 'a factor of 0 is a measured zero');
    throwsEts(() => processCo2('limestone', 1000, 'power'), 'value', /ANODE\.CO2/);
    throwsEts(() => processCo2('slag of mystery', 1, 'cement'), 'value', /^material: "slag of mystery"/);
    throwsEts(() => processCo2('liemstone', 1), 'value', /Did you mean .*limestone/);
    throwsEts(() => processCo2(42, 1), 'value', /^material: 42/);
  });

  it('aluminium: anode CO2 and anode-effect PFCs', () => {
    close(anodeCo2(1000), 3578.6666666666665);
    throwsEts(() => anodeCo2(1000, 0.7, 0.5), 'value', /^ash: 0\.5 .*anode’s mass/);
    close(pfcCo2e(100000, 0.1), 11068.2);
    close(pfcCo2e(100000, 0.1, 0.1, 0.121, 'AR6'), 1 * 7380 + 0.121 * 12400);
  });

  it('grid factors and heat', () => {
    assert.deepEqual([gridFactor(2023, 'north'), gridFactor(2023, 'Inner Mongolia'), gridFactor(2023, '广东省'), gridFactor(2022, '西南')],
      [0.6361, 0.6479, 0.4419, 0.2268]);
    assert.equal(accounting.gridFactor(2021, undefined, 'average'), 0.5568);
    throwsEts(() => gridFactor(2021, 'east'), 'not-available', /no factor is published for 2021; the rulebook holds 2022, 2023/);
    throwsEts(() => gridFactor(2023.5), 'number', /whole year/);
    throwsEts(() => gridFactor(2023, 'Atlantis'), 'value', /^region: "Atlantis"/);
    close(heatGj('hot water', 500, 20), 0);
    throwsEts(() => heatGj('hot water', 500, 10), 'value', /at least 20/);
    throwsEts(() => heatGj('oil', 500, 10), 'value', /^medium: "oil"/);
  });

  it('SOURCE for accounting values: fuel, material, grid, heat, anode, pfc, report rounding', () => {
    assert.match(source('fuel:焦炭:ncv', undefined, 'steel'), /table A\.1/);
    assert.match(source('fuel:diesel:oxidation', undefined, 'steel'), /§7\.2\.2\.4/);
    assert.match(source('material:外购生铁'), /table A\.2/);
    assert.match(source('material:clinker', undefined, 'cement'), /^secondary/);
    assert.match(source('grid:jiangsu'), /table 3/, 'blank year: the latest published');
    assert.match(source('grid:national:fossil', 2022), /^secondary/);
    assert.match(source('heat:steam'), /appendix E/);
    assert.match(source('anode:ash'), /^secondary/);
    assert.match(source('pfc:slope'), /0\.143 for CWPB/);
    assert.match(source('report-rounding'), /whole number/);
    assert.match(source('fuel:烟煤:oxidation', 2025, 'power'), /燃煤的碳氧化率取99%/, 'the key FUEL.CO2 reads');
    throwsEts(() => source('fuel:natural gas:oxidation', 2025, 'power'), 'not-available', /holds no value for mrv:power:oxidation:natural-gas/);
    assert.match(source('material:sold pig iron'), /table A\.2/);
    throwsEts(() => source('fuel:bituminous:__proto__'), 'value', /not a rulebook parameter/);
    throwsEts(() => source('fuel:bituminous:ncv', undefined, 'aluminium'), 'not-available', /holds no value/);
    throwsEts(() => source('threshold', undefined, 'cement'), 'value', /not an accounting parameter/);
  });

  it('the report: a steel works, a cement line, a smelter and a power unit', () => {
    const steel = lines(emissionsReport('steel', [row('bituminous', 10000), row('焦炭', 50000, [], 2), row('natural gas', 100, [], 3),
      row('limestone', 1000, [], 4), row('electrode', 100, [], 5), row('scrap', 2000, [], 6), row('crude steel', 1000000, [], 7),
      row('tar', 500, [], 8), row('electricity', 200000, [], 9)], 2025));
    assert.deepEqual(steel, { combustion: 178340.77, process: 880.3, deductions: -38349.5, total: 140872, listing: 140872, listed: true,
      surrendered: 140872, indirect: 106120, intensity: 0.1409 });
    const cement = lines(emissionsReport('cement', [row('bituminous', 120000, [23, 0.026, 0.98]), row('clinker', 1000000, [], 2),
      row('电石渣', 10000, [], 3), row('heat', 1000, [0.11], 4)]));
    close(cement.total, 788057.6);
    close(cement.indirect, 110);
    const smelter = lines(emissionsReport('aluminium', [row('anode', 200000), row('anode effect', 0.1, [], 2), row('原铝', 500000, [], 3)]));
    close(smelter.surrendered, 200000 * 0.976 * 44 / 12 + 7.15 * 6630 + 0.715 * 11100);
    const unit = lines(emissionsReport('power', [row('bituminous', 1000000, [22]), row('output', 2500000, [], 2), row('electricity', 1000, [0.6], 3)], 2024));
    close(unit.surrendered, 2463681);
    close(unit.indirect, 600);
    assert.equal(unit.listed, true);
  });

  it('names a fuel in Chinese messages as the guideline’s table does', () => {
    useLanguage('zh-CN');
    try {
      throwsEts(() => fuelCo2('bituminous', 1, 'cement'), 'not-available', /^ncv：水泥行业核算指南未给出烟煤的低位发热量的缺省值/);
    } finally {
      useLanguage('en');
    }
  });

  it('lists the accepted names when a name is not text, in every table', () => {
    throwsEts(() => fuelCo2(5, 1), 'value', /^fuel: 5 is not a known fuel\. Accepted: anthracite, bituminous/);
    throwsEts(() => processCo2(5, 1, 'steel'), 'value', /Accepted: limestone, dolomite/);
    throwsEts(() => processCo2(5, 1, 'cement'), 'value', /Accepted: desulphurisation-powder/);
    throwsEts(() => gridFactor(2023, 5), 'value', /Accepted: national \(全国\)/);
    throwsEts(() => gridFactor(2023, undefined, 5), 'value', /^kind: 5 .*Accepted: average, excl-market, fossil/);
    throwsEts(() => heatGj(5, 1, 100), 'value', /Accepted: steam, hot water/);
    throwsEts(() => heatGj('steam', 1, 50), 'value', /at least 83\.74/);
    assert.equal(source('grid:东北:average', 2023).startsWith('final'), true);
    throwsEts(() => source('grid:mars'), 'value', /not a rulebook parameter/);
  });

  it('a fuel not burnt needs no NCV, and a report whose products outweigh its inputs is not listed', () => {
    assert.equal(fuelCo2('natural gas', 0, 'cement'), 0);
    throwsEts(() => fuelCo2('natural gas', 0, 'cement', -1), 'number', /^ncv: -1/);
    const net = lines(emissionsReport('steel', [row('bituminous', 100), row('crude steel', 100000, [], 2)]));
    assert.deepEqual([net.total, net.listed], [-3472, false]); // 227.85 − 3,700
  });

  it('the report names the row whose own function fails, not only rows it reads itself', () => {
    // A cement works' fuel without a measured NCV: FUEL.CO2 asks for it, and the report says which of its rows.
    throwsEts(() => emissionsReport('cement', [row('clinker', 1000), row('bituminous', 500, [], 2)]), 'not-available',
      /^ncv \(row 2\): the cement accounting guideline gives no default/);
    throwsEts(() => emissionsReport('steel', [row('bituminous', 5, [1, 30], 3)]), 'value', /^carbon_content \(row 3\): 30 .*tC per TJ/);
    throwsEts(() => emissionsReport('aluminium', [row('anode', 10, [0.7, 0.5], 4)]), 'value', /^ash \(row 4\): 0\.5/);
    throwsEts(() => emissionsReport('aluminium', [row('原铝', 100), row('anode effect', -1, [], 2)]), 'number', /^quantities \(row 2\): -1/);
    useLanguage('zh-CN');
    try {
      throwsEts(() => emissionsReport('cement', [row('bituminous', 500, [], ' row 2'.length)]), 'not-available', /^ncv \(row 6\)：/);
    } finally {
      useLanguage('en');
    }
  });

  it('refuses a second anode-effect row rather than keeping one of them: minutes per cell-day do not add up', () => {
    throwsEts(() => emissionsReport('aluminium', [row('原铝', 500000), row('anode effect', 0.1, [], 2), row('anode effect', 0.2, [], 3)]), 'value',
      /^items \(row 3\): "anode effect" is a second anode-effect row \(the first is \(row 2\)\)/);
  });

  it('the report names the row that is wrong, and says what a line needs', () => {
    throwsEts(() => emissionsReport('steel', [row('bituminous', 1), row('moonrock', 2, [], 2)]), 'value', /^items \(row 2\): "moonrock"/);
    throwsEts(() => emissionsReport('aluminium', [row('clinker', 1)]), 'value', /^items \(row 1\): "clinker" is not .* aluminium/);
    throwsEts(() => emissionsReport('steel', [row('heat', 1)]), 'not-available', /factor \(tCO2 per GJ\)/);
    throwsEts(() => emissionsReport('aluminium', [row('anode effect', 0.1)]), 'not-available', /aluminium produced/);
    throwsEts(() => emissionsReport('steel', [row(7, 1)]), 'value', /^items \(row 1\): 7/);
    const noOutput = emissionsReport('cement', [row('clinker', 0)]);
    assert.equal((noOutput[9]![1] as Error).message.includes('intensity needs the output'), true);
  });
});
