/** Where every bundled value comes from: ETS.SOURCE and ETS.RULEBOOK read the same records the functions use. */
import { accountingKey, findGuideline } from './accounting';
import { benchmarkSource, defaultSource } from './cbam-goods';
import { DEFAULT_GWP_SET } from './emissions';
import { notAvailable, valueError } from './errors';
import { ownEntry } from './lookup';
import { dataText, say, statusWord } from './messages';
import { DEFAULT_YEAR, given, rulebookYears, year as yearOf } from './inputs';
import { ACCEPTED_SECTORS, cnBenchmarkId, COMPLIANCE_EVENTS, findEventId, findGasId, findGwpSetId, findPowerSpecialId, findSchemeId, findSectorId, specialCaseId, coverageSector, nameKey, normalise, schemeArg, SCHEME_IDS } from './names';
import {
  GWP_SETS, gwpKey, recordsOf, findRule, RULEBOOK_DATE, RULEBOOK_VERSION, SCHEMES_WITH_RULES, spanText,
  type RuleRecord, type SchemeWithRules,
} from './rules';

/** Friendly parameter names for rulebook keys. */
const PARAMETER_ALIASES: Readonly<Record<string, string>> = {
  alpha: 'alpha:slope',
  allocation: 'allocation:industrial',
  'coal-floor': 'floor:entity',
  'entity-floor': 'floor:entity',
  floor: 'floor:entity',
  'gas-top-up': 'floor:gas',
  offsets: 'offset-limit',
  carryover: 'carryover:base',
  'carry-over': 'carryover:base',
  penalty: 'penalty:min-multiple',
  'pre-allocation-share': 'preallocation:share',
  'preallocation-share': 'preallocation:share',
  ccer: 'ccer:registered-after',
  'below-threshold': 'special:below-threshold',
  'below-threshold-power': 'special:below-threshold:power',
  'industry-preallocation-share': 'preallocation:share:industry',
  'preallocation-share-industry': 'preallocation:share:industry',
  'load-factor': 'power:load-factor',
  'load-correction': 'power:load-factor',
  loadfactor: 'power:load-factor',
  'coal-categories': 'power:category-split',
  'category-split': 'power:category-split',
  rounding: 'rounding:power',
  'rounding-power': 'rounding:power',
  'rounding-industry': 'rounding:industry',
  'steel-basis': 'allocation:steel-basis',
  'steel-emissions': 'allocation:steel-basis',
  banking: 'carryover:later',
  ccers: 'ccer:registered-after',
  'offset-share': 'offset-limit',
  years: 'rulebook-years',
  'cbam-factor': 'cbam:factor',
  markup: 'cbam:markup',
  'fertiliser-markup': 'cbam:markup:fertilisers',
  'default-markup': 'cbam:markup',
  'de-minimis': 'cbam:de-minimis',
  captive: 'captive-power',
  'captive-power-plant': 'captive-power',
  'captive-plant': 'captive-power',
  自备电厂: 'captive-power',
  企业自备电厂: 'captive-power',
};

/** `prefix:id`, or undefined when the id is. */
const withPrefix = (prefix: string, id: string | undefined): string | undefined => (id === undefined ? undefined : `${prefix}:${id}`);


/** A rulebook key from what a user types: a key, a friendly name, a benchmark, a sector, a gas, gases:…, gwp:… */
function parameterKey(text: string, scheme: SchemeWithRules): string | undefined {
  const name = normalise(text);
  // Keys as the name tables read them: "cbam: Grey clinker" is cbam:grey-clinker.
  const key = nameKey(text);
  const direct = ownEntry(PARAMETER_ALIASES, key) ?? key;
  if (recordsOf(direct, scheme).length > 0) return direct;
  const benchmark = cnBenchmarkId(name);
  if (benchmark) return benchmark;
  const [head, ...rest] = name.split(':');
  const tail = rest.join(':');
  if (head === 'scheme' && tail) return withPrefix('scheme', findSchemeId(tail.trim()));
  if (head === 'deadline' && tail) return withPrefix('deadline', findEventId(tail.trim()));
  const special = specialCaseId(name);
  if (special) return `special:${special}`;
  // A power unit treated apart, named as in POWER.ENTITY's special column: power:biomass, power:应急备用 …
  if (head === 'power' && tail) {
    const unit = findPowerSpecialId(tail.trim());
    if (unit) return `special:power:${unit}`;
  }
  const event = findEventId(name);
  if (event) return `deadline:${event}`;
  if (head === 'gases' && tail) {
    const gasesOf = findSectorId(tail.trim());
    return gasesOf === undefined ? undefined : `gases:${coverageSector(gasesOf)}`;
  }
  if (head === 'gwp' && tail) {
    const parts = tail.split(':').map((p) => p.trim());
    const set = parts.length > 1 ? findGwpSetId(parts[0]!) : DEFAULT_GWP_SET;
    const gas = findGasId(parts[parts.length - 1]!);
    return set && gas ? gwpKey(set, gas) : undefined;
  }
  const sector = findSectorId(name);
  if (sector) return `sector:${coverageSector(sector)}`;
  const gas = findGasId(name);
  return gas ? gwpKey(DEFAULT_GWP_SET, gas) : undefined;
}

const acceptedParameters = (): string => say('source.accepted', { events: COMPLIANCE_EVENTS.join(say('list.sep')) });

/**
 * A CBAM table line named in a parameter: cbam:default:<CN code>:<country> or cbam:benchmark:<CN code>[:<basis>][:<route>].
 * Undefined for any other parameter.
 */
function cbamLineSource(text: string, year: unknown): string | undefined {
  const [head, kind, ...rest] = text.split(':').map((p) => p.trim());
  if (normalise(head ?? '') !== 'cbam' || rest.length === 0) return undefined;
  const what = normalise(kind ?? '');
  if (what === 'default') {
    if (rest.length !== 2) throw valueError('parameter', text, say('source.default-without-country'), say('source.default-accepted'));
    return defaultSource(rest[0], rest[1], year);
  }
  if (what === 'benchmark') return benchmarkSource(rest[0], rest[1] || undefined, rest[2] || undefined, year);
  return undefined;
}

/** Status, source and note of a record as one line. */
export const describeRecord = (r: RuleRecord): string =>
  say('source.record', { status: statusWord(r.status), source: dataText(r.source), note: r.note ? dataText(r.note) : '' });

/**
 * Where a bundled value comes from and its status.
 * @example source('power:coal-large', 2025) // "draft — draft 2025–2026 power allocation plan (MEE, Jul 2026), table 1"
 */
export function source(parameter: unknown, year?: unknown, scheme?: unknown): string {
  const text = given('parameter', parameter, acceptedParameters());
  // An accounting value (fuel:…, material:…, grid:…) of the guideline a sector in the third argument names.
  const guideline = typeof scheme === 'string' ? findGuideline(scheme) : undefined;
  const accounting = typeof text === 'string' ? accountingKey(text, guideline ?? 'steel') : undefined;
  if (accounting !== undefined) return yearRecord(accounting, year, 'CN');
  if (guideline !== undefined) throw valueError('parameter', parameter, say('source.not-accounting'), say('source.accounting-accepted'));
  const id = schemeArg(scheme);
  const cbam = typeof text === 'string' ? cbamLineSource(text, year) : undefined;
  if (cbam !== undefined) return cbam;
  // Schemes without a rule table are described by their comparison-table row, whatever the parameter.
  if (!(SCHEMES_WITH_RULES as readonly string[]).includes(id)) return describeRecord(recordsOf(`scheme:${id}`)[0]!);
  // An EU benchmark named without its scheme (SOURCE("hot-metal")) is looked up in the EU table.
  const tables: SchemeWithRules[] = scheme === undefined ? ['CN', 'EU'] : [id as SchemeWithRules];
  const found = typeof text === 'string'
    ? tables.map((t) => ({ t, key: parameterKey(text, t) }))
      .find((c): c is { t: SchemeWithRules; key: string } => c.key !== undefined && recordsOf(c.key, c.t).length > 0)
    : undefined;
  if (found === undefined) throw valueError('parameter', parameter, say('source.not-parameter'), acceptedParameters());
  return yearRecord(found.key, year, found.t);
}

/** A key's record for a year, described; #N/A when the rulebook holds none for that year (or none at all). */
function yearRecord(key: string, year: unknown, table: SchemeWithRules): string {
  // A rule with no end date (the CBAM factor is 0 from 2034 on) answers for later years than the rulebook's span.
  const later = typeof year === 'number' && Number.isInteger(year) ? findRule(key, year, table) : undefined;
  if (later?.years !== undefined && later.years.to === undefined) return describeRecord(later);
  if (later !== undefined && key.startsWith('grid:')) return describeRecord(later);
  if (recordsOf(key, table).length === 0) throw notAvailable(say('source.none', { key }), 'parameter');
  const y = key.startsWith('grid:') && year === undefined ? Math.max(...recordsOf(key, table).map((r) => r.years?.from ?? 0)) : yearOf(year);
  const record = findRule(key, y, table);
  if (record === undefined) {
    throw notAvailable(say('source.no-year', { key, span: spanText(key, table), year: y }), 'year');
  }
  return describeRecord(record);
}

const INFO_TOPICS: Readonly<Record<string, () => string | number>> = {
  version: () => RULEBOOK_VERSION,
  date: () => RULEBOOK_DATE,
  'default-year': () => DEFAULT_YEAR,
  'gwp-default': () => DEFAULT_GWP_SET,
  'gwp-sets': () => GWP_SETS.join(', '),
  years: () => `${rulebookYears().from}–${rulebookYears().to}`,
  schemes: () => SCHEME_IDS.join(', '),
  sectors: () => ACCEPTED_SECTORS,
};

/**
 * The rulebook's version and date, or one fact about it.
 * @example info('default-year') // 2025
 */
export function info(topic?: unknown): string | number {
  if (topic === undefined) {
    return say('info.summary', { version: RULEBOOK_VERSION, date: RULEBOOK_DATE, schemes: String(INFO_TOPICS.schemes!()),
      years: String(INFO_TOPICS.years!()), year: DEFAULT_YEAR, gwp: DEFAULT_GWP_SET });
  }
  const answer = typeof topic === 'string' ? ownEntry(INFO_TOPICS, normalise(topic)) : undefined;
  if (answer === undefined) throw valueError('topic', topic, say('info.unknown'), Object.keys(INFO_TOPICS).join(say('list.sep')));
  return answer();
}
