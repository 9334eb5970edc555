/**
 * Text in and out of the workbench's cells: CSV files and what the clipboard carries (Excel, Google Sheets and
 * LibreOffice put a block on it as tab-separated text, cells with tabs, line breaks or quotes quoted CSV style), read
 * into rows of fields; each field read as Excel reads it; and text kept as text where the engine would read it as
 * something else. DOM-free: files.ts reads CSV files with it, the grid pastes and copies with it.
 */

/**
 * A CSV field as Excel opens it: blank → empty, TRUE/FALSE → booleans, numbers as numbers — plain ("-12.5"), with
 * thousands separators ("1,250,000") or an exponent ("1.2E6"). Everything else stays text, including whole numbers
 * with leading zeros ("00123", usually an identifier) and anything starting with "=" (a CSV never runs formulas here).
 */
export function csvValue(field: string): number | boolean | string | null {
  const t = field.trim();
  if (t === '') return null;
  if (/^(true|false)$/i.test(t)) return t.toUpperCase() === 'TRUE';
  const plain = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(t) && !/^[+-]?0\d/.test(t);
  const grouped = /^[+-]?[1-9]\d{0,2}(?:,\d{3})+(?:\.\d*)?(?:[eE][+-]?\d+)?$/.test(t);
  if (plain || grouped) {
    const n = Number(t.replace(/,/g, ''));
    if (Number.isFinite(n)) return n;
  }
  return field;
}

/** The delimiter of a CSV: a comma, unless the first line has none outside quotes and has semicolons or tabs. */
export function delimiterOf(text: string): string {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  let atStart = true;
  for (const ch of text) {
    if (quoted) {
      // A doubled quote closes and opens again: the count is the same.
      if (ch === '"') quoted = false;
    } else if (ch === '"' && atStart) {
      quoted = true;
      atStart = false;
    } else if (ch === '\n' || ch === '\r') {
      break;
    } else if (counts.has(ch)) {
      counts.set(ch, counts.get(ch)! + 1);
      atStart = true;
    } else {
      atStart = false;
    }
  }
  if (counts.get(',')! > 0) return ',';
  if (counts.get(';')! > 0 || counts.get('\t')! > 0) return counts.get(';')! >= counts.get('\t')! ? ';' : '\t';
  return ',';
}

/**
 * The fields of a CSV text as strings (RFC 4180: quoted fields, "" for a quote, delimiters and line breaks inside
 * quotes). A quote opens a quoted field only at the field's start: one inside an unquoted field (12" Mill) is a
 * character of it, as Excel and RFC 4180 readers keep it, and text after a closing quote joins the field as it stands.
 */
export function csvFields(text: string, delimiter = delimiterOf(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  /** Nothing of the field read yet: a quote here opens a quoted field. */
  let atStart = true;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endField = () => { row.push(field); field = ''; atStart = true; };
  const endRow = () => { endField(); rows.push(row); row = []; };
  for (; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') { field += '"'; i += 1; } else quoted = false;
    } else if (ch === '"' && atStart) {
      quoted = true;
      atStart = false;
    } else if (ch === delimiter) {
      endField();
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      endRow();
    } else {
      field += ch;
      atStart = false;
    }
  }
  // The last line counts unless the text ended with its line break.
  if (field !== '' || row.length > 0 || quoted || !atStart) endRow();
  return rows;
}

/**
 * A pasted block: tab-separated text, as Excel, Google Sheets and LibreOffice put a block on the clipboard (fields
 * with tabs, line breaks or quotes quoted); a line without tabs is one cell, commas and all, as Excel pastes it. Rows
 * padded to one width.
 */
export function parseBlock(text: string): string[][] {
  const rows = csvFields(text, '\t');
  // A loop, not Math.max(...rows): a spread of 150,000 rows overflows the stack.
  let width = 0;
  for (const r of rows) if (r.length > width) width = r.length;
  for (const r of rows) while (r.length < width) r.push('');
  return rows;
}

/**
 * One pasted cell as the spreadsheet should hold it: as a CSV field (csvValue), and further, as typed, "=…" a formula
 * and "12%" the share 0.12.
 */
export function pastedValue(text: string): string | number | boolean | null {
  const t = text.trim();
  if (t.startsWith('=')) return t;
  if (t.endsWith('%')) {
    const share = csvValue(t.slice(0, -1));
    return typeof share === 'number' ? share / 100 : text;
  }
  return csvValue(text);
}

/**
 * Text the engine could read as something else gets the text prefix, so a file's text stays text ("00123" from a text
 * cell must not become 123): a start that makes a formula, an error or a prefix (= + - @ # '), TRUE or FALSE, and a
 * digit at the start, after spaces, a currency sign, a bracket or a point (numbers, percentages, dates, times). Other
 * text ("Kiln 9", "CO2") goes in as it is, so the formula bar shows no prefix the file did not have.
 */
export function engineText(text: string): string {
  const other = /^\s*[=+\-@#']/.test(text) || /^\s*(true|false)\s*$/i.test(text) || /^[\s$€£¥(.]*\d/.test(text);
  return other ? `'${text}` : text;
}

/** A cell as tab-separated text: quoted when it holds a tab, a line break or a quote (as Excel copies it). */
const tsvCell = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v);
  return /[\t\n\r"]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** A block as the clipboard text spreadsheets read: tabs between cells, a line break after each row. */
export const toTsv = (rows: readonly (readonly unknown[])[]): string => rows.map((r) => r.map(tsvCell).join('\t')).join('\r\n') + '\r\n';

/** Text with its line breaks made one kind: the system clipboard may change them on the way. */
export const sameLines = (text: string): string => text.replace(/\r\n?/g, '\n');

/**
 * The clipboard flavour the workbench puts beside its text: which of the text's cells are text that a paste of the
 * plain text would read as something else (a formula, a number, TRUE), so a paste in a workbench — this page or
 * another — keeps them text. Other programs read the plain text only.
 */
export const CELLS_FLAVOUR = 'application/x-ets-workbench+json';

interface CellsMarks { text: string; textCells: Array<[number, number]> }

/** Text a paste of the plain text would not keep as the same text: it would start a formula or become a value. */
const changedByPaste = (v: string): boolean => v.trim().startsWith('=') || pastedValue(v) !== v;

/** A block of values as the clipboard carries it: tab-separated text, and the marks of its text cells (or none needed). */
export function clipboardOf(rows: readonly (readonly unknown[])[]): { text: string; marks?: string } {
  const text = toTsv(rows);
  const textCells: Array<[number, number]> = [];
  rows.forEach((r, i) => r.forEach((v, j) => { if (typeof v === 'string' && changedByPaste(v)) textCells.push([i, j]); }));
  return textCells.length ? { text, marks: JSON.stringify({ text: sameLines(text), textCells } satisfies CellsMarks) } : { text };
}

/** The text cells `marks` lists ("row,col"), when the marks were made for this very text; else none. */
function markedCells(text: string, marks: string | undefined): Set<string> {
  if (!marks) return new Set();
  try {
    const parsed = JSON.parse(marks) as Partial<CellsMarks>;
    if (parsed.text !== sameLines(text) || !Array.isArray(parsed.textCells)) return new Set();
    return new Set(parsed.textCells.map(([r, c]) => `${r},${c}`));
  } catch {
    return new Set();
  }
}

/**
 * A pasted block as the engine should take it: each cell as typed (pastedValue: formulas run, numbers and
 * percentages are numbers), except text the engine would read as something else (a code such as 00123, a date),
 * which stays text, and the cells `marks` (CELLS_FLAVOUR) says were text where they were copied, which stay text
 * even when they look like a formula.
 */
export function pastedBlock(text: string, marks?: string): Array<Array<string | number | boolean | null>> {
  const keep = markedCells(text, marks);
  return parseBlock(text).map((r, i) => r.map((cell, j) => {
    if (cell !== '' && keep.has(`${i},${j}`)) return `'${cell}`;
    const v = pastedValue(cell);
    return typeof v === 'string' && !v.startsWith('=') ? engineText(v) : v;
  }));
}
