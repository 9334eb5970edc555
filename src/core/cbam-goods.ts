/**
 * CBAM goods by CN code and country of origin: the Commission's default values (IR 2025/2621 Annex I as replaced by
 * IR 2026/1740) and the CBAM benchmarks of IR 2025/2620, read from the bundled tables in rules/cbam-data.
 */
import { exact } from './arith';
import { EtsError, notAvailable, numberError, valueError } from './errors';
import { finite, given } from './inputs';
import { ownEntry } from './lookup';
import { bracketed, dataText, messageLanguage, say, statusWord } from './messages';
import { normalise } from './names';
import { CBAM_ROUTES, CBAM_SECTOR_PREFIXES, findRule, fixedRule, fixedValue, recordsOf, spanText, type CbamSector, type RuleRecord, type Status } from './rules';
import { BENCHMARK_TABLE, DEFAULT_VALUE_TABLES, OWN_TABLE_COUNTRIES } from './rules/cbam-data/tables';

/** A CN code as typed, with a production route when one was added ("7601 10 10 (K)"). */
export interface CnCode {
  readonly digits: string;
  readonly route?: string;
}

const CN_TEXT = /^\s*(?:cn\s*)?([\d][\d\s.]*?)\s*(?:\(?\s*([a-l](?:\s*\/\s*[a-l])?)\s*\)?)?\s*$/i;
const CN_LENGTHS = [4, 6, 8, 10];
const cnAccepted = (): string => say('cbam.cn-accepted');

/** Spaced as the annexes print it: 7208 10 00, 2523 10 00 10. */
export const cnText = (digits: string): string => [digits.slice(0, 4), ...(digits.slice(4).match(/\d{2}/g) ?? [])].join(' ');

/** Whether a value reads as a CN code: text of digits (spaces and dots allowed), or a whole number of 4–10 digits. */
export function looksLikeCnCode(value: unknown): boolean {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1000 && CN_LENGTHS.includes(String(value).length);
  if (typeof value !== 'string') return false;
  const text = value.normalize('NFKC');
  return CN_TEXT.test(text) && /\d{4}/.test(text.replace(/[\s.]/g, ''));
}

/** A CN code argument: text or a number (a cell holding 72081000), with an optional route letter. */
export function cnCode(argument: string, value: unknown): CnCode {
  const v = given(argument, value, cnAccepted());
  // NFKC: full-width digits from a Chinese input method read as digits.
  const match = typeof v === 'number' ? (Number.isInteger(v) && v > 0 ? [String(v), String(v)] : null) : typeof v === 'string' ? CN_TEXT.exec(v.normalize('NFKC')) : null;
  const digits = match?.[1]!.replace(/[\s.]/g, '');
  if (digits === undefined || !CN_LENGTHS.includes(digits.length)) throw valueError(argument, value, say('cbam.not-cn-code'), cnAccepted());
  const route = match?.[2]?.replace(/\s/g, '').toUpperCase();
  return route ? { digits, route } : { digits };
}

/** A CN code's digits, or undefined when the value is not a CN code (yet): for callers that ask, not insist. */
export function cnDigits(value: unknown): string | undefined {
  try {
    return cnCode('cn_code', value).digits;
  } catch (e) {
    if (e instanceof EtsError) return undefined;
    throw e;
  }
}

/** The CBAM sector of a CN code (CBAM Regulation annex I), or undefined for a good CBAM does not cover. */
export const cbamSectorOf = (digits: string): CbamSector | undefined =>
  CBAM_SECTOR_PREFIXES.find(([prefix]) => digits.startsWith(prefix))?.[1];

/**
 * Whether a good's embedded emissions include indirect emissions (cement; sintered ore) or are direct only (iron and
 * steel, aluminium: Reg. 2023/956 annex II), e.g. to take the right SEE from a supplier's template.
 */
export function countsIndirect(digits: string): boolean {
  const counted = fixedValue<{ sectors: readonly string[]; codes: readonly string[] }>('cbam:indirect-counted');
  const sector = cbamSectorOf(digits);
  return (sector !== undefined && counted.sectors.includes(sector)) || counted.codes.some((c) => digits.startsWith(c));
}

// ── Countries ───────────────────────────────────────────────────────────────────────────────────────────────────

const OTHER = 'XX';
const OTHER_WORDS = ['xx', 'other', 'others', 'other countries', 'other countries and territories', 'rest of world', '其他', '其他国家', '其他国家和地区'];
const countryAccepted = (): string => say('cbam.country-accepted');

/** The names China goes by in client lists, beyond what Intl knows. */
const CHINA_NAMES = ['prc', 'p.r. china', 'pr china', 'people\'s republic of china', 'mainland china', 'china (mainland)', '中华人民共和国', '中国大陆'];

let countryNames: Map<string, string> | undefined;

/** Every name a country goes by → its ISO alpha-2 code: the annex's names, and English and Chinese names from Intl. */
function countryIndex(): Map<string, string> {
  if (countryNames) return countryNames;
  const index = new Map<string, string>();
  const add = (name: string | undefined, iso: string): void => {
    if (name && !index.has(normalise(name))) index.set(normalise(name), iso);
  };
  for (const [iso, name] of Object.entries(OWN_TABLE_COUNTRIES)) add(name, iso);
  const english = regionNames('en');
  const chinese = regionNames('zh');
  for (let a = 65; a <= 90; a += 1) {
    for (let b = 65; b <= 90; b += 1) {
      const iso = String.fromCharCode(a, b);
      const en = english?.of(iso);
      if (en === undefined || iso === OTHER) continue;
      add(iso, iso);
      add(en, iso);
      add(chinese?.of(iso), iso);
    }
  }
  for (const word of OTHER_WORDS) index.set(word, OTHER);
  for (const name of CHINA_NAMES) index.set(name, 'CN');
  countryNames = index;
  return index;
}

/** Region names of a language, where the host's Intl has them (every current Excel host does). */
function regionNames(language: string): { of(code: string): string | undefined } | undefined {
  try {
    return new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
  } catch {
    return undefined;
  }
}

export interface Country {
  readonly iso: string;
  readonly name: string;
}

/** A country of origin as typed: code, English name or Chinese name. */
export function country(argument: string, value: unknown): Country {
  const v = given(argument, value, countryAccepted());
  const iso = typeof v === 'string' ? countryIndex().get(normalise(v)) : undefined;
  if (iso === undefined) throw valueError(argument, value, say('cbam.not-country'), countryAccepted());
  return { iso, name: countryName(iso) };
}

/** A country's name in the message language: the annex's English name, or the Chinese name Intl gives. */
export function countryName(iso: string): string {
  if (iso === OTHER) return say('cbam.other');
  if (messageLanguage() === 'zh-CN') return regionNames('zh')?.of(iso) ?? OWN_TABLE_COUNTRIES[iso] ?? iso;
  return OWN_TABLE_COUNTRIES[iso] ?? regionNames('en')?.of(iso) ?? iso;
}

// ── Default values ──────────────────────────────────────────────────────────────────────────────────────────────

export interface DefaultLine {
  readonly code: string;
  readonly direct: number;
  /** Undefined where the annex prints N/A (iron and steel, aluminium, hydrogen: only direct emissions count). */
  readonly indirect?: number;
  readonly total: number;
  /** The production route the default value stands for: it picks the Column B benchmark. */
  readonly route?: string;
  /** Read line by line against the Official Journal text (final), or from the Commission's informational workbook. */
  readonly status: Status;
}

const parsedTables = new Map<string, ReadonlyMap<string, DefaultLine>>();

function defaultTable(iso: string): ReadonlyMap<string, DefaultLine> | undefined {
  const cached = parsedTables.get(iso);
  if (cached) return cached;
  const text = DEFAULT_VALUE_TABLES[iso];
  if (text === undefined) return undefined;
  const lines = new Map(text.split(';').map((entry): [string, DefaultLine] => {
    const [code, direct, indirect, total, route, checked] = entry.split(':') as [string, string, string, string, string, string?];
    return [code, {
      code, direct: Number(direct), total: Number(total),
      ...(indirect === '' ? {} : { indirect: Number(indirect) }),
      ...(route === '' ? {} : { route }),
      status: checked === '*' ? 'final' : 'secondary',
    }];
  }));
  parsedTables.set(iso, lines);
  return lines;
}

/** A shorter code that a table covers with several lines: the user has to say which. */
function ambiguous(argument: string, digits: string, options: readonly string[], what: string): never {
  const shown = options.slice(0, 8).map(cnText).join(say('list.sep')) + (options.length > 8 ? say('cbam.several.more', { count: options.length }) : '');
  throw valueError(argument, cnText(digits), say('cbam.several', { what, shown }), say('cbam.one-of-those'));
}

/** The most specific line of a table for a code: the longest printed code the code starts with. */
function lineFor(table: ReadonlyMap<string, DefaultLine>, digits: string, argument: string): DefaultLine | undefined {
  for (let length = digits.length; length >= 4; length -= 2) {
    const line = table.get(digits.slice(0, length));
    if (line) return line;
  }
  const under = [...table.keys()].filter((code) => code.startsWith(digits));
  if (under.length === 1) return table.get(under[0]!);
  if (under.length > 1) ambiguous(argument, digits, under, say('cbam.what.lines'));
  return undefined;
}

export interface DefaultValue {
  readonly line: DefaultLine;
  readonly country: Country;
  /** The table the line came from: the country's own, or "Other countries and territories". */
  readonly table: Country;
  /** Why the Other table was used, when it was. */
  readonly fallback?: 'no-own-table' | 'no-line';
  readonly sector: CbamSector;
}

/** The default-value line for a CN code and country of origin, falling back to the Other table as the annex says. */
/** total × (1 + mark-up), exactly: the nearest double to the decimal product. */
export const markedUp = (total: number, markup: number): number => exact((A) => A.toNumber(A.mul(A.of(total), A.add(A.of(1), A.of(markup)))));

/** Lines already found, by the CN code and country as typed: an export list repeats a few codes thousands of times. */
const lineCache = new Map<string, DefaultValue>();
const LINE_CACHE_LIMIT = 4096;

export function defaultValueLine(cnValue: unknown, countryValue: unknown, argument = 'cn_code', countryArgument = 'country'): DefaultValue {
  // Only plain cells are cached: a code as text or number and a country as text; by language, as it holds names.
  const key = typeof countryValue === 'string' && (typeof cnValue === 'string' || typeof cnValue === 'number')
    ? `${messageLanguage()}\u0000${typeof cnValue}:${cnValue}\u0000${countryValue}` : undefined;
  const cached = key === undefined ? undefined : lineCache.get(key);
  if (cached) return cached;
  const found = findDefaultLine(cnValue, countryValue, argument, countryArgument);
  if (key !== undefined) {
    if (lineCache.size >= LINE_CACHE_LIMIT) lineCache.clear();
    lineCache.set(key, found);
  }
  return found;
}

function findDefaultLine(cnValue: unknown, countryValue: unknown, argument: string, countryArgument: string): DefaultValue {
  const { digits } = cnCode(argument, cnValue);
  const sector = cbamSectorOf(digits);
  if (sector === undefined) throw notAvailable(say('cbam.not-good', { argument, code: cnText(digits), goods: goodsText() }), argument);
  const origin = country(countryArgument, countryValue);
  if (fixedValue<readonly string[]>('cbam:exempt-origins').includes(origin.iso)) {
    throw notAvailable(say('cbam.exempt', { argument: countryArgument, country: origin.name, source: dataText(fixedRule('cbam:exempt-origins')!.source) }), countryArgument);
  }
  const other = { iso: OTHER, name: countryName(OTHER) };
  const own = origin.iso === OTHER ? undefined : defaultTable(origin.iso);
  if (own === undefined && origin.iso !== OTHER && origin.iso in OWN_TABLE_COUNTRIES) {
    throw notAvailable(say('cbam.not-bundled', { argument: countryArgument, country: origin.name, act: dataText(fixedValue<string>('cbam:default-values')),
      bundled: bundledCountries().join(say('list.sep')) }), countryArgument);
  }
  const ownLine = own && lineFor(own, digits, argument);
  if (ownLine) return { line: ownLine, country: origin, table: origin, sector };
  const line = lineFor(defaultTable(OTHER)!, digits, argument);
  if (line === undefined) throw notAvailable(say('cbam.no-line', { argument, code: cnText(digits) }), argument);
  const fallback = origin.iso === OTHER ? undefined : own ? 'no-line' : 'no-own-table';
  return { line, country: origin, table: other, sector, ...(fallback ? { fallback } : {}) };
}

/** The tables bundled, by name. */
export const bundledCountries = (): string[] => Object.keys(DEFAULT_VALUE_TABLES).map(countryName);

const PARTS: Readonly<Record<string, 'direct' | 'indirect' | 'total'>> = {
  direct: 'direct', indirect: 'indirect', total: 'total', 直接: 'direct', 间接: 'indirect', 总: 'total', 合计: 'total',
};

/** The mark-up record for a default value's sector and year. */
export function markupRecord(sector: CbamSector, year: number): RuleRecord<number> {
  const key = sector === 'fertilisers' ? 'cbam:markup:fertilisers' : 'cbam:markup';
  const record = findRule<number>(key, year);
  if (record === undefined) throw notAvailable(say('cbam.no-markup', { year }), 'year');
  return record;
}

/** Excel's last year: the CBAM factor rule has no end date, so any later year is 0, up to what a date can hold. */
const LAST_YEAR = 9999;
export const FIRST_CBAM_YEAR = Math.min(...recordsOf('cbam:factor').map((r) => r.years!.from));

/**
 * A year of import: a whole year from the first CBAM factor year on (any later year: the rule has no end date);
 * before it #N/A, since CBAM certificates are not due then and default values do not apply.
 */
export function cbamYear(value: unknown, argument = 'year'): number {
  const n = finite(argument, given(argument, value, say('cbam.factor-year', { span: spanText('cbam:factor') })));
  if (!Number.isInteger(n) || n > LAST_YEAR) throw numberError(argument, n, say('cbam.year-range', { from: FIRST_CBAM_YEAR, to: LAST_YEAR }));
  if (n < FIRST_CBAM_YEAR) throw notAvailable(say('cbam.before-definitive', { argument, from: FIRST_CBAM_YEAR, year: n }), argument);
  return n;
}

/**
 * The default value a certificate calculation uses (the annex's total with the year's mark-up), or one published part.
 * @example defaultValue('7208 10 00', 'CN', 2026) // 3.187 × 1.1 = 3.5057
 */
export function defaultValue(cnValue: unknown, countryValue: unknown, year: unknown, part?: unknown): number {
  const found = defaultValueLine(cnValue, countryValue);
  const y = cbamYear(year);
  if (part === undefined) return markedUp(found.line.total, markupRecord(found.sector, y).value);
  const which = typeof part === 'string' ? ownEntry(PARTS, normalise(part)) : undefined;
  if (which === undefined) throw valueError('part', part, say('cbam.not-part'), say('cbam.part-accepted'));
  const value = found.line[which];
  if (value === undefined) {
    throw notAvailable(say('cbam.no-indirect', { code: cnText(found.line.code) }), 'part');
  }
  return value;
}

// ── Benchmarks ──────────────────────────────────────────────────────────────────────────────────────────────────

interface BenchmarkEntry {
  readonly route: string;
  /** 0 all production years of the table; 1 and 2 the annex's indicators (1) and (2) (rule cbam:benchmark-periods). */
  readonly period: 0 | 1 | 2;
  readonly a: number;
  readonly b: number;
}

const PERIODS = fixedValue<ReadonlyArray<{ from: number; to: number }>>('cbam:benchmark-periods');
export const benchmarkYears = (): { from: number; to: number } => ({ from: PERIODS[0]!.from, to: PERIODS[PERIODS.length - 1]!.to });
/** The annex's period indicator of a production year: 1 or 2. */
const periodOf = (year: number): 1 | 2 => (PERIODS.findIndex((p) => year >= p.from && year <= p.to) + 1) as 1 | 2;
const periodText = (period: number): string => `${PERIODS[period - 1]!.from}–${PERIODS[period - 1]!.to}`;
const goodsText = (): string => `${dataText(fixedValue<string>('cbam:sectors'))}: ${dataText(fixedRule('cbam:sectors')!.source)}`;

let benchmarks: ReadonlyMap<string, readonly BenchmarkEntry[]> | undefined;

function benchmarkIndex(): ReadonlyMap<string, readonly BenchmarkEntry[]> {
  if (benchmarks) return benchmarks;
  const index = new Map<string, readonly BenchmarkEntry[]>();
  for (const group of BENCHMARK_TABLE.split(';')) {
    const [codes, set] = group.split('=') as [string, string];
    const entries = set.split('|').map((e): BenchmarkEntry => {
      const [route, period, a, b] = e.split(':') as [string, string, string, string];
      return { route, period: (period === '' ? 0 : Number(period)) as 0 | 1 | 2, a: Number(a), b: Number(b) };
    });
    for (const code of codes.split(',')) index.set(code, entries);
  }
  benchmarks = index;
  return index;
}

/** The 8-digit codes of the benchmark table a CN code stands for: itself (a TARIC code reads as its 8 digits), or every code under a heading. */
function codesUnder(digits: string): string[] {
  const index = benchmarkIndex();
  if (digits.length >= 8) return index.has(digits.slice(0, 8)) ? [digits.slice(0, 8)] : [];
  return [...index.keys()].filter((c) => c.startsWith(digits));
}

/**
 * The annex's codes that split an 8-digit code written with its subheading's zeros (7601 10 00 → 7601 10 10 and
 * 7601 10 90): the user means one of them, and is told which.
 */
function splitCodes(digits: string): string[] {
  if (digits.length < 8) return [];
  const stem = digits.slice(0, 8).replace(/(?:00)+$/, '');
  if (stem.length === 8 || stem.length < 4) return [];
  return [...benchmarkIndex().keys()].filter((c) => c.length === 8 && c.startsWith(stem)).sort();
}

export type BenchmarkBasis = 'A' | 'B';
const BASES: Readonly<Record<string, BenchmarkBasis>> = {
  actual: 'A', a: 'A', 'column a': 'A', 实际: 'A', 实际排放: 'A', default: 'B', b: 'B', 'column b': 'B', 默认: 'B', 默认值: 'B',
};

/** The basis argument: actual (Column A) or default (Column B). */
export function benchmarkBasis(value: unknown): BenchmarkBasis {
  if (value === undefined) return 'A';
  const basis = typeof value === 'string' ? ownEntry(BASES, normalise(value)) : undefined;
  if (basis === undefined) throw valueError('basis', value, say('cbam.not-basis'), say('cbam.basis-accepted'));
  return basis;
}

/** A route argument: letters A–L ("C/F" where the annex gives two), or words such as primary, white, bf-bof. */
export function routeOf(value: unknown, argument = 'route'): string | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === 'string' ? normalise(value) : '';
  const letters = text.toUpperCase().replace(/[()\s]/g, '');
  if (/^[A-L](\/[A-L])?$/.test(letters) && letters.split('/').every((l) => l in CBAM_ROUTES)) return letters;
  const named = Object.entries(CBAM_ROUTES).find(([, r]) => r.words.includes(text.replace(/\s+/g, '-')));
  if (named) return named[0];
  throw valueError(argument, value, say('cbam.not-route'), Object.keys(CBAM_ROUTES).map(routeWithLabel).join(say('list.sep')));
}

export interface BenchmarkAnswer {
  readonly value: number;
  readonly basis: BenchmarkBasis;
  /** The routes whose value was taken (empty when the code has one value for every route). */
  readonly routes: readonly string[];
  readonly period: 0 | 1 | 2;
}

/** A route letter with its name: "C (…)" as the annex's legend words it. */
const routeWithLabel = (letter: string): string => `${letter}${bracketed(dataText(CBAM_ROUTES[letter]!.label))}`;

const describeOption = (e: BenchmarkEntry, basis: BenchmarkBasis): string =>
  say('cbam.option', { value: basis === 'A' ? e.a : e.b, route: e.route ? `${e.route}${say('list.sep')}${dataText(CBAM_ROUTES[e.route]!.label)}` : '',
    period: e.period ? periodText(e.period) : '' });

/**
 * The CBAM benchmark of a CN code for a basis, route and production year. Several routes asked at once ("C/F", the
 * annex's marker where a line stands for either steel grade) take the highest value (IR 2025/2620 annex point 5.1).
 */
export function benchmarkFor(digits: string, basis: BenchmarkBasis, route: string | undefined, year: number | undefined,
  argument = 'cn_code'): BenchmarkAnswer {
  const index = benchmarkIndex();
  // A TARIC code the default-value annex prints with a route (white 2523 10 00 10 is B, other clinker …90 is A) says it.
  route ??= digits.length === 10 ? defaultTable(OTHER)!.get(digits)?.route : undefined;
  const codes = codesUnder(digits);
  if (codes.length === 0) {
    const split = splitCodes(digits);
    if (split.length > 0) {
      throw valueError(argument, cnText(digits), say('cbam.split-code', { code: cnText(digits), act: dataText(fixedValue<string>('cbam:benchmarks')) }),
        split.map(cnText).join(say('list.sep')));
    }
    throw notAvailable(say('cbam.no-benchmark', { argument, code: cnText(digits), act: dataText(fixedValue<string>('cbam:benchmarks')), notGood: !cbamSectorOf(digits) }), argument);
  }
  const span = benchmarkYears();
  if (year !== undefined && (year < span.from || year > span.to)) {
    throw notAvailable(say('cbam.benchmark-years', { act: dataText(fixedValue<string>('cbam:benchmarks')), from: span.from, to: span.to, year }), 'year');
  }
  const period = year === undefined ? undefined : periodOf(year);
  const wanted = route?.split('/');
  let entries = codes.flatMap((c) => index.get(c)!).filter((e) => period === undefined || e.period === 0 || e.period === period);
  // A route asked of a code with one value for every route leaves that value (route C on a code the table does not split).
  if (wanted && entries.some((e) => e.route !== '')) {
    const routed = entries.filter((e) => wanted.includes(e.route));
    if (routed.length === 0) {
      throw valueError('route', route, say('cbam.not-route-of', { code: cnText(digits) }), [...new Set(entries.map((e) => e.route))].map(routeWithLabel).join(say('list.sep')));
    }
    entries = routed;
  }
  const value = (e: BenchmarkEntry): number => (basis === 'A' ? e.a : e.b);
  const values = [...new Set(entries.map(value))];
  if (values.length > 1 && !(wanted && wanted.length > 1 && new Set(entries.map((e) => e.period)).size === 1)) {
    const options = [...new Set(entries.map((e) => describeOption(e, basis)))].join(say('list.semicolon'));
    const needs = entries.some((e) => e.period !== 0 && period === undefined) && new Set(entries.map((e) => e.route)).size === 1 ? 'year' : 'route';
    throw valueError(needs === 'year' ? 'year' : 'route', needs === 'year' ? year : route,
      say('cbam.several-benchmarks', { code: cnText(digits), column: basis, options }),
      needs === 'year' ? say('cbam.production-year', { from: span.from, to: span.to }) : say('cbam.route-letter'));
  }
  const chosen = Math.max(...values);
  const used = entries.filter((e) => value(e) === chosen);
  return { value: chosen, basis, routes: [...new Set(used.map((e) => e.route).filter(Boolean))], period: used[0]!.period };
}

/**
 * Whether Column A is the whole free allocation of a good with actual emissions: it is when the table gives the same
 * value in Column B (no precursor allocation to add — clinker, unwrought aluminium, hydrogen, ammonia …). A good whose
 * Column B is higher is complex: its precursors' embedded free allocation comes on top (annex point 3.3).
 */
export function columnAIsComplete(digits: string, route: string | undefined, year: number): boolean {
  const index = benchmarkIndex();
  const codes = codesUnder(digits);
  const period = periodOf(year);
  const wanted = route?.split('/');
  return codes.flatMap((c) => index.get(c) ?? [])
    .filter((e) => (e.period === 0 || e.period === period) && (!wanted || e.route === '' || wanted.includes(e.route)))
    .every((e) => e.a === e.b);
}

/**
 * ETS.CBAM.BENCHMARK: the CBAM benchmark of a CN code, Column A (actual emissions) or B (default values).
 * @example cbamBenchmarkOf('7208 10 00', 'default', 'C') // 1.370
 */
export function cbamBenchmarkOf(cnValue: unknown, basis?: unknown, route?: unknown, year?: unknown): number {
  const code = cnCode('cn_code', cnValue);
  const r = routeOf(route) ?? code.route;
  const y = year === undefined ? undefined : cbamYear(year);
  return benchmarkFor(code.digits, benchmarkBasis(basis), r, y).value;
}

// ── Provenance ──────────────────────────────────────────────────────────────────────────────────────────────────


/**
 * ETS.SOURCE for a default value: the table and line used, its status, why the Other table was used, and the mark-up.
 * @example defaultSource('7203 10 00', 'CN', 2026) // "final — …, table Other countries and territories, CN 7203: … China has no line …"
 */
export function defaultSource(cnValue: unknown, countryValue: unknown, year?: unknown): string {
  const found = defaultValueLine(cnValue, countryValue, 'parameter', 'parameter');
  const { line } = found;
  const parts = say('cbam.source.parts', { total: line.total, direct: line.direct, indirect: line.indirect === undefined ? 'N/A' : String(line.indirect) });
  const route = line.route
    ? say('cbam.source.route', { route: line.route, labels: line.route.split('/').map((l) => dataText(CBAM_ROUTES[l]!.label)).join(say('cbam.source.or')) })
    : '';
  const checked = say(line.status === 'final' ? 'cbam.source.checked' : 'cbam.source.workbook');
  const fallback = { country: countryName(found.country.iso), source: dataText(fixedRule('cbam:default-fallback')!.source) };
  const why = found.fallback === 'no-line' ? say('cbam.source.no-value', fallback)
    : found.fallback === 'no-own-table' ? say('cbam.source.no-table', fallback) : '';
  let markup = '';
  if (year !== undefined) {
    const y = cbamYear(year);
    const m = markupRecord(found.sector, y);
    const percent = exact((A) => A.toNumber(A.mul(A.of(m.value), A.of(100))));
    markup = say('cbam.source.markup', { year: y, percent, source: dataText(m.source), total: markedUp(line.total, m.value) });
  }
  return say('cbam.source.default', { status: statusWord(line.status), act: dataText(fixedRule('cbam:default-values')!.source), table: countryName(found.table.iso),
    code: cnText(line.code), parts, route, checked, why, markup });
}

/**
 * ETS.SOURCE for a CBAM benchmark: the table, the column and what it pairs with.
 * @example benchmarkSource('7208 10 00', 'default', 'C') // "final — IR (EU) 2025/2620 Annex point 5.3 …, CN 7208 10 00, Column B, route C: 1.37 …"
 */
export function benchmarkSource(cnValue: unknown, basis?: unknown, route?: unknown, year?: unknown): string {
  const code = cnCode('parameter', cnValue);
  const b = benchmarkBasis(basis);
  const answer = benchmarkFor(code.digits, b, routeOf(route) ?? code.route, year === undefined ? undefined : cbamYear(year), 'parameter');
  const routes = answer.routes.length ? say('cbam.source.routes', { routes: answer.routes.join('/') }) : '';
  const period = answer.period ? say('cbam.source.period', { period: periodText(answer.period) }) : '';
  return say('cbam.source.benchmark', { act: dataText(fixedRule('cbam:benchmarks')!.source), code: cnText(code.digits), column: b,
    use: say(b === 'A' ? 'cbam.source.use.A' : 'cbam.source.use.B'), routes, value: answer.value, period,
    selection: dataText(fixedRule('cbam:benchmark-selection')!.source) });
}
