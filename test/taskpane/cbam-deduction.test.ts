/**
 * The Border view's product mode with a home position (issue 25): on default values the price paid at home is deducted
 * per t of good, from the output at home; without the output the schedule asks for it. Clinker from China, 2027:
 * default 1.390 × 1.2 = 1.668 t/t, Column B 0.666 × 0.95; the plant made 1,000,000 t with 840,000 t verified and
 * 798,000 t allocated at 10 (certificate currency): 0.42 per t of clinker, 0.5 per tCO2e.
 */
import { strict as assert } from 'node:assert';
import { EtsError } from '../../src/core';
import { PRODUCT_HEADER_ROW, productBlock, productSchedule, type ProductInput } from '../../src/taskpane/views/cbam-product';

const INPUT: ProductInput = {
  cn: '2523 10 00 90', country: 'CN', quantity: 10000, certificatePrice: 80, cscf: 1, actual: undefined, laterBenchmark: undefined,
  originAllocation: 798000, originEmissions: 840000, originPrice: 10, fromYear: 2027, toYear: 2027,
};
const close = (actual: number, expected: number, what: string): void => assert.ok(Math.abs(actual - expected) < 1e-6, `${what}: ${actual} ≠ ${expected}`);

describe('Border view, product mode: the deduction per t of good', () => {
  it('asks for the output at home on a default value when something was paid there, instead of over-deducting', () => {
    assert.throws(() => productSchedule(INPUT), (e: unknown) => e instanceof EtsError && e.argument === 'origin_output');
    // A surplus at home paid nothing: no output needed.
    close(productSchedule({ ...INPUT, originAllocation: 900000 }).rows[0]!.certificates, 10353, 'surplus');
  });

  it('with the output: 52.5 certificates off on the default value and on actual 0.84 t/t alike', () => {
    const s = productSchedule({ ...INPUT, originOutput: 1000000, actual: 0.84 });
    close(s.paidPerTonne!, 0.42, 'per t');
    close(s.effective, 0.5, 'per tCO2e');
    // 16,680 − 6,327 − 52.5 on default; 8,400 − 6,327 − 52.5 on actual, × 80.
    close(s.rows[0]!.certificates, 10300.5, 'default');
    close(s.rows[0]!.cost, 824040, 'default cost');
    close(s.rows[0]!.actualCost!, 2020.5 * 80, 'actual cost');
  });

  it('writes the price per t of good in its own input cell, the per-tCO2e cell left blank, and both formulas read it', () => {
    const input = { ...INPUT, originOutput: 1000000, actual: 0.84 };
    const block = productBlock(input, productSchedule(input), 2030);
    const label = (row: number): string => String(block[row]![0]);
    // Rows 3–12 (1-based) hold the inputs; the last two are the price paid per tCO2e and per t of good.
    assert.match(label(10), /per tCO2e/);
    assert.equal(block[10]![1], null);
    assert.match(label(11), /per t of good/);
    close(block[11]![1] as number, 0.42, 'B12');
    const year = block[PRODUCT_HEADER_ROW + 1]!;
    assert.equal(year[3], '=ETS.CBAM.CERTIFICATES($B$5,$B$4,A15,$B$3,$B$11,$B$6,$B$7,$B$12)');
    assert.match(String(year[5]), /ETS\.CBAM\.COST\(\$B\$5,\$B\$8,A15,\$B\$6,.*,\$B\$11,\$B\$7,\$B\$12\)\)$/);
    // Without the output, on actual-only figures (a surplus on default), the per-tCO2e cell carries the price.
    const surplus = { ...INPUT, originAllocation: 900000 };
    const plain = productBlock(surplus, productSchedule(surplus), 2030);
    assert.deepEqual([plain[10]![1], plain[11]![1]], [0, null]);
  });
});
