/**
 * What the task pane needs from a workbook, and nothing more. The UI depends on this interface only; Excel
 * (excel-port.ts) and the offline workbench each implement it. Rows and columns are 0-based indexes on a sheet.
 */

export type CellValue = string | number | boolean | null;

/** A table read from the sheet: the header row and the rows below it. */
export interface Region {
  readonly sheet: string;
  /** Row index of the header row. */
  readonly top: number;
  readonly left: number;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
}

export interface Block {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly values: readonly (readonly CellValue[])[];
}

export interface DocumentSettings {
  readonly scheme: string;
  readonly gwpSet: string;
  readonly year: number;
}

export interface WorkbookPort {
  /** Whether addChart draws a chart in this host. */
  readonly supportsCharts: boolean;
  /** The selected table: the selection itself, or the region around a single selected cell. Undefined when empty. */
  readRegion(): Promise<Region | undefined>;
  /** True when every cell of the area is empty (no value, no formula). */
  isEmpty(sheet: string, top: number, left: number, rows: number, cols: number): Promise<boolean>;
  /** Writes values as values: text is never taken for a formula. Chunked; progress after each chunk. */
  writeValues(block: Block, onProgress?: (rowsDone: number) => void): Promise<void>;
  /** Writes formulas (text starting with =) and values, as typed: for the example model, which the pane itself composes. */
  writeFormulas(block: Block): Promise<void>;
  /** Adds a sheet named `name`, or `name (2)` … when taken; returns the name used. */
  addSheet(name: string): Promise<string>;
  activate(sheet: string): Promise<void>;
  /** Fills the given rows (indexes) across columns left … left + cols − 1. */
  fillRows(sheet: string, rows: readonly number[], left: number, cols: number, color: string): Promise<void>;
  /** Draws a column chart of a block whose first row is headers and first column labels. */
  addChart(sheet: string, top: number, left: number, rows: number, cols: number, title: string): Promise<void>;
  readSettings(): Promise<Partial<DocumentSettings>>;
  writeSettings(settings: DocumentSettings): Promise<void>;
}

const blank = (v: CellValue): boolean => v === '' || v === null;

/** A table from the cells read off a sheet: trailing blank rows dropped; undefined when there is no header row. */
export function regionFrom(sheet: string, top: number, left: number, values: readonly (readonly CellValue[])[]): Region | undefined {
  let end = values.length;
  while (end > 0 && values[end - 1]!.every(blank)) end -= 1;
  if (end === 0 || values[0]!.every(blank)) return undefined;
  return { sheet, top, left, headers: values[0]!.map((h) => String(h ?? '')), rows: values.slice(1, end) };
}

/** Rows per write: keeps each request well under Office's payload limits. */
export const CHUNK_ROWS = 5000;

/** Text that would start a formula (= + - @) gets Excel's text prefix, so a value can never run as a formula. */
export function safeValue(v: CellValue): CellValue {
  return typeof v === 'string' && /^[=+\-@]/.test(v) ? `'${v}` : v;
}

/** A1 column letters of a 0-based index: 0 → A, 27 → AB. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address of a 0-based area, e.g. (0, 0, 2, 3) → A1:C2. */
export function a1(top: number, left: number, rows = 1, cols = 1): string {
  const start = `${columnLetters(left)}${top + 1}`;
  return rows === 1 && cols === 1 ? start : `${start}:${columnLetters(left + cols - 1)}${top + rows}`;
}

/** Contiguous runs of row indexes, so fills go out as few ranges as possible. */
export function runs(rows: readonly number[]): Array<{ start: number; count: number }> {
  const sorted = [...new Set(rows)].sort((x, y) => x - y);
  const out: Array<{ start: number; count: number }> = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && last.start + last.count === r) last.count += 1;
    else out.push({ start: r, count: 1 });
  }
  return out;
}
