/**
 * .xlsx files read and written with exceljs (and xlsx-parts.ts for what exceljs does not carry): every sheet with its
 * state, values, formulas with their saved results, number formats, fills, fonts, merged cells, column widths and
 * hidden columns and rows, and
 * the workbook's defined names. Pure and DOM-free: bytes in, WorkbookData out and back, so the tests run it in Node.
 * exceljs is imported here only, and only the workbench imports this module, so it never reaches the add-in's bundles
 * (functions.js, taskpane.js).
 */
import { Workbook, type Cell, type CellValue as ExcelCellValue, type Worksheet } from 'exceljs';
import { columnIndex, columnLetters } from '../taskpane/ports/port';
import {
  excelSheetName, formulaReader, formulaToExcel, isError, isFormula, renameSheetReferences, uniqueName,
  type CellContent, type DefinedName, type FillArea, type FontArea, type FormatArea, type Rect, type SheetData, type SheetState,
  type Value, type WorkbookData,
} from './files';
import JSZip from 'jszip';
import { MAX_SPILL_CELLS } from './engine-limits';
import { defuseWorksheets, FileTooLargeError, readWorkbookParts, withDefinedNames } from './xlsx-parts';

export { FileTooLargeError } from './xlsx-parts';
import {
  excelFill, excelFont, fillColorOf, fontOf, pixelsToWidth, widthToPixels, type Font, type Palette,
} from './xlsx-styles';

/** The error codes an .xlsx file can hold as a value. */
const EXCEL_ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A']);

/** How many rows and columns a sheet may use (the engine's size): a file with a value or formula beyond is refused. */
export interface Limits { rows: number; cols: number }

/** A sheet with a value or formula beyond the limits, found before anything is built for it. */
export class SheetTooLargeError extends Error {
  constructor(readonly sheet: string, readonly address: string, readonly limits: Limits) {
    super(`sheet ${sheet} has a cell at ${address}, beyond ${limits.rows} rows and ${limits.cols} columns`);
  }
}

export interface ReadOptions {
  /** The add-in's functions ("ETS.COVERED" …), for formulas Excel saved while it was not loaded (see formulaFromExcel). */
  functionNames?: readonly string[];
  limits?: Limits;
}

/** An Excel date back to its serial number (the 1900 date system, or 1904 when the workbook uses it). */
function serial(d: Date, date1904: boolean): number {
  return d.getTime() / 86_400_000 + (date1904 ? 24_107 : 25_569);
}

/** Days from 1900-01-00 to 1904-01-01: a 1904-system serial plus this is the same day in the 1900 system. */
const DAYS_1904 = 1462;

/** Whether a number format shows a date (a day or a year, outside quoted text and [colour] or [$-…] parts). */
export const showsDate = (format: string | undefined): boolean =>
  Boolean(format) && /[dy]/i.test(format!.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));

/**
 * A cell of a 1904-date workbook as the workbench holds it (the 1900 system, as Excel's default and the engine's):
 * a number in a cell formatted as a date, or a formula's saved result there, moves on by 1,462 days, so the same
 * day shows and formulas over it (DATE, YEAR …) compute as in Excel. Times alone (fractions of a day) stay.
 */
function to1900(content: CellContent): CellContent {
  const shift = (v: Value | undefined): Value | undefined => (typeof v === 'number' && v >= 1 ? v + DAYS_1904 : v);
  if (isFormula(content)) return content.result === undefined ? content : { ...content, result: shift(content.result)! };
  return shift(content)!;
}

/** A plain cell value from exceljs as the workbench holds it. */
function plainValue(v: unknown, date1904: boolean): Value {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'string') return v === '' ? null : v;
  if (v instanceof Date) return serial(v, date1904);
  if (isError(v)) return { error: v.error };
  const o = v as { richText?: Array<{ text: string }>; text?: unknown };
  if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('') || null;
  if (o.text !== undefined) return plainValue(o.text, date1904); // a hyperlink: its text
  return null;
}

/** A-to-Z column letters and row digits ("E2") to 0-based (row, col). */
function decodeAddress(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(address.trim());
  if (!m) throw new Error(`Not a cell address: ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]!) };
}

/** The size of an A1 range ("E2:F4" → 3 rows, 2 columns). */
function rangeSize(ref: string): { rows: number; cols: number } {
  const [start, end = start] = ref.split(':').map(decodeAddress);
  return { rows: end!.row - start!.row + 1, cols: end!.col - start!.col + 1 };
}

/**
 * Values by cell to as few rectangles as the layout allows: runs down each column, then runs of equal neighbouring
 * columns joined side by side. Cells whose key is '' are left out.
 */
export function areasOf<T>(cells: ReadonlyArray<{ row: number; col: number; value: T }>, key: (value: T) => string): Array<Rect & { value: T }> {
  const byCol = new Map<number, Array<{ row: number; value: T; key: string }>>();
  for (const { row, col, value } of cells) {
    const k = key(value);
    if (!k) continue;
    const list = byCol.get(col) ?? [];
    list.push({ row, value, key: k });
    byCol.set(col, list);
  }
  const areas: Array<Rect & { value: T; key: string }> = [];
  const open = new Map<string, Rect & { value: T; key: string }>(); // by "top:rows:key", the area ending in the previous column
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    const runs: Array<Rect & { value: T; key: string }> = [];
    for (const { row, value, key: k } of byCol.get(col)!.sort((a, b) => a.row - b.row)) {
      const last = runs[runs.length - 1];
      if (last && last.key === k && last.top + last.rows === row) last.rows += 1;
      else runs.push({ top: row, left: col, rows: 1, cols: 1, value, key: k });
    }
    for (const run of runs) {
      const id = `${run.top}:${run.rows}:${run.key}`;
      const prev = open.get(id);
      if (prev && prev.left + prev.cols === col) {
        prev.cols += 1;
      } else {
        areas.push(run);
        open.set(id, run);
      }
    }
  }
  return areas.map(({ key: _, ...area }) => area);
}

/** Number formats by cell as rectangles; "General" (the default) left out. */
export function formatAreas(formats: ReadonlyArray<{ row: number; col: number; format: string }>): FormatArea[] {
  return areasOf(formats.map(({ row, col, format }) => ({ row, col, value: format })), (f) => (f === 'General' ? '' : f))
    .map(({ value, ...area }) => ({ ...area, format: value }));
}

/** exceljs's merged areas (it has no public list: ws.model would rebuild every row to give one). */
function mergesOf(ws: Worksheet): Rect[] {
  const merges = (ws as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges ?? {};
  return Object.values(merges).map((m) => ({ top: m.top - 1, left: m.left - 1, rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 }));
}

interface SheetContext {
  date1904: boolean;
  formulaOf: (formula: string) => string;
  palette: Palette;
  limits: Limits;
  /** Fonts and fills already converted, by exceljs's style object (cells of one style share it). */
  styles: WeakMap<object, { fill?: string; font?: Font; fontKey?: string }>;
}

/**
 * One worksheet as sheet data, read sparsely: only rows and cells the file has are visited, and a value or formula
 * beyond the limits stops the reading before anything is built for it. Styles beyond the limits are not kept.
 */
function sheetOf(ws: Worksheet, ctx: SheetContext): SheetData {
  const { date1904, formulaOf, palette, limits, styles } = ctx;
  const cells: CellContent[][] = [];
  const formats: Array<{ row: number; col: number; format: string }> = [];
  const fills: Array<{ row: number; col: number; value: string }> = [];
  const fonts: Array<{ row: number; col: number; value: Font; key: string }> = [];
  const hiddenRows: number[] = [];
  for (let rowNumber = 1; rowNumber <= ws.rowCount; rowNumber += 1) {
    const row = ws.findRow(rowNumber);
    if (!row) continue;
    const r = rowNumber - 1;
    if (row.hidden && r < limits.rows) hiddenRows.push(r);
    for (let colNumber = 1; colNumber <= row.cellCount; colNumber += 1) {
      const cell = row.findCell(colNumber);
      if (!cell) continue;
      const c = colNumber - 1;
      let content = contentOf(cell, date1904, formulaOf);
      if (date1904 && content !== null && showsDate(cell.numFmt)) content = to1900(content);
      const inside = r < limits.rows && c < limits.cols;
      if (content !== null) {
        if (!inside) throw new SheetTooLargeError(ws.name, `${columnLetters(c)}${rowNumber}`, limits);
        if (isFormula(content) && content.array) checkArray(ws.name, r, c, content.array, limits);
        (cells[r] ??= [])[c] = content;
      }
      if (!inside) continue;
      if (cell.numFmt) formats.push({ row: r, col: c, format: cell.numFmt });
      const style = cell.style as object | undefined;
      let seen = style && styles.get(style);
      if (!seen) {
        const font = fontOf(cell.font, palette);
        seen = { fill: fillColorOf(cell.fill, palette), font, fontKey: font && JSON.stringify(font) };
        if (style) styles.set(style, seen);
      }
      if (seen.fill) fills.push({ row: r, col: c, value: seen.fill });
      if (seen.font) fonts.push({ row: r, col: c, value: seen.font, key: seen.fontKey! });
    }
  }
  const sheet: SheetData = { name: ws.name, cells, formats: formatAreas(formats) };
  if (fills.length) sheet.fills = areasOf(fills, (v) => v).map(({ value, ...a }): FillArea => ({ ...a, color: value }));
  const keys = new Map(fonts.map((f) => [f.value, f.key]));
  if (fonts.length) sheet.fonts = areasOf(fonts, (font) => keys.get(font)!).map(({ value, ...a }): FontArea => ({ ...a, font: value }));
  const merges = mergesOf(ws).filter((m) => m.top < limits.rows && m.left < limits.cols);
  if (merges.length) sheet.merges = merges;
  const widths = (ws.columns ?? []).flatMap((column, c) =>
    (typeof column.width === 'number' && c < limits.cols ? [{ col: c, pixels: widthToPixels(column.width) }] : []));
  if (widths.length) sheet.widths = widths;
  const hiddenColumns = (ws.columns ?? []).flatMap((column, c) => (column.hidden && c < limits.cols ? [c] : []));
  if (hiddenColumns.length) sheet.hiddenColumns = hiddenColumns;
  if (hiddenRows.length) sheet.hiddenRows = hiddenRows;
  if (ws.state === 'hidden' || ws.state === 'veryHidden') sheet.state = ws.state;
  return sheet;
}

/**
 * An array formula ({=…}) fills its whole area: refused when the area reaches beyond the limits (its far corner named)
 * or holds more cells than one formula may fill (engine-limits.ts), before anything is built for it.
 */
function checkArray(sheet: string, r: number, c: number, size: { rows: number; cols: number }, limits: Limits): void {
  const bottom = r + size.rows - 1;
  const right = c + size.cols - 1;
  if (bottom >= limits.rows || right >= limits.cols) throw new SheetTooLargeError(sheet, `${columnLetters(right)}${bottom + 1}`, limits);
  if (size.rows * size.cols > MAX_SPILL_CELLS) {
    throw new FileTooLargeError('files.array-too-large', {
      sheet, cell: `${columnLetters(c)}${r + 1}`, rows: size.rows, cols: size.cols, max: MAX_SPILL_CELLS,
    });
  }
}

/** A cell's value or formula; null when it holds neither (empty, or a merged cell's hidden part). */
function contentOf(cell: Cell, date1904: boolean, formulaOf: (formula: string) => string): CellContent {
  // A merged range's value is its first cell's; the others are blank, as in Excel.
  if (cell.isMerged && cell.master !== cell) return null;
  const v = cell.value as ExcelCellValue & { shareType?: string; ref?: string };
  const isFormulaCell = typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v);
  if (!isFormulaCell) return plainValue(v, date1904);
  const formula = cell.formula;
  if (!formula) return plainValue(cell.result, date1904); // a shared formula whose first cell is gone: its saved value
  const content: CellContent = { formula: `=${formulaOf(formula.replace(/^=/, ''))}` };
  // cell.result, not v.result: exceljs's value copy drops a result of FALSE or 0.
  const result = plainValue(cell.result, date1904);
  if (result !== null) content.result = result;
  if (v.shareType === 'array' && v.ref) content.array = rangeSize(v.ref);
  return content;
}

/** An .xlsx file's bytes as a loaded exceljs workbook. */
async function load(buffer: ArrayBuffer | Uint8Array): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(buffer as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

/**
 * Every worksheet of an .xlsx file in order (hidden ones too), with its cells, formats and styles, and the workbook's
 * defined names (their formulas as the engine reads them). Throws SheetTooLargeError when a sheet has a value or
 * formula beyond `limits`.
 */
export async function readWorkbook(buffer: ArrayBuffer | Uint8Array, options: ReadOptions = {}): Promise<WorkbookData> {
  const functionNames = options.functionNames ?? [];
  const limits = options.limits ?? { rows: Infinity, cols: Infinity };
  // The package is checked, and what exceljs would blow up defused, before exceljs reads it (xlsx-parts.ts).
  const zip = await JSZip.loadAsync(buffer);
  const defused = await defuseWorksheets(zip, limits);
  const bytes = defused ? await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) : buffer;
  const [wb, parts] = await Promise.all([load(bytes), readWorkbookParts(zip)]);
  const date1904 = Boolean((wb.properties as { date1904?: boolean } | undefined)?.date1904);
  const formulaOf = formulaReader(functionNames);
  const styles = new WeakMap<object, { fill?: string; font?: Font; fontKey?: string }>();
  const sheets = wb.worksheets.map((ws) => sheetOf(ws, { date1904, formulaOf, palette: parts.palette, limits, styles }));
  const names = parts.names.map((n) => ({ ...n, formula: formulaOf(n.formula) }));
  const active = wb.worksheets[(wb.views as Array<{ activeTab?: number }> | undefined)?.[0]?.activeTab ?? -1]?.name;
  const book: WorkbookData = { sheets, names, manualCalc: parts.manualCalc };
  if (active) book.active = active;
  return book;
}

/** Every worksheet of an .xlsx file (see readWorkbook). */
export async function readXlsx(buffer: ArrayBuffer | Uint8Array, functionNames: readonly string[] = []): Promise<SheetData[]> {
  return (await readWorkbook(buffer, { functionNames })).sheets;
}

/**
 * A value as exceljs writes it. An error the file format has no code for (the engine's #CYCLE!, #SPILL! …) is
 * undefined: left out of a formula's result, Excel works it out; as a value it is written as its text.
 */
function excelValue(v: Value): ExcelCellValue {
  if (isError(v)) return EXCEL_ERRORS.has(v.error) ? ({ error: v.error } as ExcelCellValue) : undefined;
  return v;
}

/** Each cell of areas (the last area met wins, as in CellFormats), within the sheet's limits. */
function eachCellOf<T extends Rect>(areas: readonly T[], limits: Limits, fn: (row: number, col: number, area: T) => void): void {
  const done = new Set<string>();
  for (let i = areas.length - 1; i >= 0; i -= 1) {
    const area = areas[i]!;
    for (let r = area.top; r < Math.min(area.top + area.rows, limits.rows); r += 1) {
      for (let c = area.left; c < Math.min(area.left + area.cols, limits.cols); c += 1) {
        const key = `${r}:${c}`;
        if (done.has(key)) continue;
        done.add(key);
        fn(r, c, area);
      }
    }
  }
}

/** Excel's own sheet size, the bound for styles written out. */
const EXCEL_LIMITS: Limits = { rows: 1_048_576, cols: 16_384 };

function writeSheet(ws: Worksheet, sheet: SheetData, renamed: ReadonlyMap<string, string>): void {
  sheet.cells.forEach((row, r) => row?.forEach((content, c) => {
    if (content === null || content === undefined || content === '') return;
    const cell = ws.getCell(r + 1, c + 1);
    if (isFormula(content)) {
      const formula = formulaToExcel(renameSheetReferences(content.formula.replace(/^=/, ''), renamed));
      const value: Record<string, unknown> = { formula };
      const result = content.result === undefined ? undefined : excelValue(content.result);
      if (result !== undefined && result !== null) value.result = result;
      if (content.array) {
        value.shareType = 'array';
        value.ref = `${columnLetters(c)}${r + 1}:${columnLetters(c + content.array.cols - 1)}${r + content.array.rows}`;
      }
      cell.value = value as unknown as ExcelCellValue;
    } else {
      cell.value = excelValue(content) ?? (isError(content) ? content.error : null);
    }
  }));
  // Number formats on the cells that hold something (a format over a whole column would write a million cells).
  const holds = (r: number, c: number): boolean => sheet.cells[r]?.[c] !== null && sheet.cells[r]?.[c] !== undefined;
  const used = { rows: sheet.cells.length, cols: sheet.cells.reduce((w, row) => Math.max(w, row?.length ?? 0), 0) };
  eachCellOf(sheet.formats, used, (r, c, { format }) => {
    if (format !== 'General' && holds(r, c)) ws.getCell(r + 1, c + 1).numFmt = format;
  });
  // Fills and fonts on every cell they cover: an empty input cell keeps its colour.
  eachCellOf(sheet.fills ?? [], EXCEL_LIMITS, (r, c, { color }) => {
    const fill = excelFill(color);
    if (fill) ws.getCell(r + 1, c + 1).fill = fill as never;
  });
  eachCellOf(sheet.fonts ?? [], EXCEL_LIMITS, (r, c, { font }) => { ws.getCell(r + 1, c + 1).font = excelFont(font) as never; });
  for (const m of sheet.merges ?? []) {
    if (m.rows * m.cols > 1) ws.mergeCells(m.top + 1, m.left + 1, m.top + m.rows, m.left + m.cols);
  }
  for (const { col, pixels } of sheet.widths ?? []) ws.getColumn(col + 1).width = pixelsToWidth(pixels);
  for (const col of sheet.hiddenColumns ?? []) ws.getColumn(col + 1).hidden = true;
  for (const r of sheet.hiddenRows ?? []) {
    const row = ws.getRow(r + 1);
    row.hidden = true;
    // exceljs writes a row only with cells or a height; a hidden empty row gets Excel's default one.
    if (row.cellCount === 0) row.height = 15;
  }
}

/**
 * An .xlsx file of this workbook: values, formulas as formula text with their last results (so Excel shows them at
 * once and recalculates on opening, with the add-in for the ETS functions), array formulas over their ranges, number
 * formats, fills, fonts, merged cells, column widths, hidden sheets and defined names (scoped to their sheet where
 * they are). Sheet names are made ones Excel accepts, and references and names follow.
 */
export async function writeXlsx(sheets: readonly SheetData[], names: readonly DefinedName[] = []): Promise<ArrayBuffer> {
  const wb = new Workbook();
  wb.calcProperties.fullCalcOnLoad = true;
  const given = new Map<string, string>();
  const used = new Set<string>();
  for (const { name } of sheets) {
    const fixed = uniqueName(excelSheetName(name), (n) => used.has(n.toLowerCase()), 31);
    used.add(fixed.toLowerCase());
    given.set(name, fixed);
  }
  const renamed = new Map([...given].filter(([from, to]) => from !== to));
  for (const sheet of sheets) {
    const state: SheetState = sheet.state ?? 'visible';
    writeSheet(wb.addWorksheet(given.get(sheet.name)!, { state }), sheet, renamed);
  }
  // Excel needs a visible sheet to show first.
  const firstVisible = sheets.findIndex((s) => (s.state ?? 'visible') === 'visible');
  if (firstVisible > 0) wb.views = [{ activeTab: firstVisible, firstSheet: firstVisible } as never];
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const written = names.filter((n) => n.sheet === undefined || given.has(n.sheet)).map((n): DefinedName => ({
    ...n, formula: formulaToExcel(renameSheetReferences(n.formula, renamed)),
    ...(n.sheet === undefined ? {} : { sheet: given.get(n.sheet)! }),
  }));
  const out = await withDefinedNames(bytes, written, sheets.map((s) => given.get(s.name)!));
  return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength) as ArrayBuffer;
}

/** A sheet's cells from A1 as a dense grid, `null` where the sheet holds nothing (for tests and small sheets). */
export function denseCells(cells: readonly (readonly CellContent[] | undefined)[]): CellContent[][] {
  const width = cells.reduce((w, row) => Math.max(w, row?.length ?? 0), 0);
  return Array.from({ length: cells.length }, (_, r) => Array.from({ length: width }, (_, c) => cells[r]?.[c] ?? null));
}
