/** Published CN power and heat benchmarks by year. */
import { notAvailable, valueError } from './errors';
import { given, year as yearOf } from './inputs';
import { cnBenchmarkId, HEAT_BENCHMARKS, POWER_CATEGORIES, ruleScheme } from './names';
import { findRule, spanText } from './rules';

/** A benchmark's value in a year, or #N/A naming the years the rulebook has and the way out. */
export function benchmarkAt(key: string, year: number): number {
  const record = findRule<number>(key, year);
  if (record === undefined) {
    throw notAvailable(`There is no ${key} benchmark for ${year} in the rulebook (it has ${spanText(key)}); pass the benchmark as reference.`, 'year');
  }
  return record.value;
}

/**
 * A published benchmark, tCO2 per MWh (power) or per GJ (heat).
 * @example benchmark('power:coal-large', 2024) // the final 2024 value;  benchmark('heat:gas', 2026) // a draft value
 */
export function benchmark(name: unknown, year?: unknown, scheme?: unknown): number {
  ruleScheme(scheme);
  const key = cnBenchmarkId(given('name', name, 'a benchmark name'));
  if (key === undefined) {
    throw valueError('name', name, 'is not a known benchmark', [...POWER_CATEGORIES, ...HEAT_BENCHMARKS].join(', '));
  }
  return benchmarkAt(key, yearOf(year));
}
