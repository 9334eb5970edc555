/** Phases of the CN expansion and how a phase and a year settle each other. */
import { notAvailable, valueError } from './errors';
import { DEFAULT_YEAR, given, year as yearOf } from './inputs';
import { phaseId, schemeArg, type Phase } from './names';
import { findRule, recordsOf, spanText, type SchemeWithRules } from './rules';
import { say } from './messages';

/** The phase a year falls in, or undefined before the first phase. */
export const phaseOfYear = (year: number, scheme: SchemeWithRules = 'CN'): Phase | undefined =>
  findRule<Phase>('phase', year, scheme)?.value;

/**
 * The phase of a compliance year.
 * @example phase(2026) // 'I';  phase(2027) // 'II'
 */
export function phase(year: unknown, scheme?: unknown): Phase {
  const schemeId = schemeArg(scheme);
  if (schemeId !== 'CN') throw notAvailable(say('scheme.phases-cn-only', { scheme: schemeId }), 'scheme');
  const y = yearOf(given('year', year, say('need.year')));
  const found = phaseOfYear(y, schemeId);
  if (found === undefined) {
    throw notAvailable(say('phase.before', { year: y, span: spanText('phase', schemeId) }), 'year');
  }
  return found;
}

/** The first year of a phase, or the default year when that falls inside the phase. */
function phaseYear(p: Phase, scheme: SchemeWithRules): number {
  if (phaseOfYear(DEFAULT_YEAR, scheme) === p) return DEFAULT_YEAR;
  const record = recordsOf('phase', scheme).find((r) => r.value === p);
  if (record?.years === undefined) throw new Error(`rulebook defect: phase ${p} has no years`);
  return record.years.from;
}

/**
 * Settle the compliance year from optional phase and year arguments: the year wins when given (a phase that
 * contradicts it is #VALUE!); a phase alone means its first rule year; neither means the default year.
 */
export function resolveYear(phaseArg: unknown, yearArg: unknown, scheme: SchemeWithRules): number {
  const p = phaseArg === undefined ? undefined : phaseId(phaseArg);
  if (yearArg === undefined) return p === undefined ? DEFAULT_YEAR : phaseYear(p, scheme);
  const y = yearOf(yearArg);
  const actual = phaseOfYear(y, scheme);
  if (p !== undefined && p !== actual) {
    const where = actual === undefined ? say('phase.where.before', { span: spanText('phase', scheme) }) : say('phase.where.in', { phase: actual });
    throw valueError('phase', phaseArg, say('phase.contradicts', { year: y, where }), say('phase.accepted'));
  }
  return y;
}
