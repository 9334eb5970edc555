/**
 * The load (peak-shaving) correction Ff of a power unit: conventional coal units running at a low load rate get more
 * allowances per MWh; every other category gets 1. The curves are the plans' (rulebook key power:load-factor).
 */
import { Dec, dec, toNumber } from './decimal';
import { boundError, notAvailable } from './errors';
import { finite, given, year as yearOf } from './inputs';
import { type PowerCategory, powerCategoryId } from './names';
import { findRule, spanText, type LoadCurve } from './rules';
import { say } from './messages';

const CONVENTIONAL_COAL: readonly PowerCategory[] = ['power:coal-large', 'power:coal-small'];
export const takesLoadCorrection = (category: PowerCategory): boolean => CONVENTIONAL_COAL.includes(category);

/** A load rate as a share of rated output (45% is 0.45); 45 is refused rather than read as 4,500%. */
export function loadRate(argument: string, value: unknown): number {
  const f = finite(argument, value);
  // A unit that generated anything ran above 0; a 0 typed by mistake would multiply its allowances by 7.
  if (f <= 0 || f > 1) throw boundError(argument, f, say('load.share'));
  return f;
}

function curveValue(curve: LoadCurve, rate: number): Dec {
  if (curve.curve === 'power') {
    const f = dec(rate);
    if (f.greaterThanOrEqualTo(curve.below)) return new Dec(1);
    return dec(curve.base).pow(dec(curve.offset).minus(f.times(curve.slope)));
  }
  // The 2025–2026 curve takes F in percent points.
  const f = dec(rate).times(100);
  if (f.greaterThanOrEqualTo(curve.below)) return new Dec(1);
  const term = (c: number, t: number): Dec => dec(c).times(new Dec(1).minus(f.negated().dividedBy(t).exp()));
  return dec(curve.c0).minus(term(curve.c1, curve.t1)).minus(term(curve.c2, curve.t2));
}

/** A load factor, worked out or typed, rounded as the year's plan says (half up to 6 decimals from 2025). */
export function roundedLoadFactor(ff: Dec, year: number): number {
  const places = findRule<number>('rounding:load-factor', year)?.value;
  return toNumber(places === undefined ? ff : ff.toDecimalPlaces(places, Dec.ROUND_HALF_UP));
}

/** Ff for a conventional coal unit at a load rate in a year. */
export function loadFactorOf(rate: number, year: number): number {
  const curve = findRule<LoadCurve>('power:load-factor', year);
  if (curve === undefined) throw notAvailable(say('load.span', { span: spanText('power:load-factor'), year }), 'year');
  return roundedLoadFactor(curveValue(curve.value, rate), year);
}

/**
 * ETS.POWER.LOADFACTOR: the load correction of a unit at its load rate (a share; 55% = 0.55). Other categories than
 * conventional coal get 1, as the plans say.
 * @example loadFactor(0.6, 2024) // 1.015^(16 − 12) = 1.0613635506…;  loadFactor(0.4, 2025) // 1.160254 (draft curve, 6 dp)
 */
export function loadFactor(rate: unknown, year?: unknown, category?: unknown): number {
  const f = loadRate('load_rate', given('load_rate', rate, say('need.load-rate')));
  const y = yearOf(year);
  const id = category === undefined ? 'power:coal-large' : powerCategoryId(category);
  if (findRule('power:load-factor', y) === undefined) {
    throw notAvailable(say('load.span', { span: spanText('power:load-factor'), year: y }), 'year');
  }
  return takesLoadCorrection(id) ? loadFactorOf(f, y) : 1;
}
