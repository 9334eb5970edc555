/**
 * Issue 22 through the built bundle, as Excel calls it: the rules as the MEE plans write them, each value worked out by
 * hand from the text cited (the same figures as test/core/plans.test.ts, here through the registered functions).
 */
import { strict as assert } from 'node:assert';
import { assertError, call, col, one, plain } from './calls';

describe('rules as the plans write them, through the built bundle', () => {
  it('ETS.POWER.LOADFACTOR at several load rates in both periods, a column of rates spilling a column of factors', () => {
    // 2023–2024: 1.015^(16 − 20F); 1 from 65%.
    assert.deepEqual(plain(call('POWER.LOADFACTOR', col(0.5, 0.6, 0.64, 0.65, 0.9), 2024)),
      [[1.0934432639426406], [1.061363550625], [1.0487967555554847], [1], [1]]);
    // 2025–2026 (draft): the curve in percent points, 6 decimals; 1 from 50%.
    assert.deepEqual(plain(call('POWER.LOADFACTOR', col(0.2, 0.3, 0.4, 0.4999, 0.5), 2026)),
      [[1.608868], [1.281146], [1.160254], [1.100321], [1]]);
    assert.equal(one('POWER.LOADFACTOR', 0.4, 2025, 'gas'), 1);
    assert.equal(one('POWER.LOADFACTOR', '40%', 2025), 1.160254, 'a percent typed as text is the share');
    assertError(one('POWER.LOADFACTOR', 40, 2025), '#VALUE!', /^load_rate: 40 is out of range/);
  });

  it('the 400 MW boundary: names that say 400 MW are taken, names that say 300 MW are asked about', () => {
    assert.equal(one('POWER.UNIT', 'coal ≥ 400MW', 1000, undefined, 2024), 791);
    assert.equal(one('POWER.UNIT', 'coal < 400MW', 1000, undefined, 2024), 804.9);
    assertError(one('POWER.UNIT', 'coal > 300MW', 1000, undefined, 2024), '#VALUE!', /400 MW of rated power/);
  });

  it('rounds each function as the plan of the year says: ALLOCATION, POWER, POWER.ENTITY, PREALLOCATION', () => {
    assert.equal(one('ALLOCATION', 'steel', 1000000, 1.6, undefined, 1.65, 2025, undefined, 2000000), 2009090);
    assert.equal(one('ALLOCATION', 'aluminium', 20000.7, 1, undefined, 2, 2024), 20000.7, '2024: A = E as verified');
    assert.equal(one('POWER.UNIT', 'coal-large', 1000.5, 1000.5, 2025), 892); // 790 + 102, each part rounded down
    assert.equal(one('POWER.UNIT', 'coal-large', 1000.5, 1000.5, 2024), 894.74715); // the 2023–2024 plan states no rounding
    assert.equal(one('POWER.UNIT', 'coal-large', 1000000, undefined, 2025, 0.4), 916832); // × 1.160254, rounded down
    assert.equal(one('PREALLOCATION', 'coal-large', 1000000.9, 2025), 500000);
    assert.equal(one('PREALLOCATION', 'cement', 1260000, 2025), 882000);
    assertError(one('PREALLOCATION', 'cement', 1260000, 2024), '#N/A', /no pre-allocation was made for 2024/);
  });

  it('POWER.ENTITY: a special unit inside an entity with the floor binding, and the 2025 below-threshold entity', () => {
    // Coal 790,200; biomass unit ⌊100,000.9⌋; E = 1,200,001.4; 80% = 960,001.12; top-up ⌊69,801.12⌋ → 960,001.
    assert.equal(one('POWER.ENTITY', col('coal-large', null), col(1000000, null), col(1100000.5, 100000.9), undefined, 2025,
      undefined, col(null, '掺烧生物质')), 960001);
    assert.equal(one('POWER.ENTITY', 'coal-large', 20000, 25000, undefined, 2025), 25000);
    assertError(one('POWER.ENTITY', col('coal-large', 'gas'), col(1000000, 1), col(900000, 5), undefined, 2024, undefined,
      col(null, 'emergency-standby')), '#N/A', /^special \(row 2\): "emergency-standby" is not a special unit of the 2024 power plan/);
  });
});
