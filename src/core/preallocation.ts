/**
 * Pre-allocation (预分配): the share of the previous year's verified emissions issued before the final allocation,
 * per power unit, steel enterprise, clinker line or electrolysis process; whole tonnes rounded down where the plan says so.
 */
import { exact } from './arith';
import { requireObligated } from './coverage';
import { boundError, notAvailable } from './errors';
import { given, nonNegative, share, year as yearOf } from './inputs';
import { coverageSector } from './names';
import { findRule, spanText } from './rules';
import { say } from './messages';
import { roundsDown, whole } from './rounding';

/**
 * ETS.PREALLOCATION: ⌊share × previous year's verified emissions⌋. The share defaults to the year's rule (power
 * 2023–2024 70%; 2025–2026 at most 50%; steel, cement, aluminium none for 2024, 70% for 2025, at most 50% for 2026);
 * a province may set a lower one, never a higher one.
 * @example preallocation('power:coal-large', 1000000.9, 2025) // ⌊0.5 × 1,000,000.9⌋ = 500,000
 */
export function preallocation(sector: unknown, previousVerified: unknown, year?: unknown, shareGiven?: unknown): number {
  const y = yearOf(year);
  const { sector: group } = requireObligated(given('sector', sector, say('need.sector')), 'CN', y, say('what.preallocation'));
  const power = coverageSector(group) === 'power';
  const key = power ? 'preallocation:share' : 'preallocation:share:industry';
  const rule = findRule<number>(key, y);
  if (rule === undefined) throw notAvailable(say('preallocation.span', { span: spanText(key), year: y }), 'year');
  if (rule.value === 0) throw notAvailable(say('preallocation.none', { year: y }), 'year');
  const emissions = nonNegative('previous_verified', given('previous_verified', previousVerified, say('unit.tco2e')), say('unit.tco2e'));
  const s = shareGiven === undefined ? rule.value : share('share', shareGiven);
  if (s > rule.value) throw boundError('share', s, say('preallocation.at-most', { share: `${Number((rule.value * 100).toFixed(6))}%`, year: y }));
  const round = roundsDown(power ? 'power' : 'industry', y);
  return exact((A) => A.toNumber(whole(A, A.mul(A.of(s), A.of(emissions)), round)));
}
