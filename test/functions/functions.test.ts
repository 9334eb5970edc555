import { strict as assert } from 'node:assert';
import { FakeExcelError } from './bundle';
import { assertError, call, col, fns, one, plain } from './calls';

describe('custom functions through the built bundle', () => {
  describe('values', () => {
    it('ALLOCATION matches the catalogue example', () => {
      assert.equal(one('ALLOCATION', 'cement', 1250000, 0.8, 1, 0.85), 1008823);
    });

    it('COVERED / COVERAGE / THRESHOLD / GASES / PHASE', () => {
      assert.equal(one('COVERED', 'cement', 26000), true);
      assert.equal(one('COVERED', '水泥', 25999), false);
      assert.equal(one('COVERAGE', 'cement', 31200), 'Covered: cement, 31,200 tCO2e direct ≥ 26,000 threshold (CN ETS, 2025)');
      assert.equal(one('THRESHOLD'), 26000);
      assert.equal(one('GASES', 'aluminium'), 'CO2, CF4, C2F6');
      assert.equal(one('PHASE', 2027), 'II');
    });

    it('COVERED / COVERAGE / GASES: stand-alone EAF steel, rolling and non-Portland clinker report from 26,000 t, without allowances', () => {
      // 26,000 ≥ 26,000: report and verification; 25,999 < 26,000: nothing. COVERED is FALSE either way.
      assert.equal(one('COVERAGE', '独立电炉', 26000), 'Reporting only: stand-alone electric-arc-furnace steel, 26,000 tCO2e direct ≥ 26,000 threshold: '
        + 'reporting obligation (annual emission report and its verification), no allowance obligation (CN ETS, 2025)');
      assert.equal(one('COVERAGE', 'steel-rolling', 25999), 'Not covered: stand-alone steel rolling and processing, 25,999 tCO2e direct < 26,000 threshold: no reporting obligation (CN ETS, 2025)');
      assert.match(String(one('COVERAGE', '非硅酸盐水泥熟料', 40000, 'CN', 2026)), /^Reporting only: non-Portland cement clinker, 40,000 tCO2e direct ≥ 26,000 threshold: reporting obligation/);
      assert.deepEqual(plain(call('COVERED', col('steel-eaf', 'steel-rolling', 'cement-non-portland'), 1e6)).flat(), [false, false, false]);
      // On the cement list from the 2027 list (list requirements §三).
      assert.equal(one('COVERED', 'cement-non-portland', 26000, 'CN', 2027), true);
      assert.equal(one('GASES', '电炉钢'), 'CO2');
      assert.equal(one('GASES', '钢压延加工'), 'CO2');
      assertError(one('GASES', 'chemicals'), '#N/A', /^sector: chemicals reports emissions but has no allowance obligation in the CN ETS, so it has no gases counted/);
      assertError(one('THRESHOLD', 'CN', 'steel-eaf'), '#N/A', /no allowance obligation/);
    });

    it('GWP / CO2E with sets and aliases', () => {
      assert.equal(one('GWP', 'PFC-14', 'AR4'), 7390);
      assert.equal(one('CO2E', 'C2F6', 2), 22200);
      assert.equal(one('CO2E', 'CH4', 0.3, 'AR6'), 8.37);
    });

    it('ALPHA / POWER.UNIT / BENCHMARK / BALANCE / COST / RULEBOOK / SOURCE', () => {
      assert.equal(one('ALPHA', 1.1, 0.85), -0.03);
      assert.equal(one('POWER.UNIT', 'power:coal-large', 1000000, 2000000), 995600);
      assert.equal(one('BENCHMARK', 'power:gas', 2024), 0.3288);
      assert.equal(one('BALANCE', 0.3, 0.1), 0.2);
      assert.equal(one('COST', 900000, 1000000, 80, 50), 6500000);
      assert.equal(one('RULEBOOK', 'default-year'), 2025);
      assert.equal(one('SOURCE', 'power:coal-large', 2025), 'draft — draft 2025–2026 power allocation plan (MEE, Jul 2026), table 1');
    });
  });

  describe('border exposure and comparison', () => {
    it('CBAM.FACTOR gives the series, #N/A before 2026, and spills over a range of years', () => {
      assert.deepEqual(plain(call('CBAM.FACTOR', col(2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034))).flat(),
        [0.975, 0.95, 0.9, 0.775, 0.515, 0.39, 0.265, 0.14, 0]);
      assertError(one('CBAM.FACTOR', 2025), '#N/A', /definitive period/);
    });

    it('CBAM.CERTIFICATES: 0.225 t per t, the origin deduction, never negative', () => {
      assert.equal(one('CBAM.CERTIFICATES', 1, 1.2, 2026, 1, undefined, undefined, 1), 0.225);
      assertError(one('CBAM.CERTIFICATES', 1, 1.2, 2026, 1), '#N/A', /^cscf: no cross-sectoral correction factor is published for 2026; pass it/);
      assert.equal(one('CBAM.CERTIFICATES', 1000, 1.2, 2026, 1, 5, 75, 1), 145);
      assert.equal(one('CBAM.CERTIFICATES', 1000, 1.2, 2026, 1, 15, 75, 1), 0);
      assert.equal(one('CBAM.CERTIFICATES', 100, 1.6, 2027, 'aluminium-primary', undefined, undefined, 1), 24.815); // 160 − 100 × 1.423 × 0.95
      assert.equal(one('CBAM.CERTIFICATES', 1000, 1.2, 2026, '1.0', undefined, undefined, 1), 225, 'numeric text is a number');
      assertError(one('CBAM.CERTIFICATES', 1000, 1.2, 2026, 1, 5, undefined, 1), '#VALUE!', /^certificate_price: blank/);
    });

    it('CBAM.CERTIFICATES / COST: the price paid per t of good on default values; origin_price per tCO2e refused there', () => {
      // Grey clinker from China, 2027: 10,000 × (1.390 × 1.2 − 0.666 × 0.95) = 10,353 certificates before the deduction;
      // paid at home 0.42 per t of clinker (ETS.CBAM.PRICEDUE(10, 840000, 798000, 1000000)) → 10,000 × 0.42 / 80 = 52.5 off.
      const paid = one('CBAM.PRICEDUE', 10, 840000, 798000, 1000000) as number;
      assert.ok(Math.abs(paid - 0.42) < 1e-12, String(paid));
      assert.ok(Math.abs((one('CBAM.CERTIFICATES', 10000, 'CN', 2027, '2523 10 00 90', null, 80, 1, paid) as number) - 10300.5) < 1e-9);
      assert.ok(Math.abs((one('CBAM.COST', 10000, 'CN', 2027, 80, '2523 10 00 90', null, 1, paid) as number) - 824040) < 1e-6);
      // The old basis, 0.5 per tCO2e × the marked-up 1.668, would take 104.25 off: refused, naming origin_price.
      assertError(one('CBAM.CERTIFICATES', 10000, 'CN', 2027, '2523 10 00 90', 0.5, 80, 1), '#VALUE!',
        /^origin_price: 0\.5 is a price per tCO2e, but embedded_intensity is a country.*Accepted: price_paid_per_t/);
      assertError(one('CBAM.CERTIFICATES', 10000, 0.84, 2027, '2523 10 00 90', 0.5, 80, 1, paid), '#VALUE!', /^price_paid_per_t: .* one basis only/);
      // Actual emissions: per tCO2e still works, and agrees with per t when SEE is the plant's own (0.84 × 0.5 = 0.42).
      assert.ok(Math.abs((one('CBAM.CERTIFICATES', 10000, 0.84, 2027, '2523 10 00 90', 0.5, 80, 1) as number) - 2020.5) < 1e-9);
      assert.equal(one('CBAM.CERTIFICATES', 10000, 'CN', 2027, '2523 10 00 90', null, 80, 1, 1000), 0, 'never below 0');
    });

    it('CBAM.EXEMPT: within 50 t a year is exempt, just above is not', () => {
      assert.equal(one('CBAM.EXEMPT', 50), true);
      assert.equal(one('CBAM.EXEMPT', 0), true);
      assert.equal(one('CBAM.EXEMPT', 50.001), false);
      assert.equal(one('CBAM.EXEMPT', '51'), false, 'numeric text is a number');
      assert.deepEqual(Array.from(call('CBAM.EXEMPT', col(12, 49.9, 50, 51, 1200)), (r) => r[0]), [true, true, true, false, false]);
      assertError(one('CBAM.EXEMPT', -1), '#NUM!', /^annual_mass_t: -1 is out of range/);
      assertError(one('CBAM.EXEMPT', null), '#VALUE!', /^annual_mass_t: blank/);
    });

    it('CBAM.COST and EFFECTIVEPRICE (zero for a surplus)', () => {
      assert.equal(one('CBAM.COST', 1000, 1.2, 2026, 75.36, 1, undefined, 1), 16956);
      assert.equal(one('EFFECTIVEPRICE', 900000, 1000000, 80), 8);
      assert.equal(one('EFFECTIVEPRICE', 1008823.53, 1000000, 80), 0);
    });

    it('SCHEMES and COMPARE spill whole tables; ranges as arguments are refused', () => {
      const schemes = plain(call('SCHEMES'));
      assert.deepEqual([schemes.length, schemes[0]!.length], [13, 9]);
      assert.equal(schemes[1]![0], 'CN');
      const cmp = plain(call('COMPARE', 'cement', 31200, 5000));
      assert.deepEqual([cmp.length, cmp[0]!.length], [13, 4]);
      assert.deepEqual(cmp[1]!.slice(0, 2), ['CN', true]);
      assert.deepEqual(cmp[3]!.slice(0, 2), ['UK', 'depends']);
      assert.deepEqual(cmp[4]!.slice(0, 2), ['UK-CBAM', false]);
      assert.deepEqual(cmp[5]!.slice(0, 2), ['KR', 'depends']);
      assertError(call('COMPARE', col('cement', 'steel'), 31200)[0]![0], '#VALUE!', /^sector: give a single cell/);
      assertError(call('COMPARE', 'bakery', 31200)[0]![0], '#VALUE!', /^sector: "bakery" is not a known sector/);
    });

    it('COVERED, THRESHOLD and GASES take every scheme', () => {
      assert.equal(one('COVERED', 'cement', 31200, 'US-CA'), true);
      assertError(one('COVERED', 'cement', 31200, 'EU'), '#N/A', /activity-based/);
      assert.equal(one('THRESHOLD', 'KR'), 125000);
      assertError(one('THRESHOLD', 'RGGI'), '#N/A', /capacity/);
      assert.equal(one('GASES', 'aluminium', 'EU'), 'CO2, PFCs');
      assert.equal(one('BENCHMARK', 'hot-metal', 2027, 'EU'), 1.248);
    });
  });

  describe('Excel coercion', () => {
    it('reads numeric text, grouped digits, percentages and full-width digits as numbers', () => {
      assert.equal(one('ALLOCATION', 'cement', '1,250,000', '0.8', '1', '0.85'), 1008823);
      assert.equal(one('COST', 900000, 1000000, 80, 50, '2%'), 7400000);
      assert.equal(one('COVERED', 'cement', '２６０００'), true);
      assert.equal(one('PHASE', '2026'), 'I');
    });

    it('treats null, empty text and blank cells as omitted', () => {
      assert.equal(one('ALLOCATION', 'cement', 1250000, 0.8, '', 0.85, ''), 1008823);
      assert.equal(fns.THRESHOLD!(null, null, null)[0]![0], 26000);
      assert.equal(fns.RULEBOOK!()[0]![0], one('RULEBOOK'));
      assertError(one('COVERED', '', 30000), '#VALUE!', /^sector: blank — a value is required/);
    });

    it('refuses booleans where numbers are due', () => {
      assertError(one('BALANCE', true, 1), '#VALUE!', /^allocation: TRUE is not a number/);
    });
  });

  describe('ranges', () => {
    it('lifts element-wise over a column and broadcasts single cells', () => {
      const out = call('COVERED', col('cement', 'steel', 'paper', 'aluminium'), col(31200, 20000, 1e6, 26000));
      assert.deepEqual(plain(out), [[true], [false], [false], [true]]);
      const alloc = call('ALLOCATION', 'cement', col(1000000, 2000000), 0.8, undefined, 0.85, 2025);
      assert.deepEqual(plain(alloc).map((r) => r.length), [1, 1]);
      // E = 800,000 and 1,600,000; α = 0.15 × 0.05 / 0.85; each rounded down on its own: ⌊807,058.82⌋, ⌊1,614,117.65⌋.
      assert.deepEqual(plain(alloc), [[807058], [1614117]]);
    });

    it('spills a 2-D result for 2-D ranges', () => {
      const out = call('CO2E', [['CO2', 'CF4'], ['C2F6', 'SF6']], [[1, 1], [2, 0.5]]);
      assert.deepEqual(plain(out), [[1, 6630], [22200, 11750]]);
    });

    it('keeps one bad element as that element\'s error while the others compute', () => {
      const out = call('CO2E', col('CO2', 'CO3', 'CF4'), col(5, 1, -2));
      assert.equal(out[0]![0], 5);
      assertError(out[1]![0], '#VALUE!', /^gas: "CO3" is not a known gas/);
      assertError(out[2]![0], '#NUM!', /^mass_t: -2 is out of range/);
    });

    it('refuses ranges of different shapes with one #VALUE! naming them', () => {
      const out = call('CO2E', [['CO2', 'CF4']], col(1, 2));
      assert.equal(out.length, 1);
      assertError(out[0]![0], '#VALUE!', /gas is 1×2, mass_t is 2×1/);
    });

    it('passes an error value in a cell through as that element\'s result, naming the argument', () => {
      const out = call('BALANCE', col(10, new FakeExcelError('#N/A')), 4);
      assert.equal(out[0]![0], 6);
      assertError(out[1]![0], '#N/A', /^allocation: the input is #N\/A\.$/);
    });

    it('refuses a ragged range', () => {
      assertError(call('BALANCE', [[1, 2], [3]], 1)[0]![0], '#VALUE!', /^allocation: not a rectangular range/);
    });
  });

  describe('errors map to Excel codes with the core\'s message', () => {
    it('#VALUE! for unknown names and contradictions', () => {
      assertError(one('ALLOCATION', 'power', 1, 1), '#VALUE!', /needs the unit category/);
      assertError(one('ALLOCATION', 'cement', 1, 1, 'II', undefined, 2025), '#VALUE!', /contradicts year 2025/);
      assertError(one('GWP', 'CO2', 'AR7'), '#VALUE!', /^gwp_set: "AR7"/);
    });

    it('#NUM! for numbers out of range', () => {
      assertError(one('COVERED', 'cement', -1), '#NUM!', /^direct_emissions: -1 is out of range/);
      assertError(one('PHASE', 2041), '#NUM!', /2013 to 2040/);
      assertError(one('CO2E', 'SF6', 1e305), '#NUM!', /too large/);
    });

    it('#N/A for values the rules do not provide', () => {
      assertError(one('ALLOCATION', 'cement', 1, 1, 2), '#N/A', /^benchmark: 2027 is in Phase II, whose benchmarks are not published/);
      assertError(one('BENCHMARK', 'power:coal-large', 2027), '#N/A', /2023–2026/);
      assertError(one('COVERED', 'cement', 1, 'EU'), '#N/A', /^scheme: EU ETS inclusion is activity-based/);
    });
  });
});
