/**
 * The workbench's files: .xlsx read and written with exceljs, .csv read by hand (RFC 4180). Pure and DOM-free: sheets
 * in, bytes out and back, so the tests run them in Node; file-actions.ts moves sheets in and out of the engine.
 * exceljs is imported here only, and only the workbench imports this module, so it never reaches the add-in's
 * bundles (functions.js, taskpane.js).
 */
import { Workbook, type Cell, type CellValue as ExcelCellValue, type Worksheet } from 'exceljs';
import { columnLetters } from '../taskpane/ports/port';
import { csvFields, csvValue } from './clipboard';

/** An error value, by Excel's code (#N/A, #VALUE! …). */
export interface ErrorValue { error: string }
/** What a cell holds when it is not a formula. Text is text as it stands: it never starts a formula. */
export type Value = number | string | boolean | ErrorValue | null;
/**
 * A formula as the workbench and Excel's formula bar show it ("=ETS.COVERED(B2,E2)"), with the value it had when
 * saved. `array` is the size of the range an array formula fills from its cell (the cells under it hold its results).
 */
export interface Formula { formula: string; result?: Value; array?: { rows: number; cols: number } }
export type CellContent = Value | Formula;
/** A number format over a rectangle of cells (0-based); later areas win over earlier ones, as CellFormats keeps them. */
export interface FormatArea { top: number; left: number; rows: number; cols: number; format: string }
export interface SheetData { name: string; cells: CellContent[][]; formats: FormatArea[] }

export const isFormula = (c: CellContent | undefined): c is Formula =>
  typeof c === 'object' && c !== null && typeof (c as Formula).formula === 'string';
export const isError = (c: unknown): c is ErrorValue =>
  typeof c === 'object' && c !== null && typeof (c as ErrorValue).error === 'string';

/** The error codes an .xlsx file can hold as a value. */
const EXCEL_ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A']);
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// ---------------------------------------------------------------------------------------------------------------
// CSV

/** A CSV's rows with each field read as Excel reads it (clipboard.ts's csvFields and csvValue). */
export function readCsv(text: string): Value[][] {
  return csvFields(text).map((fields) => fields.map(csvValue));
}

/**
 * The text of a CSV file's bytes: UTF-8 or UTF-16 by their byte-order mark, UTF-8 when the bytes are valid UTF-8,
 * and otherwise `fallback` (Excel saves "CSV" in the system's code page: windows-1252 in the West, GB18030 in China).
 */
export function decodeText(bytes: Uint8Array, fallback = 'windows-1252'): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder(fallback).decode(bytes);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Sheet names and formulas

/** A sheet name Excel accepts: none of \ / ? * [ ] :, not blank, at most 31 characters, no apostrophe at either end. */
export function excelSheetName(name: string): string {
  const cleaned = name.replace(/[\\/?*[\]:]/g, '_').replace(/^'+|'+$/g, '').trim().slice(0, 31).trim();
  return cleaned || 'Sheet';
}

/**
 * `name` if `taken` does not hold it, else the first free "name (n)" from n = 2 (a name that already ends in " (n)"
 * counts on from its stem, so "Facilities (2)" becomes "Facilities (3)", not "Facilities (2) (2)"); at most `max`
 * characters, the stem cut to fit.
 */
export function uniqueName(name: string, taken: (candidate: string) => boolean, max = Infinity): string {
  if (!taken(name) && name.length <= max) return name;
  const stem = /^(.*\S) \(\d+\)$/.exec(name)?.[1] ?? name;
  for (let n = 2; ; n += 1) {
    const tail = ` (${n})`;
    const candidate = `${stem.slice(0, Math.max(1, max - tail.length))}${tail}`;
    if (!taken(candidate)) return candidate;
  }
}

/** `fn` applied to the parts of a formula outside its string literals ("…", with "" inside), the literals kept. */
function outsideStrings(formula: string, fn: (code: string) => string): string {
  return formula.split(/("(?:[^"]|"")*"?)/).map((part, i) => (i % 2 ? part : fn(part))).join('');
}

const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/**
 * A formula with its references to renamed sheets moved to the new names: Old!A1 and 'Old sheet'!A1:B2 (any case)
 * become 'New'!A1 …; names in string literals are left alone.
 */
export function renameSheetReferences(formula: string, renamed: ReadonlyMap<string, string>): string {
  if (renamed.size === 0) return formula;
  const lower = new Map([...renamed].map(([from, to]) => [from.toLowerCase(), to]));
  return outsideStrings(formula, (code) => code.replace(/'((?:[^']|'')+)'!|(?<![\w.])([A-Za-z_\u00a0-\uffff][\w.\u00a0-\uffff]*)!/g,
    (whole, quoted: string | undefined, bare: string | undefined) => {
      const name = quoted !== undefined ? quoted.replace(/''/g, "'") : bare!;
      const to = lower.get(name.toLowerCase());
      return to === undefined ? whole : `${quoteSheet(to)}!`;
    }));
}

/**
 * A formula from an .xlsx file as the workbench's engine reads it: the prefixes Excel saves newer functions with
 * (_xlfn., _xlws.) dropped, and an add-in's custom function as Excel stores it when the add-in is not loaded
 * (_xldudf_ETS_CBAM_FACTOR, sometimes behind a [2]! or Book.xla! link) back to its name (ETS.CBAM.FACTOR) when
 * `functionNames` has it.
 */
export function formulaFromExcel(formula: string, functionNames: readonly string[] = []): string {
  const byStoredName = new Map(functionNames.map((name) => [name.replace(/\./g, '_').toUpperCase(), name]));
  return outsideStrings(formula, (code) => code
    .replace(/(?:\[\d+\]!|[\w.]+\.xla[mx]?!)?_xldudf_([\w]+)(?=\s*\()/gi, (whole, stored: string) => byStoredName.get(stored.toUpperCase()) ?? whole)
    .replace(/\b_xl(?:fn|ws)\./gi, ''));
}

// ---------------------------------------------------------------------------------------------------------------
// .xlsx

/** An Excel date back to its serial number (the 1900 date system, or 1904 when the workbook uses it). */
function serial(d: Date, date1904: boolean): number {
  return d.getTime() / 86_400_000 + (date1904 ? 24_107 : 25_569);
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
  const col = [...m[1]!.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, col };
}

/** The size of an A1 range ("E2:F4" → 3 rows, 2 columns). */
function rangeSize(ref: string): { rows: number; cols: number } {
  const [start, end = start] = ref.split(':').map(decodeAddress);
  return { rows: end!.row - start!.row + 1, cols: end!.col - start!.col + 1 };
}

/**
 * Number formats by cell to as few rectangles as the layout allows: runs down each column, then runs of equal
 * neighbouring columns joined side by side. "General" (the default) is left out.
 */
export function formatAreas(formats: ReadonlyArray<{ row: number; col: number; format: string }>): FormatArea[] {
  const byCol = new Map<number, Array<{ row: number; format: string }>>();
  for (const { row, col, format } of formats) {
    if (!format || format === 'General') continue;
    const list = byCol.get(col) ?? [];
    list.push({ row, format });
    byCol.set(col, list);
  }
  const areas: FormatArea[] = [];
  const open = new Map<string, FormatArea>(); // by "top:rows:format", the area ending in the previous column
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    const cells = byCol.get(col)!.sort((a, b) => a.row - b.row);
    const runs: FormatArea[] = [];
    for (const { row, format } of cells) {
      const last = runs[runs.length - 1];
      if (last && last.format === format && last.top + last.rows === row) last.rows += 1;
      else runs.push({ top: row, left: col, rows: 1, cols: 1, format });
    }
    for (const run of runs) {
      const key = `${run.top}:${run.rows}:${run.format}`;
      const prev = open.get(key);
      if (prev && prev.left + prev.cols === col) {
        prev.cols += 1;
      } else {
        areas.push(run);
        open.set(key, run);
      }
    }
  }
  return areas;
}

/** One worksheet of a loaded workbook as sheet data. */
function sheetOf(ws: Worksheet, date1904: boolean, functionNames: readonly string[]): SheetData {
  const cells: CellContent[][] = [];
  const formats: Array<{ row: number; col: number; format: string }> = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell: Cell) => {
      const r = Number(cell.row) - 1;
      const c = Number(cell.col) - 1;
      // A merged range's value is its first cell's; the others are blank, as in Excel.
      if (cell.isMerged && cell.master !== cell) return;
      const v = cell.value as ExcelCellValue & { shareType?: string; ref?: string };
      let content: CellContent;
      const isFormulaCell = typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v);
      const formula = isFormulaCell ? cell.formula : undefined;
      if (isFormulaCell && !formula) {
        content = plainValue(cell.result, date1904); // a shared formula whose first cell is gone: its saved value
      } else if (formula) {
        content = { formula: `=${formulaFromExcel(formula.replace(/^=/, ''), functionNames)}` };
        // cell.result, not v.result: exceljs's value copy drops a result of FALSE or 0.
        const result = plainValue(cell.result, date1904);
        if (result !== null) content.result = result;
        if (v!.shareType === 'array' && v!.ref) {
          const size = rangeSize(v!.ref);
          if (size.rows * size.cols > 1) content.array = size;
        }
      } else {
        content = plainValue(v, date1904);
      }
      if (content === null) return;
      (cells[r] ??= [])[c] = content;
      if (cell.numFmt) formats.push({ row: r, col: c, format: cell.numFmt });
    });
  });
  const width = cells.reduce((w, row) => Math.max(w, row?.length ?? 0), 0);
  const rect = Array.from({ length: cells.length }, (_, r) => Array.from({ length: width }, (_, c) => cells[r]?.[c] ?? null));
  return { name: ws.name, cells: rect, formats: formatAreas(formats) };
}

/**
 * Every worksheet of an .xlsx file, in order, with its values, formulas (with the results saved with them) and number
 * formats. `functionNames` are the add-in's functions ("ETS.COVERED" …), for formulas Excel saved while it was not
 * loaded (see formulaFromExcel).
 */
export async function readXlsx(buffer: ArrayBuffer | Uint8Array, functionNames: readonly string[] = []): Promise<SheetData[]> {
  const wb = new Workbook();
  await wb.xlsx.load(buffer as unknown as Parameters<typeof wb.xlsx.load>[0]);
  const date1904 = Boolean((wb.properties as { date1904?: boolean } | undefined)?.date1904);
  return wb.worksheets.map((ws) => sheetOf(ws, date1904, functionNames));
}

/**
 * A value as exceljs writes it. An error the file format has no code for (the engine's #CYCLE!, #SPILL! …) is
 * undefined: left out of a formula's result, Excel works it out; as a value it is written as its text.
 */
function excelValue(v: Value): ExcelCellValue {
  if (isError(v)) return EXCEL_ERRORS.has(v.error) ? ({ error: v.error } as ExcelCellValue) : undefined;
  return v;
}

/**
 * An .xlsx file of these sheets: values, formulas as formula text with their last results (so Excel shows them at
 * once and recalculates on opening, with the add-in for the ETS functions), array formulas over their ranges, and the
 * number formats of the cells that hold something. Sheet names are made ones Excel accepts, and references follow.
 */
export async function writeXlsx(sheets: readonly SheetData[]): Promise<ArrayBuffer> {
  const wb = new Workbook();
  wb.calcProperties.fullCalcOnLoad = true;
  const names = new Map<string, string>();
  const used = new Set<string>();
  for (const { name } of sheets) {
    const fixed = uniqueName(excelSheetName(name), (n) => used.has(n.toLowerCase()), 31);
    used.add(fixed.toLowerCase());
    names.set(name, fixed);
  }
  const renamed = new Map([...names].filter(([from, to]) => from !== to));
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(names.get(sheet.name)!);
    sheet.cells.forEach((row, r) => row.forEach((content, c) => {
      if (content === null || content === undefined || content === '') return;
      const cell = ws.getCell(r + 1, c + 1);
      if (isFormula(content)) {
        const formula = renameSheetReferences(content.formula.replace(/^=/, ''), renamed);
        const value: Record<string, unknown> = { formula };
        const result = content.result === undefined ? undefined : excelValue(content.result);
        if (result !== undefined && result !== null) value.result = result;
        if (content.array && content.array.rows * content.array.cols > 1) {
          value.shareType = 'array';
          value.ref = `${columnLetters(c)}${r + 1}:${columnLetters(c + content.array.cols - 1)}${r + content.array.rows}`;
        }
        cell.value = value as unknown as ExcelCellValue;
      } else {
        cell.value = excelValue(content) ?? (isError(content) ? content.error : null);
      }
    }));
    // Formats last to first: the first area met for a cell is the one CellFormats would show.
    const formatted = new Set<string>();
    for (let i = sheet.formats.length - 1; i >= 0; i -= 1) {
      const { top, left, rows, cols, format } = sheet.formats[i]!;
      for (let r = top; r < Math.min(top + rows, sheet.cells.length); r += 1) {
        const row = sheet.cells[r]!;
        for (let c = left; c < Math.min(left + cols, row.length); c += 1) {
          const key = `${r}:${c}`;
          if (formatted.has(key) || row[c] === null || row[c] === undefined) continue;
          formatted.add(key);
          if (format !== 'General') ws.getCell(r + 1, c + 1).numFmt = format;
        }
      }
    }
  }
  const bytes = await wb.xlsx.writeBuffer();
  const view = bytes as unknown as Uint8Array;
  return view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength) as ArrayBuffer;
}
