/**
 * The rulebook: every bundled rule value, looked up by scheme, key and year. Built once at load.
 * Scheme tables hold scheme rules; the global table holds GWPs and the rulebook's own defaults.
 */
import { spanWords } from '../messages';
import { ACCOUNTING_RULES } from './accounting';
import { CALENDAR_RULES } from './calendar';
import { CBAM_RULES, EU_RULES } from './cbam';
import { CHINA_RULES } from './china';
import { GWP_RULES } from './gwp';
import { META_RULES } from './meta';
import { SCHEME_TABLE_RULES } from './schemes';
import type { RuleRecord, RuleTable, YearSpan } from './types';

export { RULEBOOK_DATE, RULEBOOK_VERSION } from './meta';
export { GASES, GWP_SETS, gwpKey } from './gwp';
export type { Gas, GwpSet } from './gwp';
export { CBAM_BENCHMARK_NAMES, CBAM_GOODS, CBAM_ROUTES, CBAM_SECTOR_PREFIXES, cbamBenchmarkGood, EU_BENCHMARK_NAMES, type CbamGood, type CbamSector } from './cbam';
export { SCHEME_ORDER, type Membership, type SchemeInfo } from './schemes';
export * from './types';

/** Schemes with a table of detailed rules (coverage by year, benchmarks …); every scheme has a row in the comparison table. */
export const SCHEMES_WITH_RULES = ['CN', 'EU'] as const;
export type SchemeWithRules = (typeof SCHEMES_WITH_RULES)[number];

const SCHEME_TABLES: Readonly<Record<SchemeWithRules, RuleTable>> = { CN: { ...CHINA_RULES, ...CALENDAR_RULES, ...ACCOUNTING_RULES }, EU: EU_RULES };
const GLOBAL_TABLE: RuleTable = { ...GWP_RULES, ...META_RULES, ...CBAM_RULES, ...SCHEME_TABLE_RULES };

const inSpan = (span: YearSpan | undefined, year: number): boolean =>
  span === undefined || (year >= span.from && (span.to === undefined || year <= span.to));

/**
 * Each scheme's keys with the global ones behind them, as one Map built at load: a function looks rules up per
 * element of a range, and a Map answers a miss (a rule not in force that year) as fast as a hit.
 */
const lookup = (id: SchemeWithRules): ReadonlyMap<string, readonly RuleRecord[]> =>
  new Map(Object.entries({ ...GLOBAL_TABLE, ...SCHEME_TABLES[id] }));
const LOOKUP: Readonly<Record<SchemeWithRules, ReadonlyMap<string, readonly RuleRecord[]>>> = { CN: lookup('CN'), EU: lookup('EU') };
const NONE: readonly RuleRecord[] = [];

/** All records of a key (scheme table first, then global); empty when the key is unknown. */
export function recordsOf(key: string, scheme: SchemeWithRules = 'CN'): readonly RuleRecord[] {
  return LOOKUP[scheme].get(key) ?? NONE;
}

/** The record of a key that applies in a year, or undefined when the rulebook has none. */
export function findRule<T>(key: string, year: number, scheme: SchemeWithRules = 'CN'): RuleRecord<T> | undefined {
  return recordsOf(key, scheme).find((r) => inSpan(r.years, year)) as RuleRecord<T> | undefined;
}

/** The record of a year-independent key, or undefined when the rulebook has none. */
export const fixedRule = <T>(key: string, scheme: SchemeWithRules = 'CN'): RuleRecord<T> | undefined =>
  recordsOf(key, scheme)[0] as RuleRecord<T> | undefined;

/** A year-independent value that the rulebook must hold (a missing one is a defect in the rulebook itself). */
export function fixedValue<T>(key: string, scheme: SchemeWithRules = 'CN'): T {
  const record = fixedRule<T>(key, scheme);
  if (record === undefined) throw new Error(`rulebook defect: no record for ${key}`);
  return record.value as T;
}

/** Every key and its records, for provenance listings and the rulebook's own tests. */
export function allRules(): ReadonlyArray<readonly [string, readonly RuleRecord[]]> {
  return [...Object.values(SCHEME_TABLES), GLOBAL_TABLE].flatMap((t) => Object.entries(t));
}

/** The span of years a key's records cover, e.g. 2023–2026, for messages (in the message language). */
export function spanText(key: string, scheme: SchemeWithRules = 'CN'): string {
  const spans = recordsOf(key, scheme).map((r) => r.years).filter((s): s is YearSpan => s !== undefined);
  if (spans.length === 0) return spanWords(undefined);
  const from = Math.min(...spans.map((s) => s.from));
  const open = spans.some((s) => s.to === undefined);
  const to = Math.max(...spans.map((s) => s.to ?? s.from));
  return spanWords({ from, to, open });
}
