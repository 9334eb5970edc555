/**
 * The workbench's files: what a workbook read from a file holds (sheets of cells, formats and styles, defined names),
 * .csv read by hand (RFC 4180), and the text of sheet names and formulas between Excel and the engine. Pure and
 * DOM-free, so the tests run it in Node; xlsx.ts reads and writes .xlsx, file-actions.ts moves sheets in and out of
 * the engine.
 */
import { csvFields, csvValue } from './clipboard';
import type { DefinedName } from './xlsx-parts';
import type { Font } from './xlsx-styles';

export type { DefinedName } from './xlsx-parts';
export type { Font } from './xlsx-styles';

/** An error value, by Excel's code (#N/A, #VALUE! …). */
export interface ErrorValue { error: string }
/** What a cell holds when it is not a formula. Text is text as it stands: it never starts a formula. */
export type Value = number | string | boolean | ErrorValue | null;
/**
 * A formula as the workbench and Excel's formula bar show it ("=ETS.COVERED(B2,E2)"), with the value it had when
 * saved. `array` marks an array formula ({=…} in Excel) and the size of the range it fills from its cell (the cells
 * under it hold its results).
 */
export interface Formula { formula: string; result?: Value; array?: { rows: number; cols: number } }
export type CellContent = Value | Formula;
/** A rectangle of cells, 0-based. */
export interface Rect { top: number; left: number; rows: number; cols: number }
/** A number format over a rectangle of cells; later areas win over earlier ones, as CellFormats keeps them. */
export interface FormatArea extends Rect { format: string }
export interface FillArea extends Rect { color: string }
export interface FontArea extends Rect { font: Font }
/** Visible, hidden (the user can unhide it) or very hidden (only a macro could), as Excel keeps a sheet. */
export type SheetState = 'visible' | 'hidden' | 'veryHidden';
/**
 * A sheet: its cells by row from A1 (a sheet read from a file is sparse: a row with nothing in it, and the cells after
 * a row's last, are missing), number formats, and what a file carries beside them.
 */
export interface SheetData {
  name: string;
  cells: CellContent[][];
  formats: FormatArea[];
  fills?: FillArea[];
  fonts?: FontArea[];
  merges?: Rect[];
  /** Column widths set on the sheet, in pixels. */
  widths?: Array<{ col: number; pixels: number }>;
  /** Columns and rows hidden in Excel (the workbench shows them; a saved file hides them again). */
  hiddenColumns?: number[];
  hiddenRows?: number[];
  state?: SheetState;
}
/** A workbook: its sheets in order and its defined names. */
export interface WorkbookData {
  sheets: SheetData[];
  names: DefinedName[];
  /** The file was set to calculate by hand, so its saved results may be out of date. */
  manualCalc?: boolean;
  /** The sheet that was shown when the file was saved. */
  active?: string;
}

export const isFormula = (c: CellContent | undefined): c is Formula =>
  typeof c === 'object' && c !== null && typeof (c as Formula).formula === 'string';
export const isError = (c: unknown): c is ErrorValue =>
  typeof c === 'object' && c !== null && typeof (c as ErrorValue).error === 'string';

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

/** A formula cut into its code and its quoted parts, alternately (code first): string literals and quoted sheet names. */
export const splitQuoted = (formula: string): string[] => formula.split(/("(?:[^"]|"")*"?|'(?:[^']|'')*'?)/);

/** `fn` applied to the parts of a formula outside string literals and quoted sheet names ('Sheet 1'!A1). */
export function outsideQuotes(formula: string, fn: (code: string) => string): string {
  return splitQuoted(formula).map((part, i) => (i % 2 ? part : fn(part))).join('');
}

/** A bare TRUE or FALSE, not a name or a sheet that starts with it, nor a call. */
const BARE_LOGICAL = /(?<![\w.$!\]])(TRUE|FALSE)(?![\w.(!\[])/gi;
const CALLED_LOGICAL = /(?<![\w.$!\]])(TRUE|FALSE)\(\s*\)/gi;

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
  return formulaReader(functionNames)(formula);
}

/** formulaFromExcel for many formulas of one file: the add-in's stored names are looked up once. */
export function formulaReader(functionNames: readonly string[]): (formula: string) => string {
  const byStoredName = new Map(functionNames.map((name) => [name.replace(/\./g, '_').toUpperCase(), name]));
  return (formula) => {
    const translated = !/_xl/i.test(formula) ? formula : outsideStrings(formula, (code) => code
      .replace(/(?:\[\d+\]!|[\w.]+\.xla[mx]?!)?_xldudf_([\w]+)(?=\s*\()/gi, (whole, stored: string) => byStoredName.get(stored.toUpperCase()) ?? whole)
      .replace(/\b_xl(?:fn|ws)\./gi, ''));
    // The engine knows TRUE and FALSE as functions only: =IF(A1=FALSE,…) would look for a name FALSE.
    return !/TRUE|FALSE/i.test(translated) ? translated : outsideQuotes(translated, (code) => code.replace(BARE_LOGICAL, '$1()'));
  };
}

/** A sheet name Excel reads in a reference only in quotes: one starting with a digit, or one that reads as a cell (Q1, R1C1). */
const needsQuotes = (name: string): boolean => /^\d/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^R\d*C\d*$/i.test(name);

/**
 * A formula of the workbench as Excel writes it: TRUE() and FALSE() as the plain values formulaFromExcel took them
 * for, and sheet names the engine writes bare but Excel reads only in quotes ('0_Versions'!A1, 'Q1'!A1) quoted.
 */
export function formulaToExcel(formula: string): string {
  return outsideQuotes(formula, (code) => code.replace(CALLED_LOGICAL, '$1')
    .replace(/(?<![\w.$'\]\u00a0-\uffff])([\w.\u00a0-\uffff]+)!/g, (whole, name: string) => (needsQuotes(name) ? `'${name}'!` : whole)));
}

