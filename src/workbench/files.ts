/**
 * The workbench's files: what a workbook read from a file holds (sheets of cells, formats and styles, defined names),
 * .csv read by hand (RFC 4180), and the text of sheet names and formulas between Excel and the engine. Pure and
 * DOM-free, so the tests run it in Node; xlsx.ts reads and writes .xlsx, file-actions.ts moves sheets in and out of
 * the engine.
 */
import { csvFields, csvValue, delimiterOf } from './clipboard';
import { prefixFutureFunctions } from './future-functions';
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
  /** What reading the file had to decide or could not read (a CSV's encoding and numbers), said after it opens. */
  notes?: string[];
}

export const isFormula = (c: CellContent | undefined): c is Formula =>
  typeof c === 'object' && c !== null && typeof (c as Formula).formula === 'string';
export const isError = (c: unknown): c is ErrorValue =>
  typeof c === 'object' && c !== null && typeof (c as ErrorValue).error === 'string';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// ---------------------------------------------------------------------------------------------------------------
// CSV

/** A CSV's rows with each field read as Excel reads it (clipboard.ts's csvFields and csvValue; see readCsvText). */
export function readCsv(text: string): Value[][] {
  return readCsvText(text).rows;
}

/** A CSV read: its rows, and what the reading had to decide about its numbers. */
export interface CsvReading {
  rows: Value[][];
  /** The file writes decimals with a comma (a European file): an example field and the number it was read as. */
  decimalComma?: { example: string; value: number };
  /**
   * Numbers such as 26,500 that nothing in the file tells apart — 26.5 with a decimal comma, or 26500 with a
   * thousands separator — kept as text: the columns (0-based) and an example.
   */
  ambiguous?: { columns: number[]; example: string; comma: string; thousands: string };
}

/** A number written with a point for decimals and commas between thousands (csvValue's reading), else undefined. */
const pointNumber = (t: string): number | undefined => {
  const v = csvValue(t);
  return typeof v === 'number' ? v : undefined;
};

/** A number written with a comma for decimals and points between thousands (1.234,5; 0,85; 26,5), else undefined. */
function commaNumber(t: string): number | undefined {
  const plain = /^[+-]?(?:\d+(?:,\d*)?|,\d+)(?:[eE][+-]?\d+)?$/.test(t) && !/^[+-]?0\d/.test(t);
  const grouped = /^[+-]?[1-9]\d{0,2}(?:\.\d{3})+(?:,\d*)?$/.test(t);
  if (!plain && !grouped) return undefined;
  const n = Number(t.replace(/\./g, '').replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

/** Which way a field with a point or a comma in it reads as a number: one way only, either way, or neither. */
function separatorOf(field: string): 'point' | 'comma' | 'either' | undefined {
  const t = field.trim();
  if (!/^[+-]?[\d.,]+(?:[eE][+-]?\d+)?$/.test(t) || !/[.,]/.test(t)) return undefined;
  const p = pointNumber(t) !== undefined;
  const c = commaNumber(t) !== undefined;
  return p && c ? 'either' : p ? 'point' : c ? 'comma' : undefined;
}

/**
 * A CSV's rows with each field read as Excel reads it. In a file separated by semicolons or tabs — as Excel saves CSV
 * where the comma is the decimal sign — numbers may use a decimal comma: when the file's numbers show it (0,85;
 * 12,5; 1.234,5) and none shows a decimal point, they are read so. A number that reads either way (26,500: 26.5 or
 * 26500) follows the file's numbers; in a semicolon file where nothing tells, it is kept as text and reported, rather
 * than guessed 1,000 times too large or too small. A comma-separated file cannot hold a decimal comma unquoted: its
 * commas in numbers are thousands separators, as before.
 */
export function readCsvText(text: string): CsvReading {
  const delimiter = delimiterOf(text);
  const fields = csvFields(text, delimiter);
  if (delimiter === ',') return { rows: fields.map((r) => r.map(csvValue)) };
  let pointSeen = false;
  let comma: { example: string; value: number } | undefined;
  for (const r of fields) {
    for (const f of r) {
      const kind = separatorOf(f);
      if (kind === 'point') pointSeen = true;
      else if (kind === 'comma' && !comma) comma = { example: f.trim(), value: commaNumber(f.trim())! };
    }
  }
  const convention = comma && !pointSeen ? 'comma' : pointSeen && !comma ? 'point' : undefined;
  const ambiguousColumns = new Set<number>();
  let ambiguousExample: string | undefined;
  const rows = fields.map((r) => r.map((f, col): Value => {
    const kind = separatorOf(f);
    const t = f.trim();
    if (kind === 'point') return pointNumber(t)!;
    if (kind === 'comma') return commaNumber(t)!;
    if (kind === 'either') {
      if (convention === 'comma') return commaNumber(t)!;
      if (convention === 'point' || delimiter !== ';') return pointNumber(t)!;
      ambiguousColumns.add(col);
      ambiguousExample ??= t;
      return f;
    }
    return csvValue(f);
  }));
  const reading: CsvReading = { rows };
  if (convention === 'comma' && comma) reading.decimalComma = comma;
  if (ambiguousExample !== undefined) {
    reading.ambiguous = {
      columns: [...ambiguousColumns].sort((a, b) => a - b), example: ambiguousExample,
      comma: String(commaNumber(ambiguousExample)), thousands: String(pointNumber(ambiguousExample)),
    };
  }
  return reading;
}

/** Text decoded from a file's bytes, the encoding it was read in, and bytes that were not valid in it. */
export interface DecodedText {
  text: string;
  /** The WHATWG name: utf-8, utf-16le, utf-16be, gb18030, shift_jis, windows-1252. */
  encoding: string;
  /** UTF-8 with bytes that are not UTF-8: how many (each shows as U+FFFD) and the line of the first. */
  invalid?: { count: number; line: number };
}

/** The encoding of a file could not be told from its bytes: the encodings it could be in. */
export class UnknownEncodingError extends Error {
  constructor(readonly candidates: string[]) {
    super(`The text encoding cannot be told from the bytes (it could be ${candidates.join(', ')}).`);
    this.name = 'UnknownEncodingError';
  }
}

/** An encoding's name as people know it. */
export const encodingName = (encoding: string): string =>
  ({ 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 (little-endian)', 'utf-16be': 'UTF-16 (big-endian)', gb18030: 'GB18030 / GBK',
    shift_jis: 'Shift-JIS', 'windows-1252': 'Windows-1252' } as Record<string, string>)[encoding] ?? encoding;

const decodes = (bytes: Uint8Array, encoding: string): string | undefined => {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
};

/** UTF-8's well-formed multi-byte sequences, its bytes that belong to none, and the line of the first of those. */
function utf8Census(bytes: Uint8Array): { sequences: number; invalid: number; line: number } {
  let sequences = 0;
  let invalid = 0;
  let line = 0;
  let lines = 1;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b === 0x0a) lines += 1;
    if (b < 0x80) { i += 1; continue; }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k += 1) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      sequences += 1;
      i += length;
    } else {
      invalid += 1;
      line ||= lines;
      i += 1;
    }
  }
  return { sequences, invalid, line };
}

/** How the guesses weigh the bytes (shares, as fractions): heuristics of the decoder, not rule values. */
const UTF16 = { most: 3 / 10, few: 1 / 20 } as const;
const SJIS = { kana: 3 / 20, halfWidth: 1 / 10 } as const;
const CP1252_ALONE = 4 / 5;

/**
 * The text of a CSV file's bytes, its encoding told from the bytes themselves: UTF-8 or UTF-16 by their byte-order
 * mark; UTF-16 without one by its zero bytes (the ASCII in it); UTF-8 when its bytes are, and UTF-8 with a few bad
 * bytes reported as such (not read as another code page, which would garble all the rest); otherwise the code page
 * Excel saved "CSV" in: GB18030 (GBK, Chinese Windows) when the bytes are Chinese characters in pairs, Shift-JIS
 * when they decode to Japanese kana, Windows-1252 when the bytes above ASCII stand alone (accented letters). Bytes
 * that fit none of these clearly are refused (UnknownEncodingError), never shown as mojibake.
 */
export function decodeCsv(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  if (sample.length >= 4) {
    let even = 0;
    let odd = 0;
    for (let i = 0; i < sample.length; i += 2) {
      if (sample[i] === 0) even += 1;
      if (sample[i + 1] === 0) odd += 1;
    }
    const half = sample.length / 2;
    if (odd >= UTF16.most * half && even <= UTF16.few * half) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
    if (even >= UTF16.most * half && odd <= UTF16.few * half) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  }
  const utf8 = utf8Census(bytes);
  if (utf8.invalid === 0) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  if (utf8.sequences > 4 * utf8.invalid) {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', invalid: { count: utf8.invalid, line: utf8.line } };
  }
  // A code page. Count the bytes above ASCII: in pairs of GB2312's characters and punctuation (lead A1–F7, trail
  // A1–FE), and standing alone between ASCII bytes (an accented letter in Windows-1252).
  let high = 0;
  let gbPaired = 0;
  let alone = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    high += 1;
    if ((i === 0 || bytes[i - 1]! < 0x80) && (i + 1 >= bytes.length || bytes[i + 1]! < 0x80)) alone += 1;
  }
  for (let i = 0; i < bytes.length; i += 1) {
    const b = bytes[i]!;
    if (b < 0x81) continue;
    const t = bytes[i + 1] ?? 0;
    if (b >= 0xa1 && b <= 0xf7 && t >= 0xa1 && t <= 0xfe) gbPaired += 2;
    // A lead byte takes its trail with it (GB18030's four-byte sequences have digits second and fourth).
    i += t >= 0x30 && t <= 0x39 ? 3 : 1;
  }
  const gb = decodes(bytes, 'gb18030');
  const sjis = decodes(bytes, 'shift_jis');
  if (sjis !== undefined) {
    const nonAscii = sjis.replace(/[\x00-\x7f]/g, '');
    const kana = (nonAscii.match(/[\u3040-\u30ff]/g) ?? []).length;
    const halfWidth = (nonAscii.match(/[\uff61-\uff9f]/g) ?? []).length;
    if (kana >= SJIS.kana * nonAscii.length && halfWidth <= SJIS.halfWidth * nonAscii.length) return { text: sjis, encoding: 'shift_jis' };
  }
  if (gb !== undefined && gbPaired >= (3 / 5) * high) return { text: gb, encoding: 'gb18030' };
  if (alone >= CP1252_ALONE * high) return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  throw new UnknownEncodingError([gb !== undefined ? 'gb18030' : '', sjis !== undefined ? 'shift_jis' : '', 'windows-1252']
    .filter(Boolean).map(encodingName));
}

/** The text of a file's bytes as decodeCsv reads it; bytes it cannot tell are read in `fallback`. */
export function decodeText(bytes: Uint8Array, fallback = 'windows-1252'): string {
  try {
    return decodeCsv(bytes).text;
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
 * for, functions newer than the 2007 format under the prefixes Excel stores them with (=_xlfn.IFS(…)), and sheet names the engine writes bare but Excel reads only in quotes ('0_Versions'!A1, 'Q1'!A1) quoted.
 */
export function formulaToExcel(formula: string): string {
  return outsideQuotes(formula, (code) => prefixFutureFunctions(code.replace(CALLED_LOGICAL, '$1'))
    .replace(/(?<![\w.$'\]\u00a0-\uffff])([\w.\u00a0-\uffff]+)!/g, (whole, name: string) => (needsQuotes(name) ? `'${name}'!` : whole)));
}

