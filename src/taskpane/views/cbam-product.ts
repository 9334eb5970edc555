/**
 * The Border view's product mode: a CN code and a country of origin give the Commission's default value and the
 * matching benchmarks, and the cost year by year on default values beside the cost on actual emissions. Pure: the view
 * reads its fields into ProductInput and renders what comes back; the sheet block is live ETS formulas.
 */
import { cbamBenchmarkOf, cbamDefault, EtsError, cnCode, cnText, defaultValueLine, exposureSchedule, type DefaultValue, type ExposureRow, type OriginBasis } from '../../core';
import { benchmarkYears } from '../../core/cbam-goods';
import { nonNegative } from '../../core/inputs';
import type { CellValue } from '../ports/port';
import { language, t } from '../i18n/messages';
import { describeCode, headingZh } from './cn-picker';

export interface ProductInput {
  readonly cn: string;
  readonly country: string;
  readonly quantity: unknown;
  readonly certificatePrice: unknown;
  readonly cscf: unknown;
  /** Actual embedded emissions, tCO2e/t, to compare with the default value; optional. */
  readonly actual: unknown;
  /** The free-allocation benchmark with actual data (a complex good's process plus precursors), tCO2e/t; optional. */
  readonly actualBenchmark?: unknown;
  /** The user's benchmark for years after the regulation's table; optional. */
  readonly laterBenchmark: unknown;
  readonly originAllocation?: unknown;
  readonly originEmissions?: unknown;
  readonly originPrice?: unknown;
  /** The output of the good at home (t): the price paid is then taken per t of good, as a default value needs. */
  readonly originOutput?: unknown;
  readonly fromYear: unknown;
  readonly toYear: unknown;
}

export interface ProductRow extends ExposureRow {
  /** The default value with the year's mark-up, tCO2e/t. */
  readonly defaultValue: number;
  readonly actualCost?: number;
}

export interface ProductSchedule {
  readonly found: DefaultValue;
  readonly description: string;
  readonly rows: ProductRow[];
  readonly effective: number;
  /** The carbon price paid per t of good, when the output at home was given: both schedules deduct it. */
  readonly paidPerTonne?: number;
  readonly origin: OriginBasis;
  /** Why actual emissions were not compared, when they were given but cannot be (a complex good without its benchmark). */
  readonly actualNote?: string;
}

/** The CN code with the route its default line stands for, as cbam_benchmark takes it for actual emissions. */
export function codeWithRoute(found: DefaultValue, cn: string): string {
  const code = cnText(cnCode('cn_code', cn).digits);
  return found.line.route ? `${code} ${found.line.route}` : code;
}

/** The default schedule, and the actual one beside it when actual emissions are given. Throws the core's errors. */
export function productSchedule(input: ProductInput): ProductSchedule {
  const found = defaultValueLine(input.cn, input.country, 'cbam_benchmark', 'embedded_intensity');
  if (input.actual !== undefined) nonNegative('actual_intensity', input.actual, 'tCO2e per t of good');
  if (input.actualBenchmark !== undefined) nonNegative('actual_benchmark', input.actualBenchmark, 'tCO2e per t of good');
  const common = {
    quantity: input.quantity, certificatePrice: input.certificatePrice, cscf: input.cscf, laterBenchmark: input.laterBenchmark,
    originAllocation: input.originAllocation, originEmissions: input.originEmissions, originPrice: input.originPrice,
    originOutput: input.originOutput, fromYear: input.fromYear, toYear: input.toYear,
  };
  const onDefault = exposureSchedule({ ...common, embeddedIntensity: input.country, cbamBenchmark: input.cn });
  let onActual: ReturnType<typeof exposureSchedule> | undefined;
  let actualNote: string | undefined;
  if (input.actual !== undefined) {
    try {
      onActual = exposureSchedule({ ...common, embeddedIntensity: input.actual, cbamBenchmark: input.actualBenchmark ?? codeWithRoute(found, input.cn) });
    } catch (e) {
      // A complex good's Column A is its own process only: the comparison waits for the whole benchmark.
      if (!(e instanceof EtsError && e.argument === 'cbam_benchmark' && e.category === 'not-available')) throw e;
      // The core's advice (in either language) names its own argument; the pane points to its field instead.
      actualNote = e.message.replace(/^cbam_benchmark[:：]\s*/, '')
        .replace(/(Pass that whole benchmark as a number|请以数字给出完整的基准值).*$/, t('cb.enter-actual-benchmark'));
    }
  }
  const rows = onDefault.rows.map((r, i): ProductRow => ({
    // The same function the cells call, so the pane and the sheet cannot disagree.
    ...r, defaultValue: cbamDefault(input.cn, input.country, r.year), ...(onActual ? { actualCost: onActual.rows[i]!.cost } : {}),
  }));
  return {
    found, description: describeCode(found.line.code) ?? '', rows, effective: onDefault.effectiveOriginPrice,
    ...(onDefault.paidPerTonne === undefined ? {} : { paidPerTonne: onDefault.paidPerTonne }), origin: onDefault.origin, ...(actualNote ? { actualNote } : {}),
  };
}

/** One sentence about the line used: where it comes from and the benchmarks it pairs with. */
export function lineSentence(found: DefaultValue, cn: string): string {
  const { line } = found;
  const route = line.route ? t('cb.line.route', { route: line.route }) : '';
  const from = found.fallback === 'no-line' ? t('cb.line.no-value', { country: found.country.name })
    : found.fallback === 'no-own-table' ? t('cb.line.no-table', { country: found.country.name }) : '';
  const status = t(line.status === 'final' ? 'cb.line.final' : 'cb.line.workbook');
  const benchmark = (basis: string): string => {
    try {
      return String(cbamBenchmarkOf(codeWithRoute(found, cn), basis, undefined, benchmarkYears().from));
    } catch {
      return t('cb.line.varies');
    }
  };
  return t('cb.line', { table: found.table.name, code: cnText(line.code), route, total: line.total, status, from,
    year: benchmarkYears().from, b: benchmark('default'), a: benchmark('actual') });
}

/** Where the inputs sit on the written sheet: column B, from row 3. */
const INPUT_ROWS = ['cb.p.in.cn', 'cb.p.in.country', 'cb.p.in.quantity', 'cb.p.in.price', 'cb.p.in.cscf', 'cb.p.in.actual',
  'cb.p.in.actual-benchmark', 'cb.p.in.later', 'cb.p.in.origin', 'cb.p.in.paid-per-t'] as const;
const FIRST_INPUT = 3;
const ref = (label: (typeof INPUT_ROWS)[number]): string => `$B$${FIRST_INPUT + INPUT_ROWS.indexOf(label)}`;
const PRODUCT_HEADERS = ['cb.p.h.year', 'cb.p.h.factor', 'cb.p.h.default', 'cb.p.h.certificates', 'cb.p.h.cost-default', 'cb.p.h.cost-actual', 'cb.p.h.saving'] as const;
/** The schedule's header row as written, in the pane's language. */
export const productHeaders = (): string[] => PRODUCT_HEADERS.map((key) => t(key));
/** The inputs' values in the written block (0-based): what the user typed, written as values, never as formulas. */
export const PRODUCT_INPUTS = { top: FIRST_INPUT - 1, left: 1, rows: INPUT_ROWS.length, cols: 1 } as const;
/** Row (0-based) of the header row in the written block. */
export const PRODUCT_HEADER_ROW = FIRST_INPUT + INPUT_ROWS.length;

/**
 * The sheet: inputs in column B, then one row a year of live ETS formulas that read them. Years after the benchmark
 * table use the assumption in B10 when it is filled, and otherwise show the function's #N/A asking for it. The price
 * paid at home fills one of two cells, never both: per t of good (with the output at home; what a default value takes)
 * or per tCO2e (actual emissions only), so the functions refuse nothing the pane accepted.
 */
export function productBlock(input: ProductInput, schedule: ProductSchedule, lastTableYear: number): CellValue[][] {
  const perTonne = schedule.paidPerTonne;
  const values: CellValue[] = [cnText(cnCode('cn_code', input.cn).digits), input.country, n(input.quantity), n(input.certificatePrice), n(input.cscf),
    n(input.actual), n(input.actualBenchmark), n(input.laterBenchmark), n(input.originPrice === undefined || perTonne !== undefined ? undefined : schedule.effective), n(perTonne)];
  const [cn, country, q, price, cscf, actual, actualBm, later, origin, paid] = INPUT_ROWS.map(ref) as [string, string, string, string, string, string, string, string, string, string];
  const rows = schedule.rows.map((r, i): CellValue[] => {
    const at = PRODUCT_HEADER_ROW + 2 + i;
    const year = `A${at}`;
    const tail = `${origin},${price},${cscf},${paid}`;
    const onTable = `ETS.CBAM.CERTIFICATES(${q},${country},${year},${cn},${tail})`;
    const onLater = `ETS.CBAM.CERTIFICATES(${q},C${at},${year},${later},${tail})`;
    const certificates = r.year > lastTableYear && r.factor > 0 ? `=IF(${later}="",${onTable},${onLater})` : `=${onTable}`;
    const code = JSON.stringify(codeWithRoute(schedule.found, input.cn));
    const fromTable = r.year > lastTableYear && r.factor > 0 ? `IF(${later}="",${code},${later})` : code;
    const actualBenchmark = `IF(${actualBm}="",${fromTable},${actualBm})`;
    return [r.year, `=ETS.CBAM.FACTOR(${year})`, `=ETS.CBAM.DEFAULT(${cn},${country},${year})`, certificates, `=D${at}*${price}`,
      `=IF(${actual}="","",ETS.CBAM.COST(${q},${actual},${year},${price},${actualBenchmark},${origin},${cscf},${paid}))`,
      `=IF(F${at}="","",E${at}-F${at})`];
  });
  // Totals over the years: a year the function cannot price (no benchmark yet) leaves its #N/A in the total too, so the
  // sum never silently drops it; the actual-emissions columns total only when they are filled.
  const [first, last] = [PRODUCT_HEADER_ROW + 2, PRODUCT_HEADER_ROW + 1 + rows.length];
  const sum = (c: string): string => `=SUM(${c}${first}:${c}${last})`;
  const sumIfFilled = (c: string): string => `=IF(COUNT(${c}${first}:${c}${last})=0,"",SUM(${c}${first}:${c}${last}))`;
  return [
    [t('cb.p.title', { code: cnText(schedule.found.line.code), description: titleDescription(schedule) }), '', '', '', '', '', ''],
    [t('cb.p.inputs'), '', '', '', '', '', ''],
    ...INPUT_ROWS.map((key, i) => [t(key), values[i] ?? null, '', '', '', '', '']),
    ['', '', '', '', '', '', ''],
    productHeaders(),
    ...rows,
    [t('cb.h.total'), '', '', sum('D'), sum('E'), sumIfFilled('F'), sumIfFilled('G')],
  ];
}

/** Room for the good's description in the title: longer ones end at a word, with an ellipsis. */
const TITLE_DESCRIPTION = 80;

/** A text cut to at most `max` characters at a word boundary, "…" marking the cut; Chinese (no spaces) at the limit. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const space = head.search(/\s\S*$/);
  return `${(space > max / 2 ? head.slice(0, space) : head).replace(/[\s,;:(–-]+$/, '')}…`;
}

const n = (v: unknown): CellValue => (typeof v === 'number' ? v : null);

/** The good in the sheet's title: the annex's description, or in Chinese its heading's Chinese name where there is one. */
const titleDescription = (schedule: ProductSchedule): string =>
  (language() === 'zh-CN' ? headingZh(schedule.found.line.code) : undefined) ?? cutAtWord(schedule.description, TITLE_DESCRIPTION);
