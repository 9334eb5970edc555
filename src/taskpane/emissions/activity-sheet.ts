/**
 * The monthly activity sheet the Emissions view writes: one row a source with twelve month cells for the user to
 * fill, the annual total and the row's tCO2 as live ETS formulas, and under it the annual report (ETS.EMISSIONS,
 * spilled), the listing verdict and plausibility checks. Pure: it returns the block and where things are; the pane
 * computes no emissions itself, so every figure comes from the functions the cells call.
 */
import { accounting } from '../../core';
import { t } from '../i18n/messages';
import { a1, columnLetters, type Area, type CellValue } from '../ports/port';
import { sectorName, sourceName, sourceUnit, type EmissionSector, type Source } from './sources';

type Place = Omit<Area, 'sheet'>;

/** Columns: source, unit, Jan–Dec, annual total, three parameters, tCO2. */
const SOURCE_COL = 0;
const UNIT_COL = 1;
const FIRST_MONTH_COL = 2;
const MONTHS = 12;
export const TOTAL_COL = FIRST_MONTH_COL + MONTHS;
const FIRST_PARAMETER_COL = TOTAL_COL + 1;
const PARAMETERS = 3;
export const CO2_COL = FIRST_PARAMETER_COL + PARAMETERS;
const WIDTH = CO2_COL + 1;

/** Rows (0-based): title, sector, year, two notes, the header; the sources from the row after. */
const SECTOR_ROW = 1;
const YEAR_ROW = 2;
export const HEADER_ROW = 5;
export const FIRST_SOURCE_ROW = HEADER_ROW + 1;

export interface ActivityLayout {
  /** The month cells, for the user's quantities. */
  readonly months: Place;
  /** The parameter cells (blank: the guideline's defaults). */
  readonly parameters: Place;
  /** Areas holding values the pane wrote as data (names, units, sector, year): never formulas. */
  readonly data: readonly Place[];
  /** Row of ETS.EMISSIONS (its header row; the lines spill below it, label in A, value in B). */
  readonly report: number;
  /** Row of each report line, by the core's line ids. */
  readonly lines: Readonly<Record<(typeof accounting.REPORT_LINES)[number], number>>;
  readonly listing: number;
  /** Row of the source whose annual total is the works' output (crude steel, clinker, aluminium, output), if chosen. */
  readonly output?: number;
  readonly checks: readonly number[];
  readonly widths: readonly number[];
}

export interface ActivitySheet {
  readonly values: CellValue[][];
  readonly layout: ActivityLayout;
}

/** A text inside a formula, quotes doubled. */
const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

const row = (cells: Readonly<Record<number, CellValue>> = {}): CellValue[] =>
  Array.from({ length: WIDTH }, (_, c) => cells[c] ?? '');

/** The twelve month cells of a sheet row, e.g. C7:N7. */
const monthsOf = (r: number): string => a1(r, FIRST_MONTH_COL, 1, MONTHS);
const at = (r: number, c: number): string => a1(r, c);
const optional = (cell: string): string => `IF(${cell}="","",${cell})`;
const SECTOR = `$B$${SECTOR_ROW + 1}`;
const YEAR = `$B$${YEAR_ROW + 1}`;

/**
 * The annual figure of a row: a sum of its months, except anode-effect minutes (a rate per cell-day), which average
 * over the year weighted by the aluminium produced each month, as the PFCs of each month would add up.
 */
function annual(source: Source, r: number, aluminiumRow: number | undefined): string {
  if (source.kind !== 'anode-effect') return `=SUM(${monthsOf(r)})`;
  if (aluminiumRow === undefined) return `=IF(COUNT(${monthsOf(r)})=0,0,AVERAGE(${monthsOf(r)}))`;
  const al = monthsOf(aluminiumRow);
  return `=IF(SUM(${al})=0,0,SUMPRODUCT(${monthsOf(r)},${al})/SUM(${al}))`;
}

/** The row's own tCO2 by the function for its kind; blank for rows that only feed the report (output, electricity). */
function co2(source: Source, r: number, aluminiumRow: number | undefined): string {
  const [name, total] = [at(r, SOURCE_COL), at(r, TOTAL_COL)];
  // An empty parameter cell means "not given" in every Excel build (some older Windows builds hand a function an empty
  // cell as 0, which would be a measured NCV of 0): passed as IF(P7="","",P7), as the example model does.
  const [p1, p2, p3] = [0, 1, 2].map((i) => optional(at(r, FIRST_PARAMETER_COL + i)));
  switch (source.kind) {
    case 'fuel': return `=ETS.FUEL.CO2(${name},${total},${SECTOR},${p1},${p2},${p3},${YEAR})`;
    case 'material': return `=ETS.PROCESS.CO2(${name},${total},${SECTOR},${p1})`;
    case 'anode': return `=ETS.ANODE.CO2(${total},${p1},${p2})`;
    case 'anode-effect': return aluminiumRow === undefined ? '' : `=ETS.PFC.CO2E(${at(aluminiumRow, TOTAL_COL)},${total},${p1},${p2})`;
    default: return '';
  }
}

export function activitySheet(sector: EmissionSector, sources: readonly Source[], year: number): ActivitySheet {
  const n = sources.length;
  const last = FIRST_SOURCE_ROW + n - 1;
  const aluminiumIndex = sources.findIndex((s) => s.kind === 'aluminium');
  const aluminiumRow = aluminiumIndex < 0 ? undefined : FIRST_SOURCE_ROW + aluminiumIndex;
  const names = a1(FIRST_SOURCE_ROW, SOURCE_COL, n, 1);
  const totals = a1(FIRST_SOURCE_ROW, TOTAL_COL, n, 1);
  const parameters = a1(FIRST_SOURCE_ROW, FIRST_PARAMETER_COL, n, PARAMETERS);

  const report = last + 3;
  const lineRow = (id: (typeof accounting.REPORT_LINES)[number]): number => report + 1 + accounting.REPORT_LINES.indexOf(id);
  const lines = Object.fromEntries(accounting.REPORT_LINES.map((id) => [id, lineRow(id)])) as ActivityLayout['lines'];
  const listing = report + accounting.REPORT_LINES.length + 2;
  const checksTitle = listing + 2;
  const checks = [checksTitle + 1, checksTitle + 2, checksTitle + 3, checksTitle + 4];
  const output = sources.find((s) => s.output);
  const verdict = (test: string, bad: string): string => `=IF(${test},${quoted(t('em.check.ok'))},${quoted(bad)})`;

  const values: CellValue[][] = [
    row({ 0: t('em.sheet.title', { sector: sectorName(sector), year }) }),
    row({ 0: t('em.sheet.sector'), 1: sectorName(sector) }),
    row({ 0: t('em.sheet.year'), 1: year }),
    row({ 0: t('em.sheet.note') }),
    row({ 0: aluminiumRow !== undefined && sources.some((s) => s.kind === 'anode-effect') ? t('em.sheet.note.anode-effect') : '' }),
    [t('em.h.source'), t('em.h.unit'), ...t('em.months').split(','), t('em.h.total'), t('em.h.p1'), t('em.h.p2'), t('em.h.p3'), t('em.h.co2')],
    ...sources.map((s, i) => {
      const r = FIRST_SOURCE_ROW + i;
      return row({ [SOURCE_COL]: sourceName(s), [UNIT_COL]: sourceUnit(s, sector), [TOTAL_COL]: annual(s, r, aluminiumRow), [CO2_COL]: co2(s, r, aluminiumRow) });
    }),
    row(),
    row({ 0: t('em.sheet.report') }),
    row({ 0: `=ETS.EMISSIONS(${SECTOR},${names},${totals},${parameters},${YEAR})` }),
    ...accounting.REPORT_LINES.map(() => row()),
    row(),
    row({ 0: t('em.sheet.listing'), 1: `=ETS.COVERAGE(${SECTOR},${at(lines.total, 1)},,${YEAR})` }),
    row(),
    row({ 0: t('em.sheet.checks') }),
    row({ 0: t('em.check.negative'), 1: verdict(`COUNTIF(${a1(FIRST_SOURCE_ROW, FIRST_MONTH_COL, n, MONTHS)},"<0")=0`, t('em.check.negative.bad')) }),
    row({ 0: t('em.check.report'), 1: verdict(`NOT(ISERROR(${at(report, 0)}))`, t('em.check.report.bad')) }),
    row({ 0: t('em.check.intensity'), 1: verdict(`ISNUMBER(${at(lines.intensity, 1)})`,
      output ? t('em.check.intensity.bad', { output: sourceName(output) }) : t('em.check.intensity.none')) }),
    // Text typed in a month ("1.2万", "1,200 t") is left out of SUM without a word in Excel: said here.
    row({ 0: t('em.check.numbers'), 1: verdict(`COUNTA(${a1(FIRST_SOURCE_ROW, FIRST_MONTH_COL, n, MONTHS)})=COUNT(${a1(FIRST_SOURCE_ROW, FIRST_MONTH_COL, n, MONTHS)})`, t('em.check.numbers.bad')) }),
  ];
  return {
    values,
    layout: {
      months: { top: FIRST_SOURCE_ROW, left: FIRST_MONTH_COL, rows: n, cols: MONTHS },
      parameters: { top: FIRST_SOURCE_ROW, left: FIRST_PARAMETER_COL, rows: n, cols: PARAMETERS },
      data: [{ top: SECTOR_ROW, left: 1, rows: 2, cols: 1 }, { top: FIRST_SOURCE_ROW, left: SOURCE_COL, rows: n, cols: 2 }],
      report, lines, listing, checks,
      ...(output ? { output: FIRST_SOURCE_ROW + sources.indexOf(output) } : {}),
      widths: [210, 110, ...Array.from({ length: MONTHS }, () => 56), 80, 80, 80, 70, 90],
    },
  };
}

/** The column letter of the annual totals and of the tCO2 (for status lines and tests). */
export const TOTAL_LETTER = columnLetters(TOTAL_COL);
export const CO2_LETTER = columnLetters(CO2_COL);
