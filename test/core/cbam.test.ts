import { strict as assert } from 'node:assert';
import { cbamCertificates, cbamCost, cbamFactor, effectivePrice, exposureSchedule, source } from '../../src/core';
import { throwsEts } from '../helpers';

describe('core: CBAM', () => {
  it('has the factor series 2026–2034, and 0 once free allocation is gone', () => {
    const series = [0.975, 0.95, 0.9, 0.775, 0.515, 0.39, 0.265, 0.14, 0];
    series.forEach((f, i) => assert.equal(cbamFactor(2026 + i), f, String(2026 + i)));
    throwsEts(() => cbamFactor(2025), 'not-available', /from 2026 on \(the definitive period\), not for 2025/);
    throwsEts(() => cbamFactor(2035), 'number', /^year: 2035 is out of range/);
    throwsEts(() => cbamFactor(undefined), 'value', /^year: blank — a value is required/);
    assert.match(source('cbam-factor', 2026), /^secondary — ETS Directive art\. 10a\(1a\)/);
  });

  it('works the rules.md example: SEE 1.2 t/t, benchmark 1.0, 2026 → 0.225 t per t of good', () => {
    assert.equal(cbamCertificates(1, 1.2, 2026, 1), 0.225);
    assert.equal(cbamCertificates(1000, 1.2, 2026, 1), 225);
  });

  it('phases the free-allocation adjustment out year by year', () => {
    assert.equal(cbamCertificates(1000, 1.2, 2030, 1), 685); // 1,200 − 1,000 × 1.0 × 0.515
    assert.equal(cbamCertificates(1000, 1.2, 2034, 1), 1200);
    assert.equal(cbamCertificates(1000, 1.2, 2026), 1200, 'no benchmark, no adjustment');
    assert.equal(cbamCertificates(1000, 1.2, 2026, 1, 0, undefined, 0.9), 322.5); // 1,200 − 877.5
  });

  it('deducts the carbon price effectively paid at origin', () => {
    // deduction = 1,000 × 1.2 × 5 / 75 = 80 → 1,200 − 975 − 80 = 145
    assert.equal(cbamCertificates(1000, 1.2, 2026, 1, 5, 75), 145);
    // deduction 240 would make it −15: never negative
    assert.equal(cbamCertificates(1000, 1.2, 2026, 1, 15, 75), 0);
    throwsEts(() => cbamCertificates(1000, 1.2, 2026, 1, 5), 'value', /^certificate_price: blank — a value is required/);
  });

  it('takes a CBAM benchmark by name', () => {
    // aluminium primary 1.464 (draft): 100 × 1.6 − 100 × 1.464 × 0.95 = 160 − 139.08
    assert.equal(cbamCertificates(100, 1.6, 2027, 'aluminium-primary'), 20.92);
    assert.equal(cbamCertificates(100, 1.6, 2027, 'cbam:aluminium-primary'), 20.92);
    throwsEts(() => cbamCertificates(100, 1.6, 2027, 'unobtainium'), 'value', /^cbam_benchmark: "unobtainium" is not a known CBAM benchmark/);
  });

  it('CBAM.COST is certificates × certificate price, exactly', () => {
    assert.equal(cbamCost(1000, 1.2, 2026, 75.36, 1), 16956); // 225 × 75.36
    // deduction 1,200 × 5 / 80 = 75 → 1,200 − 975 − 75 = 150 certificates × 80
    assert.equal(cbamCost(1000, 1.2, 2026, 80, 1, 5), 12000);
    throwsEts(() => cbamCost(1000, 1.2, 2026, -1), 'number', /^certificate_price: -1 is out of range/);
  });

  it('EFFECTIVEPRICE is the price paid on the shortfall, spread over all emissions; zero for a surplus', () => {
    assert.equal(effectivePrice(900000, 1000000, 80), 8);
    assert.equal(effectivePrice(1010000, 1000000, 80), 0);
    assert.equal(effectivePrice(1000000, 1000000, 80), 0);
    assert.equal(effectivePrice(0, 3, 0.1), 0.1);
    throwsEts(() => effectivePrice(1, 0, 80), 'number', /^verified_emissions: 0 is out of range/);
  });

  it('the exposure schedule: certificates and cost per year, with the origin price taken from the home position', () => {
    const base = { quantity: 1000, embeddedIntensity: 1.2, certificatePrice: 80, cbamBenchmark: 1, fromYear: 2026, toYear: 2034 };
    // Home: 100,000 short of 1,000,000 at 50 → 5 per t paid → deduction 1,200 × 5 / 80 = 75 certificates a year.
    const s = exposureSchedule({ ...base, originAllocation: 900000, originEmissions: 1000000, originPrice: 50 });
    assert.equal(s.effectiveOriginPrice, 5);
    assert.deepEqual(s.rows.map((r) => r.certificates), [150, 175, 225, 350, 610, 735, 860, 985, 1125]);
    assert.deepEqual(s.rows.map((r) => r.cost), [150, 175, 225, 350, 610, 735, 860, 985, 1125].map((n) => n * 80));
    assert.deepEqual(s.rows.map((r) => r.year), [2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034]);
    // Without a home position nothing is deducted.
    assert.equal(exposureSchedule(base).rows[0]!.certificates, 225);
    throwsEts(() => exposureSchedule({ ...base, fromYear: 2030, toYear: 2028 }), 'value', /^to_year: 2028 is before from_year 2030/);
  });
});
