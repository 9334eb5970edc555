/**
 * The calculation core: pure functions over the rulebook, decimal inside, numbers out. No Office, no DOM, no Node.
 * Every function takes values as Excel would hand them after coercion (numbers, text, booleans, undefined for
 * omitted) and either returns a plain value or throws an EtsError with a category and a message for people.
 */
export { alpha, allocation, allocationRule, type AllocationRow } from './allocation';
export * as accounting from './accounting';
export { anodeCo2, emissionsReport, fuelCo2, fuelFactor, gridFactor, heatGj, pfcCo2e, processCo2, type ReportRow } from './accounting';
export { power, powerEntity, type PowerUnitInput } from './power';
export { loadFactor } from './load-factor';
export { preallocation } from './preallocation';
export { calendar, dateText, deadline, excelSerial, GROUP_SECTOR, isoDate, type CalendarRow } from './calendar';
export { benchmark } from './benchmarks';
export { bundledCountries, cbamBenchmarkOf, cbamSectorOf, cnCode, cnText, country, defaultValue as cbamDefault, defaultValueLine, type Country, type DefaultValue } from './cbam-goods';
export { attributed, carbonPriceDue, sharePercent, streamCo2, templatePfc, type Attributed, type CarbonPriceDue, type InstallationEmissions, type PfcSlope, type SourceStream } from './cbam-installation';
export { cbamCertificates, cbamCost, cbamExempt, cbamFactor, effectivePrice, priceDue, exposureSchedule, goodsBasis, type ExposureInput, type ExposureRow, type ExposureSchedule, type OriginBasis } from './cbam';
export { balance, carryover, cost, penalty } from './compliance';
export { compare, compareTable, schemesTable, COMPARE_HEADERS, SCHEMES_HEADERS } from './comparison';
export { allSchemes, schemeInfo, type SchemeCheck, type Verdict } from './schemes';
export { coverage, gases, isCovered, scope2Counted, sectorName, threshold, type Coverage, type CoverageReason } from './coverage';
export { co2e, DEFAULT_GWP_SET, gwp } from './emissions';
export { EtsError, valueError, type ErrorCategory } from './errors';
export { CHINESE_LOCALES, dataText, languageFor, LANGS, messageLanguage, say, statusWord, SETTINGS_KEY, useLanguage, type Lang, type MessageKey } from './messages';
export { checkFacility, examplePrice, ignoredNote, massArgument, summarise, type FacilityInput, type FacilityResult, type PortfolioSummary, type SectorSummary } from './facility';
export { DEFAULT_YEAR, rulebookYears } from './inputs';
export { phase } from './phase';
export { position, POSITION_HEADERS, type PositionYear } from './position';
export { describeRecord, info, source } from './provenance';
export * as names from './names';
export * as rules from './rules';
