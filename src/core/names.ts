/**
 * Names users type, in English and Chinese, resolved to canonical ids. Tables are built once at load;
 * matching is case-insensitive, trims, folds full-width and subscript characters (NFKC) and runs of spaces.
 */
import { closestIds } from './closest';
import { EtsError, notAvailable, valueError } from './errors';
import { orList, say } from './messages';
import { fixedRule, GASES, GWP_SETS, SCHEMES_WITH_RULES, type Gas, type GwpSet, type SchemeWithRules } from './rules';

export const POWER_CATEGORIES = ['power:coal-large', 'power:coal-small', 'power:coal-unconventional', 'power:gas'] as const;
export type PowerCategory = (typeof POWER_CATEGORIES)[number];

export const INDUSTRIAL_SECTORS = ['cement', 'steel', 'aluminium'] as const;
export type IndustrialSector = (typeof INDUSTRIAL_SECTORS)[number];

export const OTHER_SECTORS = [
  'steel-eaf', 'steel-rolling', 'cement-non-portland', 'petrochemicals', 'chemicals', 'flat-glass', 'copper-smelting', 'paper',
  'civil-aviation',
] as const;

export type SectorId = 'power' | PowerCategory | IndustrialSector | (typeof OTHER_SECTORS)[number];

export const HEAT_BENCHMARKS = ['heat:coal', 'heat:gas'] as const;
export type HeatBenchmark = (typeof HEAT_BENCHMARKS)[number];

export const SCHEME_IDS = ['CN', 'EU', 'UK', 'UK-CBAM', 'KR', 'US-CA', 'US-WA', 'JP', 'CA-OBPS', 'MX', 'ID', 'RGGI'] as const;
export type SchemeId = (typeof SCHEME_IDS)[number];

export type Phase = 'I' | 'II';

/**
 * Cement and steel lines the allocation plans treat apart (A = E in Phase I years where a record says so). The id's
 * prefix is the sector it belongs to; for coverage they are that sector.
 */
export const SPECIAL_CASES = ['cement:white-clinker', 'cement:carbide-slag', 'cement:gypsum-acid', 'steel:hydrogen-rich-bf'] as const;
export type SpecialCase = (typeof SPECIAL_CASES)[number];

/** Power units the 2025–2026 draft treats apart (§三(三)1 and 4): A = E per unit (ETS.POWER.ENTITY's special column). */
export const POWER_SPECIAL_CASES = [
  'biomass', 'own-secondary-energy', 'biomass-and-secondary', 'special-fuel', 'own-waste-gas', 'converted-coal-boiler',
  'oil-igcc-ice', 'emergency-standby', 'green-hydrogen-ammonia', 'closed', 'new',
] as const;
export type PowerSpecialCase = (typeof POWER_SPECIAL_CASES)[number];

export const COMPLIANCE_EVENTS = ['report', 'verification', 'preallocation', 'allocation', 'surrender', 'carryover'] as const;
export type ComplianceEvent = (typeof COMPLIANCE_EVENTS)[number];

/** Normal form for matching: NFKC (full-width, ₂ → 2), lower case, trimmed, single spaces. */
export const normalise = (text: string): string => text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

export type AliasTable<T extends string> = Readonly<Record<T, readonly string[]>>;

/**
 * A name as a table key: normal form, spaces around ':' dropped, and runs of spaces, '_' and dashes as one '-', so
 * "Power: coal large", "power:coal_large" and "power:coal-large" are one key.
 */
export const nameKey = (text: string): string =>
  normalise(text).replace(/\s*:\s*/g, ':').replace(/[\s_\-\u2010-\u2015]+/g, '-');

/** Words around a name that do not change what it names: 水泥行业 is 水泥, "cement sector" is cement. */
const SECTOR_SUFFIXES = ['行业', '企业', '产业', '-sector', '-industry', '-industries'];

interface TableSpec<T extends string> {
  /** What a name in this table is, for messages: "sector", "gas" … (in the message language, hence a function). */
  readonly kind: () => string;
  readonly aliases: AliasTable<T>;
  /** The accepted names listed when nothing close is found (the full list stays in ETS.RULEBOOK). */
  readonly accepted: () => string;
  readonly suffixes?: readonly string[];
  /** Words that name the id whatever comes before them: 钢铁企业自备电厂 is a captive (power) plant. */
  readonly endings?: Readonly<Record<string, T>>;
  /** Names that could mean more than one thing, and what to write instead. */
  readonly ambiguous?: Readonly<Record<string, () => string>>;
}

/** A name as looked up: what it resolved to, its key, and (once asked for) the closest accepted names. */
interface Looked<T extends string> {
  readonly id: T | undefined;
  readonly key: string;
  close?: T[];
}

/** A table of names: built once at load, looked up case- and spacing-insensitively, with "did you mean" for the rest. */
export class NameTable<T extends string> {
  private readonly byKey = new Map<string, T>();
  private readonly ambiguous = new Map<string, () => string>();
  private readonly endings: ReadonlyArray<readonly [string, T]>;
  /** Names already looked up, as typed, with their key: a column of 100,000 "cement" cells normalises the word once. */
  private readonly memo = new Map<string, Looked<T>>();

  constructor(private readonly spec: TableSpec<T>) {
    for (const [id, aliases] of Object.entries(spec.aliases) as [T, readonly string[]][]) {
      for (const name of [id, ...aliases]) this.byKey.set(nameKey(name), id);
    }
    for (const [name, advice] of Object.entries(spec.ambiguous ?? {})) this.ambiguous.set(nameKey(name), advice);
    this.endings = Object.entries(spec.endings ?? {}).map(([ending, id]) => [nameKey(ending), id as T] as const);
  }

  lookup(text: string): T | undefined {
    return this.looked(text).id;
  }

  private looked(text: string): Looked<T> {
    let found = this.memo.get(text);
    if (found === undefined) {
      const key = nameKey(text);
      found = { id: this.find(key), key };
      if (this.memo.size >= MAX_MEMO) this.memo.clear();
      this.memo.set(text, found);
    }
    return found;
  }

  private find(key: string): T | undefined {
    const exact = this.byKey.get(key);
    if (exact !== undefined || this.ambiguous.has(key)) return exact;
    for (const suffix of this.spec.suffixes ?? []) {
      if (key.length > suffix.length && key.endsWith(suffix)) {
        const id = this.byKey.get(key.slice(0, -suffix.length));
        if (id !== undefined) return id;
      }
    }
    for (const [ending, id] of this.endings) if (key.endsWith(ending)) return id;
    return undefined;
  }

  /** The #VALUE! for a name this table does not resolve: why it is ambiguous, or the closest accepted names. */
  unknown(argument: string, value: unknown): EtsError {
    // Only text can be a misspelt name: a number or TRUE gets the list, without a search for look-alikes.
    if (typeof value !== 'string') return valueError(argument, value, say('name.unknown', { kind: this.spec.kind() }), this.spec.accepted());
    const looked = this.looked(value);
    const advice = this.ambiguous.get(looked.key);
    if (advice !== undefined) return valueError(argument, value, say('name.ambiguous', { advice: advice() }));
    const close = (looked.close ??= closestIds(looked.key, this.byKey));
    if (close.length > 0) return valueError(argument, value, say('name.did-you-mean', { kind: this.spec.kind(), options: orList(close) }));
    return valueError(argument, value, say('name.unknown', { kind: this.spec.kind() }), this.spec.accepted());
  }

  resolve(argument: string, value: unknown): T {
    if (value === undefined) throw valueError(argument, value, say('arg.required'), this.spec.accepted());
    const id = typeof value === 'string' ? this.lookup(value) : undefined;
    if (id === undefined) throw this.unknown(argument, value);
    return id;
  }
}

const MAX_MEMO = 10_000;

/**
 * Sector names as client lists write them. Decisions: 燃煤发电 / 火电 / 煤电 name power without the unit category (allocation
 * asks for it); 燃气发电 is the gas unit category; 熟料 is cement (the unit of coverage is the clinker line); 铝 is the
 * aluminium (smelting) sector, as "aluminium" is; 电炉炼钢 is stand-alone EAF steel; 轧钢 and 钢压延加工 (industry code 3130,
 * outside the steel list's 3110 and 3120) are stand-alone rolling; 硫铝酸盐 and 铝酸盐 clinkers are non-Portland clinker.
 */
const SECTOR_ALIASES: AliasTable<SectorId> = {
  power: ['power generation', 'electricity', 'electricity generation', 'thermal power', 'coal power', 'coal-fired power',
    '发电', '电力', '火电', '火力发电', '燃煤发电', '煤电', '热电', '热电联产', '电厂', '发电厂', '燃煤电厂',
    // Captive plants are on the power list (record captive-power), whatever industry owns them.
    'captive power plant', 'captive power', 'captive plant', 'captive power station', '自备电厂', '企业自备电厂', '自备电站', '自备热电厂'],
  'power:coal-large': ['coal-large', '300mw等级以上常规燃煤机组'],
  'power:coal-small': ['coal-small', '300mw等级及以下常规燃煤机组'],
  'power:coal-unconventional': ['coal-unconventional', '非常规燃煤机组', '燃煤矸石、煤泥、水煤浆等非常规燃煤机组',
    '燃煤矸石、煤泥、水煤浆等非常规燃煤机组(含燃煤循环流化床机组)', '燃煤矸石、水煤浆等非常规燃煤机组(含燃煤循环流化床机组)',
    '燃煤循环流化床机组', '循环流化床机组'],
  'power:gas': ['gas-fired', 'gas-fired power', 'gas power', '燃气机组', '燃气发电', '燃气电厂', '气电'],
  cement: ['cement clinker', 'clinker', '水泥', '水泥熟料', '熟料', '水泥熟料生产'],
  steel: ['iron and steel', 'iron & steel', 'iron steel', 'steel-bf-bof', 'bf-bof', 'integrated steel', '钢铁', '钢铁联合企业',
    '长流程钢铁', '高炉-转炉'],
  aluminium: ['aluminum', 'electrolytic aluminium', 'electrolytic aluminum', 'primary aluminium', 'primary aluminum',
    'aluminium smelting', 'aluminum smelting', '铝', '铝冶炼', '电解铝', '原铝'],
  'steel-eaf': ['eaf', 'eaf steel', 'electric arc furnace', 'electric-arc-furnace steel', 'stand-alone eaf', 'stand-alone eaf steel',
    'short-process steel', '电炉钢', '电弧炉炼钢', '电炉炼钢', '短流程炼钢', '电炉短流程', '独立电炉', '独立电炉钢', '独立电炉炼钢',
    '电炉短流程钢铁', '独立电炉短流程钢铁', '独立电炉短流程钢铁生产'],
  'steel-rolling': ['steel rolling', 'rolling', 'rolling mill', 'steel rolling mill', 'stand-alone rolling', 'stand-alone steel rolling',
    'steel rolling and processing', '独立轧钢', '轧钢', '轧钢厂', '钢压延加工', '钢压延', '独立钢压延加工'],
  'cement-non-portland': ['non-portland clinker', 'non-portland cement clinker', 'non-portland cement', 'sulphoaluminate clinker',
    'sulfoaluminate clinker', 'calcium aluminate clinker', '非硅酸盐水泥熟料', '非硅酸盐熟料', '非硅酸盐水泥', '非硅酸盐水泥熟料生产',
    '硫铝酸盐水泥熟料', '硫铝酸盐熟料', '铝酸盐水泥熟料'],
  petrochemicals: ['petrochemical', '石化'],
  chemicals: ['chemical', '化工'],
  'flat-glass': ['flat glass', '平板玻璃'],
  'copper-smelting': ['copper smelting', 'copper', '铜冶炼'],
  paper: ['pulp and paper', 'papermaking', '造纸'],
  'civil-aviation': ['civil aviation', 'aviation', '民航', '航空'],
};

const GLASS = (): string => say('advice.glass');
const STEELMAKING = (): string => say('advice.steelmaking');
const GAS_SECTOR = (): string => say('advice.gas');
const COAL_SECTOR = (): string => say('advice.coal');
const COAL_SIZE = (): string => say('advice.coal-size', { mw: fixedRule<number>('power:category-split')?.value ?? NaN });

/** Power unit categories, with the names users type inside a power function (no "power:" needed there). */
const POWER_ALIASES: AliasTable<PowerCategory> = {
  // The categories split at 400 MW of rated power (2023–2024 plan annex 1 table 1), whatever the "300 MW class" names say.
  'power:coal-large': [...SECTOR_ALIASES['power:coal-large'], 'large coal', 'coal ≥ 400mw', 'coal >= 400mw', '≥400mw', '>=400mw', 'coal 400mw+'],
  'power:coal-small': [...SECTOR_ALIASES['power:coal-small'], 'small coal', 'coal < 400mw', '<400mw'],
  'power:coal-unconventional': [...SECTOR_ALIASES['power:coal-unconventional'], 'unconventional coal', 'cfb'],
  'power:gas': [...SECTOR_ALIASES['power:gas'], 'gas', '燃气'],
};

const GAS_ALIASES: AliasTable<Gas> = {
  CO2: ['carbon dioxide', '二氧化碳'],
  CH4: ['methane', '甲烷'],
  'CH4-fossil': ['fossil ch4', 'fossil methane'],
  'CH4-non-fossil': ['non-fossil ch4', 'biogenic ch4', 'non-fossil methane'],
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
  EU: ['eu ets', 'european union', '欧盟'],
  UK: ['uk ets', 'united kingdom', 'great britain', 'gb', '英国'],
  'UK-CBAM': ['uk cbam', 'ukcbam', '英国cbam'],
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
  'heat:coal': ['heat-coal', 'coal heat'],
  'heat:gas': ['heat-gas', 'gas heat'],
};

const PHASE_ALIASES: AliasTable<Phase> = {
  I: ['1', 'phase i', 'phase 1', '第一阶段'],
  II: ['2', 'phase ii', 'phase 2', '第二阶段'],
};

const SPECIAL_ALIASES: AliasTable<SpecialCase> = {
  'cement:white-clinker': ['white clinker', 'white-clinker', 'white cement clinker', '白水泥熟料', '白水泥'],
  'cement:carbide-slag': ['carbide slag', 'carbide-slag clinker', 'calcium carbide slag', '电石渣', '电石渣熟料', '电石渣制水泥熟料'],
  'cement:gypsum-acid': ['gypsum-acid', 'gypsum acid', 'gypsum-sulphuric-acid', 'gypsum sulphuric acid clinker', '石膏制硫酸联产水泥熟料', '石膏制硫酸'],
  'steel:hydrogen-rich-bf': ['hydrogen-rich bf', 'hydrogen-rich blast furnace', 'hydrogen rich blast furnace', '富氢碳循环高炉', '富氢碳循环氧气高炉', '富氢高炉'],
};

const POWER_SPECIAL_ALIASES: AliasTable<PowerSpecialCase> = {
  biomass: ['biomass co-firing', 'biomass cofiring', '掺烧生物质', '生物质掺烧', '掺烧生物质发电机组', '生物质'],
  'own-secondary-energy': ['secondary energy', 'own secondary energy', '混烧自产二次能源', '自产二次能源'],
  'biomass-and-secondary': ['biomass and secondary energy', '生物质与自产二次能源', '生物质和自产二次能源'],
  'special-fuel': ['special fuel', 'special fuels', 'coal-bed methane', '特殊燃料', '特殊化石燃料', '煤层气', '煤矿瓦斯'],
  'own-waste-gas': ['waste gas', 'own waste gas', '自产废气', '自产尾气', '自产煤气', '仅使用自产废气、尾气、煤气'],
  'converted-coal-boiler': ['converted coal boiler', 'coal boiler converted to gas', '燃煤锅炉改造', '燃煤锅炉改造形成的燃气机组'],
  'oil-igcc-ice': ['oil', 'oil-fired', 'igcc', 'internal combustion', '燃油机组', '整体煤气化联合循环', '内燃机组'],
  'emergency-standby': ['emergency', 'standby', 'emergency standby', '应急备用', '应急备用保障'],
  'green-hydrogen-ammonia': ['green hydrogen', 'green ammonia', 'hydrogen', 'ammonia', '绿氢', '绿氨', '掺烧绿氢', '掺烧绿氨', '绿氢、绿氨'],
  closed: ['closed before allocation', 'shut down', '关停', '配额核定前关停'],
  new: ['new unit', 'commissioned', 'newly commissioned', '新投产', '当年新投产'],
};

/** The steps of a compliance cycle, as the MEE notices and allocation plans name them. */
const EVENT_ALIASES: AliasTable<ComplianceEvent> = {
  report: ['emission report', 'emissions report', 'annual report', 'reporting', '排放报告', '年度排放报告', '报告'],
  verification: ['verify', 'verified', '核查'],
  preallocation: ['pre-allocation', 'pre allocation', 'advance allocation', '预分配', '配额预分配'],
  allocation: ['final allocation', 'allocation issued', '核定', '配额核定', '配额分配', '分配'],
  surrender: ['compliance', 'clearance', '清缴', '履约', '配额清缴'],
  carryover: ['carry-over', 'carry over', 'banking', '结转', '配额结转'],
};

/** Ids as a list in the message language (INFO's sector list is built at load, in English). */
const list = (ids: readonly string[]): string => ids.join(say('list.sep'));
export const ACCEPTED_SECTORS = list(Object.keys(SECTOR_ALIASES));

const SECTORS = new NameTable({
  kind: () => say('kind.sector'), aliases: SECTOR_ALIASES, suffixes: SECTOR_SUFFIXES, accepted: () => say('accepted.sectors'),
  endings: { 自备电厂: 'power', 自备电站: 'power', 自备热电厂: 'power', 'captive power plant': 'power', 'captive power station': 'power' },
  ambiguous: { 玻璃: GLASS, glass: GLASS, 玻璃行业: GLASS, 炼钢: STEELMAKING, steelmaking: STEELMAKING, gas: GAS_SECTOR, coal: COAL_SECTOR },
});
const POWER = new NameTable({
  kind: () => say('kind.power-category'), aliases: POWER_ALIASES, accepted: () => say('accepted.power', { ids: list(POWER_CATEGORIES) }),
  ambiguous: { coal: COAL_SECTOR, 'power:coal': COAL_SECTOR, 燃煤机组: COAL_SECTOR, 燃煤发电: COAL_SECTOR, 'coal > 300mw': COAL_SIZE,
    'coal ≤ 300mw': COAL_SIZE, 'coal <= 300mw': COAL_SIZE, '300mw': COAL_SIZE, '>300mw': COAL_SIZE, '≤300mw': COAL_SIZE },
});
const GAS_NAMES = new NameTable({ kind: () => say('kind.gas'), aliases: GAS_ALIASES, accepted: () => say('accepted.gases', { ids: list(GASES) }) });
const GWP_SET_NAMES = new NameTable({ kind: () => say('kind.gwp-set'), aliases: GWP_SET_ALIASES, accepted: () => list(GWP_SETS) });
const SCHEMES = new NameTable({ kind: () => say('kind.scheme'), aliases: SCHEME_ALIASES, accepted: () => list(SCHEME_IDS) });
const HEAT_NAMES = new NameTable({ kind: () => say('kind.heat-benchmark'), aliases: HEAT_ALIASES, accepted: () => list(HEAT_BENCHMARKS) });
const SPECIAL = new NameTable({ kind: () => say('kind.special-case'), aliases: SPECIAL_ALIASES, accepted: () => list(SPECIAL_CASES) });
const POWER_SPECIAL = new NameTable({ kind: () => say('kind.power-special'), aliases: POWER_SPECIAL_ALIASES, accepted: () => list(POWER_SPECIAL_CASES) });
const EVENTS = new NameTable({ kind: () => say('kind.event'), aliases: EVENT_ALIASES, accepted: () => list(COMPLIANCE_EVENTS) });
const PHASES = new NameTable({ kind: () => say('kind.phase'), aliases: PHASE_ALIASES, accepted: () => '1, 2, I, II, Phase I, Phase II' });

/** A sector as typed, with the special case it names, if any (cement:white-clinker is cement, case white-clinker). */
export function sectorAndCase(value: unknown, argument = 'sector'): { readonly id: SectorId; readonly special?: SpecialCase } {
  const found = typeof value === 'string' ? SECTORS.lookup(value) : undefined;
  if (found !== undefined) return { id: found };
  const special = specialCaseId(value);
  return special !== undefined ? { id: specialCaseSector(special), special } : { id: SECTORS.resolve(argument, value) };
}

/** A sector as typed; a special case is its sector here (allocation reads the case through sectorAndCase). */
export const sectorId = (value: unknown, argument = 'sector'): SectorId => sectorAndCase(value, argument).id;

/** A power unit category as typed in a power function: gas, coal-large, power:gas, 燃气机组 … */
export const powerCategoryId = (value: unknown, argument = 'category'): PowerCategory => POWER.resolve(argument, value);

export const gasId = (value: unknown, argument = 'gas'): Gas => GAS_NAMES.resolve(argument, value);

export const gwpSetId = (value: unknown, argument = 'gwp_set'): GwpSet => GWP_SET_NAMES.resolve(argument, value);

export const schemeId = (value: unknown, argument = 'scheme'): SchemeId => SCHEMES.resolve(argument, value);

/** A special case named in a sector argument (cement:white-clinker, 白水泥熟料 …), or undefined for any other name. */
export const specialCaseId = (value: unknown): SpecialCase | undefined => (typeof value === 'string' ? SPECIAL.lookup(value) : undefined);
export const specialCaseSector = (c: SpecialCase): IndustrialSector => c.slice(0, c.indexOf(':')) as IndustrialSector;

/**
 * Lookups that never throw, for code that tries several readings of one text (ETS.SOURCE): no error is built and no
 * did-you-mean search runs for the readings that miss, which made 100,000 unknown names take a minute and a half.
 */
export const findSectorId = (text: string): SectorId | undefined => {
  const special = specialCaseId(text);
  return special !== undefined ? specialCaseSector(special) : SECTORS.lookup(text);
};
export const findGasId = (text: string): Gas | undefined => GAS_NAMES.lookup(text);
export const findGwpSetId = (text: string): GwpSet | undefined => GWP_SET_NAMES.lookup(text);
export const findSchemeId = (text: string): SchemeId | undefined => SCHEMES.lookup(text);
export const findEventId = (text: string): ComplianceEvent | undefined => EVENTS.lookup(text);
export const findPowerSpecialId = (text: string): PowerSpecialCase | undefined => POWER_SPECIAL.lookup(text);

/** A power special case as typed in POWER.ENTITY's special column (biomass, 掺烧生物质, 应急备用 …). */
export const powerSpecialId = (value: unknown, argument = 'special'): PowerSpecialCase => POWER_SPECIAL.resolve(argument, value);
export const eventId = (value: unknown, argument = 'event'): ComplianceEvent => EVENTS.resolve(argument, value);

/** Phase given as a number (1, 2) or text (I, II, Phase I …). */
export function phaseId(value: unknown, argument = 'phase'): Phase {
  return PHASES.resolve(argument, typeof value === 'number' ? String(value) : value);
}

/** A benchmark name: a power unit category or a heat benchmark; undefined when it is neither. */
export function cnBenchmarkId(value: unknown): PowerCategory | HeatBenchmark | undefined {
  if (typeof value !== 'string') return undefined;
  const heat = HEAT_NAMES.lookup(value);
  if (heat) return heat;
  const sector = SECTORS.lookup(value);
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
    throw notAvailable(say('name.no-rules', { argument, what, id, schemes: list(SCHEMES_WITH_RULES) }), argument);
  }
  return withRules;
}
