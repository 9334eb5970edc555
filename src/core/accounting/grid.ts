/**
 * Electricity CO2 factors published by the MEE and the NBS (tCO2/MWh = kgCO2/kWh): national, by region and by
 * province, by year. Indirect emissions are not surrendered in China's ETS; the factors serve Scope 2, CBAM indirect
 * emissions and the communication template.
 */
import { notAvailable, numberError, valueError } from '../errors';
import { finite } from '../inputs';
import { say } from '../messages';
import { NameTable, type AliasTable } from '../names';
import { findRule, recordsOf } from '../rules';
import { GRID_PROVINCE_IDS, GRID_REGION_IDS } from '../rules/accounting';

export const GRID_KINDS = ['average', 'excl-market', 'fossil'] as const;
type GridKind = (typeof GRID_KINDS)[number];

const REGION_ALIASES: AliasTable<string> = {
  north: ['north china', '华北', '华北区域', '华北电网'],
  northeast: ['northeast china', 'north-east', '东北', '东北区域', '东北电网'],
  east: ['east china', '华东', '华东区域', '华东电网'],
  central: ['central china', '华中', '华中区域', '华中电网'],
  northwest: ['northwest china', 'north-west', '西北', '西北区域', '西北电网'],
  south: ['south china', 'southern grid', 'china southern', '南方', '南方区域', '南方电网'],
  southwest: ['southwest china', 'south-west', '西南', '西南区域', '西南电网'],
};
const PROVINCE_ALIASES: AliasTable<string> = {
  beijing: ['北京'], tianjin: ['天津'], hebei: ['河北'], shanxi: ['山西'], 'inner-mongolia': ['inner mongolia', 'nei mongol', '内蒙古'],
  liaoning: ['辽宁'], jilin: ['吉林'], heilongjiang: ['黑龙江'], shanghai: ['上海'], jiangsu: ['江苏'], zhejiang: ['浙江'],
  anhui: ['安徽'], fujian: ['福建'], jiangxi: ['江西'], shandong: ['山东'], henan: ['河南'], hubei: ['湖北'], hunan: ['湖南'],
  guangdong: ['广东'], guangxi: ['广西'], hainan: ['海南'], chongqing: ['重庆'], sichuan: ['四川'], guizhou: ['贵州'],
  yunnan: ['云南'], shaanxi: ['陕西'], gansu: ['甘肃'], qinghai: ['青海'], ningxia: ['宁夏'], xinjiang: ['新疆'],
};
const KIND_ALIASES: AliasTable<GridKind> = {
  average: ['mean', 'grid average', '平均', '电力平均', '全国电力平均'],
  'excl-market': ['excluding market', 'excluding market-traded non-fossil', 'excl market', '不包括市场化交易的非化石能源电量'],
  fossil: ['fossil only', 'fossil power', '化石能源', '化石能源电力'],
};

/** Keyed by where: "national", a region or a province; provinces and regions share one table of names. */
const PLACES = new NameTable({
  kind: () => say('kind.grid-area'),
  aliases: {
    national: ['china', 'nationwide', 'national average', '全国', '中国'],
    ...REGION_ALIASES,
    ...Object.fromEntries(Object.entries(PROVINCE_ALIASES).map(([id, names]) => [id, [...names, `${names[0]}省`, `${names[0]}市`]])),
  } as AliasTable<string>,
  accepted: () => say('grid.accepted'),
  ambiguous: { 西藏: () => say('grid.tibet'), tibet: () => say('grid.tibet'), xizang: () => say('grid.tibet') },
});
const KINDS = new NameTable({ kind: () => say('kind.grid-kind'), aliases: KIND_ALIASES, accepted: () => GRID_KINDS.join(say('list.sep')) });

const keyOf = (place: string, kind: GridKind): string => {
  if (place === 'national') return `grid:national:${kind}`;
  return GRID_REGION_IDS.includes(place) ? `grid:region:${place}` : `grid:province:${place}`;
};

/** The latest year any national factor is published for. */
const latestYear = (): number => Math.max(...recordsOf('grid:national:average').map((r) => r.years!.from));

/**
 * An electricity CO2 factor, tCO2/MWh: national (default), a region (华东 or "east") or a province (江苏 or
 * "Jiangsu"); `kind` average (default), excl-market (excluding market-traded non-fossil power) or fossil (national
 * only). Blank year: the latest published.
 * @example gridFactor(2023) // 0.5306;  gridFactor(2023, '华东') // 0.55
 */
export function gridFactor(year?: unknown, region?: unknown, kind?: unknown): number {
  const y = year === undefined ? latestYear() : finite('year', year);
  if (!Number.isInteger(y)) throw numberError('year', y, say('arg.whole-year'));
  const place = region === undefined ? 'national' : PLACES.resolve('region', region);
  const k = kind === undefined ? 'average' : KINDS.resolve('kind', kind);
  if (place !== 'national' && k !== 'average') throw valueError('kind', kind, say('grid.kind-national'));
  const key = keyOf(place, k);
  const record = findRule<number>(key, y);
  if (record === undefined) {
    const years = recordsOf(key).map((r) => r.years!.from);
    throw notAvailable(say('grid.no-year', { year: y, years: years.join(say('list.sep')) }), 'year');
  }
  return record.value;
}

/**
 * The national average factor of a year, or of the latest year published before it (indirect emissions of a data
 * year whose factor is not out yet); #N/A before the first published year.
 */
export function nationalFactorFor(year: number): number {
  const published = recordsOf('grid:national:average').filter((r) => r.years!.from <= year);
  if (published.length === 0) return gridFactor(year);
  return published.reduce((a, b) => (b.years!.from > a.years!.from ? b : a)).value as number;
}

/** The grid key a place and kind name, for ETS.SOURCE ("grid:华东" → grid:region:east). */
export function gridKey(text: string): string | undefined {
  const [place, kind] = text.split(':').map((p) => p.trim());
  const id = place ? PLACES.lookup(place) : undefined;
  const k = kind ? KINDS.lookup(kind) : 'average';
  return id === undefined || k === undefined ? undefined : keyOf(id, k);
}

export { GRID_PROVINCE_IDS };
