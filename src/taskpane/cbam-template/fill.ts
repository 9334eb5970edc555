/**
 * The "Fill" direction of the Commission's CBAM communication template for installations (v2.1.1): from an
 * installation's own data — its source streams as the Emissions view accounts them, its production, CN code,
 * electricity and the China ETS carbon price — the values for the template's INPUT cells (unlocked cells of
 * A_InstData, B_EmInst, C_Emissions&Energy, D_Processes and the carbon-price columns of Summary_Products). Values only,
 * never formulas: the template's own formulas then compute the SEE and Summary_Communication. Pure; the cell map is
 * written out in docs/cbam-template-map.md.
 *
 * One aggregated good made by one production process (P1) in one installation: the case of most Chinese exporters of
 * clinker or primary aluminium. Precursors bought in, several processes, heat and waste-gas flows are not written.
 */
import { attributed, carbonPriceDue, excelSerial, sharePercent, type PfcSlope, type SourceStream } from '../../core';

export { attributed, type PfcSlope, type SourceStream } from '../../core';
import { t, type MessageKey } from '../i18n/messages';

/** A cell the fill path writes: the sheet, its A1 address and the value. */
export interface CellWrite {
  readonly sheet: string;
  readonly address: string;
  readonly value: string | number | boolean;
}

export const SHEETS = {
  inst: 'A_InstData', emissions: 'B_EmInst', energy: 'C_Emissions&Energy', processes: 'D_Processes', products: 'Summary_Products',
  communication: 'Summary_Communication',
} as const;
/** The sheets the pane looks for to know the open workbook is the communication template. */
export const TEMPLATE_SHEETS = [SHEETS.inst, SHEETS.emissions, SHEETS.processes, SHEETS.communication] as const;

/** The template's drop-down texts (Parameters_Constants), written as the lists hold them. */
export const LISTS = {
  combustion: 'Combustion', processEmissions: 'Process emissions', slope: 'Slope method', tonnes: 't', kNm3: '1000Nm3',
  perTJ: 'tCO2/TJ', perTonne: 'tCO2/t', perKNm3: 'tCO2/1000Nm3', onlyDirect: 'Only direct production',
  nationalEts: 'National Emissions Trading System', freeAllocation: 'Free allocation',
} as const;
/** The electricity emission factor sources the template lists (CONST_ElecSource). */
export const ELECTRICITY_SOURCES = ['D.4(a)', 'D.4(b)', 'D.4.1', 'D.4.2', 'D.4.3.1', 'D.4.3.2', 'Mix'] as const;
export type ElectricitySource = (typeof ELECTRICITY_SOURCES)[number];

/** Aggregated goods the fill path writes, with the production route the template lists first for each, if any. */
export const GOODS: Readonly<Record<string, { readonly route?: string; readonly cnPrefix: string }>> = {
  'Cement clinker': { cnPrefix: '2523' },
  'Cement': { cnPrefix: '2523' },
  'Unwrought aluminium': { route: 'Primary (electrolytic) smelting', cnPrefix: '7601' },
  'Aluminium products': { cnPrefix: '76' },
};

/** Rows and columns of the template's input areas (v2.1.1). */
const LAYOUT = {
  /** B_EmInst: source streams in rows 17–94 (78 rows), PFC rows 98–107. */
  firstStream: 17, streamRows: 78, firstPfc: 98, pfcRows: 10,
  /** Summary_Products: the product table from row 10. */
  firstProduct: 10,
} as const;

export interface InstallationData {
  readonly installation: {
    /** Name of the installation in English (A_InstData I20, required by the template). */
    readonly name: string;
    /** Name in the local language (optional). */
    readonly localName?: string;
    readonly street?: string;
    readonly economicActivity?: string;
    readonly postCode?: string;
    readonly city?: string;
    /** The template's country name, e.g. "China". */
    readonly country: string;
    readonly unlocode?: string;
    readonly latitude?: number;
    readonly longitude?: number;
    readonly representative?: string;
    readonly email?: string;
    readonly telephone?: string;
  };
  /** Reporting period, ISO dates. */
  readonly period: { readonly start: string; readonly end: string };
  readonly good: {
    /** The template's aggregated goods category, e.g. "Cement clinker", "Unwrought aluminium". */
    readonly category: string;
    /** The CN code, 8 digits (spaces allowed: "2523 10 00"). */
    readonly cn: string;
    readonly productName: string;
    readonly processName: string;
    /** The production route (for goods with routes; default: the template's first for the good). */
    readonly route?: string;
  };
  /** Production in the reporting period, t. */
  readonly production: number;
  /** Of it produced for the market, t (default: all of it). */
  readonly toMarket?: number;
  readonly sourceStreams: readonly SourceStream[];
  readonly pfc?: PfcSlope;
  readonly electricity: {
    /** Electricity consumed by the process, MWh. */
    readonly mwh: number;
    /** Its emission factor, tCO2/MWh. */
    readonly factor: number;
    readonly source: ElectricitySource;
  };
  readonly carbonPrice?: {
    /** CNY (or the currency's unit) per tCO2e. */
    readonly pricePerTonne: number;
    /** ISO currency code, e.g. "CNY". */
    readonly currency: string;
    /** Share of the total embedded emissions covered by the price (default: the direct share — China's ETS counts direct emissions only). */
    readonly coveredShare?: number;
    /** Free allocation, allowances (t) per t of product. */
    readonly freeAllocationPerTonne?: number;
  };
}

/** What is wrong with the data: the field (a path such as "sourceStreams[2].ncv") and the message, in the pane's language. */
export interface FillIssue {
  readonly field: string;
  readonly message: string;
}

export class FillError extends Error {
  constructor(readonly issues: readonly FillIssue[]) {
    super(issues.map((i) => i.message).join(' '));
    this.name = 'FillError';
  }
}



/** The CN code as the template's list keys hold it: 8 digits, text. */
export const cnKey = (cn: string): string => cn.replace(/\s+/g, '');

function validate(data: InstallationData): FillIssue[] {
  const issues: FillIssue[] = [];
  const say = (field: string, key: MessageKey, params: Record<string, string | number> = {}): void => {
    issues.push({ field, message: t(key, { field, ...params }) });
  };
  const text = (field: string, v: unknown): void => {
    if (typeof v !== 'string' || v.trim() === '') say(field, 'cf.err.missing');
  };
  const number = (field: string, v: unknown, { positive = false, share = false, optional = false } = {}): void => {
    if (v === undefined && optional) return;
    if (typeof v !== 'number' || !Number.isFinite(v)) say(field, v === undefined ? 'cf.err.missing' : 'cf.err.number', { value: String(v) });
    else if (v < 0 || (positive && v === 0)) say(field, positive ? 'cf.err.positive' : 'cf.err.negative', { value: v });
    else if (share && v > 1) say(field, 'cf.err.share', { value: v });
  };
  text('installation.name', data.installation?.name);
  text('installation.country', data.installation?.country);
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  for (const k of ['start', 'end'] as const) {
    const v = data.period?.[k];
    if (typeof v !== 'string' || !iso.test(v) || Number.isNaN(Date.parse(v))) say(`period.${k}`, 'cf.err.date', { value: String(v) });
  }
  if (issues.every((i) => !i.field.startsWith('period')) && data.period.start > data.period.end) say('period.end', 'cf.err.period');
  const good = GOODS[data.good?.category];
  if (!good) say('good.category', 'cf.err.good', { value: String(data.good?.category), goods: Object.keys(GOODS).join(', ') });
  const cn = typeof data.good?.cn === 'string' ? cnKey(data.good.cn) : '';
  if (!/^\d{8}$/.test(cn)) say('good.cn', 'cf.err.cn', { value: String(data.good?.cn ?? '') });
  else if (good && !cn.startsWith(good.cnPrefix)) say('good.cn', 'cf.err.cn-good', { value: cn, good: data.good.category });
  text('good.productName', data.good?.productName);
  text('good.processName', data.good?.processName);
  number('production', data.production, { positive: true });
  number('toMarket', data.toMarket, { optional: true });
  if (typeof data.toMarket === 'number' && typeof data.production === 'number' && data.toMarket > data.production) say('toMarket', 'cf.err.market');
  const streams = data.sourceStreams ?? [];
  if (streams.length === 0 && !data.pfc) say('sourceStreams', 'cf.err.no-streams');
  if (streams.length > LAYOUT.streamRows) say('sourceStreams', 'cf.err.too-many', { max: LAYOUT.streamRows });
  streams.forEach((s, i) => {
    const f = `sourceStreams[${i}]`;
    text(`${f}.name`, s.name);
    if (s.method !== 'combustion' && s.method !== 'process') say(`${f}.method`, 'cf.err.method', { value: String(s.method) });
    number(`${f}.activity`, s.activity);
    number(`${f}.emissionFactor`, s.emissionFactor);
    if (s.method === 'combustion') number(`${f}.ncv`, s.ncv, { positive: true });
    number(`${f}.oxidation`, s.oxidation, { share: true, optional: true });
    number(`${f}.conversion`, s.conversion, { share: true, optional: true });
    number(`${f}.biomass`, s.biomass, { share: true, optional: true });
  });
  if (data.pfc) {
    const p = data.pfc;
    text('pfc.technology', p.technology);
    for (const k of ['aluminium', 'frequency', 'duration', 'slope', 'c2f6Fraction'] as const) number(`pfc.${k}`, p[k]);
    number('pfc.collectionEfficiency', p.collectionEfficiency, { share: true, optional: true });
    if (p.collectionEfficiency === 0) say('pfc.collectionEfficiency', 'cf.err.positive', { value: 0 });
  }
  number('electricity.mwh', data.electricity?.mwh);
  number('electricity.factor', data.electricity?.factor);
  if (!ELECTRICITY_SOURCES.includes(data.electricity?.source)) say('electricity.source', 'cf.err.list', { value: String(data.electricity?.source), list: ELECTRICITY_SOURCES.join(', ') });
  if (data.carbonPrice) {
    const c = data.carbonPrice;
    number('carbonPrice.pricePerTonne', c.pricePerTonne);
    if (typeof c.currency !== 'string' || !/^[A-Z]{3}$/.test(c.currency)) say('carbonPrice.currency', 'cf.err.currency', { value: String(c.currency) });
    number('carbonPrice.coveredShare', c.coveredShare, { share: true, optional: true });
    number('carbonPrice.freeAllocationPerTonne', c.freeAllocationPerTonne, { optional: true });
  }
  return issues;
}


/**
 * The template's input cells for the installation, each with its value: see docs/cbam-template-map.md.
 * @throws FillError naming every field that is missing or wrong (in the pane's language).
 */
export function templateWrites(data: InstallationData): CellWrite[] {
  const issues = validate(data);
  if (issues.length > 0) throw new FillError(issues);
  const out: CellWrite[] = [];
  const put = (sheet: string, address: string, value: string | number | boolean | undefined): void => {
    if (value === undefined || (typeof value === 'string' && value.trim() === '')) return;
    out.push({ sheet, address, value: typeof value === 'string' ? value.trim() : value });
  };

  // A_InstData: reporting period, the installation, the good and its production process.
  const inst = (address: string, value: string | number | boolean | undefined): void => put(SHEETS.inst, address, value);
  const i = data.installation;
  inst('I9', excelSerial(data.period.start));
  inst('L9', excelSerial(data.period.end));
  inst('I19', i.localName);
  inst('I20', i.name);
  inst('I21', i.street);
  inst('I22', i.economicActivity);
  inst('I23', i.postCode);
  inst('I25', i.city);
  inst('I26', i.country);
  inst('I27', i.unlocode);
  inst('I28', i.latitude);
  inst('I29', i.longitude);
  inst('I30', i.representative);
  inst('I31', i.email);
  inst('I32', i.telephone);
  const route = data.good.route ?? GOODS[data.good.category]!.route;
  inst('E62', data.good.category);
  inst('I62', route);
  inst('E83', data.good.category);
  inst('F83', LISTS.onlyDirect);
  inst('L83', data.good.processName);

  // B_EmInst: one row a source stream from row 17; the PFC row 98.
  data.sourceStreams.forEach((s, k) => {
    const r = LAYOUT.firstStream + k;
    const em = (col: string, value: string | number | undefined): void => put(SHEETS.emissions, `${col}${r}`, value);
    const gas = s.unit === '1000Nm3';
    em('D', s.method === 'combustion' ? LISTS.combustion : LISTS.processEmissions);
    em('E', s.name);
    em('F', s.activity);
    em('G', gas ? LISTS.kNm3 : LISTS.tonnes);
    if (s.method === 'combustion') {
      em('H', s.ncv);
      em('J', s.emissionFactor);
      em('K', LISTS.perTJ);
      em('N', sharePercent(s.oxidation ?? 1));
    } else {
      em('J', s.emissionFactor);
      em('K', gas ? LISTS.perKNm3 : LISTS.perTonne);
      em('P', sharePercent(s.conversion ?? 1));
    }
    em('R', sharePercent(s.biomass ?? 0));
  });
  if (data.pfc) {
    const p = data.pfc;
    const r = LAYOUT.firstPfc;
    const pfc = (col: string, value: string | number | undefined): void => put(SHEETS.emissions, `${col}${r}`, value);
    pfc('D', LISTS.slope);
    pfc('E', p.technology);
    pfc('F', p.aluminium);
    pfc('AG', p.frequency);
    pfc('AH', p.duration);
    pfc('AI', p.slope);
    pfc('AM', p.c2f6Fraction);
    pfc('AT', p.collectionEfficiency);
  }

  // C_Emissions&Energy: the installation's indirect emissions, which the template asks to be entered by hand.
  const { direct, indirect, seeDirect, seeTotal } = attributed(data);
  put(SHEETS.energy, 'M26', indirect);

  // D_Processes, production process 1: production (route 1), for the market, no heat or waste-gas flows, the direct
  // emissions attributed (the whole installation's: one process), electricity consumed, its factor and source.
  const proc = (address: string, value: string | number | boolean): void => put(SHEETS.processes, address, value);
  proc('L16', data.production);
  proc('L27', data.toMarket ?? data.production);
  proc('K50', false);
  proc('L50', false);
  proc('L54', direct);
  proc('L65', data.electricity.mwh);
  proc('L66', data.electricity.factor);
  proc('L67', data.electricity.source);
  proc('L71', 0);

  // Summary_Products, the first product: process, CN code, name, and the carbon price section.
  const row = LAYOUT.firstProduct;
  const prod = (col: string, value: string | number | undefined): void => put(SHEETS.products, `${col}${row}`, value);
  prod('D', data.good.processName);
  prod('F', cnKey(data.good.cn));
  prod('H', data.good.productName);
  const c = data.carbonPrice;
  if (c) {
    // Covered share of the total SEE (direct only by default); the price due per t of product is the covered SEE at the
    // price; free allocation is the rebate, never more than what the price covers.
    const due = carbonPriceDue({ seeDirect, seeTotal }, c);
    prod('AL', LISTS.nationalEts);
    prod('AM', due.covered);
    prod('AP', c.currency);
    prod('AR', due.duePerTonne);
    if (due.rebateShare !== undefined) {
      prod('AT', LISTS.freeAllocation);
      prod('AU', due.rebateShare);
      prod('AX', due.rebatePerTonne);
    }
  }
  return out;
}
