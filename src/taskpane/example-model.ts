/**
 * The starter model: a new sheet with fictional facilities across power, cement, steel and aluminium, and the
 * position of each written as ETS.* formulas, so a new user sees the functions working at once. Every optional input
 * is passed as IF(cell="","",cell): an empty cell then means "not given" in every Excel build (some older Windows
 * builds hand a custom function an empty cell as 0), and the model never depends on how a blank arrives.
 */
import { DEFAULT_YEAR, examplePrice } from '../core';
import facilities from '../../examples/facilities.json';
import { t, type MessageKey } from './i18n/messages';
import type { Area, Block, CellValue } from './ports/port';

/** The example sheet's name, in the pane's language. */
export const exampleSheet = (): string => t('ex.sheet');
/** Row (0-based) of the table's header row; the inputs sit above it. */
export const HEADER_ROW = 5;

/** The table's columns, A to L; their headers are written in the pane's language (ex.h.*). */
const HEADERS = ['facility', 'sector', 'output', 'intensity', 'emissions', 'covered', 'reason', 'balance-value', 'benchmark', 'allocation',
  'balance', 'cost'] as const;
const column = (header: (typeof HEADERS)[number]): string => String.fromCharCode(65 + HEADERS.indexOf(header));

/** The example's rows as plain values (Facility, Sector, Output, Intensity, Balance value). */
export const exampleRows = (): CellValue[][] => facilities.rows.map((r) => [...r] as CellValue[]);

/** A reference passed as "not given" when its cell is empty. */
const optional = (ref: string): string => `IF(${ref}="","",${ref})`;

/** The note beside the year: what allocation means in the year typed, so it follows the year. */
const yearNote = (): string =>
  `=IFERROR(IF(ETS.PHASE(B2)="I","${t('ex.year.phase-one')}","${t('ex.year.phase-two')}"),"${t('ex.year.before')}")`;

/** Allocation of one row: power units through ETS.POWER.UNIT (gas top-up, coal floor as a single-unit entity), the rest ETS.ALLOCATION. */
function allocationFormula(sector: CellValue, r: number): string {
  const [covered, output, intensity, emissions] = [`F${r}`, `C${r}`, `D${r}`, `E${r}`];
  const allocation = String(sector).startsWith('power')
    ? `ETS.POWER.UNIT(B${r},${output},,$B$2,,${emissions})`
    // The emissions column is the allocation's E: steel's allowances multiply the enterprise's emissions, not output × intensity.
    : `ETS.ALLOCATION(B${r},${output},${intensity},,${optional(`${column('balance-value')}${r}`)},$B$2,` +
      `${optional(`${column('benchmark')}${r}`)},${emissions})`;
  return `=IF(${covered},${allocation},0)`;
}

/** The facility data in the block (0-based): name, sector, output, intensity and balance value, values not formulas. */
export const exampleData = (): Array<Omit<Area, 'sheet'>> => {
  const top = HEADER_ROW + 1;
  const rows = exampleRows().length;
  return [{ top, left: 0, rows, cols: 4 }, { top, left: HEADERS.indexOf('balance-value'), rows, cols: 1 }];
};

/** The sheet as one block of values and formulas, starting at A1. */
export function exampleModel(sheet: string): Block {
  const price = examplePrice('price:cea-close', DEFAULT_YEAR);
  const first = HEADER_ROW + 2; // 1-based row of the first facility
  const [allocation, balance] = [column('allocation'), column('balance')];
  const rows = exampleRows().map(([name, sector, output, intensity, balanceValue], i): CellValue[] => {
    const r = first + i;
    return [
      name ?? '', sector ?? '', output ?? '', intensity ?? '', `=C${r}*D${r}`,
      `=ETS.COVERED(B${r},E${r},,$B$2)`,
      `=ETS.COVERAGE(B${r},E${r},,$B$2)`,
      balanceValue ?? '',
      '',
      allocationFormula(sector ?? '', r),
      `=IF(F${r},ETS.BALANCE(${allocation}${r},E${r}),"")`,
      `=IF(F${r},ETS.COST(${allocation}${r},E${r},$B$3,${optional('$B$4')}),"")`,
    ];
  });
  const last = first + rows.length - 1;
  const input = (label: string, value: CellValue, note = ''): CellValue[] => [label, value, note, ...new Array<CellValue>(HEADERS.length - 3).fill('')];
  const sum = (col: string): string => `=SUM(${col}${first}:${col}${last})`;
  return {
    sheet,
    top: 0,
    left: 0,
    values: [
      input(t('ex.title'), '', t('ex.title.note')),
      input(t('ex.year'), DEFAULT_YEAR, yearNote()),
      input(t('ex.price'), price?.value ?? '', price ? t('ex.price.example', { label: price.label }) : t('ex.price.enter')),
      input(t('ex.offset'), '', t('ex.offset.note')),
      input('', '', t('ex.power.note')),
      HEADERS.map((h) => t(`ex.h.${h}` as MessageKey)),
      ...rows,
      [t('ex.total'), '', '', '', sum('E'), `=COUNTIF(F${first}:F${last},TRUE())`, '', '', '', sum(allocation), sum(balance), sum(column('cost'))],
    ],
  };
}
