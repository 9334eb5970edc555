/**
 * Issue 24 through the built bundle: emissions accounting by the MEE guidelines, each value worked out by hand from the
 * guideline's formula and table (steel CETS—AG—03.01—V01—2024 tables A.1 and A.2, rounded half up to 2 decimals as its
 * report tables are; MEE/NBS electricity factors 2023). Values of the secondary (cement, aluminium) and power defaults
 * are worked out from the rulebook's records, which ETS.SOURCE names.
 */
import { strict as assert } from 'node:assert';
import { assertError, call, col, one, plain } from './calls';

const close = (actual: unknown, expected: number, what: string): void => {
  assert.equal(typeof actual, 'number', `${what}: ${JSON.stringify(actual)}`);
  assert.ok(Math.abs((actual as number) - expected) <= 1e-6 * Math.max(1, Math.abs(expected)), `${what}: ${actual} ≠ ${expected}`);
};

describe('emissions accounting (MRV), through the built bundle', () => {
  it('ETS.FUEL.CO2: steel table A.1 defaults, no oxidation in the enterprise balance, 2 decimals', () => {
    // 10,000 t × 23.736 GJ/t × 0.02618 tC/GJ × 44/12 = 22,784.9776
    assert.equal(one('FUEL.CO2', 'bituminous', 10000, 'steel'), 22784.98);
    assert.equal(one('FUEL.CO2', '烟煤', 10000), 22784.98, 'Chinese name; blank sector is the steel guideline');
    // Formula (3), a captive unit co-firing own gases: × 99% = 22,557.1278
    assert.equal(one('FUEL.CO2', 'bituminous', 10000, 'steel', undefined, undefined, 0.99), 22557.13);
    // 50,000 t coke × 28.435 × 0.02942 × 44/12 = 153,368.9117
    assert.equal(one('FUEL.CO2', '焦炭', 50000, 'steel'), 153368.91);
    // 100 × 10⁴ Nm³ natural gas × 389.310 × 0.01532 × 44/12 = 2,186.8840
    assert.equal(one('FUEL.CO2', 'natural gas', 100, 'steel'), 2186.88);
    // 1,000 × 10⁴ Nm³ blast-furnace gas × 33.000 × 0.07080 × 44/12 = 8,566.80
    assert.equal(one('FUEL.CO2', '高炉煤气', 1000, 'steel'), 8566.8);
    // A measured NCV replaces the default: 10,000 × 24.1 × 0.02618 × 44/12 = 23,134.3933
    assert.equal(one('FUEL.CO2', 'bituminous', 10000, 'steel', 24.1), 23134.39);
    // A column of months spills a column of results.
    // 1,000 t: 2,278.49776; 2,000 t: 4,556.99552.
    assert.deepEqual(plain(call('FUEL.CO2', 'bituminous', col(1000, 2000, 0), 'steel')), [[2278.5], [4557], [0]]);
  });

  it('ETS.FUEL.CO2 for power, cement and aluminium: defaults the rulebook holds, #N/A asking for the rest', () => {
    // Power, 2024 data: coal's carbon content 0.03085 (secondary) and oxidation 99%; the NCV is always measured.
    close(one('FUEL.CO2', 'bituminous', 1000000, 'power', 22, undefined, undefined, 2024), 2463681, 'power coal 2024');
    assertError(one('FUEL.CO2', 'bituminous', 1000000, 'power', undefined, undefined, undefined, 2024), '#N/A', /^ncv: .*net calorific value of bituminous.*measured value/);
    // From 2026 data the oxidation factor comes from the national factor database: asked for.
    assertError(one('FUEL.CO2', 'bituminous', 1000000, 'power', 22, undefined, undefined, 2026), '#N/A', /^oxidation: .*national GHG emission factor database/);
    close(one('FUEL.CO2', 'bituminous', 1000000, 'power', 22, undefined, 0.985, 2026), 1000000 * 22 * 0.03085 * 0.985 * 44 / 12, 'power coal 2026, oxidation given');
    assertError(one('FUEL.CO2', 'bituminous', 1000, 'cement'), '#N/A', /cement accounting guideline.*no default/);
    close(one('FUEL.CO2', 'bituminous', 120000, 'cement', 23, 0.026, 0.98), 257857.6, 'cement with measured values');
    assertError(one('FUEL.CO2', 'bituminous', 1000, 'steel', undefined, 26.18), '#VALUE!', /tC per TJ/);
    assertError(one('FUEL.CO2', 'brown cole', 1000), '#VALUE!', /fuel: "brown cole" .*Did you mean/i);
    assertError(one('FUEL.CO2', 'bituminous', -5), '#NUM!', /^quantity: -5/);
    assertError(one('FUEL.CO2', 'bituminous', 5, 'glass'), '#VALUE!', /no .*accounting guideline|not a sector with an MEE accounting guideline/);
  });

  it('ETS.FUEL.FACTOR gives each default, and ef as the main formula computes it', () => {
    assert.deepEqual([one('FUEL.FACTOR', 'bituminous', 'ncv'), one('FUEL.FACTOR', 'bituminous', 'carbon_content'), one('FUEL.FACTOR', 'coke oven gas', 'ncv', 'steel')],
      [23.736, 0.02618, 173.854]);
    assert.equal(one('FUEL.FACTOR', 'diesel', 'oxidation', 'steel'), 0.98, 'formula (3): liquids 98%');
    close(one('FUEL.FACTOR', 'bituminous', 'ef', 'steel'), 23.736 * 0.02618 * 44 / 12, 'tCO2 per t, no oxidation');
    assert.equal(one('FUEL.FACTOR', 'bituminous', 'carbon_content', 'power'), 0.03085);
    assertError(one('FUEL.FACTOR', 'bituminous', 'ncv', 'power'), '#N/A');
    assertError(one('FUEL.FACTOR', 'bituminous', 'density'), '#VALUE!', /^parameter: "density" is not a fuel parameter/);
  });

  it('ETS.PROCESS.CO2: inputs add, products and substitutes take off, pig iron by its direction', () => {
    assert.equal(one('PROCESS.CO2', 'limestone', 1000, 'steel'), 440);
    assert.equal(one('PROCESS.CO2', '电极', 100), 366.3);
    assert.equal(one('PROCESS.CO2', 'crude steel', 1000000, 'steel'), -37000);
    assert.deepEqual([one('PROCESS.CO2', '外购生铁', 1000), one('PROCESS.CO2', '外销生铁', 1000)], [172, -172]);
    assertError(one('PROCESS.CO2', '生铁', 1000), '#VALUE!', /purchased pig iron .* sold pig iron/);
    assert.equal(one('PROCESS.CO2', 'clinker', 1000000), 535000, 'cement found from the name (secondary factor)');
    close(one('PROCESS.CO2', '电石渣', 10000, 'cement'), -4800, 'carbide slag taken off at 0.480');
    assertError(one('PROCESS.CO2', 'fly ash', 1000, 'cement'), '#VALUE!', /飞灰.*粉煤灰/);
    assert.equal(one('PROCESS.CO2', 'limestone', 1000, 'steel', 0.43), 430, 'a measured factor');
    assertError(one('PROCESS.CO2', 'limestone', 1000, 'aluminium'), '#VALUE!', /ANODE\.CO2/);
  });

  it('ETS.ANODE.CO2 and ETS.PFC.CO2E by the slope method', () => {
    close(one('ANODE.CO2', 1000), 1000 * 0.976 * 44 / 12, 'anode, defaults S 2%, ash 0.4%');
    close(one('ANODE.CO2', 1000, 0.015, 0.005), 1000 * 0.98 * 44 / 12, 'anode, measured');
    // 100,000 t × 0.143 × 0.1 / 1,000 = 1.43 t CF4; C2F6 0.143 t: 1.43 × 6,630 + 0.143 × 11,100 (AR5)
    close(one('PFC.CO2E', 100000, 0.1), 11068.2, 'PFCs, AR5');
    close(one('PFC.CO2E', 100000, 0.1, undefined, undefined, 'AR4'), 1.43 * 7390 + 0.143 * 12200, 'PFCs, AR4');
  });

  it('ETS.GRID.FACTOR: national, regions and provinces by year', () => {
    assert.deepEqual([one('GRID.FACTOR', 2023), one('GRID.FACTOR', 2023, '华东'), one('GRID.FACTOR', 2023, 'Jiangsu'), one('GRID.FACTOR', 2023, '江苏省')],
      [0.5306, 0.55, 0.5827, 0.5827]);
    assert.deepEqual([one('GRID.FACTOR', 2023, undefined, 'excl-market'), one('GRID.FACTOR', 2023, '全国', 'fossil'), one('GRID.FACTOR', 2022, 'east')],
      [0.6096, 0.8273, 0.5617]);
    assert.equal(one('GRID.FACTOR'), 0.5306, 'blank year: the latest published (2023)');
    assert.equal(one('GRID.FACTOR', 2021), 0.5568);
    assertError(one('GRID.FACTOR', 2024), '#N/A', /no factor is published for 2024/);
    assertError(one('GRID.FACTOR', 2023, '西藏'), '#VALUE!', /Tibet/);
    assertError(one('GRID.FACTOR', 2023, '华东', 'fossil'), '#VALUE!', /only the national factor/);
    assert.match(String(one('SOURCE', 'grid:华东', 2023)), /^final — MEE\/NBS announcement 2025 No\. 47 .*table 2/);
    assert.match(String(one('SOURCE', 'grid:华东', 2022)), /^secondary — MEE\/NBS announcement 2024 No\. 33/);
  });

  it('ETS.SOURCE names each accounting value\'s table, by the guideline a sector names', () => {
    assert.match(String(one('SOURCE', 'fuel:bituminous:ncv', undefined, 'steel')), /^final — steel accounting guideline CETS—AG—03\.01—V01—2024 .*table A\.1/);
    assert.match(String(one('SOURCE', 'fuel:烟煤:carbon_content', undefined, 'power')), /^secondary — power accounting guideline/);
    assert.match(String(one('SOURCE', 'fuel:bituminous:oxidation', 2024, 'power')), /^final — .*燃煤的碳氧化率取99%/);
    assertError(one('SOURCE', 'fuel:bituminous:oxidation', 2026, 'power'), '#N/A');
    assertError(one('SOURCE', 'fuel:bituminous:ncv', undefined, 'cement'), '#N/A', /holds no value/);
    assert.match(String(one('SOURCE', 'material:电石渣', undefined, 'cement')), /^secondary — cement accounting guideline/);
    assert.match(String(one('SOURCE', 'material:crude steel')), /table A\.2/);
  });

  it('ETS.HEAT.GJ for steam and hot water', () => {
    assert.equal(one('HEAT.GJ', 'steam', 1000, 3000), 2916.26); // 1,000 × (3,000 − 83.74) × 10⁻³
    close(one('HEAT.GJ', '热水', 1000, 95), 314.01, 'hot water'); // 1,000 × 75 × 4.1868 × 10⁻³
    assertError(one('HEAT.GJ', 'steam', 1000, 50), '#VALUE!', /83\.74/);
  });

  it('ETS.EMISSIONS: a steel works from its sources to its report lines', () => {
    const items = col('bituminous', '焦炭', 'natural gas', 'limestone', 'electrode', 'scrap', 'crude steel', 'tar', 'electricity');
    const quantities = col(10000, 50000, 100, 1000, 100, 2000, 1000000, 500, 200000);
    const report = plain(call('EMISSIONS', 'steel', items, quantities, undefined, 2025));
    assert.deepEqual(report, [
      ['line', 'tCO2e'],
      ['combustion', 178340.77], // 22,784.98 + 153,368.91 + 2,186.88
      ['process', 880.3], // 440 + 366.3 + 74
      ['deductions (carbon in products, substitutes)', -38349.5], // −37,000 − 1,349.5
      ['total direct emissions', 140872], // a whole tonne (table C.5)
      ['counted for listing (direct)', 140872],
      ['key emitting entity (≥ threshold)', true],
      ['surrendered', 140872],
      ['indirect (reported, not counted)', 106120], // 200,000 MWh × 0.5306 (2023, the latest published)
      ['intensity (surrendered per unit of output)', 0.1409], // 140,872 / 1,000,000 t crude steel, 4 decimals
    ]);
  });

  it('ETS.EMISSIONS: a cement line, an aluminium smelter and a coal power unit', () => {
    const cement = plain(call('EMISSIONS', 'cement', col('bituminous', 'clinker', '电石渣'), col(120000, 1000000, 10000),
      [[23, 0.026, 0.98], [null, null, null], [null, null, null]]));
    close(cement[1]![1], 257857.6, 'cement combustion');
    close(cement[4]![1], 788057.6, 'cement total: 257,857.6 + 535,000 − 4,800');
    close(cement[9]![1], 0.7880576, 'cement intensity per t clinker');
    const smelter = plain(call('EMISSIONS', 'aluminium', col('anode', 'anode effect', '原铝', 'natural gas'), col(200000, 0.1, 500000, 1000),
      [[null, null, null], [null, null, null], [null, null, null], [389.31, 0.01532, 0.99]]));
    const anode = 200000 * 0.976 * 44 / 12;
    const pfc = 7.15 * 6630 + 0.715 * 11100;
    close(smelter[7]![1], anode + pfc, 'aluminium surrenders electrolysis only');
    close(smelter[4]![1], anode + pfc + 1000 * 389.31 * 0.01532 * 0.99 * 44 / 12, 'aluminium total includes casting gas');
    const power = plain(call('EMISSIONS', 'power', col('bituminous', 'output'), col(1000000, 2500000), [[22, null, null], [null, null, null]], 2024));
    close(power[7]![1], 2463681, 'power surrenders combustion');
    close(power[9]![1], 0.9854724, 'power intensity per MWh');
  });

  it('ETS.EMISSIONS names a bad row, and a report without output says what intensity needs', () => {
    assertError(call('EMISSIONS', 'steel', col('bituminous', 'unobtainium'), col(1, 2))[0]![0], '#VALUE!', /^items \(row 2\): "unobtainium"/);
    assertError(call('EMISSIONS', 'steel', col('bituminous', 'coke'), col(1, -2))[0]![0], '#NUM!', /^quantities \(row 2\)/);
    const noOutput = plain(call('EMISSIONS', 'steel', col('bituminous'), col(10000)));
    assertError(noOutput[9]![1], '#N/A', /add a row "output"/);
    assertError(call('EMISSIONS', 'aluminium', col('anode effect'), col(0.1))[0]![0], '#N/A', /aluminium produced/);
    assertError(call('EMISSIONS', 'steel', col('bituminous'), col(1), [[1, 2, 3, 4]])[0]![0], '#VALUE!', /at most 3 columns/);
  });
});
