import { strict as assert } from 'node:assert';
import { allocation, loadFactor, power, powerEntity, type PowerUnitInput } from '../../src/core';
import { throwsEts } from '../helpers';

/** Issue 22: the rules as the MEE plans write them. Every expected value is worked out by hand from the texts cited. */
describe('core: rules as the plans write them', () => {
  describe('steel: A = E × (1 + α), E the whole enterprise’s emissions, α from the ironmaking + sintering intensity', () => {
    it('works the issue’s example: 1 Mt hot metal, Is 1.6, E 2.0 Mt, balance value 1.65, 2025 → 2,009,090', () => {
      // X = (1.65 − 1.6) / 1.65 = 0.0303…; α = 0.15 X = 0.004545…; A = ⌊2,000,000 × 1.004545…⌋ = ⌊2,009,090.91⌋
      assert.equal(allocation('steel', 1000000, 1.6, undefined, 1.65, 2025, undefined, 2000000), 2009090);
      // Output × intensity would have given 1.6 Mt × 1.004545 = 1,607,272: the argument is what changes the answer.
      assert.equal(allocation('steel', 1000000, 1.6, undefined, 1.65, 2026, undefined, 2000000), 2009090);
    });

    it('asks for the enterprise’s emissions rather than guessing them from the intensity', () => {
      for (const year of [2024, 2025, 2026]) {
        throwsEts(() => allocation('steel', 1000000, 1.6, undefined, 1.65, year), 'not-available', /^emissions: steel allowances multiply the whole enterprise’s verified emissions/);
      }
      // 2024 is A = E: the emissions are the allowances, no intensity needed.
      assert.equal(allocation('steel', undefined, undefined, undefined, undefined, 2024, undefined, 3456789), 3456789);
      // Phase II is output × benchmark: the emissions play no part.
      assert.equal(allocation('steel', 1000000, 1.6, undefined, undefined, 2027, 1.5), 1500000);
    });

    it('lets cement and aluminium pass E too; without it E = output × intensity', () => {
      // E given 1,000,000 (a plant whose intensity 0.8 is its clinker line's), α as for I = 0.8: ⌊1,008,823.53⌋.
      assert.equal(allocation('cement', 999999, 0.8, undefined, 0.85, 2025, undefined, 1000000), 1008823);
      assert.equal(allocation('cement', 1250000, 0.8, undefined, 0.85, 2025), 1008823);
      throwsEts(() => allocation('cement', 1250000, 0.8, undefined, 0.85, 2025, undefined, -1), 'number', /^emissions: -1 is out of range/);
    });
  });

  describe('rounding: whole tonnes, rounded down, where the plan says so', () => {
    it('rounds industrial allowances down in 2025 and 2026, not in 2024 (A = E as verified)', () => {
      // E = 20,000.7 × 1 = 20,000.7; 2024 A = E unrounded; 2026: below 26,000 → A = E, rounded down.
      assert.equal(allocation('aluminium', 20000.7, 1, undefined, 2, 2024), 20000.7);
      assert.equal(allocation('aluminium', 20000.7, 1, undefined, 2, 2026), 20000);
    });

    it('rounds a unit’s generation and heat parts down apart (table 2-1 note 2), 2025', () => {
      // 1,000.5 × 0.7902 = 790.595 → 790; 1,000.5 GJ × 0.1027 = 102.751 → 102; 892, not ⌊893.35⌋ = 893.
      assert.equal(power('coal-large', 1000.5, 1000.5, 2025), 892);
      // 2024 (the final plan states no rounding): 1,000.5 × 0.791 + 1,000.5 × 0.1033 = 791.3955 + 103.35165
      assert.equal(power('coal-large', 1000.5, 1000.5, 2024), 894.74715);
    });

    it('rounds the gas top-up and the entity top-up down (tables 2-1 note 2, 2-5 note 3)', () => {
      // Gas: 100,000.5 × 0.3288 = 32,880.16 → 32,880, below verified 40,000.6 → topped up to ⌊40,000.6⌋.
      assert.equal(power('gas', 100000.5, 0, 2025, undefined, 40000.6), 40000);
      // Coal: 1,000,000 × 0.7902 = 790,200; verified 1,100,000.5 → floor 0.8 × E = 880,000.4 → top-up ⌊89,800.4⌋.
      assert.equal(power('coal-large', 1000000, 0, 2025, undefined, 1100000.5), 880000);
    });
  });

  describe('ETS.POWER.LOADFACTOR and the load rate in POWER', () => {
    it('2023–2024: 1.015^(16 − 20F) below 65% (F a share), 1 from 65% (annex 3 table 1)', () => {
      assert.equal(loadFactor(0.6, 2024), 1.061363550625); // 1.015^4
      assert.equal(loadFactor(0.5, 2023), 1.0934432639426406); // 1.015^6
      assert.equal(loadFactor(0.64, 2024), 1.0487967555554847); // 1.015^3.2
      assert.equal(loadFactor(0.65, 2024), 1);
      assert.equal(loadFactor(0.9, 2024), 1);
    });

    it('2025–2026 (draft): 7.254 − 0.633(1 − e^(−F/29.822)) − 5.643(1 − e^(−F/6.871)) below 50%, F in %, to 6 decimals', () => {
      assert.equal(loadFactor(0.4, 2025), 1.160254);
      assert.equal(loadFactor(0.3, 2026), 1.281146);
      assert.equal(loadFactor(0.2, 2025), 1.608868);
      assert.equal(loadFactor(0.4999, 2025), 1.100321);
      assert.equal(loadFactor(0.5, 2025), 1, 'the table gives 1 from 50%: the step is the draft’s');
    });

    it('gives 1 for every category but conventional coal; blank category is conventional coal', () => {
      assert.equal(loadFactor(0.4, 2025, 'coal-small'), 1.160254);
      assert.equal(loadFactor(0.4, 2025, 'coal-unconventional'), 1);
      assert.equal(loadFactor(0.4, 2025, '燃气机组'), 1);
    });

    it('refuses a load rate typed as a percent number, 0, and years without a curve', () => {
      throwsEts(() => loadFactor(45, 2025), 'value', /^load_rate: 45 is out of range.*45% or 0\.45 \(not 45\)/);
      throwsEts(() => loadFactor(0, 2025), 'value', /^load_rate: 0 is out of range/);
      throwsEts(() => loadFactor(undefined), 'value', /^load_rate: blank/);
      throwsEts(() => loadFactor(0.4, 2027), 'not-available', /^year: the load correction is in the rulebook for 2023–2026, not 2027/);
    });

    it('POWER takes a load rate below 1 in place of the factor and works Ff out for the year', () => {
      // 2025: 1,000,000 × 0.7902 × 1.160254 = 916,832.71 → 916,832
      assert.equal(power('coal-large', 1000000, 0, 2025, 0.4), 916832);
      assert.equal(power('coal-large', 1000000, 0, 2025, 0.4), power('coal-large', 1000000, 0, 2025, 1.160254));
      // 2024: 1,000,000 × 0.791 × 1.015^4 = 839,538.568544375 (unrounded: the 2023–2024 plan states no rounding)
      assert.equal(power('coal-large', 1000000, 0, 2024, 0.6), 839538.568544375);
      // A factor typed with more decimals is rounded half up to 6 in 2025: 1.0000005 → 1.000001.
      assert.equal(power('coal-large', 1000000, 0, 2025, 1.0000005), 790200);
      assert.equal(power('coal-large', 10000000, 0, 2025, 1.0000005), 7902007); // 7,902,000 × 1.000001 = 7,902,007.902
    });
  });

  describe('coal categories split at 400 MW of rated power', () => {
    it('takes names that say 400 MW and asks about names that say 300 MW', () => {
      assert.equal(power('coal ≥ 400MW', 1000, 0, 2024), power('coal-large', 1000, 0, 2024));
      assert.equal(power('coal < 400MW', 1000, 0, 2024), power('coal-small', 1000, 0, 2024));
      throwsEts(() => power('coal > 300MW', 1000), 'value', /^category: "coal > 300MW" is ambiguous: .*400 MW of rated power: coal-large for 400 MW or more/);
    });
  });

  describe('POWER.ENTITY: below the threshold, special units, the 80% floor', () => {
    const coal = (generationMwh: number, verifiedEmissions: number, where = ''): PowerUnitInput =>
      ({ category: 'coal-large', generationMwh, verifiedEmissions, where });

    it('gives an entity verified below 26,000 t its verified emissions in 2025 and 2026, not in 2024', () => {
      assert.equal(powerEntity([coal(20000, 25000)], 2025), 25000);
      assert.equal(powerEntity([coal(20000, 25000)], 2026), 25000);
      // 2024: 20,000 × 0.791 = 15,820 < 80% × 25,000 → 20,000
      assert.equal(powerEntity([coal(20000, 25000)], 2024), 20000);
      assert.equal(powerEntity([coal(20000, 25999.9)], 2025), 25999, 'rounded down');
      // At the threshold the benchmarks apply: 30,000 × 0.7902 = 23,706 < 20,800 → 23,706.
      assert.equal(powerEntity([coal(30000, 26000)], 2025), 23706);
    });

    it('counts a special unit at its verified emissions before the floor, floor binding (2025)', () => {
      // Coal: 790,200; biomass unit: 100,000.9 → 100,000; initial 890,200.
      // E = 1,100,000.5 + 100,000.9 = 1,200,001.4; 80% = 960,001.12 > initial → top-up ⌊69,801.12⌋ = 69,801.
      const units = [coal(1000000, 1100000.5), { category: undefined, generationMwh: undefined, verifiedEmissions: 100000.9, special: 'biomass', where: ' (row 2)' }];
      assert.equal(powerEntity(units, 2025), 960001);
    });

    it('counts a special unit at its verified emissions, floor not binding (2026)', () => {
      // Coal: 1,000,000 × 0.7894 = 789,400; emergency-standby unit 150,000; E = 1,050,000, 80% = 840,000 < 939,400.
      const units = [coal(1000000, 900000), { category: 'gas', generationMwh: 5000, verifiedEmissions: 150000, special: '应急备用' }];
      assert.equal(powerEntity(units, 2026), 939400);
    });

    it('leaves out units that were not under allocation in 2023–2024 and refuses cases the plan did not have', () => {
      // 2024: the biomass unit is outside allocation: E = 900,000, initial 791,000 ≥ 720,000.
      const units = [coal(1000000, 900000), { category: 'coal-large', generationMwh: 1, verifiedEmissions: 300000, special: 'biomass' }];
      assert.equal(powerEntity(units, 2024), 791000);
      throwsEts(() => powerEntity([coal(1000000, 900000), { category: 'gas', generationMwh: 1, verifiedEmissions: 5, special: 'emergency-standby', where: ' (row 2)' }], 2024),
        'not-available', /^special \(row 2\): "emergency-standby" is not a special unit of the 2024 power plan .*2025–2026/);
      throwsEts(() => powerEntity([{ category: 'gas', generationMwh: 1, verifiedEmissions: 5, special: 'solar' }], 2025), 'value', /^special: "solar" is not a known special power unit case/);
    });
  });

  describe('industrial entities below the threshold', () => {
    it('gives A = E in 2026 (draft §三(三)4(3)), applies α in 2025', () => {
      // E = 25,000 × 0.8 = 20,000 < 26,000.
      assert.equal(allocation('cement', 25000, 0.8, undefined, 0.85, 2026), 20000);
      // 2025: ⌊20,000 × (1 + 0.15 × 0.05 / 0.85)⌋ = ⌊20,176.47⌋
      assert.equal(allocation('cement', 25000, 0.8, undefined, 0.85, 2025), 20176);
    });
  });
});

describe('core: pre-allocation', () => {
  it('is the plan’s share of the previous year’s verified emissions, rounded down where the plan says so', async () => {
    const { preallocation } = await import('../../src/core');
    assert.equal(preallocation('coal-large', 1000000.9, 2025), 500000); // ⌊0.5 × 1,000,000.9⌋
    assert.equal(preallocation('power', 900000.5, 2024), 630000.35); // 70%, unrounded: the 2023–2024 plan states no rounding
    assert.equal(preallocation('cement', 1260000, 2025), 882000); // 70% (secondary)
    assert.equal(preallocation('aluminium', 1001, 2026), 500); // ⌊500.5⌋
    assert.equal(preallocation('steel', 2000000, 2026, 0.4), 800000);
    throwsEts(() => preallocation('cement', 1000000, 2024), 'not-available', /no pre-allocation was made for 2024/);
    throwsEts(() => preallocation('steel', 2000000, 2026, 0.6), 'value', /^share: 0.6 is out of range.*at most 50%/);
    throwsEts(() => preallocation('power', 2000000, 2027), 'not-available', /pre-allocation share is in the rulebook for 2023–2026, not 2027/);
    throwsEts(() => preallocation('paper', 2000000, 2025), 'not-available', /no allowance obligation/);
  });
});
