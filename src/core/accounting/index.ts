/** Emissions accounting (MRV) by the MEE guidelines: from activity data to an entity's emissions. */
export { anodeCo2, pfcCo2e } from './aluminium';
export { fuelCo2, fuelFactor } from './fuel';
export { gridFactor, gridKey } from './grid';
export { heatGj } from './heat';
export { processCo2 } from './materials';
export { emissionsReport, REPORT_LINES, type ReportRow } from './report';
export { findGuideline, guidelineOf, GUIDELINES, type Guideline } from './guideline';
export { accountingKey } from './source';
export { FUELS, CLINKERS, STEEL_INPUTS, STEEL_PRODUCTS, SUBSTITUTES, OTHER_ITEMS } from './names';
