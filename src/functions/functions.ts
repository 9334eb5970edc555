/* eslint-disable @typescript-eslint/no-explicit-any -- custom-functions-metadata reads `any[][]` as "any value or range" */
/**
 * The ETS custom functions: one JSDoc-annotated wrapper per function, nothing else. The JSDoc is the metadata Excel
 * shows (functions.json is generated from it); the argument specs beside each wrapper drive the shared helper in
 * lift.ts, and the work is done by src/core. Every argument accepts a value or a range; results spill.
 */
import * as core from '../core';
import {
  columnsOf, columnTableSize, lift, liftColumns, liftLookup, liftTable, num, numOrText, singleSize, tableSize, text, tonnes, type ColumnRow, type SizeRule,
} from './lift';

const gasesText = (sector: unknown, scheme: unknown): string => core.gases(sector, scheme).join(', ');
const coverageText = (sector: unknown, direct: unknown, scheme: unknown, year: unknown): string =>
  core.coverage(sector, direct, scheme, year).text;

/** The rows of ETS.POWER.ENTITY as units, each naming its row in messages. */
const entityAllowances = (rows: readonly ColumnRow[], year: unknown): number => core.powerEntity(rows.map(({ label, values }) => {
  const [category, generationMwh, verifiedEmissions, heatGj, loadCorrection, special] = values;
  return { category, generationMwh, verifiedEmissions, heatGj, loadCorrection, special, where: label };
}), year);

/** The rows of ETS.POSITION as years, each naming its row in messages. */
const positionTable = (rows: readonly ColumnRow[], sector: unknown, offsetPrice: unknown, offsetShare: unknown): unknown[][] =>
  core.position(rows.map(({ label, values }) => {
    const [year, output, intensity, price, balanceValue, benchmark, emissions] = values;
    return { year, output, intensity, price, balanceValue, benchmark, emissions, where: label };
  }), sector, offsetPrice, offsetShare);

/** The rows of ETS.EMISSIONS as report rows, each naming its row in messages. */
const emissionsTable = (rows: readonly ColumnRow[], sector: unknown, year: unknown): unknown[][] =>
  core.emissionsReport(sector, rows.map(({ label, values }) => {
    const [item, quantity, ...parameters] = values;
    return { item, quantity, parameters, where: label };
  }), year);

/** ETS.EMISSIONS' parameters block: up to three columns (NCV or factor, carbon content, oxidation). */
const EMISSIONS_PARAMETERS = 3;

const impl = {
  covered: lift([text('sector'), tonnes('direct_emissions'), text('scheme'), num('year')], core.isCovered),
  coverage: lift([text('sector'), tonnes('direct_emissions'), text('scheme'), num('year')], coverageText),
  threshold: liftLookup([text('scheme'), text('sector'), num('year')], core.threshold),
  gases: liftLookup([text('sector'), text('scheme')], gasesText),
  phase: liftLookup([num('year'), text('scheme')], core.phase),
  gwp: liftLookup([text('gas'), text('gwp_set')], core.gwp),
  co2e: lift([text('gas'), tonnes('mass_t'), text('gwp_set')], core.co2e),
  allocation: lift([text('sector'), tonnes('output'), num('intensity'), numOrText('phase'), num('balance_value'), num('year'),
    num('benchmark'), tonnes('emissions')], core.allocation, {
    // sector, phase, balance_value, year, benchmark: read once when every row shares them.
    shared: [0, 3, 4, 5, 6],
    prepare: (a) => {
      const row = core.allocationRule(a[0], a[3], a[4], a[5], a[6]);
      return (r) => row(r[1], r[2], r[7]);
    },
  }),
  alpha: lift([num('intensity'), num('reference')], core.alpha),
  power: lift(
    [text('category'), num('generation_mwh'), num('heat_gj'), num('year'), num('load_correction'), tonnes('verified_emissions')],
    core.power),
  powerEntity: liftColumns(
    [text('category'), num('generation_mwh'), tonnes('verified_emissions'), num('heat_gj'), num('load_correction'), text('special')],
    [num('year')], entityAllowances, ['generation_mwh', 'verified_emissions']),
  loadFactor: lift([num('load_rate'), num('year'), text('category')], core.loadFactor),
  benchmark: liftLookup([text('name'), num('year'), text('scheme')], core.benchmark),
  position: liftColumns(
    [num('years'), tonnes('output'), num('intensity'), num('price'), num('balance_value'), num('benchmark'), tonnes('emissions')],
    [text('sector'), num('offset_price'), num('offset_share')], positionTable as (rows: readonly ColumnRow[], ...fixed: unknown[]) => unknown[][]),
  balance: lift([tonnes('allocation'), tonnes('verified_emissions')], core.balance),
  cost: lift([tonnes('allocation'), tonnes('verified_emissions'), num('price'), num('offset_price'), num('offset_share')], core.cost),
  carryover: lift([tonnes('net_sales_t'), tonnes('holding_t')], core.carryover),
  preallocation: lift([text('sector'), tonnes('previous_verified'), num('year'), num('share')], core.preallocation),
  penalty: lift([tonnes('unsurrendered_t'), num('average_price'), num('multiple')], core.penalty),
  deadline: liftLookup([text('event'), num('year'), text('sector')], core.deadline),
  cbamFactor: liftLookup([num('year')], core.cbamFactor),
  cbamCertificates: lift([tonnes('quantity_t'), numOrText('embedded_intensity'), num('year'), numOrText('cbam_benchmark'),
    num('origin_price'), num('certificate_price'), num('cscf'), num('price_paid_per_t')], core.cbamCertificates),
  cbamCost: lift([tonnes('quantity_t'), numOrText('embedded_intensity'), num('year'), num('certificate_price'),
    numOrText('cbam_benchmark'), num('origin_price'), num('cscf'), num('price_paid_per_t')], core.cbamCost),
  cbamExempt: lift([tonnes('annual_mass_t')], core.cbamExempt),
  cbamDefault: liftLookup([numOrText('cn_code'), text('country'), num('year'), text('part')], core.cbamDefault),
  cbamBenchmark: liftLookup([numOrText('cn_code'), text('basis'), text('route'), num('year')], core.cbamBenchmarkOf),
  effectivePrice: lift([tonnes('allocation'), tonnes('verified_emissions'), num('price')], core.effectivePrice),
  priceDue: lift([num('price'), tonnes('verified_emissions'), tonnes('allocation'), tonnes('output'), num('exchange_rate')], core.priceDue),
  schemes: liftTable([], core.schemesTable),
  compare: liftTable([text('sector'), tonnes('direct_emissions'), tonnes('indirect_emissions')], core.compareTable),
  fuelCo2: lift([text('fuel'), num('quantity'), text('sector'), num('ncv'), num('carbon_content'), num('oxidation'), num('year')], core.fuelCo2),
  fuelFactor: liftLookup([text('fuel'), text('parameter'), text('sector'), num('year')], core.fuelFactor),
  processCo2: lift([text('material'), num('quantity'), text('sector'), num('factor')], core.processCo2),
  pfcCo2e: lift([tonnes('aluminium_t'), num('anode_effect_minutes'), num('slope'), num('c2f6_ratio'), text('gwp_set')], core.pfcCo2e),
  anodeCo2: lift([tonnes('net_anode_t'), num('sulphur'), num('ash')], core.anodeCo2),
  gridFactor: liftLookup([num('year'), text('region'), text('kind')], core.gridFactor),
  heatGj: lift([text('medium'), tonnes('mass_t'), num('enthalpy_or_temperature')], core.heatGj),
  emissions: liftColumns(
    [text('items'), num('quantities'), ...Array.from({ length: EMISSIONS_PARAMETERS }, () => num('parameters'))],
    [text('sector'), num('year')], emissionsTable as (rows: readonly ColumnRow[], ...fixed: unknown[]) => unknown[][], ['quantities']),
  info: lift([text('topic')], core.info),
  source: liftLookup([text('parameter'), num('year'), text('scheme')], core.source),
};

/**
 * Is an entity of this sector with these annual direct emissions an obligated (key emitting) entity? CN: the sector is in force that year and direct emissions reach the threshold (ETS.THRESHOLD).
 * @customfunction COVERED
 * @helpurl https://localhost:3000/docs/functions.html#etscovered
 * @param sector Sector: power, cement, steel, aluminium (or 水泥, 钢铁, 电解铝, 发电 …); reporting-only sectors (steel-eaf, steel-rolling, chemicals …) give FALSE.
 * @param direct_emissions Annual direct (Scope 1) emissions, tCO2e. Indirect emissions do not count.
 * @param [scheme] CN (default), EU, UK, UK-CBAM, KR, US-CA, US-WA, JP, CA-OBPS, MX, ID or RGGI; a capacity-based rule gives #N/A stating it.
 * @param [year] Compliance year, 2013–2040; default: ETS.RULEBOOK("default-year").
 * @returns TRUE or FALSE.
 */
export function covered(sector: any[][], direct_emissions: any[][], scheme?: any[][], year?: any[][]): any[][] {
  return impl.covered(sector, direct_emissions, scheme, year);
}

/**
 * The coverage verdict with its reason, as text, e.g. "Covered: cement, 31,200 tCO2e direct ≥ … threshold (CN ETS, 2025)"; says when a sector has a reporting obligation only.
 * @customfunction COVERAGE
 * @helpurl https://localhost:3000/docs/functions.html#etscoverage
 * @param sector Sector: power, cement, steel, aluminium, steel-eaf, steel-rolling, cement-non-portland, chemicals … (English or Chinese).
 * @param direct_emissions Annual direct emissions, tCO2e.
 * @param [scheme] Scheme id; default CN.
 * @param [year] Compliance year, 2013–2040; default: ETS.RULEBOOK("default-year").
 * @returns The reason, in words.
 */
export function coverage(sector: any[][], direct_emissions: any[][], scheme?: any[][], year?: any[][]): any[][] {
  return impl.coverage(sector, direct_emissions, scheme, year);
}

/**
 * The inclusion threshold, tCO2e of direct emissions a year, as the rulebook gives it (ETS.SOURCE("threshold")).
 * @customfunction THRESHOLD
 * @helpurl https://localhost:3000/docs/functions.html#etsthreshold
 * @param [scheme] Scheme id; default CN.
 * @param [sector] Sector; a sector without an allowance obligation gives #N/A.
 * @param [year] Compliance year, 2013–2040; default: ETS.RULEBOOK("default-year").
 * @returns tCO2e per year.
 */
export function threshold(scheme?: any[][], sector?: any[][], year?: any[][]): any[][] {
  return impl.threshold(scheme, sector, year);
}

/**
 * The greenhouse gases counted for a sector, e.g. "CO2, CF4, C2F6" for aluminium; for stand-alone EAF steel, rolling and non-Portland clinker, the gases they report.
 * @customfunction GASES
 * @helpurl https://localhost:3000/docs/functions.html#etsgases
 * @param sector Sector: power, cement, steel, aluminium, steel-eaf, steel-rolling, cement-non-portland (English or Chinese).
 * @param [scheme] Scheme id; default CN.
 * @returns The gases, comma-separated.
 */
export function gases(sector: any[][], scheme?: any[][]): any[][] {
  return impl.gases(sector, scheme);
}

/**
 * The phase of the expansion a compliance year falls in: I for 2024–2026, II from 2027.
 * @customfunction PHASE
 * @helpurl https://localhost:3000/docs/functions.html#etsphase
 * @param year Compliance year, 2013–2040; before 2024 gives #N/A.
 * @param [scheme] Scheme id; default CN.
 * @returns "I" or "II".
 */
export function phase(year: any[][], scheme?: any[][]): any[][] {
  return impl.phase(year, scheme);
}

/**
 * The 100-year global warming potential of a gas.
 * @customfunction GWP
 * @helpurl https://localhost:3000/docs/functions.html#etsgwp
 * @param gas CO2, CH4, N2O, CF4 (PFC-14), C2F6 (PFC-116), SF6; AR6 also CH4-fossil, CH4-non-fossil.
 * @param [gwp_set] SAR, AR4, AR5 or AR6; default AR5 (see ETS.SOURCE("gwp-default")).
 * @returns tCO2e per tonne of gas.
 */
export function gwp(gas: any[][], gwp_set?: any[][]): any[][] {
  return impl.gwp(gas, gwp_set);
}

/**
 * A mass of gas in tCO2e: mass × GWP. With ranges it returns one value per row; wrap in SUM for a total.
 * @customfunction CO2E
 * @helpurl https://localhost:3000/docs/functions.html#etsco2e
 * @param gas CO2, CH4, N2O, CF4 (PFC-14), C2F6 (PFC-116), SF6.
 * @param mass_t Mass of the gas, tonnes (≥ 0).
 * @param [gwp_set] SAR, AR4, AR5 or AR6; default AR5.
 * @returns tCO2e.
 */
export function co2e(gas: any[][], mass_t: any[][], gwp_set?: any[][]): any[][] {
  return impl.co2e(gas, mass_t, gwp_set);
}

/**
 * Free allowances, tCO2e, as the MEE issues them: 2025–2026 rounded down to whole tonnes. Cement, steel, aluminium: 2024 A = E; 2025–2026 A = E × (1 + α) against the balance value; Phase II A = output × benchmark. Power units: generation × benchmark.
 * @customfunction ALLOCATION
 * @helpurl https://localhost:3000/docs/functions.html#etsallocation
 * @param sector cement, steel, aluminium (or a special case with A = E: cement:white-clinker, cement:carbide-slag, cement:gypsum-acid, steel:hydrogen-rich-bf), or a power unit category: power:coal-large, power:coal-small, power:coal-unconventional, power:gas.
 * @param output Annual output: t of clinker, t of hot metal (steel), t of aluminium liquid; power: MWh generated.
 * @param intensity Carbon intensity, tCO2e per unit of output, against the balance value: steel (ironmaking + sintering emissions) / hot metal. Not used for power units.
 * @param [phase] 1, 2, I, II, Phase I or Phase II; default: the phase of the year.
 * @param [balance_value] Phase I only: the sector balance value (α = 0 when blank). Never used as a Phase II benchmark.
 * @param [year] Compliance year; default: the phase's first rule year (I → 2025, II → 2027), else ETS.RULEBOOK("default-year").
 * @param [benchmark] Phase II: the benchmark, tCO2e per unit (required from 2027; ignored in Phase I). Power: replaces the published benchmark.
 * @param [emissions] Verified emissions E the allocation multiplies, tCO2e: steel the whole enterprise's (required); cement and aluminium default to output × intensity.
 * @returns Allowances, tCO2e (whole tonnes, rounded down, where the year's plan says so).
 */
export function allocation(sector: any[][], output: any[][], intensity: any[][], phase?: any[][], balance_value?: any[][], year?: any[][], benchmark?: any[][], emissions?: any[][]): any[][] {
  return impl.allocation(sector, output, intensity, phase, balance_value, year, benchmark, emissions);
}

/**
 * The balance-value adjustment α = slope × (reference − intensity) / reference, capped either side (values: ETS.SOURCE("alpha")).
 * @customfunction ALPHA
 * @helpurl https://localhost:3000/docs/functions.html#etsalpha
 * @param intensity The entity's carbon intensity, tCO2e per unit of output.
 * @param reference The sector balance value, same unit (> 0).
 * @returns α, a share (0.01 = 1%).
 */
export function alpha(intensity: any[][], reference: any[][]): any[][] {
  return impl.alpha(intensity, reference);
}

/**
 * Power-sector allowances: MWh generated × benchmark × load correction + GJ of heat × heat benchmark, raised to the coal floor or the gas top-up when verified emissions are given; whole tonnes, rounded down, from 2025.
 * @customfunction POWER.UNIT
 * @helpurl https://localhost:3000/docs/functions.html#etspowerunit
 * @param category coal-large (conventional coal, rated ≥ 400 MW), coal-small (< 400 MW), coal-unconventional or gas (with or without "power:"), or the plan's Chinese category name (燃气机组 …).
 * @param generation_mwh Electricity generated (发电量), MWh.
 * @param [heat_gj] Heat supplied, GJ; default 0.
 * @param [year] Compliance year with published benchmarks (2023–2026); default: ETS.RULEBOOK("default-year").
 * @param [load_correction] Conventional coal only: the load correction factor Ff (1 or more), or the unit's load rate as a share below 1 (e.g. 45%) to work Ff out as ETS.POWER.LOADFACTOR does; default 1.
 * @param [verified_emissions] Verified emissions, tCO2e; when given, a gas unit is topped up to them and a coal unit raised to the 80% floor (an entity-level rule: right for a single-unit entity).
 * @returns Allowances, tCO2e.
 */
export function powerUnit(category: any[][], generation_mwh: any[][], heat_gj?: any[][], year?: any[][], load_correction?: any[][], verified_emissions?: any[][]): any[][] {
  return impl.power(category, generation_mwh, heat_gj, year, load_correction, verified_emissions);
}

/**
 * Deprecated: use ETS.POWER.UNIT (same arguments, same result). POWER is also the name of an Excel built-in function.
 * @customfunction POWER
 * @helpurl https://localhost:3000/docs/functions.html#deprecated-names
 * @param category As ETS.POWER.UNIT: the unit category.
 * @param generation_mwh As ETS.POWER.UNIT: electricity generated, MWh.
 * @param [heat_gj] As ETS.POWER.UNIT: heat supplied, GJ.
 * @param [year] As ETS.POWER.UNIT: compliance year.
 * @param [load_correction] As ETS.POWER.UNIT: load correction factor or load rate.
 * @param [verified_emissions] As ETS.POWER.UNIT: verified emissions, tCO2e.
 * @returns Allowances, tCO2e.
 */
export function power(category: any[][], generation_mwh: any[][], heat_gj?: any[][], year?: any[][], load_correction?: any[][], verified_emissions?: any[][]): any[][] {
  return powerUnit(category, generation_mwh, heat_gj, year, load_correction, verified_emissions);
}

/**
 * The load (peak-shaving) correction Ff of a conventional coal unit at its load rate: 2023–2024 1.015^(16 − 20F) below 65%; 2025–2026 (draft) the GB 21258—2024 curve below 50%, to 6 decimals; 1 at or above, and 1 for other categories.
 * @customfunction POWER.LOADFACTOR
 * @helpurl https://localhost:3000/docs/functions.html#etspowerloadfactor
 * @param load_rate The unit's load (output) rate over the year, a share of rated output: 45% or 0.45.
 * @param [year] Compliance year, 2023–2026; default: ETS.RULEBOOK("default-year").
 * @param [category] Unit category; default conventional coal. coal-unconventional and gas give 1.
 * @returns The factor Ff.
 */
export function powerLoadFactor(load_rate: any[][], year?: any[][], category?: any[][]): any[][] {
  return impl.loadFactor(load_rate, year, category);
}

/**
 * One entity's power allowances from its units (one row a unit): gas units topped up to their verified emissions, special units at their verified emissions, then the entity raised to 80% of its verified emissions when below it; whole tonnes, rounded down, from 2025.
 * @customfunction POWER.ENTITY
 * @helpurl https://localhost:3000/docs/functions.html#etspowerentity
 * @param category Each unit's category: coal-large, coal-small, coal-unconventional or gas (a single cell applies to every unit); may be blank for a special unit.
 * @param generation_mwh Each unit's electricity generated, MWh.
 * @param verified_emissions Each unit's verified emissions, tCO2e.
 * @param [heat_gj] Each unit's heat supplied, GJ; blank = 0.
 * @param [year] Compliance year with published benchmarks (2023–2026); default: ETS.RULEBOOK("default-year").
 * @param [load_correction] Each conventional coal unit's load correction factor, or its load rate as a share below 1; blank = 1.
 * @param [special] Each unit the plan treats apart (A = E): biomass, own-secondary-energy, biomass-and-secondary, special-fuel, own-waste-gas, converted-coal-boiler, oil-igcc-ice, emergency-standby, green-hydrogen-ammonia, closed, new; blank = none.
 * @returns The entity's allowances, tCO2e.
 */
export function powerEntity(category: any[][], generation_mwh: any[][], verified_emissions: any[][], heat_gj?: any[][], year?: any[][], load_correction?: any[][], special?: any[][]): any[][] {
  return impl.powerEntity(category, generation_mwh, verified_emissions, heat_gj, load_correction, special, year);
}

/**
 * A published benchmark: CN power categories (tCO2/MWh) and heat (tCO2/GJ); EU ETS product and CBAM benchmarks (tCO2e/t); #N/A where the value is not published.
 * @customfunction BENCHMARK
 * @helpurl https://localhost:3000/docs/functions.html#etsbenchmark
 * @param name CN: power:coal-large, power:coal-small, power:coal-unconventional, power:gas, heat:coal, heat:gas. EU: grey-clinker, hot-metal, eaf-carbon-steel …, cbam:aluminium-primary ….
 * @param [year] Year (CN power: 2023–2026; EU: the allocation period of the year); default: ETS.RULEBOOK("default-year").
 * @param [scheme] CN (default) or EU.
 * @returns The benchmark value.
 */
export function benchmark(name: any[][], year?: any[][], scheme?: any[][]): any[][] {
  return impl.benchmark(name, year, scheme);
}

/**
 * The compliance position: allocation − verified emissions (positive = surplus, negative = shortfall).
 * @customfunction BALANCE
 * @helpurl https://localhost:3000/docs/functions.html#etsbalance
 * @param allocation Allowances allocated, tCO2e.
 * @param verified_emissions Verified emissions, tCO2e.
 * @returns tCO2e.
 */
export function balance(allocation: any[][], verified_emissions: any[][]): any[][] {
  return impl.balance(allocation, verified_emissions);
}

/**
 * Net cost of the position: the shortfall bought at price, with cheaper offsets for up to offset_share of verified emissions; a surplus is a negative cost.
 * @customfunction COST
 * @helpurl https://localhost:3000/docs/functions.html#etscost
 * @param allocation Allowances allocated, tCO2e.
 * @param verified_emissions Verified emissions, tCO2e.
 * @param price Allowance price per tCO2e, any currency.
 * @param [offset_price] Offset (CCER) price per tCO2e; blank = no offsets.
 * @param [offset_share] Most offsets may cover, as a share of verified emissions; default: the scheme's limit (ETS.SOURCE("offset-limit")).
 * @returns Cost in the price's currency.
 */
export function cost(allocation: any[][], verified_emissions: any[][], price: any[][], offset_price?: any[][], offset_share?: any[][]): any[][] {
  return impl.cost(allocation, verified_emissions, price, offset_price, offset_share);
}

/**
 * Pre-allocation (预分配) of a power unit, steel enterprise, clinker line or electrolysis process: share × the previous year's verified emissions, whole tonnes rounded down from 2025.
 * @customfunction PREALLOCATION
 * @helpurl https://localhost:3000/docs/functions.html#etspreallocation
 * @param sector power (or a unit category), cement, steel or aluminium.
 * @param previous_verified The previous year's verified emissions of the unit, enterprise, line or process, tCO2e.
 * @param [year] The year allocated (pre-allocation of 2025 allowances: 2025); default: ETS.RULEBOOK("default-year").
 * @param [share] The share a province set, at most the plan's (power 2023–2024 70%; 2025–2026 50%; steel, cement, aluminium 2025 70%, 2026 50%); default the plan's.
 * @returns Allowances, tCO2e.
 */
export function preallocation(sector: any[][], previous_verified: any[][], year?: any[][], share?: any[][]): any[][] {
  return impl.preallocation(sector, previous_verified, year, share);
}

/**
 * The most 2019–2024 allowances an entity may convert into 2025 allowances: ⌊10,000 + 1.5 × net sales⌋, at most its end-2025 holding.
 * @customfunction CARRYOVER
 * @helpurl https://localhost:3000/docs/functions.html#etscarryover
 * @param net_sales_t Net sales of allowances 1 Jan 2024 – 31 Dec 2025, tCO2e (sold − bought; a net buyer counts as 0).
 * @param [holding_t] 2019–2024 allowances held at the end of 2025; the result never exceeds it.
 * @returns Allowances, a whole number.
 */
export function carryover(net_sales_t: any[][], holding_t?: any[][]): any[][] {
  return impl.carryover(net_sales_t, holding_t);
}

/**
 * The fine for allowances not surrendered by the deadline: quantity × average price of the month before the deadline × multiple (5 to 10). No allocation cut is decided from 15 Aug 2026 (draft plan): a 2025 shortfall is fined, not cut.
 * @customfunction PENALTY
 * @helpurl https://localhost:3000/docs/functions.html#etspenalty
 * @param unsurrendered_t Allowances not surrendered, tCO2e.
 * @param average_price Average trading price in the month before the surrender deadline, per tCO2e.
 * @param [multiple] The multiple the authority applies, 5 to 10; default 5 (the legal minimum).
 * @returns The fine, in the price's currency.
 */
export function penalty(unsurrendered_t: any[][], average_price: any[][], multiple?: any[][]): any[][] {
  return impl.penalty(unsurrendered_t, average_price, multiple);
}

/**
 * The date a step of a compliance cycle is due, as an Excel date (format the cell as a date); #N/A where no date is published.
 * @customfunction DEADLINE
 * @helpurl https://localhost:3000/docs/functions.html#etsdeadline
 * @param event report, verification, preallocation, allocation, surrender or carryover (or 排放报告, 核查, 预分配, 核定, 清缴, 结转).
 * @param [year] Compliance year (the year of the emissions); default: ETS.RULEBOOK("default-year").
 * @param [sector] power, cement, steel or aluminium; needed where the dates differ by sector (not for 2023: only power was in that cycle).
 * @returns A date serial number.
 */
export function deadline(event: any[][], year?: any[][], sector?: any[][]): any[][] {
  return impl.deadline(event, year, sector);
}

/**
 * The CBAM factor: the share of EU free allocation still given in a year, falling to 0 by 2034; before 2026 #N/A.
 * @customfunction CBAM.FACTOR
 * @helpurl https://localhost:3000/docs/functions.html#etscbamfactor
 * @param year Year, 2026 on.
 * @returns A share (0.5 = 50%).
 */
export function cbamFactor(year: any[][]): any[][] {
  return impl.cbamFactor(year);
}

/**
 * CBAM certificates to surrender: max(0, q × SEE − q × benchmark × factor × CSCF − deduction for the carbon price paid at origin: q × price_paid_per_t / certificate_price, or with actual emissions q × SEE × origin_price / certificate_price).
 * @customfunction CBAM.CERTIFICATES
 * @helpurl https://localhost:3000/docs/functions.html#etscbamcertificates
 * @param quantity_t Goods imported into the EU, tonnes.
 * @param embedded_intensity Actual specific embedded emissions, tCO2e per tonne; or, with a CN code in cbam_benchmark, the country of origin (CN, China, 中国) to use the Commission's default value with the year's mark-up.
 * @param year Year of import, 2026 on.
 * @param [cbam_benchmark] CBAM benchmark, tCO2e per tonne; a CN code ("7208 10 00", route letter after it where needed), read from Column A for actual emissions and Column B for a default value; or a name such as aluminium-primary. Blank = no free-allocation adjustment.
 * @param [origin_price] Actual emissions only: carbon price effectively paid at origin per tCO2e (net of free allocation; see ETS.EFFECTIVEPRICE), in the certificate price's currency. Refused with a country: use price_paid_per_t.
 * @param [certificate_price] CBAM certificate price; needed when a price paid is given.
 * @param [cscf] Cross-sectoral correction factor, 0–1: required with a benchmark (none is published for 2026 on; 1 = no correction).
 * @param [price_paid_per_t] Carbon price effectively paid at origin per tonne of good (ETS.CBAM.PRICEDUE), in the certificate price's currency; instead of origin_price, and the basis for default values. Never deducts more than was paid.
 * @returns Certificates (tCO2e), never negative.
 */
export function cbamCertificates(quantity_t: any[][], embedded_intensity: any[][], year: any[][], cbam_benchmark?: any[][], origin_price?: any[][], certificate_price?: any[][], cscf?: any[][], price_paid_per_t?: any[][]): any[][] {
  return impl.cbamCertificates(quantity_t, embedded_intensity, year, cbam_benchmark, origin_price, certificate_price, cscf, price_paid_per_t);
}

/**
 * CBAM cost: certificates to surrender × certificate price.
 * @customfunction CBAM.COST
 * @helpurl https://localhost:3000/docs/functions.html#etscbamcost
 * @param quantity_t Goods imported into the EU, tonnes.
 * @param embedded_intensity Actual specific embedded emissions, tCO2e per tonne; or, with a CN code in cbam_benchmark, the country of origin for the Commission's default value.
 * @param year Year of import, 2026 on.
 * @param certificate_price CBAM certificate price per tCO2e.
 * @param [cbam_benchmark] CBAM benchmark, tCO2e per tonne; a CN code (Column A for actual emissions, Column B for a default value); or a name such as aluminium-primary. Blank = none.
 * @param [origin_price] Actual emissions only: carbon price effectively paid at origin per tCO2e, in the certificate price's currency. Refused with a country: use price_paid_per_t.
 * @param [cscf] Cross-sectoral correction factor, 0–1: required with a benchmark (none is published for 2026 on; 1 = no correction).
 * @param [price_paid_per_t] Carbon price effectively paid at origin per tonne of good (ETS.CBAM.PRICEDUE), in the certificate price's currency; instead of origin_price, and the basis for default values.
 * @returns Cost in the certificate price's currency.
 */
export function cbamCost(quantity_t: any[][], embedded_intensity: any[][], year: any[][], certificate_price: any[][], cbam_benchmark?: any[][], origin_price?: any[][], cscf?: any[][], price_paid_per_t?: any[][]): any[][] {
  return impl.cbamCost(quantity_t, embedded_intensity, year, certificate_price, cbam_benchmark, origin_price, cscf, price_paid_per_t);
}

/**
 * TRUE when an importer's CBAM goods of a year (net mass; electricity and hydrogen not counted) stay within the 50-tonne de-minimis threshold, so no CBAM obligation arises.
 * @customfunction CBAM.EXEMPT
 * @helpurl https://localhost:3000/docs/functions.html#etscbamexempt
 * @param annual_mass_t Net mass of the importer's CBAM goods (steel, aluminium, cement, fertilisers) in the calendar year, tonnes.
 * @returns TRUE or FALSE.
 */
export function cbamExempt(annual_mass_t: any[][]): any[][] {
  return impl.cbamExempt(annual_mass_t);
}

/**
 * A facility's position year by year, spilled: year, phase, verified emissions, allocation, balance, cost and penalty exposure. Each path is one value for every year or a range with one value a year (a start value and a rate: start*(1+rate)^(years-first_year)).
 * @customfunction POSITION
 * @helpurl https://localhost:3000/docs/functions.html#etsposition
 * @param sector Sector: cement, steel or aluminium (or a special case such as cement:white-clinker).
 * @param years The years, as a column or row of years (e.g. 2024–2035).
 * @param output Output a year (t): one value, or one per year.
 * @param intensity Intensity (tCO2e per t): one value, or one per year.
 * @param price Allowance price per tCO2e: one value, or one per year.
 * @param [balance_value] Phase I sector balance value: one value, or one per year.
 * @param [benchmark] Phase II benchmark (your assumption; none is published): one value, or one per year. Phase II years without one show #N/A.
 * @param [offset_price] Offset (CCER) price per tCO2e; blank: no offsets.
 * @param [offset_share] Most offsets may cover, as a share of verified emissions; blank: the CN limit.
 * @param [emissions] Verified emissions a year, tCO2e: one value, or one per year. Steel: the whole enterprise's (required; intensity is then its ironmaking + sintering intensity). Default output × intensity.
 * @returns A table with a header row and one row a year.
 */
export function position(sector: any[][], years: any[][], output: any[][], intensity: any[][], price: any[][], balance_value?: any[][], benchmark?: any[][], offset_price?: any[][], offset_share?: any[][], emissions?: any[][]): any[][] {
  return impl.position(years, output, intensity, price, balance_value, benchmark, emissions, sector, offset_price, offset_share);
}

/**
 * The Commission's default specific embedded emissions (tCO2e/t) of a good by CN code and country of origin: blank part = the total with the year's mark-up (10% 2026, 20% 2027, 30% from 2028; fertilisers 1%).
 * @customfunction CBAM.DEFAULT
 * @helpurl https://localhost:3000/docs/functions.html#etscbamdefault
 * @param cn_code CN code: 8 digits ("7208 10 00" or 72081000), 6, 4, or a 10-digit TARIC code where the annex splits a code (clinker 2523 10 00 90); the most specific published line wins.
 * @param country Country of origin: ISO code (CN), English name (China) or Chinese name (中国); a country without its own table uses "Other countries and territories".
 * @param year Year of import, 2026 on (sets the mark-up).
 * @param [part] direct, indirect or total: the published value without mark-up (direct and indirect are for information only).
 * @returns tCO2e per tonne of good.
 */
export function cbamDefault(cn_code: any[][], country: any[][], year: any[][], part?: any[][]): any[][] {
  return impl.cbamDefault(cn_code, country, year, part);
}

/**
 * The CBAM benchmark (tCO2e/t) of a CN code from IR 2025/2620: Column A for actual embedded emissions, Column B to pair with default values.
 * @customfunction CBAM.BENCHMARK
 * @helpurl https://localhost:3000/docs/functions.html#etscbambenchmark
 * @param cn_code CN code, e.g. "7208 10 00" or 72081000.
 * @param [basis] actual (Column A, default) or default (Column B).
 * @param [route] Production route where the table gives several: A grey / B white clinker, C/D/E carbon steel BF-BOF / DRI-EAF / scrap-EAF, F/G/H low-alloy, J high-alloy, K primary / L secondary aluminium.
 * @param [year] Production year 2026–2030, where the value differs by year (2026–27 and 2028–30).
 * @returns tCO2e per tonne of good.
 */
export function cbamBenchmark(cn_code: any[][], basis?: any[][], route?: any[][], year?: any[][]): any[][] {
  return impl.cbamBenchmark(cn_code, basis, route, year);
}

/**
 * The carbon price effectively paid per tCO2e under an origin ETS: max(0, E − A) × price / E. A surplus means none.
 * @customfunction EFFECTIVEPRICE
 * @helpurl https://localhost:3000/docs/functions.html#etseffectiveprice
 * @param allocation Free allocation received, tCO2e.
 * @param verified_emissions Verified emissions, tCO2e (> 0).
 * @param price Allowance price per tCO2e.
 * @returns Price per tCO2e effectively paid.
 */
export function effectivePrice(allocation: any[][], verified_emissions: any[][], price: any[][]): any[][] {
  return impl.effectivePrice(allocation, verified_emissions, price);
}

/**
 * The carbon price due per tonne of good under the home ETS, as the CBAM communication template's carbon-price columns take it: price × max(0, E − A) / output, ÷ exchange rate.
 * @customfunction CBAM.PRICEDUE
 * @helpurl https://localhost:3000/docs/functions.html#etscbampricedue
 * @param price Allowance price per tCO2e, in the home currency.
 * @param verified_emissions Verified emissions of the installation, tCO2e.
 * @param allocation Free allocation received, tCO2e (the template's rebate).
 * @param output Output of the good, t (> 0).
 * @param [exchange_rate] Home currency per unit of the result's currency (7.8 CNY per EUR); default 1.
 * @returns Effective carbon price due per tonne of good.
 */
export function cbamPriceDue(price: any[][], verified_emissions: any[][], allocation: any[][], output: any[][], exchange_rate?: any[][]): any[][] {
  return impl.priceDue(price, verified_emissions, allocation, output, exchange_rate);
}

/**
 * The comparison table of emissions trading systems: one row a scheme (id, name, sectors, gases, threshold, Scope 2, allocation, share covered, status). Spills.
 * @customfunction SCHEMES
 * @helpurl https://localhost:3000/docs/functions.html#etsschemes
 * @returns A table with a header row.
 */
export function schemes(): any[][] {
  return impl.schemes();
}

/**
 * The same facility under every scheme: covered (TRUE, FALSE or "depends"), the rule applied and the emissions counted. Spills.
 * @customfunction COMPARE
 * @helpurl https://localhost:3000/docs/functions.html#etscompare
 * @param sector Sector (English or Chinese).
 * @param direct_emissions Annual direct emissions, tCO2e.
 * @param [indirect_emissions] Annual indirect (Scope 2) emissions, tCO2e; counted only by schemes that count them.
 * @returns A table with a header row.
 */
export function compare(sector: any[][], direct_emissions: any[][], indirect_emissions?: any[][]): any[][] {
  return impl.compare(sector, direct_emissions, indirect_emissions);
}

/**
 * CO2 from burning a fuel by the sector's MEE accounting guideline: quantity × NCV × carbon content × oxidation × 44/12. Steel's enterprise balance has no oxidation factor (1 unless given) and rounds to 2 decimals.
 * @customfunction FUEL.CO2
 * @helpurl https://localhost:3000/docs/functions.html#etsfuelco2
 * @param fuel Fuel, as steel table A.1 names it: bituminous, anthracite, coke, natural gas, blast-furnace gas … or 烟煤, 焦炭, 天然气, 高炉煤气 ….
 * @param quantity Quantity burnt: t, gases 10⁴ Nm³.
 * @param [sector] Guideline: steel (default), cement, aluminium or power.
 * @param [ncv] Net calorific value, GJ/t (gases GJ/10⁴ Nm³); blank: the guideline's default, #N/A where it has none.
 * @param [carbon_content] Carbon content per unit heat, tC/GJ; blank: the guideline's default.
 * @param [oxidation] Oxidation factor, a share (99%); blank: 1 for steel's enterprise balance, power's coal 99% to 2025 data, else asked for.
 * @param [year] Data year (power's oxidation default changes from 2026); default: ETS.RULEBOOK("default-year").
 * @returns tCO2.
 */
export function fuelCo2(fuel: any[][], quantity: any[][], sector?: any[][], ncv?: any[][], carbon_content?: any[][], oxidation?: any[][], year?: any[][]): any[][] {
  return impl.fuelCo2(fuel, quantity, sector, ncv, carbon_content, oxidation, year);
}

/**
 * A guideline default for a fuel: ncv (GJ/t or GJ/10⁴ Nm³), carbon_content (tC/GJ), oxidation (a share) or ef (tCO2 per unit as the guideline's main formula computes it); #N/A where the guideline gives none.
 * @customfunction FUEL.FACTOR
 * @helpurl https://localhost:3000/docs/functions.html#etsfuelfactor
 * @param fuel Fuel name (bituminous, 烟煤, natural gas …).
 * @param parameter ncv, carbon_content, oxidation or ef.
 * @param [sector] Guideline: steel (default), cement, aluminium or power.
 * @param [year] Data year; default: ETS.RULEBOOK("default-year").
 * @returns The default value.
 */
export function fuelFactor(fuel: any[][], parameter: any[][], sector?: any[][], year?: any[][]): any[][] {
  return impl.fuelFactor(fuel, parameter, sector, year);
}

/**
 * tCO2 of a process material: steel table A.2 (limestone, dolomite, electrode, ferroalloys, purchased pig iron, DRI, scrap add; crude steel, sold pig iron, tar and crude benzol are taken off, so negative); cement clinker by type, and non-carbonate substitutes taken off (negative).
 * @customfunction PROCESS.CO2
 * @helpurl https://localhost:3000/docs/functions.html#etsprocessco2
 * @param material Material: limestone, 石灰石, crude steel, 外购生铁, clinker, 电石渣 ….
 * @param quantity Quantity, t.
 * @param [sector] Guideline: steel or cement; blank: found from the material.
 * @param [factor] tCO2 per t replacing the table's (the sign stays the material's).
 * @returns tCO2: positive adds, negative takes off.
 */
export function processCo2(material: any[][], quantity: any[][], sector?: any[][], factor?: any[][]): any[][] {
  return impl.processCo2(material, quantity, sector, factor);
}

/**
 * Anode-effect PFCs of an aluminium smelter by the slope method, tCO2e: CF4 = slope × anode-effect minutes per cell-day × aluminium t / 1,000; C2F6 = ratio × CF4; each at its GWP.
 * @customfunction PFC.CO2E
 * @helpurl https://localhost:3000/docs/functions.html#etspfcco2e
 * @param aluminium_t Primary aluminium produced, t.
 * @param anode_effect_minutes Anode-effect minutes per cell-day.
 * @param [slope] kg CF4 per t Al per anode-effect minute per cell-day; default 0.143 (secondary).
 * @param [c2f6_ratio] t C2F6 per t CF4; default 0.1 (secondary).
 * @param [gwp_set] GWP set (AR4, AR5, AR6); default: ETS.RULEBOOK("gwp-default").
 * @returns tCO2e.
 */
export function pfcCo2e(aluminium_t: any[][], anode_effect_minutes: any[][], slope?: any[][], c2f6_ratio?: any[][], gwp_set?: any[][]): any[][] {
  return impl.pfcCo2e(aluminium_t, anode_effect_minutes, slope, c2f6_ratio, gwp_set);
}

/**
 * CO2 from an aluminium smelter's net anode consumption: net anode t × (1 − sulphur − ash) × 44/12.
 * @customfunction ANODE.CO2
 * @helpurl https://localhost:3000/docs/functions.html#etsanodeco2
 * @param net_anode_t Net anode consumption, t.
 * @param [sulphur] Sulphur share of the anode; default 2% (secondary).
 * @param [ash] Ash share of the anode; default 0.4% (secondary).
 * @returns tCO2.
 */
export function anodeCo2(net_anode_t: any[][], sulphur?: any[][], ash?: any[][]): any[][] {
  return impl.anodeCo2(net_anode_t, sulphur, ash);
}

/**
 * An electricity CO2 factor published by the MEE and NBS, tCO2/MWh (= kgCO2/kWh): national, a region or a province.
 * @customfunction GRID.FACTOR
 * @helpurl https://localhost:3000/docs/functions.html#etsgridfactor
 * @param [year] Year of the factor (2021–2023 published); blank: the latest.
 * @param [region] National (default), a region (华北, 华东 … or north, east …) or a province (江苏 or Jiangsu).
 * @param [kind] average (default), excl-market (excluding market-traded non-fossil power) or fossil; the last two national only.
 * @returns tCO2 per MWh.
 */
export function gridFactor(year?: any[][], region?: any[][], kind?: any[][]): any[][] {
  return impl.gridFactor(year, region, kind);
}

/**
 * Heat in GJ: steam t × (enthalpy kJ/kg − 83.74) × 10⁻³; hot water t × (temperature °C − 20) × 4.1868 × 10⁻³.
 * @customfunction HEAT.GJ
 * @helpurl https://localhost:3000/docs/functions.html#etsheatgj
 * @param medium steam or hot water (蒸汽, 热水).
 * @param mass_t Mass, t.
 * @param enthalpy_or_temperature Steam: enthalpy, kJ/kg; hot water: temperature, °C.
 * @returns GJ.
 */
export function heatGj(medium: any[][], mass_t: any[][], enthalpy_or_temperature: any[][]): any[][] {
  return impl.heatGj(medium, mass_t, enthalpy_or_temperature);
}

/**
 * An entity's emissions by its guideline from a table of sources, spilled: combustion, process, deductions, total direct, counted for listing, key emitting entity (TRUE/FALSE), surrendered, indirect (not counted) and intensity.
 * @customfunction EMISSIONS
 * @helpurl https://localhost:3000/docs/functions.html#etsemissions
 * @param sector Guideline: steel, cement, aluminium or power.
 * @param items The sources, one a row: fuels, materials, anode, anode effect, aluminium, output, electricity, heat.
 * @param quantities Each row's quantity: t (gases 10⁴ Nm³; electricity MWh; heat GJ; anode effect minutes per cell-day).
 * @param [parameters] Up to three columns beside the rows: fuels NCV, carbon content, oxidation; materials their factor; electricity its grid factor; heat its factor; anode sulphur, ash; anode effect slope, C2F6 ratio. Blank: defaults.
 * @param [year] Data year; default: ETS.RULEBOOK("default-year").
 * @returns A table: line and tCO2e.
 */
export function emissions(sector: any[][], items: any[][], quantities: any[][], parameters?: any[][], year?: any[][]): any[][] {
  const split = columnsOf(parameters, EMISSIONS_PARAMETERS, 'parameters');
  if ('error' in split) return split.error;
  return impl.emissions(items, quantities, ...split.columns, sector, year);
}

/**
 * The rulebook's version and date, or one fact about it.
 * @customfunction RULEBOOK
 * @helpurl https://localhost:3000/docs/functions.html#etsrulebook
 * @param [topic] version, date, default-year, gwp-default, gwp-sets, years, schemes or sectors.
 * @returns Text, or a number for default-year.
 */
export function rulebook(topic?: any[][]): any[][] {
  return impl.info(topic);
}

/**
 * Deprecated: use ETS.RULEBOOK (same argument, same result). INFO is also the name of an Excel built-in function.
 * @customfunction INFO
 * @helpurl https://localhost:3000/docs/functions.html#deprecated-names
 * @param [topic] As ETS.RULEBOOK: version, date, default-year, gwp-default, gwp-sets, years, schemes or sectors.
 * @returns Text, or a number for default-year.
 */
export function info(topic?: any[][]): any[][] {
  return rulebook(topic);
}

/**
 * Where a bundled rule value comes from and its status (final, draft or secondary).
 * @customfunction SOURCE
 * @helpurl https://localhost:3000/docs/functions.html#etssource
 * @param parameter threshold, phase, alpha, allocation, coal-floor, gas-top-up, offset-limit, default-year, gwp-default, a benchmark (power:coal-large …), a sector, gases:aluminium, a gas or gwp:AR4:CF4.
 * @param [year] Year of the value; default: ETS.RULEBOOK("default-year").
 * @param [scheme] Scheme id; default CN.
 * @returns "status — source".
 */
export function source(parameter: any[][], year?: any[][], scheme?: any[][]): any[][] {
  return impl.source(parameter, year, scheme);
}

// How big each result is for the sizes of its arguments (lift.ts), for hosts that must reserve a spill's cells before
// computing it (the workbench). A function without a rule answers element by element (lift.elementwiseSize).
const sized = (fn: object, resultSize: SizeRule): void => { Object.assign(fn, { resultSize }); };
sized(schemes, tableSize(core.allSchemes().length + 1, core.SCHEMES_HEADERS.length));
sized(compare, tableSize(core.allSchemes().length + 1, core.COMPARE_HEADERS.length));
sized(powerEntity, singleSize);
// position(sector, years, output, intensity, price, balance_value, benchmark, offset_price, offset_share, emissions)
sized(position, columnTableSize([1, 2, 3, 4, 5, 6, 9], [0, 7, 8], core.POSITION_HEADERS.length));
// emissions(sector, items, quantities, parameters, year): the report's lines under a header, whatever the sources.
sized(emissions, () => [core.accounting.REPORT_LINES.length + 1, 2]);
