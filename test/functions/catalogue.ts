/** The public contract of ../shared/design/functions.md, as data: id and parameters in order ([x] = optional). */
export const CATALOGUE: Readonly<Record<string, readonly string[]>> = {
  COVERED: ['sector', 'direct_emissions', '[scheme]', '[year]'],
  COVERAGE: ['sector', 'direct_emissions', '[scheme]', '[year]'],
  THRESHOLD: ['[scheme]', '[sector]', '[year]'],
  GASES: ['sector', '[scheme]'],
  PHASE: ['year', '[scheme]'],
  GWP: ['gas', '[gwp_set]'],
  CO2E: ['gas', 'mass_t', '[gwp_set]'],
  // [emissions] extends the contract: steel's allowances multiply the enterprise's emissions, not output × intensity.
  ALLOCATION: ['sector', 'output', 'intensity', '[phase]', '[balance_value]', '[year]', '[benchmark]', '[emissions]'],
  ALPHA: ['intensity', 'reference'],
  'POWER.UNIT': ['category', 'generation_mwh', '[heat_gj]', '[year]', '[load_correction]', '[verified_emissions]'],
  'POWER.LOADFACTOR': ['load_rate', '[year]', '[category]'],
  'POWER.ENTITY': ['category', 'generation_mwh', 'verified_emissions', '[heat_gj]', '[year]', '[load_correction]', '[special]'],
  BENCHMARK: ['name', '[year]', '[scheme]'],
  POSITION: ['sector', 'years', 'output', 'intensity', 'price', '[balance_value]', '[benchmark]', '[offset_price]', '[offset_share]', '[emissions]'],
  BALANCE: ['allocation', 'verified_emissions'],
  COST: ['allocation', 'verified_emissions', 'price', '[offset_price]', '[offset_share]'],
  // PREALLOCATION extends the contract: the pre-allocation each plan issues, rounded as it says.
  PREALLOCATION: ['sector', 'previous_verified', '[year]', '[share]'],
  CARRYOVER: ['net_sales_t', '[holding_t]'],
  PENALTY: ['unsurrendered_t', 'average_price', '[multiple]'],
  DEADLINE: ['event', '[year]', '[sector]'],
  'CBAM.FACTOR': ['year'],
  'CBAM.CERTIFICATES': ['quantity_t', 'embedded_intensity', 'year', '[cbam_benchmark]', '[origin_price]', '[certificate_price]', '[cscf]', '[price_paid_per_t]'],
  'CBAM.COST': ['quantity_t', 'embedded_intensity', 'year', 'certificate_price', '[cbam_benchmark]', '[origin_price]', '[cscf]', '[price_paid_per_t]'],
  'CBAM.EXEMPT': ['annual_mass_t'],
  'CBAM.DEFAULT': ['cn_code', 'country', 'year', '[part]'],
  // [year] extends the contract: the table gives some codes one value for 2026–27 and another for 2028–30.
  'CBAM.BENCHMARK': ['cn_code', '[basis]', '[route]', '[year]'],
  EFFECTIVEPRICE: ['allocation', 'verified_emissions', 'price'],
  SCHEMES: [],
  COMPARE: ['sector', 'direct_emissions', '[indirect_emissions]'],
  RULEBOOK: ['[topic]'],
  SOURCE: ['parameter', '[year]', '[scheme]'],
  'CBAM.PRICEDUE': ['price', 'verified_emissions', 'allocation', 'output', '[exchange_rate]'],
  'FUEL.CO2': ['fuel', 'quantity', '[sector]', '[ncv]', '[carbon_content]', '[oxidation]', '[year]'],
  'FUEL.FACTOR': ['fuel', 'parameter', '[sector]', '[year]'],
  'PROCESS.CO2': ['material', 'quantity', '[sector]', '[factor]'],
  'PFC.CO2E': ['aluminium_t', 'anode_effect_minutes', '[slope]', '[c2f6_ratio]', '[gwp_set]'],
  'ANODE.CO2': ['net_anode_t', '[sulphur]', '[ash]'],
  'GRID.FACTOR': ['[year]', '[region]', '[kind]'],
  'HEAT.GJ': ['medium', 'mass_t', 'enthalpy_or_temperature'],
  'EMISSIONS': ['sector', 'items', 'quantities', '[parameters]', '[year]'],
};

/**
 * Names kept working after a rename (Microsoft: a custom function should not share its name with an Excel built-in in
 * any language): each alias takes the same arguments and gives the same results as the function it names.
 */
export const DEPRECATED: Readonly<Record<string, string>> = { POWER: 'POWER.UNIT', INFO: 'RULEBOOK' };

/** Every registered id: the catalogue and its deprecated aliases. */
export const REGISTERED: Readonly<Record<string, readonly string[]>> = {
  ...CATALOGUE,
  ...Object.fromEntries(Object.entries(DEPRECATED).map(([old, current]) => [old, CATALOGUE[current]!])),
};

export const parameterName = (p: string): string => p.replace(/^\[|\]$/g, '');
export const isOptional = (p: string): boolean => p.startsWith('[');
