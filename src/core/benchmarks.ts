/** Published CN power and heat benchmarks by year. */
import { notAvailable, valueError } from './errors';
import { given, year as yearOf } from './inputs';
import { cnBenchmarkId, HEAT_BENCHMARKS, nameKey, POWER_CATEGORIES, tableScheme } from './names';
import { CBAM_BENCHMARK_NAMES, EU_BENCHMARK_NAMES, findRule, spanText, type SchemeWithRules } from './rules';
import { say } from './messages';

/** A benchmark's value in a year, or #N/A naming the years the rulebook has and the way out. */
export function benchmarkAt(key: string, year: number, scheme: SchemeWithRules = 'CN'): number {
  const record = findRule<number>(key, year, scheme);
  if (record === undefined) {
    throw notAvailable(say('benchmark.span', { key, year, span: spanText(key, scheme) }), 'year');
  }
  return record.value;
}

const EU_NAMES = [...EU_BENCHMARK_NAMES, ...CBAM_BENCHMARK_NAMES];

/** An EU ETS product benchmark or a CBAM benchmark (cbam:…) by name. */
function euBenchmarkId(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const key = nameKey(value);
  return EU_NAMES.find((n) => n === key);
}

/**
 * A published benchmark, tCO2 per MWh (power) or per GJ (heat).
 * @example benchmark('power:coal-large', 2024) // the final 2024 value;  benchmark('heat:gas', 2026) // a draft value
 */
export function benchmark(name: unknown, year?: unknown, scheme?: unknown): number {
  const table = tableScheme(scheme, say('what.benchmarks'));
  given('name', name, say('need.benchmark'));
  if (table === 'EU') {
    const key = euBenchmarkId(name);
    if (key === undefined) throw valueError('name', name, say('benchmark.unknown-eu'), EU_NAMES.join(say('list.sep')));
    return benchmarkAt(key, yearOf(year), 'EU');
  }
  const key = cnBenchmarkId(name);
  if (key === undefined) {
    throw valueError('name', name, say('benchmark.unknown'), [...POWER_CATEGORIES, ...HEAT_BENCHMARKS].join(say('list.sep')));
  }
  return benchmarkAt(key, yearOf(year));
}
