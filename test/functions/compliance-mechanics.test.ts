/**
 * The compliance mechanics through the built bundle, with values worked out by hand from the rules:
 * the power entity floor, carry-over, the penalty and the calendar.
 */
import { strict as assert } from 'node:assert';
import { assertError, call, col, one, plain } from './calls';

/** Excel's serial number of a date (1900 date system): days since 30 Dec 1899. */
const serial = (iso: string): number => (Date.parse(`${iso}T00:00:00Z`) - Date.parse('1899-12-30T00:00:00Z')) / 86_400_000;

describe('compliance mechanics through the built bundle', () => {
  describe('ETS.POWER.ENTITY: gas topped up unit by unit, the entity raised to 80%', () => {
    // 2024 benchmarks (final): coal-large 0.7910, coal-small 0.8049, gas 0.3288, heat coal 0.1033.
    it('a two-unit coal entity whose units differ: the floor is the entity’s, not each unit’s', () => {
      // 791,000 + 402,450 = 1,193,450 against 80% × 1,400,000 = 1,120,000: no relief, although unit 2 is 33% short.
      assert.equal(one('POWER.ENTITY', col('coal-large', 'coal-small'), col(1000000, 500000), col(800000, 600000), undefined, 2024), 1193450);
      // The one-unit form would raise unit 2 to 480,000: 77,550 t more than the entity gets.
      const perUnit = (one('POWER.UNIT', 'coal-large', 1000000, undefined, 2024, undefined, 800000) as number)
        + (one('POWER.UNIT', 'coal-small', 500000, undefined, 2024, undefined, 600000) as number);
      assert.equal(perUnit, 1271000);
      // Verified 1,000,000 + 600,000: 80% = 1,280,000 > 1,193,450, so the entity is raised to it.
      assert.equal(one('POWER.ENTITY', col('coal-large', 'coal-small'), col(1000000, 500000), col(1000000, 600000), undefined, 2024), 1280000);
    });

    it('a coal + gas entity: the gas unit is topped up first, then the entity floor applies', () => {
      // Gas 400,000 × 0.3288 = 131,520 → 160,000. 791,000 + 160,000 = 951,000 ≥ 80% × 1,160,000 = 928,000.
      assert.equal(one('POWER.ENTITY', col('coal-large', 'gas'), col(1000000, 400000), col(1000000, 160000), undefined, 2024), 951000);
      // Coal verified 1,100,000: 80% × 1,260,000 = 1,008,000 > 951,000.
      assert.equal(one('POWER.ENTITY', col('coal-large', 'gas'), col(1000000, 400000), col(1100000, 160000), undefined, 2024), 1008000);
      // A gas unit over its verified emissions keeps its allocation: 131,520 + 791,000 = 922,520 ≥ 80% × 1,100,000.
      assert.equal(one('POWER.ENTITY', col('coal-large', 'gas'), col(1000000, 400000), col(1000000, 100000), undefined, 2024), 922520);
    });

    it('heat, the load correction and a category for every unit', () => {
      // A factor: 1,000,000 × 0.791 × 1.02 + 500,000 GJ × 0.1033 = 806,820 + 51,650; second unit 1,000,000 × 0.791.
      assert.equal(one('POWER.ENTITY', 'coal-large', col(1000000, 1000000), col(900000, 900000), col(500000, null), 2024, col(1.02, null)),
        806820 + 51650 + 791000);
      // A load rate of 60% (below 1): Ff = 1.015^(16 − 12) = 1.061363550625 (2023–2024 annex 3 table 1).
      assert.equal(one('POWER.ENTITY', 'coal-large', col(1000000, 1000000), col(900000, 900000), col(500000, null), 2024, col(0.6, null)),
        839538.568544375 + 51650 + 791000);
      // 98% is a load rate at which the plans give 1, not a factor of 0.98.
      assert.equal(one('POWER.ENTITY', 'coal-large', col(1000000, 1000000), col(900000, 900000), col(500000, null), 2024, col(0.98, null)),
        791000 + 51650 + 791000);
    });

    it('takes rows, skips blank rows past the data, and refuses what would double count', () => {
      const rowWise = one('POWER.ENTITY', [['coal-large', 'coal-small']], [[1000000, 500000]], [[1000000, 600000]], undefined, 2024);
      assert.equal(rowWise, 1280000);
      assert.equal(one('POWER.ENTITY', col('coal-large', 'coal-small', null, null), col(1000000, 500000, null, null),
        col(1000000, 600000, null, ''), undefined, 2024), 1280000);
      assertError(one('POWER.ENTITY', col('coal-large', 'gas'), col(1000000, 400000), 1260000, undefined, 2024), '#VALUE!',
        /^verified_emissions: give one cell per row \(2 rows\)/);
      assertError(one('POWER.ENTITY', col('coal-large', 'gas', 'gas'), col(1000000, 400000), col(1, 2, 3), undefined, 2024), '#VALUE!',
        /^Ranges must have one length .*category has 3, generation_mwh has 2/);
      assertError(one('POWER.ENTITY', col('coal-large', 'gas'), col(1000000, 400000), col(1000000, null), undefined, 2024), '#VALUE!',
        /^verified_emissions \(row 2\): blank — a value is required/);
      assertError(one('POWER.ENTITY', col('coal-large', 'oil'), col(1000000, 400000), col(1, 2), undefined, 2024), '#VALUE!',
        /^category \(row 2\): "oil" is not a known power unit category/);
      assertError(one('POWER.ENTITY', col('coal-large', 'gas'), col(1000000, { code: '#DIV/0!', message: '' }), col(1, 2), undefined, 2024),
        '#DIV/0!', /^generation_mwh \(row 2\): the input is #DIV\/0!/);
      assertError(one('POWER.ENTITY', col('gas', 'gas'), col(1, 2), col(1, 2), undefined, 2024, col(0.9, null)), '#VALUE!',
        /^load_correction \(row 1\): 0\.9 applies to conventional coal units only/);
      assertError(one('POWER.ENTITY', 'gas', 1, 1, undefined, col(2024, 2025)), '#VALUE!', /^year: give a single cell/);
      assertError(one('POWER.ENTITY', 'gas', 1, 1, undefined, 2022), '#N/A', /power:gas benchmark for 2022/);
      assertError(one('POWER.ENTITY', col(null, null), col(null, null), col(null, null)), '#VALUE!', /no units/);
    });
  });

  describe('special cases with A = E, named in the sector argument', () => {
    // E = 1,000,000 t × 0.9 = 900,000; with a balance value of 0.75 the α rule would give −3%: 873,000.
    it('white clinker, carbide slag and gypsum-acid clinker get their verified emissions in 2025 and 2026', () => {
      assert.equal(one('ALLOCATION', 'cement', 1000000, 0.9, undefined, 0.75, 2025), 873000);
      for (const name of ['cement:white-clinker', '白水泥熟料', 'cement:carbide-slag', '电石渣', 'cement:gypsum-acid']) {
        assert.equal(one('ALLOCATION', name, 1000000, 0.9, undefined, 0.75, 2025), 900000, `${name} 2025`);
        assert.equal(one('ALLOCATION', name, 1000000, 0.9, undefined, 0.75, 2026), 900000, `${name} 2026`);
      }
      assert.equal(one('COVERED', 'cement:white-clinker', 900000), true, 'for coverage a special case is its sector');
    });

    it('hydrogen-rich blast furnaces only from the 2026 draft; Phase II still asks for a benchmark', () => {
      // Steel: the enterprise's emissions (8th argument) 900,000; its ironmaking + sintering intensity 0.9 against 0.75 → α = −3%.
      assert.equal(one('ALLOCATION', 'steel:hydrogen-rich-bf', 1000000, 0.9, undefined, 0.75, 2025, undefined, 900000), 873000);
      assert.equal(one('ALLOCATION', '富氢碳循环高炉', 1000000, 0.9, undefined, 0.75, 2026, undefined, 900000), 900000);
      assertError(one('ALLOCATION', 'steel:hydrogen-rich-bf', 1000000, 0.9, undefined, 0.75, 2026), '#N/A', /^emissions: steel allowances multiply/);
      assertError(one('ALLOCATION', 'cement:white-clinker', 1000000, 0.9, undefined, 0.75, 2027), '#N/A', /^benchmark: 2027 is in Phase II/);
    });

    it('the draft gives an entity verified below 26,000 t its verified emissions: power 2025 and 2026, industry 2026', () => {
      // 30,000 t × 0.8 = 24,000 t < 26,000: A = E in 2026 whatever the α rule says; in 2025 α applies (−3%).
      assert.equal(one('ALLOCATION', 'cement', 30000, 0.8, undefined, 0.6, 2026), 24000);
      assert.equal(one('ALLOCATION', 'cement', 30000, 0.8, undefined, 0.6, 2025), 23280);
      // A one-unit coal entity: 20,000 MWh × 0.7894 = 15,788 t, verified 20,000 t < 26,000, so 20,000 t in 2026.
      assert.equal(one('POWER.ENTITY', 'coal-large', 20000, 20000, undefined, 2026), 20000);
      assert.equal(one('POWER.ENTITY', 'coal-large', 20000, 20000, undefined, 2024), 16000, '2024: the 80% floor only');
      // The case: POWER.ENTITY("coal-large",20000,25000,,2025) → 25,000 (draft §二(一), §三(三)4(3)).
      assert.equal(one('POWER.ENTITY', 'coal-large', 20000, 25000, undefined, 2025), 25000);
    });
  });

  describe('ETS.CARRYOVER: ⌊10,000 + 1.5 × net sales⌋, at most the holding', () => {
    it('below, at and above the holding', () => {
      assert.equal(one('CARRYOVER', 20000, 50000), 40000, 'holding above the limit: the limit');
      assert.equal(one('CARRYOVER', 20000, 40000), 40000, 'holding at the limit');
      assert.equal(one('CARRYOVER', 20000, 25000), 25000, 'holding below the limit: the holding');
      assert.equal(one('CARRYOVER', 20000), 40000, 'no holding given: the limit');
    });

    it('net buyers get the base; the limit is rounded down to whole allowances', () => {
      assert.equal(one('CARRYOVER', -5000), 10000);
      assert.equal(one('CARRYOVER', 0), 10000);
      assert.equal(one('CARRYOVER', 333), 10499, '10,000 + 499.5');
      assert.equal(one('CARRYOVER', 333, 10499.9), 10499, 'a fractional holding still gives whole allowances');
      assert.equal(one('CARRYOVER', 1000, 0), 0);
      assertError(one('CARRYOVER', 1000, -1), '#NUM!', /^holding_t: -1 is out of range/);
      assertError(one('CARRYOVER', null), '#VALUE!', /^net_sales_t: blank/);
    });

    it('a column of entities spills one limit each', () => {
      assert.deepEqual(Array.from(call('CARRYOVER', col(20000, -1, 100000), col(25000, 5000, 1e6)), (r) => r[0]), [25000, 5000, 160000]);
    });
  });

  describe('ETS.PENALTY: 5 to 10 × the average price of the month before the deadline', () => {
    it('both ends of the range, the default and outside it', () => {
      assert.equal(one('PENALTY', 1000, 60), 300000, 'default multiple 5');
      assert.equal(one('PENALTY', 1000, 60, 5), 300000);
      assert.equal(one('PENALTY', 1000, 60, 10), 600000);
      assert.equal(one('PENALTY', 1234.5, 62.36, 7.5), 577375.65, '1,234.5 × 62.36 = 76,983.42; × 7.5, exactly');
      assertError(one('PENALTY', 1000, 60, 4.99), '#VALUE!', /^multiple: 4\.99 is out of range\. Accepted: a multiple of the average price from 5 to 10/);
      assertError(one('PENALTY', 1000, 60, 10.01), '#VALUE!', /^multiple: 10\.01 is out of range/);
      assertError(one('PENALTY', -1, 60), '#NUM!', /^unsurrendered_t/);
      assertError(one('PENALTY', 1000, null), '#VALUE!', /^average_price: blank/);
    });
  });

  describe('ETS.DEADLINE: the compliance calendar as Excel dates', () => {
    it('the 2025 cycle, by sector where it differs', () => {
      assert.equal(one('DEADLINE', 'report', 2025), serial('2026-03-31'));
      assert.equal(one('DEADLINE', 'verification', 2025, 'power'), serial('2026-06-30'));
      assert.equal(one('DEADLINE', 'verification', 2025, 'cement'), serial('2026-07-31'));
      assert.equal(one('DEADLINE', '核查', 2025, '电解铝'), serial('2026-07-31'));
      assert.equal(one('DEADLINE', 'preallocation', 2025, 'steel'), serial('2026-04-10'));
      assert.equal(one('DEADLINE', 'preallocation', 2025, 'power:gas'), serial('2026-06-30'));
      assert.equal(one('DEADLINE', 'allocation', 2025), serial('2026-09-30'));
      assert.equal(one('DEADLINE', 'surrender', 2025), 46387, '31 Dec 2026');
      assert.equal(one('DEADLINE', 'surrender'), serial('2026-12-31'), 'the default year is 2025');
      assertError(one('DEADLINE', 'verification', 2025), '#VALUE!', /^sector: blank — the verification date of compliance year 2025 differs by sector \(power 30 Jun 2026; cement, steel and aluminium 31 Jul 2026\)/);
    });

    it('the 2023 and 2024 cycles', () => {
      assert.equal(one('DEADLINE', 'surrender', 2023, 'power'), serial('2024-12-31'));
      assert.equal(one('DEADLINE', 'report', 2023, 'power'), serial('2024-03-31'));
      assert.equal(one('DEADLINE', 'report', 2024, 'power'), serial('2025-03-31'));
      assert.equal(one('DEADLINE', 'report', 2024, 'cement'), serial('2025-06-30'));
      assert.equal(one('DEADLINE', 'verification', 2024, 'aluminium'), serial('2025-08-31'));
      assert.equal(one('DEADLINE', 'preallocation', 2024, 'power'), serial('2025-04-20'));
      assertError(one('DEADLINE', 'preallocation', 2024, 'steel'), '#N/A', /^sector: cement, steel and aluminium has no preallocation step in compliance year 2024 \(no pre-allocation for cement, steel and aluminium in 2024\)/);
      assert.equal(one('DEADLINE', 'allocation', 2024, 'power'), serial('2025-08-20'));
      assert.equal(one('DEADLINE', 'allocation', 2024, 'cement'), serial('2025-10-20'));
      assert.equal(one('DEADLINE', 'carryover', 2025, 'power'), serial('2026-06-10'));
      assert.equal(one('DEADLINE', 'surrender', 2024, 'cement'), serial('2025-12-31'));
      assert.equal(one('DEADLINE', 'surrender', 2024, 'power'), serial('2025-12-31'));
      assertError(one('DEADLINE', 'surrender', 2023, 'cement'), '#N/A', /^sector: cement enters the CN ETS in compliance year 2024/);
    });

    it('2023 without a sector: only power was in the cycle (2023–2024 plan §六), so its dates are the answer', () => {
      assert.equal(one('DEADLINE', 'surrender', 2023), 45657, '31 Dec 2024');
      assert.equal(one('DEADLINE', 'surrender', 2023), one('DEADLINE', 'surrender', 2023, 'power'));
      assert.equal(one('DEADLINE', 'report', 2023), serial('2024-03-31'));
      assertError(one('DEADLINE', 'verification', 2023), '#N/A', /^year: no verification date is published for compliance year 2023/);
      // From 2024 the industrial sectors are in too: where their dates differ, or one group has none, the sector decides.
      assertError(one('DEADLINE', 'report', 2024), '#VALUE!', /^sector: blank — the report date of compliance year 2024 differs by sector \(power 31 Mar 2025; cement, steel and aluminium 30 Jun 2025\)/);
      assertError(one('DEADLINE', 'preallocation', 2024), '#VALUE!', /^sector: blank — the preallocation date of compliance year 2024 differs by sector \(power 20 Apr 2025\)/);
      assertError(one('DEADLINE', 'carryover', 2025), '#VALUE!', /differs by sector \(power 10 Jun 2026\)/);
      assert.deepEqual(plain(call('DEADLINE', 'surrender', [[2023, 2024, 2025]])).flat(), [serial('2024-12-31'), serial('2025-12-31'), serial('2026-12-31')]);
    });

    it('#N/A where no date is published; #VALUE! for an unknown step or a sector outside the ETS', () => {
      assertError(one('DEADLINE', 'surrender', 2028), '#N/A', /^year: no surrender date is published for compliance year 2028/);
      assertError(one('DEADLINE', 'verification', 2026, 'cement'), '#N/A', /^year: no verification date is published for compliance year 2026/);
      assertError(one('DEADLINE', 'audit', 2025), '#VALUE!', /^event: "audit" is not a known compliance event/);
      assertError(one('DEADLINE', 'surrender', 2025, 'paper'), '#N/A', /^sector: paper reports emissions but has no allowance obligation/);
    });

    it('a row of formulas copied across years gives each year its date or #N/A', () => {
      const row = call('DEADLINE', 'surrender', [[2023, 2024, 2025, 2026, 2027]], 'power')[0]!;
      assert.deepEqual(Array.from(row.slice(0, 4)), [serial('2024-12-31'), serial('2025-12-31'), serial('2026-12-31'), serial('2027-12-31')]);
      assertError(row[4], '#N/A', /^year: no surrender date is published for compliance year 2027 \(the rulebook has 2023–2026\)/);
      assert.match(one('SOURCE', 'surrender', 2026) as string, /^draft — draft 2025–2026 allocation plan .*§五\(一\)/);
    });
  });
});
