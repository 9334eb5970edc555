/**
 * Which column of a client's table holds what: matched from headers in English or Chinese, with units, odd spacing
 * and case ignored. The user sees the mapping and can correct it before anything is written.
 */

export const FIELDS = ['facility', 'sector', 'direct', 'co2', 'cf4', 'c2f6'] as const;
export type Field = (typeof FIELDS)[number];

export type ColumnMap = Partial<Record<Field, number>>;

export const FIELD_LABELS: Readonly<Record<Field, string>> = {
  facility: 'Facility',
  sector: 'Sector',
  direct: 'Direct emissions (tCO2e)',
  co2: 'CO2 (t)',
  cf4: 'CF4 (t)',
  c2f6: 'C2F6 (t)',
};

/** Header words per field, most specific first. Compared after normalising (see headerKey). */
const SYNONYMS: Readonly<Record<Field, readonly string[]>> = {
  facility: ['facility', 'facility name', 'name', 'plant', 'site', 'entity', 'company', 'installation', '企业', '企业名称',
    '单位名称', '设施', '工厂', '名称'],
  sector: ['sector', 'industry', 'sector name', '行业', '所属行业', '行业类别', '部门'],
  direct: ['direct emissions', 'direct emission', 'emissions', 'scope 1', 'scope 1 emissions', 'annual emissions',
    'direct co2e', 'co2e', 'tco2e', '直接排放', '直接排放量', '排放量', '年排放量', '碳排放量'],
  co2: ['co2', 'co2 mass', 'carbon dioxide', '二氧化碳', 'co2排放'],
  cf4: ['cf4', 'pfc-14', 'pfc14', '四氟化碳', '四氟甲烷'],
  c2f6: ['c2f6', 'pfc-116', 'pfc116', '六氟乙烷'],
};

/** Header as a key: NFKC (full-width, ₂), lower case, units in brackets dropped, punctuation as spaces. */
export function headerKey(header: unknown): string {
  return String(header ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[(（[【].*?[)）\]】]/g, ' ')
    .replace(/[_:：/\\|,，.。]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const KEYS: ReadonlyArray<[Field, string]> = FIELDS.flatMap((f) => SYNONYMS[f].map((s): [Field, string] => [f, headerKey(s)]));

/**
 * Best column for each field: an exact synonym wins, then a header that contains a synonym as a whole word
 * (Chinese: as a substring). A column serves one field at most.
 * @example mapColumns(['Plant', '行业', 'Direct emissions (tCO2e)']) // { facility: 0, sector: 1, direct: 2 }
 */
export function mapColumns(headers: readonly unknown[]): ColumnMap {
  const keys = headers.map(headerKey);
  const taken = new Set<number>();
  const map: ColumnMap = {};
  const contains = (key: string, word: string): boolean =>
    /[\u3400-\u9fff]/.test(word) ? key.includes(word) : new RegExp(`(^| )${word.replace(/[-]/g, '\\-')}( |$)`).test(key);
  for (const pass of [(k: string, w: string) => k === w, contains]) {
    for (const [field, word] of KEYS) {
      if (map[field] !== undefined) continue;
      const index = keys.findIndex((k, i) => !taken.has(i) && k !== '' && pass(k, word));
      if (index >= 0) {
        map[field] = index;
        taken.add(index);
      }
    }
  }
  return map;
}

/** What is still missing for a check: a sector column and either direct emissions or at least one gas mass. */
export function missingFields(map: ColumnMap): string[] {
  const missing: string[] = [];
  if (map.sector === undefined) missing.push('a Sector column');
  if (map.direct === undefined && map.co2 === undefined && map.cf4 === undefined && map.c2f6 === undefined) {
    missing.push('a Direct emissions column (or CO2 / CF4 / C2F6 masses)');
  }
  return missing;
}
