/**
 * What the task pane needs from a workbook, and nothing more. The UI depends on this interface only; Excel
 * (excel-port.ts) and the offline workbench each implement it. Rows and columns are 0-based indexes on a sheet.
 */

export type CellValue = string | number | boolean | null;

/** Rows and columns of an Excel worksheet: a whole-column selection spans every row. */
export const SHEET_ROWS = 1048576;
export const SHEET_COLS = 16384;

/** A rectangle of cells on a sheet. */
export interface Area {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

/** A rectangle of cells on a sheet named elsewhere (a sheet a build adds, whose name is known once it is added). */
export type Rect = Omit<Area, 'sheet'>;

export interface Block {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly values: readonly (readonly CellValue[])[];
}

/**
 * A formula the add-in composed. Only these reach a sheet as formulas: every other text, above all text copied from a
 * user's cells, is written as text, so `=HYPERLINK(…)` in a facility's name can never run. A plain object, not a class:
 * the workbench's port lives in another frame, where a class from the pane's bundle is not the same class.
 */
export interface Formula {
  readonly formula: string;
}
export type FormulaCell = CellValue | Formula;
export interface FormulaBlock {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly values: readonly (readonly FormulaCell[])[];
}

export const isFormula = (v: unknown): v is Formula =>
  typeof v === 'object' && v !== null && typeof (v as { formula?: unknown }).formula === 'string';

/**
 * A block the add-in built, ready for writeFormulas: its texts starting with "=" are its composed formulas, except in
 * `data`, the areas (block coordinates) holding values that came from the user (inputs, names from a table), which
 * stay values.
 */
export function formulaBlock<B extends Omit<Block, 'sheet'>>(block: B, data: readonly Rect[] = []): Omit<B, 'values'> & Pick<FormulaBlock, 'values'> {
  const inData = (r: number, c: number): boolean =>
    data.some((a) => r >= a.top && r < a.top + a.rows && c >= a.left && c < a.left + a.cols);
  return {
    ...block,
    values: block.values.map((row, r) => row.map((v, c) =>
      (typeof v === 'string' && v.startsWith('=') && !inData(r, c) ? { formula: v } : v))),
  };
}

/** A cell as a formula write hands it to the host: a composed formula as its text, any other value as a value. */
export const formulaWriteCell = (v: FormulaCell): CellValue => (isFormula(v) ? v.formula : safeValue(v));

/**
 * An area the pane wrote and marked as its own, found again on a later read. In Excel a mark is a worksheet-scoped
 * name, so it moves with its cells when rows or columns are inserted above or beside it.
 */
export interface Mark {
  readonly name: string;
  readonly area: Area;
}

/** Names of the pane's marks start with this; other names on a sheet are the user's and are never touched. */
export const MARK_PREFIX = 'ETS_TableCheck';

/** The used cells of a selection (or of the region around one selected cell), as read, with the sheet's marks. */
export interface SheetRead {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly values: readonly (readonly CellValue[])[];
  /** The pane's marks on this sheet (names starting with MARK_PREFIX). */
  readonly marks: readonly Mark[];
  /** What was read from: the selection, or the single cell whose region it is. readRegion(anchor) reads it again. */
  readonly anchor: Area;
  /**
   * Merged areas that overlap what was read: a merged cell's value sits in its first cell and the others read blank,
   * so the pane needs the areas to know which columns a header spans, and which facilities a merged sector is for.
   */
  readonly merges?: readonly Area[];
}

/** A table: its header (the last row of the header block) and the rows below it. */
export interface Region {
  readonly sheet: string;
  /** Row index of the header row. */
  readonly top: number;
  readonly left: number;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  /** The pane's marks on the sheet, when the table was read from one. */
  readonly marks?: readonly Mark[];
}

export interface DocumentSettings {
  readonly scheme: string;
  readonly gwpSet: string;
  readonly year: number;
  /** The pane's language: 'auto' follows the host's display language; 'en' or 'zh-CN' overrides it. */
  readonly language?: 'auto' | 'en' | 'zh-CN';
  /** Fingerprints of the pane's output blocks by sheet and mark (table-check/fingerprint.ts): what it wrote last. */
  readonly outputs?: Readonly<Record<string, string>>;
}

export interface ChartSpec {
  /** A block whose first row is headers and first column labels. */
  readonly data: Area;
  /** The cell the chart's top-left corner sits on. */
  readonly at: { readonly row: number; readonly col: number };
  readonly title: string;
  /** A chart of this name on the sheet is replaced, so a re-run leaves one chart, not two. */
  readonly name: string;
}

/**
 * A new sheet and what goes on it, for buildSheet. The steps are done in this order: the sheet added (under a free
 * name, as addSheet), the block written (as writeFormulas writes it), the fills, the number formats, the column
 * widths, the frozen rows, the chart. Areas are on the new sheet.
 */
export interface SheetBuild {
  /** The sheet's name, or `name (2)` … when taken. */
  readonly name: string;
  readonly block: Omit<FormulaBlock, 'sheet'>;
  readonly fills?: ReadonlyArray<{ readonly rows: readonly number[]; readonly left: number; readonly cols: number; readonly color: string }>;
  readonly formats?: ReadonlyArray<{ readonly area: Rect; readonly format: string }>;
  readonly widths?: { readonly left: number; readonly widths: readonly number[] };
  /** Rows frozen at the top, so a table's header stays in view. */
  readonly freezeRows?: number;
  /** A column chart, where the host draws one (supportsCharts). */
  readonly chart?: Omit<ChartSpec, 'data'> & { readonly data: Rect };
}

export interface WorkbookPort {
  /** Whether addChart draws a chart in this host. */
  readonly supportsCharts: boolean;
  /**
   * The used cells of the selection, or of the region around a single selected cell; with `at`, of that area instead.
   * Whole columns and rows are fine: only their used part is read, in blocks. Undefined when nothing is there.
   */
  readRegion(at?: Area): Promise<SheetRead | undefined>;
  /** The values of an area, read in blocks that stay within the host's limits. */
  readValues(area: Area): Promise<CellValue[][]>;
  /** The formulas of an area as the formula bar shows them ("=SUM(E2:E4)"); a cell holding a value reads ''. */
  readFormulas(area: Area): Promise<string[][]>;
  /** The smallest area holding every non-empty cell (value or formula) of `area`; undefined when all are empty. */
  usedArea(area: Area): Promise<Area | undefined>;
  /** Writes values as values: text is never taken for a formula. Chunked; progress after each chunk. */
  writeValues(block: Block, onProgress?: (rowsDone: number) => void): Promise<void>;
  /** Writes the add-in's composed formulas as formulas and every other cell as writeValues does (text stays text). */
  writeFormulas(block: FormulaBlock): Promise<void>;
  /** Empties an area: its contents, or its contents and formats. */
  clear(area: Area, what: 'contents' | 'all'): Promise<void>;
  /** One number format for every cell of the area ("@" is text, "0.0%" a percentage). */
  setNumberFormat(area: Area, format: string): Promise<void>;
  /** The workbook's sheet names, in tab order. */
  sheetNames(): Promise<string[]>;
  /** Adds a sheet named `name`, or `name (2)` … when taken; returns the name used. */
  addSheet(name: string): Promise<string>;
  /**
   * Adds a sheet and does a build's steps on it as one action, in as few requests as the host needs (Excel: one
   * batch); returns the sheet's name. buildStepByStep is the same, one port call a step.
   */
  buildSheet(build: SheetBuild): Promise<string>;
  activate(sheet: string): Promise<void>;
  /** Fills the given rows (indexes) across columns left … left + cols − 1. */
  fillRows(sheet: string, rows: readonly number[], left: number, cols: number, color: string): Promise<void>;
  /** Removes the fill of the given rows across columns left … left + cols − 1, and nowhere else. */
  clearFills(sheet: string, rows: readonly number[], left: number, cols: number): Promise<void>;
  /** Column widths in points (Excel's unit), for columns left, left + 1 … */
  setColumnWidths(sheet: string, left: number, widths: readonly number[]): Promise<void>;
  /**
   * Runs one pane action (a check, a model, a sheet written): the host takes it as one step, so in the workbench one
   * Undo takes the whole action back, fills and formats included. Excel keeps its own undo history. Calls may nest:
   * an inner action is part of the outer one.
   */
  oneStep<T>(action: () => Promise<T>): Promise<T>;
  /** Freezes the top `rows` rows of a sheet, so a table's header stays in view. */
  freezeRows(sheet: string, rows: number): Promise<void>;
  /** Draws a column chart, replacing a chart of the same name on the sheet. */
  addChart(chart: ChartSpec): Promise<void>;
  /** Records marks (each on its area's sheet), replacing marks of the same name there. */
  setMarks(marks: readonly Mark[]): Promise<void>;
  readSettings(): Promise<Partial<DocumentSettings>>;
  writeSettings(settings: DocumentSettings): Promise<void>;
}

/** Rows per write at most, whatever their size: keeps each request well under Office's payload limits. */
export const CHUNK_ROWS = 5000;

/** Text that would start a formula (= + - @) gets Excel's text prefix, so a value can never run as a formula. */
export function safeValue(v: CellValue): CellValue {
  return typeof v === 'string' && /^[=+\-@]/.test(v) ? `'${v}` : v;
}

/** Excel's longest sheet name. */
export const SHEET_NAME_MAX = 31;

/** Whether Excel takes a sheet name as it is: 1–31 characters, none of [ ] : * ? / \, no apostrophe first or last, not History. */
export const isSheetNameAllowed = (name: string): boolean =>
  name.length > 0 && name.length <= SHEET_NAME_MAX && !/[[\]:*?/\\]/.test(name) && !/^'|'$/.test(name) && name.toLowerCase() !== 'history';

/**
 * A sheet name Excel takes, from any text (a facility's name): no [ ] : * ? / \, no apostrophe first or last, at most
 * 31 characters, never "History" (Excel keeps it for itself); `taken` (lower case) adds " (2)", " (3)" … within 31.
 */
export function freeSheetName(name: string, taken: (lower: string) => boolean): string {
  const trim = (text: string, room: number): string => text.slice(0, room).replace(/^[\s']+|[\s']+$/g, '');
  let base = trim(name.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' '), SHEET_NAME_MAX) || 'Sheet';
  if (base.toLowerCase() === 'history') base = `${base} 1`;
  let candidate = base;
  for (let n = 2; taken(candidate.toLowerCase()); n += 1) {
    const suffix = ` (${n})`;
    candidate = `${trim(base, SHEET_NAME_MAX - suffix.length)}${suffix}`;
  }
  return candidate;
}

/** The 0-based index of A1 column letters, either case: A → 0, ab → 27. */
export const columnIndex = (letters: string): number =>
  [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

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

/** A1 address of a 0-based area, e.g. (0, 0, 2, 3) → A1:C2; whole columns as A:E and whole rows as 3:3, as Excel writes them. */
export function a1(top: number, left: number, rows = 1, cols = 1): string {
  if (top === 0 && rows >= SHEET_ROWS) return `${columnLetters(left)}:${columnLetters(left + cols - 1)}`;
  if (left === 0 && cols >= SHEET_COLS) return `${top + 1}:${top + rows}`;
  const start = `${columnLetters(left)}${top + 1}`;
  return rows === 1 && cols === 1 ? start : `${start}:${columnLetters(left + cols - 1)}${top + rows}`;
}

/** The 0-based row and column of an A1 cell address ("I20" → row 19, column 8); undefined for anything else. */
export function parseA1(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  return m ? { row: Number(m[2]) - 1, col: columnIndex(m[1]!) } : undefined;
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

/** A build's steps one port call each (see SheetBuild), as one action; the new sheet's name. */
export function buildStepByStep(port: WorkbookPort, build: SheetBuild): Promise<string> {
  return port.oneStep(async () => {
    const sheet = await port.addSheet(build.name);
    await port.writeFormulas({ ...build.block, sheet });
    for (const f of build.fills ?? []) await port.fillRows(sheet, f.rows, f.left, f.cols, f.color);
    for (const f of build.formats ?? []) await port.setNumberFormat({ ...f.area, sheet }, f.format);
    if (build.widths) await port.setColumnWidths(sheet, build.widths.left, build.widths.widths);
    if (build.freezeRows) await port.freezeRows(sheet, build.freezeRows);
    if (build.chart && port.supportsCharts) await port.addChart({ ...build.chart, data: { ...build.chart.data, sheet } });
    return sheet;
  });
}
