/**
 * The starter model: a new sheet with fictional facilities across power, cement, steel and aluminium, and the
 * position of each written as ETS.* formulas, so a new user sees the functions working at once.
 */
import { DEFAULT_YEAR, examplePrice } from '../core';
import facilities from '../../examples/facilities.json';
import type { Block, CellValue } from './ports/port';

export const EXAMPLE_SHEET = 'ETS example';
/** Row (0-based) of the table's header row; the inputs sit above it. */
export const HEADER_ROW = 5;

const HEADERS = ['Facility', 'Sector', 'Output (t; power: MWh)', 'Intensity (tCO2e/unit)', 'Direct emissions (tCO2e)',
  'Covered', 'Reason', 'Balance value / benchmark', 'Allocation (tCO2e)', 'Balance (tCO2e)', 'Cost'];

/** The example's rows as plain values (Facility, Sector, Output, Intensity, Balance value). */
export const exampleRows = (): CellValue[][] => facilities.rows.map((r) => [...r] as CellValue[]);

/** The sheet as one block of values and formulas, starting at A1. */
export function exampleModel(sheet: string): Block {
  const price = examplePrice('price:cea-close', DEFAULT_YEAR);
  const first = HEADER_ROW + 2; // 1-based row of the first facility
  const rows = exampleRows().map(([name, sector, output, intensity, reference], i): CellValue[] => {
    const r = first + i;
    return [
      name ?? '', sector ?? '', output ?? '', intensity ?? '', `=C${r}*D${r}`,
      `=ETS.COVERED(B${r},E${r},,$B$2)`,
      `=ETS.COVERAGE(B${r},E${r},,$B$2)`,
      reference ?? '',
      `=IF(F${r},ETS.ALLOCATION(B${r},C${r},D${r},,H${r},$B$2),0)`,
      `=IF(F${r},ETS.BALANCE(I${r},E${r}),"")`,
      `=IF(F${r},ETS.COST(I${r},E${r},$B$3,$B$4),"")`,
    ];
  });
  const last = first + rows.length - 1;
  const blank = (): CellValue[] => new Array<CellValue>(HEADERS.length).fill('');
  const input = (label: string, value: CellValue, note = ''): CellValue[] => [label, value, note, ...new Array<CellValue>(HEADERS.length - 3).fill('')];
  return {
    sheet,
    top: 0,
    left: 0,
    values: [
      input('ETS example model — China national ETS (fictional facilities)', '', 'Change the inputs in column B; every result is an ETS.* formula.'),
      input('Compliance year', DEFAULT_YEAR, 'Phase I: allocation = emissions × (1 + α) against the sector balance value.'),
      input('Allowance price (CNY/t)', price?.value ?? '', price ? `Example only — ${price.label}` : 'Enter a price'),
      input('Offset price (CNY/t, optional)', '', 'Blank: no offsets. Offsets cover up to the scheme limit of verified emissions.'),
      blank(),
      [...HEADERS],
      ...rows,
      ['Total', '', '', '', `=SUM(E${first}:E${last})`, `=COUNTIF(F${first}:F${last},TRUE())`, '', '',
        `=SUM(I${first}:I${last})`, `=SUM(J${first}:J${last})`, `=SUM(K${first}:K${last})`],
    ],
  };
}
