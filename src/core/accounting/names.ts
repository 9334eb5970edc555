/**
 * The names of emission sources as accounting tables write them, in English and as the MEE guidelines' tables write
 * them in Chinese: fuels (steel table A.1), carbonates and carbon-bearing materials (table A.2), clinker types and
 * non-carbonate substitutes (cement), the aluminium smelter's sources, and the items of an entity's report.
 */
import { messageLanguage, say } from '../messages';
import { NameTable, type AliasTable } from '../names';

export const FUELS = [
  'anthracite', 'bituminous', 'lignite', 'washed-coking-coal', 'other-washed-coal', 'gangue', 'coal-slurry', 'coke',
  'petroleum-coke', 'other-coal-products', 'crude-oil', 'fuel-oil', 'gasoline', 'diesel', 'kerosene', 'other-petroleum-products',
  'lng', 'lpg', 'coal-tar', 'refinery-dry-gas', 'natural-gas', 'blast-furnace-gas', 'converter-gas', 'coke-oven-gas', 'other-gas',
] as const;
export type Fuel = (typeof FUELS)[number];

const FUEL_ALIASES: AliasTable<Fuel> = {
  anthracite: ['无烟煤'],
  bituminous: ['bituminous coal', '烟煤'],
  lignite: ['brown coal', '褐煤'],
  'washed-coking-coal': ['washed coal', 'coking coal', 'clean coal', '洗精煤', '炼焦煤'],
  'other-washed-coal': ['其他洗煤'],
  gangue: ['coal gangue', '煤矸石'],
  'coal-slurry': ['slurry', 'coal slime', '煤泥'],
  coke: ['semi-coke', 'lan coke', '焦炭', '兰炭'],
  'petroleum-coke': ['petcoke', 'pet coke', '石油焦'],
  'other-coal-products': ['其他煤制品'],
  'crude-oil': ['crude', '原油'],
  'fuel-oil': ['heavy fuel oil', '燃料油'],
  gasoline: ['petrol', '汽油'],
  diesel: ['diesel oil', 'gas oil', '柴油'],
  kerosene: ['煤油'],
  'other-petroleum-products': ['其他石油制品'],
  lng: ['liquefied natural gas', '液化天然气'],
  lpg: ['liquefied petroleum gas', '液化石油气'],
  'coal-tar': ['煤焦油'],
  'refinery-dry-gas': ['refinery gas', '炼厂干气'],
  'natural-gas': ['gas', 'ng', '天然气'],
  'blast-furnace-gas': ['bf gas', 'bfg', '高炉煤气'],
  'converter-gas': ['bof gas', 'ldg', 'converter off-gas', '转炉煤气'],
  'coke-oven-gas': ['cog', 'coke oven gas', '焦炉煤气'],
  'other-gas': ['other coal gas', '其它煤气', '其他煤气'],
};

/**
 * Steel table A.2 materials as the enterprise balance (formula 1) uses them: inputs add their carbon, products
 * leaving the works take theirs off. Pig iron is either, so it is named with its direction.
 */
export const STEEL_INPUTS = [
  'limestone', 'dolomite', 'electrode', 'ferro-nickel', 'ferro-molybdenum', 'ferro-silicon', 'silico-manganese',
  'low-carbon-silico-manganese', 'bf-ferro-manganese', 'eaf-high-carbon-ferro-manganese', 'micro-carbon-ferro-manganese',
  'high-carbon-ferro-chrome', 'pig-iron-purchased', 'dri', 'scrap',
] as const;
export const STEEL_PRODUCTS = ['crude-steel', 'pig-iron-sold', 'tar', 'crude-benzol'] as const;
export type SteelMaterial = (typeof STEEL_INPUTS)[number] | (typeof STEEL_PRODUCTS)[number];

const STEEL_MATERIAL_ALIASES: AliasTable<SteelMaterial> = {
  limestone: ['石灰石'],
  dolomite: ['白云石'],
  electrode: ['electrodes', 'graphite electrode', '电极', '石墨电极'],
  'ferro-nickel': ['feni', 'nickel pig iron', '镍铁'],
  'ferro-molybdenum': ['femo', '钼铁'],
  'ferro-silicon': ['fesi', '硅铁'],
  'silico-manganese': ['simn', '锰硅合金', '硅锰合金'],
  'low-carbon-silico-manganese': ['low-carbon simn', '低碳锰硅合金'],
  'bf-ferro-manganese': ['blast-furnace ferro-manganese', '高炉锰铁'],
  'eaf-high-carbon-ferro-manganese': ['high-carbon ferro-manganese', '电炉高碳锰铁'],
  'micro-carbon-ferro-manganese': ['micro-carbon femn', '微碳锰铁'],
  'high-carbon-ferro-chrome': ['high-carbon ferrochrome', '高碳铬铁'],
  'pig-iron-purchased': ['purchased pig iron', 'pig iron purchased', 'pig iron (purchased)', '外购生铁'],
  dri: ['direct reduced iron', 'sponge iron', '直接还原铁'],
  scrap: ['steel scrap', 'scrap steel', '废钢'],
  'crude-steel': ['steel', '粗钢'],
  'pig-iron-sold': ['sold pig iron', 'pig iron sold', 'pig iron (sold)', '外销生铁'],
  tar: ['焦油'],
  'crude-benzol': ['crude benzene', 'benzol', '粗苯'],
};

export const CLINKERS = ['portland', 'white-portland', 'sulphoaluminate', 'aluminate'] as const;
export type Clinker = (typeof CLINKERS)[number];
const CLINKER_ALIASES: AliasTable<Clinker> = {
  portland: ['clinker', 'portland clinker', 'portland cement clinker', 'grey clinker', '熟料', '水泥熟料', '硅酸盐水泥熟料'],
  'white-portland': ['white clinker', 'white portland clinker', 'white cement clinker', '白色硅酸盐水泥熟料', '白水泥熟料'],
  sulphoaluminate: ['sulfoaluminate', 'sulphoaluminate clinker', 'sulphoferroaluminate', '硫铝酸盐水泥熟料', '硫（铁）铝酸盐水泥熟料', '硫铁铝酸盐水泥熟料'],
  aluminate: ['calcium aluminate', 'aluminate clinker', '铝酸盐水泥熟料'],
};

/** Non-carbonate substitutes for limestone in the raw meal, by name; each belongs to one deduction group. */
export const SUBSTITUTES = {
  'desulphurisation-powder': 'group-a', 'slaked-lime': 'group-a',
  'carbide-slag': 'group-b', 'magnesium-slag': 'group-b',
  'paper-white-mud': 'group-c', 'calcium-fluoride-sludge': 'group-c', 'phosphorus-slag': 'group-c',
  'vanadium-titanium-slag': 'group-d', 'nitrogen-slag': 'group-d', 'flue-dust-ash': 'group-d', 'ferroalloy-slag': 'group-d',
  'fgd-gypsum': 'group-e', phosphogypsum: 'group-e', titanogypsum: 'group-e', fluorogypsum: 'group-e',
  borogypsum: 'group-e', 'mould-gypsum': 'group-e', 'citric-acid-residue': 'group-e',
  'steel-slag': 'group-f', 'nickel-slag': 'group-f',
  'manganese-slag': 'group-g', 'zinc-slag': 'group-g', 'tin-slag': 'group-g',
  'municipal-sludge': 'group-h', 'aluminium-slag': 'group-h', 'pyrite-cinder': 'group-h', 'copper-slag': 'group-h',
  'lead-zinc-slag': 'group-h', 'pulverised-fuel-ash': 'group-h', 'red-mud': 'group-h',
} as const;
export type Substitute = keyof typeof SUBSTITUTES;
const SUBSTITUTE_ALIASES: AliasTable<Substitute> = {
  'desulphurisation-powder': ['desulfurization powder', 'calcium hydroxide', '脱硫粉剂', '脱硫粉剂（氢氧化钙）'],
  'slaked-lime': ['hydrated lime', '熟石灰'],
  'carbide-slag': ['calcium carbide slag', '电石渣'],
  'magnesium-slag': ['镁渣'],
  'paper-white-mud': ['white mud', '造纸白泥'],
  'calcium-fluoride-sludge': ['caf2 sludge', '氟化钙污泥'],
  'phosphorus-slag': ['phosphorous slag', '磷渣'],
  'vanadium-titanium-slag': ['v-ti slag', '钒钛渣'],
  'nitrogen-slag': ['氮渣'],
  'flue-dust-ash': ['飞灰'],
  'ferroalloy-slag': ['ferro-alloy slag', '铁合金炉渣'],
  'fgd-gypsum': ['desulphurisation gypsum', 'desulfurization gypsum', '脱硫石膏'],
  phosphogypsum: ['磷石膏'],
  titanogypsum: ['titanium gypsum', '钛石膏'],
  fluorogypsum: ['fluorgypsum', '氟石膏'],
  borogypsum: ['硼石膏'],
  'mould-gypsum': ['mold gypsum', '模型石膏'],
  'citric-acid-residue': ['柠檬酸渣'],
  'steel-slag': ['钢渣'],
  'nickel-slag': ['镍渣'],
  'manganese-slag': ['锰渣'],
  'zinc-slag': ['锌渣'],
  'tin-slag': ['锡渣'],
  'municipal-sludge': ['sewage sludge', '市政污泥'],
  'aluminium-slag': ['aluminum slag', 'aluminium dross', '铝渣'],
  'pyrite-cinder': ['pyrite cinders', '硫酸渣'],
  'copper-slag': ['铜渣'],
  'lead-zinc-slag': ['铅锌渣'],
  'pulverised-fuel-ash': ['pulverized fuel ash', 'pfa', 'pulverised fly ash', '粉煤灰'],
  'red-mud': ['bauxite residue', '赤泥'],
};

/** Report items that are neither fuels nor materials. */
export const OTHER_ITEMS = ['anode', 'anode-effect', 'aluminium', 'output', 'electricity', 'heat'] as const;
export type OtherItem = (typeof OTHER_ITEMS)[number];
const OTHER_ALIASES: AliasTable<OtherItem> = {
  anode: ['net anode', 'net anode consumption', 'carbon anode', 'anode consumption', '阳极', '炭阳极', '阳极净耗', '炭阳极净耗量', '阳极净耗量'],
  'anode-effect': ['anode effect', 'anode-effect minutes', 'anode effect minutes', 'aem', '阳极效应', '阳极效应持续时间'],
  aluminium: ['aluminum', 'primary aluminium', 'primary aluminum', 'aluminium output', 'aluminium liquid', '原铝', '铝液', '电解铝', '原铝产量', '铝液产量'],
  output: ['production', 'product output', '产量', '产品产量'],
  electricity: ['purchased electricity', 'electricity purchased', 'power purchased', '电力', '外购电力', '购入电力', '购入使用电量', '外购电量', '电量'],
  heat: ['purchased heat', 'heat purchased', 'steam', '热力', '外购热力', '购入热力'],
};

const list = (ids: readonly string[]): string => ids.join(say('list.sep'));
const FLY_ASH = (): string => say('advice.fly-ash');
const PIG_IRON = (): string => say('advice.pig-iron');

const CJK = /[\u3400-\u9fff]/;
/** A fuel as messages name it: its id in English, the guideline's own name (table A.1) in Chinese. */
export const fuelLabel = (id: Fuel): string =>
  (messageLanguage() === 'zh-CN' ? FUEL_ALIASES[id].find((name) => CJK.test(name)) ?? id : id);

export const FUEL_NAMES = new NameTable({ kind: () => say('kind.fuel'), aliases: FUEL_ALIASES, accepted: () => list(FUELS) });
export const STEEL_MATERIAL_NAMES = new NameTable({
  kind: () => say('kind.material'), aliases: STEEL_MATERIAL_ALIASES, accepted: () => list([...STEEL_INPUTS, ...STEEL_PRODUCTS]),
  ambiguous: { 'pig iron': PIG_IRON, 'pig-iron': PIG_IRON, 生铁: PIG_IRON },
});
export const CLINKER_NAMES = new NameTable({ kind: () => say('kind.material'), aliases: CLINKER_ALIASES, accepted: () => list(CLINKERS) });
export const SUBSTITUTE_NAMES = new NameTable({
  kind: () => say('kind.material'), aliases: SUBSTITUTE_ALIASES, accepted: () => list(Object.keys(SUBSTITUTES)),
  ambiguous: { 'fly ash': FLY_ASH, 'fly-ash': FLY_ASH },
});
export const OTHER_ITEM_NAMES = new NameTable({ kind: () => say('kind.item'), aliases: OTHER_ALIASES, accepted: () => list(OTHER_ITEMS) });

/** A report item: what kind of source it is, and its id in its table. */
export type Item =
  | { readonly kind: 'fuel'; readonly id: Fuel }
  | { readonly kind: 'steel-material'; readonly id: SteelMaterial }
  | { readonly kind: 'clinker'; readonly id: Clinker }
  | { readonly kind: 'substitute'; readonly id: Substitute }
  | { readonly kind: 'other'; readonly id: OtherItem };
