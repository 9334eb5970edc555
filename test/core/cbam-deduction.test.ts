/**
 * The carbon price paid at origin (Reg. (EU) 2023/956 art. 9): the deduction follows what was paid per tonne of good and
 * never exceeds it. Worked by hand on grey clinker from China imported in 2027:
 *
 * - default value: China's total 1.390 t/t × (1 + 20 % mark-up in 2027) = 1.668 t/t; Column B, route A: 0.666 t/t;
 *   CBAM factor 2027: 0.95; CSCF 1 (assumed).
 * - the plant at home: 1,000,000 t clinker, verified emissions 840,000 t (0.84 t/t), allocation 798,000 t, price 10
 *   (in the certificate price's currency): 42,000 t short × 10 = 420,000 paid.
 *   Per tCO2e (ETS.EFFECTIVEPRICE): 420,000 / 840,000 = 0.5. Per t of clinker (ETS.CBAM.PRICEDUE): 420,000 / 1,000,000 = 0.42.
 * - 10,000 t imported at a certificate price of 80: embedded 16,680 t; free-allocation adjustment 10,000 × 0.666 × 0.95
 *   = 6,327 t; before any deduction 10,353 certificates.
 * - old deduction (origin_price 0.5 × the marked-up default): 16,680 × 0.5 / 80 = 104.25 certificates, worth 8,340 —
 *   while the 10,000 t cost 4,200 at home (10,000 × 0.42): 1.668 / 0.84 ≈ twice what was paid.
 * - new deduction (price_paid_per_t 0.42): 10,000 × 0.42 / 80 = 52.5 certificates, worth 4,200, exactly what was paid.
 */
import { strict as assert } from 'node:assert';
import { cbamCertificates, cbamCost, cbamDefault, effectivePrice, exposureSchedule, priceDue, source } from '../../src/core';
import { throwsEts } from '../helpers';

const CLINKER = '2523 10 00 90';
const HOME = { originAllocation: 798000, originEmissions: 840000, originPrice: 10 };
const close = (actual: number, expected: number, what: string): void => assert.ok(Math.abs(actual - expected) < 1e-9, `${what}: ${actual} ≠ ${expected}`);

describe('core: the carbon price paid at origin (issue 25, the deduction)', () => {
  it('the inputs of the worked example are what the rulebook and the home position give', () => {
    assert.equal(cbamDefault(CLINKER, 'CN', 2027), 1.668);
    assert.equal(effectivePrice(798000, 840000, 10), 0.5);
    close(priceDue(10, 840000, 798000, 1000000), 0.42, 'price paid per t of clinker');
    // The old formula deducted 1.668 × 0.5 = 0.834 per t of good against the 0.42 paid (worked below as certificates).
  });

  it('on a default value the deduction is the price paid per t of good: 52.5 certificates, not 104.25', () => {
    close(cbamCertificates(10000, 'CN', 2027, CLINKER, undefined, 80, 1), 10353, 'no deduction');
    close(cbamCertificates(10000, 'CN', 2027, CLINKER, undefined, 80, 1, 0.42), 10300.5, 'deduction 52.5');
    close(cbamCost(10000, 'CN', 2027, 80, CLINKER, undefined, 1, 0.42), 824040, '10,300.5 × 80');
    // The old result, still reachable by typing the default as a number (the function cannot tell it is one):
    // 16,680 − 6,327 − 104.25. The docs point such sheets to price_paid_per_t.
    close(cbamCertificates(10000, 1.668, 2027, 0.666, 0.5, 80, 1), 10248.75, 'old formula');
    // What the deduction is worth equals what was paid for those tonnes at home.
    close((10353 - cbamCertificates(10000, 'CN', 2027, CLINKER, undefined, 80, 1, 0.42)) * 80, 10000 * 0.42, 'worth 4,200');
  });

  it('refuses a per-tCO2e origin_price on a default value, naming origin_price and pointing to price_paid_per_t', () => {
    throwsEts(() => cbamCertificates(10000, 'CN', 2027, CLINKER, 0.5, 80, 1), 'value',
      /^origin_price: 0\.5 is a price per tCO2e, but embedded_intensity is a country: its marked-up default value was never priced at home, so the deduction would exceed the carbon price paid \(ETS\.SOURCE\("cbam:carbon-price-paid"\)\)\. Accepted: price_paid_per_t, the carbon price effectively paid per t of good \(ETS\.CBAM\.PRICEDUE\)/);
    throwsEts(() => cbamCost(10000, '中国', 2027, 80, CLINKER, 0.5, 1), 'value', /^origin_price: 0\.5 is a price per tCO2e/);
    // 0 deducts nothing, so it is accepted (a blank cell arrives as 0 in some Excel builds).
    close(cbamCertificates(10000, 'CN', 2027, CLINKER, 0, 80, 1), 10353, 'origin_price 0');
    close(cbamCertificates(10000, 'CN', 2027, CLINKER, 0, 80, 1, 0.42), 10300.5, 'origin_price 0 beside price_paid_per_t');
  });

  it('on actual emissions both bases give the same deduction when SEE is the installation\'s own: 52.5', () => {
    // 10,000 × 0.84 = 8,400 embedded − 6,327 (Column A, route A, 0.666 × 0.95) − 52.5 = 2,020.5
    close(cbamCertificates(10000, 0.84, 2027, CLINKER, 0.5, 80, 1), 2020.5, 'per tCO2e × actual SEE');
    close(cbamCertificates(10000, 0.84, 2027, CLINKER, undefined, 80, 1, 0.42), 2020.5, 'per t of good');
  });

  it('one basis only: both given is refused, naming the second', () => {
    throwsEts(() => cbamCertificates(10000, 0.84, 2027, CLINKER, 0.5, 80, 1, 0.42), 'value',
      /^price_paid_per_t: 0\.42 is given with origin_price: the carbon price paid counts on one basis only\. Accepted: price_paid_per_t \(per t of good\) with origin_price blank/);
  });

  it('never deducts more than the certificates due, and asks for the certificate price it converts with', () => {
    assert.equal(cbamCertificates(10000, 'CN', 2027, CLINKER, undefined, 80, 1, 1000), 0);
    // 10,353 certificates × 80 = 828,240 is the most a price paid of 82.824 per t can take off: exactly 0 left.
    close(cbamCertificates(10000, 'CN', 2027, CLINKER, undefined, 80, 1, 82.824), 0, 'exactly covered');
    throwsEts(() => cbamCertificates(10000, 0.84, 2027, undefined, undefined, undefined, undefined, 0.42), 'value',
      /^certificate_price: blank — a value is required.*to turn price_paid_per_t into certificates/);
    throwsEts(() => cbamCertificates(10000, 0.84, 2027, undefined, undefined, 80, undefined, -1), 'number', /^price_paid_per_t: -1 is out of range/);
    // Nothing paid per t: no certificate price needed.
    assert.equal(cbamCertificates(10000, 0.84, 2027, undefined, undefined, undefined, undefined, 0), 8400);
  });

  it('the schedule takes the home position per t of good with the output, and asks for the output on a default value', () => {
    const base = { quantity: 10000, embeddedIntensity: 'CN', cbamBenchmark: CLINKER, certificatePrice: 80, cscf: 1, fromYear: 2027, toYear: 2027 };
    throwsEts(() => exposureSchedule({ ...base, ...HOME }), 'value',
      /^origin_output: blank — on a default value the carbon price paid at home is taken per t of good, which needs the output of the good at home/);
    const s = exposureSchedule({ ...base, ...HOME, originOutput: 1000000 });
    close(s.paidPerTonne!, 0.42, 'per t');
    assert.equal(s.effectiveOriginPrice, 0.5);
    close(s.rows[0]!.certificates, 10300.5, 'certificates');
    close(s.rows[0]!.cost, 824040, 'cost');
    // A surplus at home paid nothing: no output needed, nothing deducted.
    const surplus = exposureSchedule({ ...base, originAllocation: 900000, originEmissions: 840000, originPrice: 10 });
    close(surplus.rows[0]!.certificates, 10353, 'surplus');
    // Actual emissions: per tCO2e without the output, per t of good with it — the same here, SEE being the plant's own.
    const actual = { ...base, embeddedIntensity: 0.84 };
    close(exposureSchedule({ ...actual, ...HOME }).rows[0]!.certificates, 2020.5, 'actual, per tCO2e');
    close(exposureSchedule({ ...actual, ...HOME, originOutput: 1000000 }).rows[0]!.certificates, 2020.5, 'actual, per t');
    throwsEts(() => exposureSchedule({ ...base, ...HOME, originOutput: 0 }), 'number', /^origin_output: 0 is out of range/);
    throwsEts(() => exposureSchedule({ ...base, originOutput: 1000000 }), 'value', /^origin_allocation: blank — the carbon price paid at home needs/);
  });

  it('cites the rule and its status: art. 9 final, the draft implementing act on default values draft', () => {
    assert.match(source('cbam:carbon-price-paid'), /^final — Reg\. \(EU\) 2023\/956 art\. 9\(1\)/);
    assert.match(source('cbam:carbon-price-paid:default-values'), /^draft — Commission draft implementing regulation on carbon prices paid in third countries \(published 13 May 2026/);
  });
});
