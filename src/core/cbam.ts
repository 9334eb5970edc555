/**
 * The EU carbon border adjustment for an exporter: the CBAM factor, certificates to surrender and their cost, and the
 * carbon price effectively paid at home that reduces them.
 */
import { benchmark } from './benchmarks';
import { dec, Dec, toNumber } from './decimal';
import { notAvailable, valueError } from './errors';
import { given, nonNegative, positive, share, year as yearOf } from './inputs';
import { normalise } from './names';
import { findRule, fixedValue, spanText } from './rules';

/**
 * The share of EU free allocation still given in a year (1 − the CBAM phase-in).
 * @example cbamFactor(2034) // 0: free allocation is gone
 */
export function cbamFactor(year: unknown): number {
  const y = yearOf(given('year', year, `a year, ${spanText('cbam:factor')}`));
  const record = findRule<number>('cbam:factor', y);
  if (record === undefined) {
    throw notAvailable(`year: CBAM certificates are due for imports from ${spanText('cbam:factor')} (the definitive period), not for ${y}.`, 'year');
  }
  return record.value;
}

/** A CBAM benchmark given as a number, or by name (aluminium-primary, hot-rolled-flats-bf-bof …). */
function cbamBenchmark(value: unknown, year: number): Dec {
  if (value === undefined) return dec(0);
  if (typeof value === 'string') {
    const name = normalise(value).replace(/^cbam:/, '');
    try {
      return dec(benchmark(`cbam:${name}`, year, 'EU'));
    } catch {
      throw valueError('cbam_benchmark', value, 'is not a known CBAM benchmark', 'a number (tCO2e per t), or a name such as aluminium-primary, hot-rolled-flats-bf-bof');
    }
  }
  return dec(nonNegative('cbam_benchmark', value, 'tCO2e per t of good'));
}

/**
 * Certificates to surrender = max(0, q × SEE − q × benchmark × factor × CSCF − q × SEE × origin price / certificate price).
 * @example cbamCertificates(1, 1.2, 2026, 1) // 0.225
 */
export function cbamCertificates(quantity: unknown, embeddedIntensity: unknown, year: unknown, cbamBenchmarkValue?: unknown,
  originPrice?: unknown, certificatePrice?: unknown, cscf?: unknown): number {
  return toNumber(certificates(quantity, embeddedIntensity, year, cbamBenchmarkValue, originPrice, certificatePrice, cscf));
}

function certificates(quantity: unknown, embeddedIntensity: unknown, year: unknown, cbamBenchmarkValue: unknown,
  originPrice: unknown, certificatePrice: unknown, cscf: unknown): Dec {
  const q = dec(nonNegative('quantity_t', given('quantity_t', quantity, 'tonnes of good imported'), 't of good'));
  const see = dec(nonNegative('embedded_intensity', given('embedded_intensity', embeddedIntensity, 'tCO2e per t of good'), 'tCO2e per t of good'));
  const factor = dec(cbamFactor(year));
  const y = yearOf(year);
  const b = cbamBenchmark(cbamBenchmarkValue, y);
  const correction = dec(cscf === undefined ? fixedValue<number>('cbam:cscf-default') : share('cscf', cscf));
  const origin = dec(originPrice === undefined ? 0 : nonNegative('origin_price', originPrice, 'price per tCO2e, in the certificate price’s currency'));
  const embedded = q.times(see);
  const freeAllocation = q.times(b).times(factor).times(correction);
  let deduction = dec(0);
  if (!origin.isZero()) {
    const cp = positive('certificate_price', given('certificate_price', certificatePrice, 'the certificate price, to turn origin_price into certificates'), 'price per certificate');
    deduction = embedded.times(origin).dividedBy(cp);
  }
  return Dec.max(0, embedded.minus(freeAllocation).minus(deduction));
}

/**
 * CBAM cost = certificates × certificate price.
 * @example cbamCost(1000, 1.2, 2026, 80, 1) // 225 certificates × 80 = 18,000
 */
export function cbamCost(quantity: unknown, embeddedIntensity: unknown, year: unknown, certificatePrice: unknown,
  cbamBenchmarkValue?: unknown, originPrice?: unknown, cscf?: unknown): number {
  const price = dec(nonNegative('certificate_price', given('certificate_price', certificatePrice, 'price per certificate'), 'price per certificate'));
  return toNumber(certificates(quantity, embeddedIntensity, year, cbamBenchmarkValue, originPrice, certificatePrice, cscf).times(price));
}

/**
 * The carbon price effectively paid per tCO2e at home: max(0, E − A) × price / E. A surplus means none was paid.
 * @example effectivePrice(900000, 1000000, 80) // 8
 */
export function effectivePrice(allocation: unknown, verifiedEmissions: unknown, price: unknown): number {
  const a = dec(nonNegative('allocation', given('allocation', allocation, 'tCO2e'), 'tCO2e'));
  const e = dec(positive('verified_emissions', given('verified_emissions', verifiedEmissions, 'tCO2e'), 'tCO2e'));
  const p = dec(nonNegative('price', given('price', price, 'price per tCO2e'), 'price per tCO2e'));
  return toNumber(Dec.max(0, e.minus(a)).times(p).dividedBy(e));
}

export interface ExposureInput {
  readonly quantity: unknown;
  readonly embeddedIntensity: unknown;
  readonly certificatePrice: unknown;
  readonly cbamBenchmark?: unknown;
  /** The exporter's position at home, for the origin-price deduction: allocation, verified emissions, price paid. */
  readonly originAllocation?: unknown;
  readonly originEmissions?: unknown;
  readonly originPrice?: unknown;
  readonly cscf?: unknown;
  readonly fromYear: unknown;
  readonly toYear: unknown;
}

export interface ExposureRow {
  readonly year: number;
  readonly factor: number;
  readonly certificates: number;
  readonly cost: number;
}

/**
 * CBAM certificates and cost year by year, with the origin price taken as the price effectively paid at home.
 * @example exposureSchedule({ quantity: 1000, embeddedIntensity: 1.2, certificatePrice: 80, cbamBenchmark: 1, fromYear: 2026, toYear: 2027 })
 *   // { effectiveOriginPrice: 0, rows: [{ year: 2026, factor, certificates: 1,200 − 1,000 × factor, cost: certificates × 80 }, …] }
 */
export function exposureSchedule(input: ExposureInput): { effectiveOriginPrice: number; rows: ExposureRow[] } {
  const from = yearOf(given('from_year', input.fromYear, 'the first year'), 'from_year');
  const to = yearOf(given('to_year', input.toYear, 'the last year'), 'to_year');
  if (to < from) throw valueError('to_year', to, `is before from_year ${from}`, 'a year at or after from_year');
  const hasOrigin = input.originPrice !== undefined && input.originEmissions !== undefined;
  const effective = hasOrigin ? effectivePrice(input.originAllocation ?? 0, input.originEmissions, input.originPrice) : 0;
  const price = dec(nonNegative('certificate_price', given('certificate_price', input.certificatePrice, 'price per certificate'), 'price per certificate'));
  const rows: ExposureRow[] = [];
  for (let year = from; year <= to; year += 1) {
    const n = certificates(input.quantity, input.embeddedIntensity, year, input.cbamBenchmark, effective, input.certificatePrice, input.cscf);
    rows.push({ year, factor: cbamFactor(year), certificates: toNumber(n), cost: toNumber(n.times(price)) });
  }
  return { effectiveOriginPrice: effective, rows };
}
