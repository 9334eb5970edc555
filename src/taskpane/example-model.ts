/**
 * The starter model: a new sheet with fictional facilities across power, cement, steel and aluminium, and the
 * position of each written as ETS.* formulas, so a new user sees the functions working at once. Every optional input
 * is passed as IF(cell="","",cell): an empty cell then means "not given" in every Excel build (some older Windows
 * builds hand a custom function an empty cell as 0), and the model never depends on how a blank arrives.
 */
import { DEFAULT_YEAR, examplePrice } from '../core';
import facilities from '../../examples/facilities.json';
import type { Block, CellValue } from './ports/port';

export const EXAMPLE_SHEET = 'ETS example';
/** Row (0-based) of the table's header row; the inputs sit above it. */
export const HEADER_ROW = 5;

const HEADERS = ['Facility', 'Sector', 'Output (t; power: MWh)', 'Intensity (tCO2e/unit)', 'Direct emissions (tCO2e)',
  'Covered', 'Reason', 'Balance value (Phase I)', 'Phase II benchmark (your assumption)', 'Allocation (tCO2e)',
  'Balance (tCO2e)', 'Cost'] as const;
const column = (header: (typeof HEADERS)[number]): string => String.fromCharCode(65 + HEADERS.indexOf(header));

/** The example's rows as plain values (Facility, Sector, Output, Intensity, Balance value). */
export const exampleRows = (): CellValue[][] => facilities.rows.map((r) => [...r] as CellValue[]);

/** A reference passed as "not given" when its cell is empty. */
const optional = (ref: string): string => `IF(${ref}="","",${ref})`;

/** The note beside the year: what allocation means in the year typed, so it follows the year. */
const YEAR_NOTE = '=IFERROR(IF(ETS.PHASE(B2)="I",' +
  '"Phase I: industrial allocation = emissions × (1 + α) against the balance value in column H (in the first year of the expansion, allocation = emissions).",' +
  '"Phase II: industrial allocation = output × the benchmark in column I. Phase II benchmarks are not published: column I is your assumption."),' +
  '"Before the expansion only power is in the national ETS.")';

/** Allocation of one row: power units through ETS.POWER (gas top-up, coal floor as a single-unit entity), the rest ETS.ALLOCATION. */
function allocationFormula(sector: CellValue, r: number): string {
  const [covered, output, intensity, emissions] = [`F${r}`, `C${r}`, `D${r}`, `E${r}`];
  const allocation = String(sector).startsWith('power')
    ? `ETS.POWER(B${r},${output},,$B$2,,${emissions})`
    : `ETS.ALLOCATION(B${r},${output},${intensity},,${optional(`${column('Balance value (Phase I)')}${r}`)},$B$2,` +
      `${optional(`${column('Phase II benchmark (your assumption)')}${r}`)})`;
  return `=IF(${covered},${allocation},0)`;
}

/** The sheet as one block of values and formulas, starting at A1. */
export function exampleModel(sheet: string): Block {
  const price = examplePrice('price:cea-close', DEFAULT_YEAR);
  const first = HEADER_ROW + 2; // 1-based row of the first facility
  const [allocation, balance] = [column('Allocation (tCO2e)'), column('Balance (tCO2e)')];
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
      input('ETS example model — China national ETS (fictional facilities)', '', 'Change the inputs in column B and columns H–I; every result is an ETS.* formula.'),
      input('Compliance year', DEFAULT_YEAR, YEAR_NOTE),
      input('Allowance price (CNY/t)', price?.value ?? '', price ? `Example only — ${price.label}` : 'Enter a price'),
      input('Offset price (CNY/t, optional)', '', 'Blank: no offsets. Offsets cover up to the scheme limit of verified emissions.'),
      input('', '', 'Power units: ETS.POWER with verified emissions (gas units topped up; the coal floor as for a single-unit entity).'),
      [...HEADERS],
      ...rows,
      ['Total', '', '', '', sum('E'), `=COUNTIF(F${first}:F${last},TRUE())`, '', '', '', sum(allocation), sum(balance), sum(column('Cost'))],
    ],
  };
}
