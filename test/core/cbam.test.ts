import { strict as assert } from 'node:assert';
import { cbamCertificates, cbamCost, cbamExempt, cbamFactor, effectivePrice, exposureSchedule, priceDue, source } from '../../src/core';
import { throwsEts } from '../helpers';

describe('core: CBAM', () => {
  it('has the factor series 2026–2034, and 0 once free allocation is gone', () => {
    const series = [0.975, 0.95, 0.9, 0.775, 0.515, 0.39, 0.265, 0.14, 0];
    series.forEach((f, i) => assert.equal(cbamFactor(2026 + i), f, String(2026 + i)));
    throwsEts(() => cbamFactor(2025), 'not-available', /from 2026 on \(the definitive period\), not for 2025/);
    // The rule has no end date: every later year is 0, up to Excel's last year.
    for (const y of [2035, 2040, 2100, 9999]) assert.equal(cbamFactor(y), 0, String(y));
    throwsEts(() => cbamFactor(10000), 'number', /^year: 10000 is out of range\. Accepted: a whole year from 2026 to 9999/);
    throwsEts(() => cbamFactor(2030.5), 'number', /whole year/);
    assert.equal(cbamCertificates(1000, 1.2, 2040, 1, undefined, undefined, 1), 1200, 'no free allocation left to deduct after 2034');
    throwsEts(() => cbamFactor(undefined), 'value', /^year: blank — a value is required/);
    assert.match(source('cbam-factor', 2026), /^secondary — ETS Directive art\. 10a\(1a\)/);
    assert.equal(source('cbam-factor', 2040), source('cbam-factor', 2034), 'ETS.SOURCE answers for the years ETS.CBAM.FACTOR does');
    throwsEts(() => source('threshold', 2041), 'number', /^year: 2041 is out of range/);
  });

  it('works the rules.md example: SEE 1.2 t/t, benchmark 1.0, 2026 → 0.225 t per t of good', () => {
    assert.equal(cbamCertificates(1, 1.2, 2026, 1, undefined, undefined, 1), 0.225);
    assert.equal(cbamCertificates(1000, 1.2, 2026, 1, undefined, undefined, 1), 225);
  });

  it('asks for the CSCF wherever it scales something, since none is published from 2026 on', () => {
    throwsEts(() => cbamCertificates(1000, 1.2, 2026, 1), 'not-available', /^cscf: no cross-sectoral correction factor is published for 2026; pass it \(1 applies no correction, as in 2021–2025\)/);
    throwsEts(() => cbamCost(1000, 1.2, 2033, 80, 'grey-clinker'), 'not-available', /^cscf: .* for 2033/);
    assert.equal(cbamCertificates(1000, 1.2, 2026, undefined, undefined, undefined, undefined), 1200, 'no benchmark: no CSCF needed');
    assert.match(source('cscf', 2024), /^secondary — /);
    throwsEts(() => source('cscf', 2026), 'not-available', /cscf for 2021–2025, not for 2026/);
  });

  it('phases the free-allocation adjustment out year by year', () => {
    assert.equal(cbamCertificates(1000, 1.2, 2030, 1, undefined, undefined, 1), 685); // 1,200 − 1,000 × 1.0 × 0.515
    assert.equal(cbamCertificates(1000, 1.2, 2034, 1, undefined, undefined, 1), 1200);
    assert.equal(cbamCertificates(1000, 1.2, 2034, 1), 1200, 'a factor of 0 leaves nothing for a CSCF to scale');
    assert.equal(cbamCertificates(1000, 1.2, 2026), 1200, 'no benchmark, no adjustment');
    assert.equal(cbamCertificates(1000, 1.2, 2026, 1, 0, undefined, 0.9), 322.5); // 1,200 − 877.5
  });

  it('deducts the carbon price effectively paid at origin', () => {
    // deduction = 1,000 × 1.2 × 5 / 75 = 80 → 1,200 − 975 − 80 = 145
    assert.equal(cbamCertificates(1000, 1.2, 2026, 1, 5, 75, 1), 145);
    // deduction 240 would make it −15: never negative
    assert.equal(cbamCertificates(1000, 1.2, 2026, 1, 15, 75, 1), 0);
    throwsEts(() => cbamCertificates(1000, 1.2, 2026, 1, 5, undefined, 1), 'value', /^certificate_price: blank — a value is required/);
  });

  it('takes a CBAM benchmark by name (IR 2025/2620 values), EU spellings included', () => {
    // aluminium primary 1.423 (adopted): 100 × 1.6 − 100 × 1.423 × 0.95 = 160 − 135.185
    assert.equal(cbamCertificates(100, 1.6, 2027, 'aluminium-primary', undefined, undefined, 1), 24.815);
    assert.equal(cbamCertificates(100, 1.6, 2027, 'cbam:aluminium-primary', undefined, undefined, 1), 24.815);
    // grey clinker 0.666: 1,000 × 0.9 − 1,000 × 0.666 × 0.975 = 900 − 649.35
    for (const name of ['grey-clinker', 'Grey clinker', 'cbam:grey-clinker', 'GREY_CLINKER']) {
      assert.equal(cbamCertificates(1000, 0.9, 2026, name, undefined, undefined, 1), 250.65, name);
    }
    assert.equal(cbamCertificates(1000, 1, 2026, 'white-clinker', undefined, undefined, 1), 162.475); // 1,000 − 1,000 × 0.859 × 0.975 = 1,000 − 837.525
    throwsEts(() => cbamCertificates(100, 1.6, 2027, 'unobtainium', undefined, undefined, 1), 'value', /^cbam_benchmark: "unobtainium" is not a known CBAM benchmark\. Accepted: a number .*grey-clinker/);
    assert.equal(source('cbam: Grey clinker', 2026, 'EU'), source('cbam:grey-clinker', 2026, 'EU'));
    assert.match(source('cbam:grey-clinker', 2026, 'EU'), /^final — IR \(EU\) 2025\/2620 Annex point 5\.3 .*route A \(grey\)/);
    assert.match(source('cbam:hot-rolled-flats-bf-bof', 2026, 'EU'), /Column B, which pairs with default values/);
  });

  it('refuses a benchmark of another good when the good is known, saying whose it is', () => {
    const base = { quantity: 1000, embeddedIntensity: 0.9, certificatePrice: 80, fromYear: 2026, toYear: 2026, cscf: 1 };
    throwsEts(() => exposureSchedule({ ...base, good: 'cement', cbamBenchmark: 'aluminium-primary' }), 'value',
      /^cbam_benchmark: "aluminium-primary" is a CBAM benchmark for aluminium, not for cement\. Accepted: grey-clinker, white-clinker\.$/);
    assert.equal(exposureSchedule({ ...base, good: 'cement', cbamBenchmark: 'grey-clinker' }).rows[0]!.certificates, 250.65);
    // A number is the user's own benchmark, whatever the good.
    assert.equal(exposureSchedule({ ...base, good: 'cement', cbamBenchmark: 0.5 }).rows[0]!.certificates, 900 - 487.5);
  });

  it('CBAM.COST is certificates × certificate price, exactly', () => {
    assert.equal(cbamCost(1000, 1.2, 2026, 75.36, 1, undefined, 1), 16956); // 225 × 75.36
    // deduction 1,200 × 5 / 80 = 75 → 1,200 − 975 − 75 = 150 certificates × 80
    assert.equal(cbamCost(1000, 1.2, 2026, 80, 1, 5, 1), 12000);
    throwsEts(() => cbamCost(1000, 1.2, 2026, -1), 'number', /^certificate_price: -1 is out of range/);
  });

  it('EFFECTIVEPRICE is the price paid on the shortfall, spread over all emissions; zero for a surplus', () => {
    assert.equal(effectivePrice(900000, 1000000, 80), 8);
    assert.equal(effectivePrice(1010000, 1000000, 80), 0);
    assert.equal(effectivePrice(1000000, 1000000, 80), 0);
    assert.equal(effectivePrice(0, 3, 0.1), 0.1);
    throwsEts(() => effectivePrice(1, 0, 80), 'number', /^verified_emissions: 0 is out of range/);
  });

  it('PRICEDUE is the price paid on the shortfall per tonne of good, in the result\'s currency; zero for a surplus', () => {
    // 80 CNY × (1,000,000 − 950,000) t / 1,200,000 t clinker = 3.33 CNY per t; ÷ 8 CNY per EUR on 1,000,000 t = 0.5 EUR per t.
    assert.equal(priceDue(80, 1000000, 950000, 1000000), 4);
    assert.equal(priceDue(80, 1000000, 950000, 1000000, 8), 0.5);
    assert.ok(Math.abs(priceDue(80, 1000000, 950000, 1200000) - 10 / 3) < 1e-12);
    assert.equal(priceDue(80, 1000000, 1100000, 1000000), 0);
    throwsEts(() => priceDue(80, 1000000, 950000, 0), 'number', /^output: 0 is out of range/);
    throwsEts(() => priceDue(80, 1000000, 950000, 1000, 0), 'number', /^exchange_rate: 0/);
    throwsEts(() => priceDue(80, 1000000, undefined, 1000), 'value', /^allocation: blank/);
  });

  it('the exposure schedule: certificates and cost per year, with the origin price taken from the home position', () => {
    const base = { quantity: 1000, embeddedIntensity: 1.2, certificatePrice: 80, cbamBenchmark: 1, fromYear: 2026, toYear: 2034, cscf: 1 };
    // Home: 100,000 short of 1,000,000 at 50 → 5 per t paid → deduction 1,200 × 5 / 80 = 75 certificates a year.
    const s = exposureSchedule({ ...base, originAllocation: 900000, originEmissions: 1000000, originPrice: 50 });
    assert.equal(s.effectiveOriginPrice, 5);
    assert.deepEqual(s.rows.map((r) => r.certificates), [150, 175, 225, 350, 610, 735, 860, 985, 1125]);
    assert.deepEqual(s.rows.map((r) => r.cost), [150, 175, 225, 350, 610, 735, 860, 985, 1125].map((n) => n * 80));
    assert.deepEqual(s.rows.map((r) => r.year), [2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034]);
    assert.equal(s.origin, 'home-position');
    // Without a home position nothing is deducted, and the schedule says the price was not given.
    const none = exposureSchedule(base);
    assert.deepEqual([none.rows[0]!.certificates, none.origin, none.effectiveOriginPrice], [225, 'not-given', 0]);
    // A surplus at home is a home position that pays nothing.
    const surplus = exposureSchedule({ ...base, originAllocation: 1100000, originEmissions: 1000000, originPrice: 50 });
    assert.deepEqual([surplus.origin, surplus.effectiveOriginPrice], ['home-position', 0]);
    throwsEts(() => exposureSchedule({ ...base, originEmissions: 1000000, originPrice: 50 }), 'value', /^origin_allocation: blank — the carbon price paid at home needs/);
    // Without a benchmark the factor scales nothing, and the rows say so; the schedule runs past 2034.
    const bare = exposureSchedule({ ...base, cbamBenchmark: undefined, toYear: 2036 });
    assert.ok(bare.rows.every((r) => !r.factorApplied && r.certificates === 1200));
    assert.deepEqual(bare.rows.slice(-3).map((r) => [r.year, r.factor]), [[2034, 0], [2035, 0], [2036, 0]]);
    assert.ok(s.rows.every((r) => r.factorApplied));
    throwsEts(() => exposureSchedule({ ...base, fromYear: 2030, toYear: 2028 }), 'value', /^to_year: 2028 is before from_year 2030/);
  });

  it('de minimis: 50 t a year is exempt, anything above is not', () => {
    assert.equal(cbamExempt(50), true);
    assert.equal(cbamExempt(50.000001), false);
    throwsEts(() => cbamExempt(-0.5), 'number', /^annual_mass_t: -0\.5 is out of range/);
    assert.match(source('de-minimis'), /^final — Reg\. \(EU\) 2025\/2083 .*electricity and hydrogen excluded$/);
  });
});
