/**
 * Which row of what was read holds the headers. Client tables often carry a title line (or a few) above the header
 * row; each of the first rows is scored by how many fields its cells name and how much of it is text, and the best
 * one is taken. When the choice is not clear the pane says so and lets the user pick another row.
 */
import { matchColumns, missingFields } from './columns';
import { ownColumns } from './output';
import type { CellValue, Region, SheetRead } from '../ports/port';

/** Rows looked at: a title block above a table is a few lines at most. */
export const HEADER_SCAN_ROWS = 10;

export interface HeaderGuess {
  /** Index of the header row in the values read. */
  readonly row: number;
  /** False when no row names both a sector and emissions, or another row names as many fields. */
  readonly sure: boolean;
}

const blank = (v: CellValue | undefined): boolean => v === '' || v === null || v === undefined;
const isText = (v: CellValue): boolean => typeof v === 'string' && v.trim() !== '' && !Number.isFinite(Number(v));

/** Fields a row names when read as headers, skipping the pane's own columns. */
function fieldsNamed(row: readonly CellValue[], own: ReadonlySet<number>): number {
  const { map, ambiguous } = matchColumns(row, own);
  return Object.keys(map).length + ambiguous.length;
}

/** The header row: named fields count most, then text cells; numbers speak for a data row. */
export function guessHeaderRow(values: readonly (readonly CellValue[])[], own: ReadonlySet<number> = new Set()): HeaderGuess {
  const scanned = values.slice(0, HEADER_SCAN_ROWS).map((row) => {
    const cells = row.filter((_, j) => !own.has(j));
    const filled = cells.filter((v) => !blank(v)).length;
    const fields = fieldsNamed(row, own);
    // A line with one cell filled is a title (or a note), not a header row.
    const score = filled < 2 ? -Infinity : fields * 10 + cells.filter(isText).length - 5 * cells.filter((v) => typeof v === 'number').length;
    return { fields, score };
  });
  let row = 0;
  scanned.forEach((s, i) => { if (s.score > scanned[row]!.score) row = i; });
  const best = scanned[row];
  const complete = best !== undefined && missingFields(matchColumns(values[row]!, own).map).length === 0;
  const rival = scanned.some((s, i) => i !== row && s.fields >= (best?.fields ?? 0));
  return { row, sure: complete && !rival };
}

/**
 * The table with its header on row `header` of what was read: the rows below it, trailing rows dropped that are blank
 * but for the pane's own output (a row the user emptied still has its old results beside it).
 */
export function tableAt(read: SheetRead, header: number): Region | undefined {
  const headers = read.values[header];
  if (!headers || headers.every(blank)) return undefined;
  const own = ownColumnsOfRead(read);
  const emptied = (row: readonly CellValue[]): boolean => row.every((v, j) => blank(v) || own.has(j));
  let end = read.values.length;
  while (end > header + 1 && emptied(read.values[end - 1]!)) end -= 1;
  return {
    sheet: read.sheet, top: read.top + header, left: read.left, headers: headers.map((h) => String(h ?? '')),
    rows: read.values.slice(header + 1, end), marks: read.marks,
  };
}

/** The pane's own columns in what was read (indexes from its left edge). */
export const ownColumnsOfRead = (read: SheetRead): Set<number> =>
  ownColumns({ sheet: read.sheet, top: read.top, left: read.left, rows: read.values.length, cols: read.values[0]?.length ?? 0 }, read.marks);

/** The table read, with its header row found. */
export function firstTable(read: SheetRead): Region | undefined {
  return tableAt(read, guessHeaderRow(read.values, ownColumnsOfRead(read)).row);
}
