/**
 * Which column of a client's table holds what: matched from headers in English or Chinese, with units, odd spacing
 * and case ignored. The user sees the mapping and can correct it before anything is written; where two columns could
 * equally be the input, the field is left for the user to choose rather than picked silently.
 */
import { inEveryLanguage, t } from '../i18n/messages';

export const FIELDS = ['facility', 'sector', 'direct', 'co2', 'cf4', 'c2f6'] as const;
export type Field = (typeof FIELDS)[number];

export type ColumnMap = Partial<Record<Field, number>>;

/** The fields that hold emissions or gas masses: figures in a unit of mass. */
export const EMISSION_FIELDS = ['direct', 'co2', 'cf4', 'c2f6'] as const;
export type EmissionField = (typeof EMISSION_FIELDS)[number];

/**
 * Header words per field in tiers, strongest first: an explicit "Scope 1" beats a generic "Emissions". Facility names
 * are labels only, so each word is its own tier and the first in the list wins.
 */
const SYNONYMS: Readonly<Record<Field, ReadonlyArray<readonly string[]>>> = {
  facility: ['facility', 'facility name', 'name', 'plant', 'site', 'entity', 'company', 'installation', '企业', '企业名称',
    '单位名称', '设施', '工厂', '名称'].map((w) => [w]),
  sector: [['sector', 'industry', 'sector name', '行业', '所属行业', '行业类别'], ['部门']],
  direct: [
    ['direct emissions', 'direct emission', 'scope 1', 'scope 1 emissions', 'scope1', 'direct co2e', '直接排放', '直接排放量',
      '范围一', '范围1'],
    ['emissions', 'annual emissions', 'ghg emissions', 'co2e', 'tco2e', '排放量', '年排放量', '碳排放量', '温室气体排放'],
  ],
  co2: [['co2', 'co2 mass', 'carbon dioxide', '二氧化碳', 'co2排放']],
  cf4: [['cf4', 'pfc-14', 'pfc14', '四氟化碳', '四氟甲烷']],
  c2f6: [['c2f6', 'pfc-116', 'pfc116', '六氟乙烷']],
};

/**
 * Words that rule a header out as an emissions input, wherever they appear (units in brackets included): indirect
 * (Scope 2) and bought energy never count towards coverage, and intensities or allowances are not emissions.
 */
const NOT_EMISSIONS_WORDS = ['indirect', 'scope 2', 'scope2', 'scope 3', 'scope3', 'purchased', 'electricity', 'heat', 'steam',
  'intensity', 'factor', 'allowance', 'allowances', 'allocation', 'allocated'];
const NOT_EMISSIONS_CHINESE = ['间接', '外购', '净购入', '范围二', '范围2', '范围三', '范围3', '电力', '热力', '强度', '系数', '因子', '配额'];
/** "Scope 1+2", "Scope 1 & 2", "scope 1 and 2": totals that include indirect emissions. */
const SCOPE_1_AND_2 = /scope ?1 ?(\+|&|and)? ?2/;
const EMISSION_FIELD_SET: ReadonlySet<Field> = new Set(EMISSION_FIELDS);

const normalise = (header: unknown): string => String(header ?? '').normalize('NFKC').toLowerCase();
const spaced = (s: string): string => s.replace(/[_:：/\\|,，.。]+/g, ' ').replace(/\s+/g, ' ').trim();

/** Header as a key: NFKC (full-width, ₂), lower case, units in brackets dropped, punctuation as spaces. */
export function headerKey(header: unknown): string {
  return spaced(normalise(header).replace(/[(（[【].*?[)）\]】]/g, ' '));
}

/** The whole header, brackets included, for the words that rule a column out. */
const fullKey = (header: unknown): string => spaced(normalise(header).replace(/[(（[【)）\]】]/g, ' '));

const isChinese = (word: string): boolean => /[\u3400-\u9fff]/.test(word);
const containsWord = (key: string, word: string): boolean =>
  isChinese(word) ? key.includes(word) : new RegExp(`(^| )${word.replace(/[-+]/g, '\\$&')}( |$)`).test(key);

/** True when a header names indirect emissions, bought energy, an intensity or allowances. */
export function notEmissions(header: unknown): boolean {
  const key = fullKey(header);
  return SCOPE_1_AND_2.test(key) || NOT_EMISSIONS_WORDS.some((w) => containsWord(key, w)) ||
    NOT_EMISSIONS_CHINESE.some((w) => key.includes(w));
}

const TIER_KEYS: ReadonlyMap<Field, ReadonlyArray<readonly string[]>> =
  new Map(FIELDS.map((f) => [f, SYNONYMS[f].map((words) => words.map(headerKey))]));

/**
 * How strongly a header names a field, 0 when it does not: the tier counts most (a header that contains "Scope 1"
 * beats one that is exactly "Emissions"), an exact match adds a little. Tiers are scaled per field, so a sector
 * header's first tier weighs as much as a facility header's.
 */
function score(field: Field, key: string): number {
  const tiers = TIER_KEYS.get(field)!;
  let best = 0;
  tiers.forEach((words, t) => {
    const weight = 10 * (1 - t / tiers.length);
    for (const w of words) best = Math.max(best, key === w ? weight + 1 : containsWord(key, w) ? weight : 0);
  });
  return best;
}

/** Headers the pane writes over its results, in every language: Covered (with its note), Reason, CO2e (tCO2e). */
export function looksLikeOwnOutput(header: unknown): boolean {
  if (typeof header !== 'string') return false;
  const h = header.trim();
  return (['tc.h.reason', 'tc.h.co2e'] as const).some((key) => inEveryLanguage(key).includes(h))
    || inEveryLanguage('tc.h.covered').some((w) => h === w || h.startsWith(`${w} (`));
}

export interface Ambiguity {
  readonly field: Field;
  /** Column indexes that match the field equally well. */
  readonly columns: readonly number[];
}

export interface ColumnMatch {
  readonly map: ColumnMap;
  /** Fields left blank because two or more columns match them equally well: the user must choose. */
  readonly ambiguous: readonly Ambiguity[];
}

/**
 * Best column for each field, strongest match first; a column serves one field at most, columns in `exclude` (the
 * pane's own results) none, and a header for indirect emissions never an emissions field. A tie is not broken: the
 * field is reported as ambiguous.
 * @example matchColumns(['Plant', 'Indirect emissions', 'Scope 1 emissions']).map // { facility: 0, direct: 2 }
 */
export function matchColumns(headers: readonly unknown[], exclude: ReadonlySet<number> = new Set()): ColumnMatch {
  // A column headed exactly as the pane heads its own output (a check saved without its marks and opened again) is
  // never taken on its own: the user may still map it by hand.
  const keys = headers.map((h) => (looksLikeOwnOutput(h) ? '' : headerKey(h)));
  const ruledOut = headers.map(notEmissions);
  const scores = new Map<Field, number[]>(FIELDS.map((f) => [f, keys.map((k, i) =>
    (k === '' || exclude.has(i) || (EMISSION_FIELD_SET.has(f) && ruledOut[i]) ? 0 : score(f, k)))]));
  const taken = new Set<number>();
  const map: ColumnMap = {};
  const ambiguous: Ambiguity[] = [];
  const open = new Set<Field>(FIELDS);
  for (;;) {
    // The open field with the strongest match on a free column goes first.
    let next: { field: Field; best: number } | undefined;
    for (const field of open) {
      const best = Math.max(0, ...scores.get(field)!.filter((_, i) => !taken.has(i)));
      if (best > 0 && (!next || best > next.best)) next = { field, best };
    }
    if (!next) break;
    const { field, best } = next;
    open.delete(field);
    const tops = scores.get(field)!.flatMap((s, i) => (s === best && !taken.has(i) ? [i] : []));
    if (tops.length > 1) {
      ambiguous.push({ field, columns: tops });
      continue;
    }
    map[field] = tops[0]!;
    taken.add(tops[0]!);
  }
  return { map, ambiguous };
}

/**
 * The mapping alone, ambiguous fields left blank.
 * @example mapColumns(['Plant', '行业', 'Direct emissions (tCO2e)']) // { facility: 0, sector: 1, direct: 2 }
 */
export function mapColumns(headers: readonly unknown[]): ColumnMap {
  return matchColumns(headers).map;
}

/** What is still missing for a check: a sector column and either direct emissions or at least one gas mass. */
export function missingFields(map: ColumnMap): string[] {
  const missing: string[] = [];
  if (map.sector === undefined) missing.push(t('tc.need.sector'));
  if (map.direct === undefined && map.co2 === undefined && map.cf4 === undefined && map.c2f6 === undefined) {
    missing.push(t('tc.need.emissions'));
  }
  return missing;
}
