/**
 * Names users type, in English and Chinese, resolved to canonical ids. Tables are built once at load;
 * matching is case-insensitive, trims, folds full-width and subscript characters (NFKC) and runs of spaces.
 */
import { notAvailable, valueError } from './errors';
import { GASES, GWP_SETS, SCHEMES_WITH_RULES, type Gas, type GwpSet, type SchemeWithRules } from './rules';

export const POWER_CATEGORIES = ['power:coal-large', 'power:coal-small', 'power:coal-unconventional', 'power:gas'] as const;
export type PowerCategory = (typeof POWER_CATEGORIES)[number];

export const INDUSTRIAL_SECTORS = ['cement', 'steel', 'aluminium'] as const;
export type IndustrialSector = (typeof INDUSTRIAL_SECTORS)[number];

export const OTHER_SECTORS = [
  'steel-eaf', 'petrochemicals', 'chemicals', 'flat-glass', 'copper-smelting', 'paper', 'civil-aviation',
] as const;

export type SectorId = 'power' | PowerCategory | IndustrialSector | (typeof OTHER_SECTORS)[number];

export const HEAT_BENCHMARKS = ['heat:coal', 'heat:gas'] as const;
export type HeatBenchmark = (typeof HEAT_BENCHMARKS)[number];

export const SCHEME_IDS = ['CN', 'EU', 'KR', 'US-CA', 'US-WA', 'JP', 'CA-OBPS', 'MX', 'ID', 'RGGI'] as const;
export type SchemeId = (typeof SCHEME_IDS)[number];

export type Phase = 'I' | 'II';

/** Normal form for matching: NFKC (full-width, ₂ → 2), lower case, trimmed, single spaces. */
export const normalise = (text: string): string => text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

type AliasTable<T extends string> = Readonly<Record<T, readonly string[]>>;

function aliasMap<T extends string>(table: AliasTable<T>): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const [id, aliases] of Object.entries(table) as [T, readonly string[]][]) {
    for (const name of [id, ...aliases]) map.set(normalise(name), id);
  }
  return map;
}

const SECTOR_ALIASES: AliasTable<SectorId> = {
  power: ['power generation', 'electricity', 'electricity generation', '发电', '发电行业', '电力'],
  'power:coal-large': ['coal-large', 'power: coal-large', '300mw等级以上常规燃煤机组'],
  'power:coal-small': ['coal-small', 'power: coal-small', '300mw等级及以下常规燃煤机组'],
  'power:coal-unconventional': ['coal-unconventional', 'power: coal-unconventional', '非常规燃煤机组'],
  'power:gas': ['gas-fired', 'power: gas', '燃气机组'],
  cement: ['cement clinker', 'clinker', '水泥', '水泥熟料'],
  steel: ['iron and steel', 'iron & steel', 'iron steel', 'iron-and-steel', 'steel-bf-bof', '钢铁'],
  aluminium: ['aluminum', 'electrolytic aluminium', 'electrolytic aluminum', '铝冶炼', '电解铝'],
  'steel-eaf': ['eaf', 'eaf steel', 'electric arc furnace', 'electric-arc-furnace steel', '电炉钢', '电弧炉炼钢', '短流程炼钢'],
  petrochemicals: ['petrochemical', '石化'],
  chemicals: ['chemical', '化工'],
  'flat-glass': ['flat glass', '平板玻璃'],
  'copper-smelting': ['copper smelting', 'copper', '铜冶炼'],
  paper: ['pulp and paper', 'papermaking', '造纸'],
  'civil-aviation': ['civil aviation', 'aviation', '民航', '航空'],
};

const GAS_ALIASES: AliasTable<Gas> = {
  CO2: ['carbon dioxide', '二氧化碳'],
  CH4: ['methane', '甲烷'],
  'CH4-fossil': ['fossil ch4', 'ch4 fossil', 'fossil methane'],
  'CH4-non-fossil': ['non-fossil ch4', 'ch4 non-fossil', 'biogenic ch4', 'non-fossil methane'],
  N2O: ['nitrous oxide', '氧化亚氮'],
  CF4: ['pfc-14', 'pfc14', 'tetrafluoromethane', '四氟化碳', '四氟甲烷'],
  C2F6: ['pfc-116', 'pfc116', 'hexafluoroethane', '六氟乙烷'],
  SF6: ['sulphur hexafluoride', 'sulfur hexafluoride', '六氟化硫'],
};

const GWP_SET_ALIASES: AliasTable<GwpSet> = {
  SAR: ['ar2', 'ipcc sar'],
  AR4: ['ipcc ar4'],
  AR5: ['ipcc ar5'],
  AR6: ['ipcc ar6'],
};

const SCHEME_ALIASES: AliasTable<SchemeId> = {
  CN: ['china', 'cn ets', 'china national ets', '全国碳市场', '中国'],
  EU: ['eu ets', 'european union'],
  KR: ['k-ets', 'korea'],
  'US-CA': ['california'],
  'US-WA': ['washington'],
  JP: ['gx-ets', 'japan'],
  'CA-OBPS': ['obps', 'canada obps'],
  MX: ['mexico'],
  ID: ['indonesia'],
  RGGI: [],
};

const HEAT_ALIASES: AliasTable<HeatBenchmark> = {
  'heat:coal': ['heat-coal', 'coal heat', 'heat: coal'],
  'heat:gas': ['heat-gas', 'gas heat', 'heat: gas'],
};

const PHASE_ALIASES: AliasTable<Phase> = {
  I: ['1', 'phase i', 'phase 1', '第一阶段'],
  II: ['2', 'phase ii', 'phase 2', '第二阶段'],
};

const SECTORS = aliasMap(SECTOR_ALIASES);
const GAS_NAMES = aliasMap(GAS_ALIASES);
const GWP_SET_NAMES = aliasMap(GWP_SET_ALIASES);
const SCHEMES = aliasMap(SCHEME_ALIASES);
const HEAT_NAMES = aliasMap(HEAT_ALIASES);
const PHASES = aliasMap(PHASE_ALIASES);

const list = (ids: readonly string[]): string => ids.join(', ');
export const ACCEPTED_SECTORS = list(Object.keys(SECTOR_ALIASES));

/** Names already resolved, as typed, per table: a column of 100,000 "cement" cells normalises the word once. */
const MAX_RESOLVED = 10000;
const RESOLVED_BY_MAP = new Map<ReadonlyMap<string, string>, Map<string, string | undefined>>();

function lookup<T extends string>(map: ReadonlyMap<string, T>, text: string): T | undefined {
  let memo = RESOLVED_BY_MAP.get(map);
  if (!memo) RESOLVED_BY_MAP.set(map, (memo = new Map()));
  if (memo.has(text)) return memo.get(text) as T | undefined;
  const id = map.get(normalise(text));
  if (memo.size >= MAX_RESOLVED) memo.clear();
  memo.set(text, id);
  return id;
}

function resolve<T extends string>(map: ReadonlyMap<string, T>, argument: string, value: unknown,
  kind: string, accepted: string): T {
  if (value === undefined) throw valueError(argument, value, '— a value is required here', accepted);
  const id = typeof value === 'string' ? lookup(map, value) : undefined;
  if (id === undefined) throw valueError(argument, value, `is not a known ${kind}`, accepted);
  return id;
}

export const sectorId = (value: unknown, argument = 'sector'): SectorId =>
  resolve(SECTORS, argument, value, 'sector', ACCEPTED_SECTORS);

export const gasId = (value: unknown, argument = 'gas'): Gas =>
  resolve(GAS_NAMES, argument, value, 'gas', `${list(GASES)} (or PFC-14, PFC-116)`);

export const gwpSetId = (value: unknown, argument = 'gwp_set'): GwpSet =>
  resolve(GWP_SET_NAMES, argument, value, 'GWP set', list(GWP_SETS));

export const schemeId = (value: unknown, argument = 'scheme'): SchemeId =>
  resolve(SCHEMES, argument, value, 'scheme', list(SCHEME_IDS));

/** Phase given as a number (1, 2) or text (I, II, Phase I …). */
export function phaseId(value: unknown, argument = 'phase'): Phase {
  const text = typeof value === 'number' ? String(value) : value;
  return resolve(PHASES, argument, text, 'phase', '1, 2, I, II, Phase I, Phase II');
}

/** A benchmark name: a power unit category or a heat benchmark; undefined when it is neither. */
export function cnBenchmarkId(value: unknown): PowerCategory | HeatBenchmark | undefined {
  if (typeof value !== 'string') return undefined;
  const key = normalise(value);
  const heat = HEAT_NAMES.get(key);
  if (heat) return heat;
  const sector = SECTORS.get(key);
  return sector && isPowerCategory(sector) ? sector : undefined;
}

export const isPowerCategory = (s: SectorId): s is PowerCategory => (POWER_CATEGORIES as readonly string[]).includes(s);
export const isIndustrial = (s: SectorId): s is IndustrialSector => (INDUSTRIAL_SECTORS as readonly string[]).includes(s);

/** The sector whose coverage rules apply: every power unit category is covered as power. */
export const coverageSector = (s: SectorId): SectorId => (isPowerCategory(s) ? 'power' : s);

/** The scheme an argument names; omitted → CN. */
export const schemeArg = (value: unknown, argument = 'scheme'): SchemeId =>
  value === undefined ? 'CN' : schemeId(value, argument);

/** A scheme with a table of detailed rules, or #N/A saying which schemes have `what`. */
export function tableScheme(value: unknown, what: string, argument = 'scheme'): SchemeWithRules {
  const id = schemeArg(value, argument);
  const withRules = SCHEMES_WITH_RULES.find((s) => s === id);
  if (withRules === undefined) {
    throw notAvailable(`${argument}: the rulebook has no ${what} for ${id}; it has them for ${list(SCHEMES_WITH_RULES)}.`, argument);
  }
  return withRules;
}
