/**
 * The EU carbon border adjustment for an exporter: the CBAM factor, certificates to surrender and their cost, and the
 * carbon price effectively paid at home that reduces them.
 */
import { dec, Dec, toNumber } from './decimal';
import { notAvailable, valueError } from './errors';
import { given, nonNegative, positive, share } from './inputs';
import { nameKey } from './names';
import { benchmarkFor, benchmarkYears, cbamSectorOf, columnAIsComplete, FIRST_CBAM_YEAR, markedUp, cbamYear, cnCode, cnText, defaultValueLine, looksLikeCnCode, markupRecord } from './cbam-goods';
import { CBAM_BENCHMARK_NAMES, cbamBenchmarkGood, findRule, fixedRule, fixedValue, spanText, type CbamGood } from './rules';
import { dataText, say } from './messages';


/**
 * The share of EU free allocation still given in a year (1 − the CBAM phase-in); 0 from 2034 on, for every later year.
 * @example cbamFactor(2034) // 0: free allocation is gone;  cbamFactor(2040) // 0
 */
export function cbamFactor(year: unknown): number {
  return findRule<number>('cbam:factor', cbamYear(year))!.value;
}

const BENCHMARK_NAMES = CBAM_BENCHMARK_NAMES.map((k) => k.slice('cbam:'.length));

/** A CBAM benchmark's key from a name as typed: "Grey clinker", "cbam: grey clinker", "aluminium_primary" … */
function cbamBenchmarkKey(name: string): string {
  const key = nameKey(name);
  return key.startsWith('cbam:') ? key : `cbam:${key}`;
}

/** A CBAM benchmark given as a number, or by name; a name of another good than `good` is refused, saying whose it is. */
function namedBenchmark(value: unknown, good?: CbamGood): Dec {
  if (value === undefined) return dec(0);
  if (typeof value !== 'string') return dec(nonNegative('cbam_benchmark', value, say('unit.good-intensity')));
  const key = cbamBenchmarkKey(value);
  const record = findRule<number>(key, FIRST_CBAM_YEAR, 'EU');
  const belongs = cbamBenchmarkGood(key);
  if (record === undefined || belongs === undefined) {
    throw valueError('cbam_benchmark', value, say('cbam.unknown-benchmark'), say('cbam.benchmark-accepted', { names: BENCHMARK_NAMES.join(say('list.sep')) }));
  }
  if (good !== undefined && belongs !== good) {
    throw valueError('cbam_benchmark', value, say('cbam.benchmark-of', { belongs, good }),
      BENCHMARK_NAMES.filter((n) => cbamBenchmarkGood(`cbam:${n}`) === good).join(say('list.sep')));
  }
  return dec(record.value);
}

/**
 * What a certificate calculation compares, year by year: the embedded intensity and the CBAM benchmark. With a CN
 * code in cbam_benchmark, a number for the intensity is actual emissions (Column A), and a country takes the
 * Commission's default value with the year's mark-up and the Column B benchmark of its route (IR 2025/2620 points 3.1, 4, 5.1).
 */
/**
 * Column A for a good with actual emissions, where it is the whole adjustment; a complex good's precursors add theirs,
 * which the table cannot know, so the user passes the whole benchmark as a number.
 */
function processBenchmark(digits: string, route: string | undefined, year: number): number {
  const own = benchmarkFor(digits, 'A', route, year, 'cbam_benchmark').value;
  if (columnAIsComplete(digits, route, year)) return own;
  throw notAvailable(say('cbam.complex-good', { code: cnText(digits), own, source: dataText(fixedRule('cbam:precursors')!.source) }), 'cbam_benchmark');
}

export interface GoodsBasis {
  intensity(year: number): Dec;
  /** The benchmark for a year whose CBAM factor is above 0 (with a factor of 0 nothing is adjusted). */
  benchmark(year: number): Dec;
  readonly hasBenchmark: boolean;
  /** Whether the intensity is the Commission's default value (a country was given), marked up, not the installation's own. */
  readonly onDefault: boolean;
}


export function goodsBasis(embeddedIntensity: unknown, benchmarkValue: unknown, good?: CbamGood, laterBenchmark?: unknown): GoodsBasis {
  // Years after the CBAM benchmark table (2031–2033 still have a factor): the user's assumption, when given.
  const later = laterBenchmark === undefined ? undefined : dec(nonNegative('later_benchmark', laterBenchmark, say('unit.good-intensity')));
  const fromTable = (year: number, read: () => number): Dec => (later !== undefined && year > benchmarkYears().to ? later : dec(read()));
  const intensityGiven = given('embedded_intensity', embeddedIntensity, say('cbam.intensity-accepted'));
  if (benchmarkValue !== undefined && looksLikeCnCode(benchmarkValue)) {
    const code = cnCode('cbam_benchmark', benchmarkValue);
    const sector = cbamSectorOf(code.digits);
    if (good !== undefined && sector !== good) {
      throw valueError('cbam_benchmark', benchmarkValue, say('cbam.code-of', { code: cnText(code.digits), sector: sector ?? '', good }), say('cbam.code-of-accepted', { good }));
    }
    if (typeof intensityGiven === 'string') {
      const found = defaultValueLine(benchmarkValue, intensityGiven, 'cbam_benchmark', 'embedded_intensity');
      const route = found.line.route;
      if (code.route !== undefined && code.route !== route) {
        throw valueError('cbam_benchmark', benchmarkValue, say('cbam.route-mismatch', { route: code.route, line: route ?? '', source: dataText(fixedRule('cbam:benchmark-selection')!.source) }),
          say('cbam.without-route', { code: cnText(code.digits) }));
      }
      return {
        intensity: (year) => dec(markedUp(found.line.total, markupRecord(found.sector, year).value)),
        benchmark: (year) => fromTable(year, () => benchmarkFor(code.digits, 'B', route, year, 'cbam_benchmark').value),
        hasBenchmark: true,
        onDefault: true,
      };
    }
    const see = dec(nonNegative('embedded_intensity', intensityGiven, say('unit.good-intensity')));
    return { intensity: () => see, benchmark: (year) => fromTable(year, () => processBenchmark(code.digits, code.route, year)), hasBenchmark: true, onDefault: false };
  }
  if (typeof intensityGiven === 'string') {
    throw valueError('embedded_intensity', intensityGiven, say('cbam.intensity-text'), say('cbam.intensity-accepted'));
  }
  const see = dec(nonNegative('embedded_intensity', intensityGiven, say('unit.good-intensity')));
  const benchmark = namedBenchmark(benchmarkValue, good);
  return { intensity: () => see, benchmark: () => benchmark, hasBenchmark: !benchmark.isZero(), onDefault: false };
}

/** The cross-sectoral correction factor: the one passed, or a published one for the year; none is published → ask. */
function cscfFor(value: unknown, year: number): number {
  if (value !== undefined) return share('cscf', value);
  const published = findRule<number>('cscf', year);
  if (published !== undefined) return published.value;
  throw notAvailable(say('cbam.no-cscf', { year, span: spanText('cscf') }), 'cscf');
}

/**
 * Certificates to surrender = max(0, q × SEE − q × benchmark × factor × CSCF − deduction), the deduction being the carbon
 * price effectively paid at origin in certificates (Reg. 2023/956 art. 9, `=ETS.SOURCE("cbam:carbon-price-paid")`):
 * q × price_paid_per_t / certificate price, per tonne of good; or, with actual emissions only, q × SEE × origin_price /
 * certificate price, per tCO2e of the installation's own emissions. A per-tCO2e price with a default value (a country)
 * is refused: the marked-up default was never priced at home, and the deduction would exceed what was paid.
 * @example cbamCertificates(1, 1.2, 2026, 1, , , 1) // 0.225
 * @example cbamCertificates(1000, 'CN', 2026, '7208 10 00', , , 1) // China's default 3.187 × 1.1 against Column B route C 1.370
 * @example cbamCertificates(10000, 'CN', 2027, '2523 10 00 90', , 80, 1, 0.42) // 16,680 − 6,327 − 10,000 × 0.42 / 80 = 10,300.5
 */
export function cbamCertificates(quantity: unknown, embeddedIntensity: unknown, year: unknown, cbamBenchmarkValue?: unknown,
  originPrice?: unknown, certificatePrice?: unknown, cscf?: unknown, pricePaidPerT?: unknown): number {
  return toNumber(certificates(quantity, goodsBasis(embeddedIntensity, cbamBenchmarkValue), year, { originPrice, pricePaidPerT }, certificatePrice, cscf));
}

/** The carbon price paid at origin, on one basis: per tCO2e (actual emissions only) or per tonne of good. */
interface PricePaid {
  /** Per tCO2e of embedded emissions (ETS.EFFECTIVEPRICE), in the certificate price's currency; 0 deducts nothing. */
  readonly originPrice?: unknown;
  /** Per tonne of good (ETS.CBAM.PRICEDUE), in the certificate price's currency. */
  readonly pricePaidPerT?: unknown;
}

/** The carbon price paid, checked: one basis only, and per tCO2e only on actual emissions. Money per tonne of good. */
function paidPerTonne(paid: PricePaid, basis: GoodsBasis, see: Dec): { perTonne: Dec; argument: 'origin_price' | 'price_paid_per_t' } {
  const origin = dec(paid.originPrice === undefined ? 0 : nonNegative('origin_price', paid.originPrice, say('unit.price-origin')));
  if (paid.pricePaidPerT !== undefined) {
    const perTonne = dec(nonNegative('price_paid_per_t', paid.pricePaidPerT, say('unit.price-per-good')));
    // An origin_price of 0 (a blank cell some Excel builds pass as 0) deducts nothing, so it is no second basis.
    if (!origin.isZero()) throw valueError('price_paid_per_t', paid.pricePaidPerT, say('cbam.one-basis'), say('cbam.one-basis-accepted'));
    return { perTonne, argument: 'price_paid_per_t' };
  }
  if (!origin.isZero() && basis.onDefault) {
    throw valueError('origin_price', paid.originPrice, say('cbam.origin-on-default'), say('cbam.origin-on-default-accepted'));
  }
  return { perTonne: see.times(origin), argument: 'origin_price' };
}

/** Certificates for one year (a schedule reads its basis once for all its years). */
function certificates(quantity: unknown, basis: GoodsBasis, year: unknown,
  paid: PricePaid, certificatePrice: unknown, cscf: unknown): Dec {
  const q = dec(nonNegative('quantity_t', given('quantity_t', quantity, say('unit.t-imported')), say('unit.t-good')));
  const y = cbamYear(year);
  const see = basis.intensity(y);
  const factor = dec(cbamFactor(y));
  // No benchmark, or a factor of 0: no free-allocation adjustment, so neither the benchmark nor the CSCF is needed.
  const adjusts = basis.hasBenchmark && !factor.isZero();
  const benchmark = adjusts ? basis.benchmark(y) : dec(0);
  const correction = adjusts && !benchmark.isZero() ? dec(cscfFor(cscf, y)) : dec(1);
  const { perTonne, argument } = paidPerTonne(paid, basis, see);
  const embedded = q.times(see);
  const freeAllocation = q.times(benchmark).times(factor).times(correction);
  let deduction = dec(0);
  if (!perTonne.isZero()) {
    const cp = positive('certificate_price', given('certificate_price', certificatePrice, say('need.cert-price', { argument })), say('unit.price-cert'));
    deduction = q.times(perTonne).dividedBy(cp);
  }
  // The deduction is what was paid, in certificates: it can take the obligation to 0, never below.
  return Dec.max(0, embedded.minus(freeAllocation).minus(deduction));
}

/**
 * CBAM cost = certificates × certificate price.
 * @example cbamCost(1000, 1.2, 2026, 80, 1, , 1) // 225 certificates × 80 = 18,000
 */
export function cbamCost(quantity: unknown, embeddedIntensity: unknown, year: unknown, certificatePrice: unknown,
  cbamBenchmarkValue?: unknown, originPrice?: unknown, cscf?: unknown, pricePaidPerT?: unknown): number {
  const price = dec(nonNegative('certificate_price', given('certificate_price', certificatePrice, say('unit.price-cert')), say('unit.price-cert')));
  return toNumber(certificates(quantity, goodsBasis(embeddedIntensity, cbamBenchmarkValue), year, { originPrice, pricePaidPerT }, certificatePrice, cscf).times(price));
}

/**
 * Whether an importer's CBAM goods of a year stay within the de-minimis threshold (net mass, tonnes; electricity and
 * hydrogen are not counted towards it): within it, no CBAM obligation.
 * @example cbamExempt(50) // true;  cbamExempt(50.001) // false
 */
export function cbamExempt(annualMass: unknown): boolean {
  const mass = nonNegative('annual_mass_t', given('annual_mass_t', annualMass, say('need.cbam-mass')), say('unit.t'));
  return mass <= fixedValue<number>('cbam:de-minimis');
}

/**
 * The carbon price effectively paid per tCO2e at home: max(0, E − A) × price / E. A surplus means none was paid.
 * @example effectivePrice(900000, 1000000, 80) // 8
 */
export function effectivePrice(allocation: unknown, verifiedEmissions: unknown, price: unknown): number {
  const a = dec(nonNegative('allocation', given('allocation', allocation, say('unit.tco2e')), say('unit.tco2e')));
  const e = dec(positive('verified_emissions', given('verified_emissions', verifiedEmissions, say('unit.tco2e')), say('unit.tco2e')));
  const p = dec(nonNegative('price', given('price', price, say('unit.price')), say('unit.price')));
  return toNumber(Dec.max(0, e.minus(a)).times(p).dividedBy(e));
}

/**
 * The carbon price due per tonne of good under the home ETS, as the communication template's carbon-price columns take
 * it: price × max(0, E − A) / output, divided by `exchangeRate` (home currency per unit of the result's currency).
 * The free allocation is the template's "rebate"; what is left is the effective carbon price due.
 * @example priceDue(80, 1000000, 950000, 1200000) // 3.333… (CNY per t of clinker)
 */
export function priceDue(price: unknown, verifiedEmissions: unknown, allocation: unknown, output: unknown, exchangeRate?: unknown): number {
  const p = dec(nonNegative('price', given('price', price, say('unit.price')), say('unit.price')));
  const e = dec(nonNegative('verified_emissions', given('verified_emissions', verifiedEmissions, say('unit.tco2e')), say('unit.tco2e')));
  const a = dec(nonNegative('allocation', given('allocation', allocation, say('unit.tco2e')), say('unit.tco2e')));
  const q = dec(positive('output', given('output', output, say('unit.t-good')), say('unit.t-good')));
  const rate = dec(exchangeRate === undefined ? 1 : positive('exchange_rate', exchangeRate, say('unit.exchange-rate')));
  return toNumber(Dec.max(0, e.minus(a)).times(p).dividedBy(q).dividedBy(rate));
}

export interface ExposureInput {
  /** The good exported, when known: a CBAM benchmark of another good is then refused. */
  readonly good?: CbamGood;
  readonly quantity: unknown;
  readonly embeddedIntensity: unknown;
  readonly certificatePrice: unknown;
  readonly cbamBenchmark?: unknown;
  /** The exporter's position at home, for the origin-price deduction: allocation, verified emissions, price paid. */
  readonly originAllocation?: unknown;
  readonly originEmissions?: unknown;
  readonly originPrice?: unknown;
  /**
   * The output of the good at home (t), with the home position: the price paid is then taken per tonne of good
   * (ETS.CBAM.PRICEDUE), on default values and actual ones alike. Required for a default value when something was paid.
   */
  readonly originOutput?: unknown;
  readonly cscf?: unknown;
  /** With a CN code: the benchmark assumed for years after the regulation's table (tCO2e/t); none → those years ask. */
  readonly laterBenchmark?: unknown;
  readonly fromYear: unknown;
  readonly toYear: unknown;
}

export interface ExposureRow {
  readonly year: number;
  readonly factor: number;
  /** Whether the factor reduced anything: without a benchmark there is no free-allocation adjustment to scale. */
  readonly factorApplied: boolean;
  readonly certificates: number;
  readonly cost: number;
}

/** Where the origin price comes from: not given (nothing deducted), or the home position (which may pay nothing). */
export type OriginBasis = 'not-given' | 'home-position';

export interface ExposureSchedule {
  readonly effectiveOriginPrice: number;
  /** The carbon price paid per tonne of good, when the output at home was given: the deduction then rests on it. */
  readonly paidPerTonne?: number;
  readonly origin: OriginBasis;
  readonly rows: ExposureRow[];
}

/** Years one schedule spans at most: a table, not a calendar. */
const MAX_SCHEDULE_YEARS = 100;

/**
 * The home position's effective price, when all three of its figures are given; none given is no deduction. With the
 * output of the good, also the price paid per tonne of good.
 */
function originPrice(input: ExposureInput): { effective: number; perTonne?: number; origin: OriginBasis } {
  const home = { origin_allocation: input.originAllocation, origin_emissions: input.originEmissions, origin_price: input.originPrice };
  const missing = Object.entries(home).filter(([, v]) => v === undefined).map(([k]) => k);
  if (missing.length === 3 && input.originOutput === undefined) return { effective: 0, origin: 'not-given' };
  if (missing.length > 0) {
    throw valueError(missing[0]!, undefined, say('cbam.home-price'), say('cbam.home-accepted'));
  }
  const effective = effectivePrice(input.originAllocation, input.originEmissions, input.originPrice);
  if (input.originOutput === undefined) return { effective, origin: 'home-position' };
  const output = positive('origin_output', input.originOutput, say('unit.t-good'));
  return { effective, perTonne: priceDue(input.originPrice, input.originEmissions, input.originAllocation, output), origin: 'home-position' };
}

/**
 * CBAM certificates and cost year by year, with the origin price taken as the price effectively paid at home: per
 * tonne of good when the output at home is given (always with a default value), else per tCO2e of the actual emissions.
 * @example exposureSchedule({ quantity: 1000, embeddedIntensity: 1.2, certificatePrice: 80, cbamBenchmark: 1, fromYear: 2026, toYear: 2027 })
 *   // { effectiveOriginPrice: 0, origin: 'not-given', rows: [{ year: 2026, factor, certificates: 1,200 − 1,000 × factor, … }, …] }
 */
export function exposureSchedule(input: ExposureInput): ExposureSchedule {
  const from = cbamYear(input.fromYear, 'from_year');
  const to = cbamYear(input.toYear, 'to_year');
  if (to < from) throw valueError('to_year', to, say('cbam.to-before', { from }), say('cbam.to-before-accepted'));
  if (to - from >= MAX_SCHEDULE_YEARS) {
    throw valueError('to_year', to, say('cbam.too-many-years', { years: MAX_SCHEDULE_YEARS, from }), say('cbam.year-before', { year: from + MAX_SCHEDULE_YEARS }));
  }
  const { effective, perTonne, origin } = originPrice(input);
  const price = dec(nonNegative('certificate_price', given('certificate_price', input.certificatePrice, say('unit.price-cert')), say('unit.price-cert')));
  const basis = goodsBasis(input.embeddedIntensity, input.cbamBenchmark, input.good, input.laterBenchmark);
  // A default value was never priced at home: what was paid there is known per tonne of good only, from the output.
  if (basis.onDefault && perTonne === undefined && effective > 0) {
    throw valueError('origin_output', undefined, say('cbam.home-output'), say('cbam.home-output-accepted'));
  }
  const paid: PricePaid = perTonne === undefined ? { originPrice: effective } : { pricePaidPerT: perTonne };
  const rows: ExposureRow[] = [];
  for (let year = from; year <= to; year += 1) {
    const n = certificates(input.quantity, basis, year, paid, input.certificatePrice, input.cscf);
    rows.push({ year, factor: cbamFactor(year), factorApplied: basis.hasBenchmark, certificates: toNumber(n), cost: toNumber(n.times(price)) });
  }
  return { effectiveOriginPrice: effective, ...(perTonne === undefined ? {} : { paidPerTonne: perTonne }), origin, rows };
}
