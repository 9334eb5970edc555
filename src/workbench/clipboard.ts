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
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  if (counts.get(',')! > 0) return ',';
  if (counts.get(';')! > 0 || counts.get('\t')! > 0) return counts.get(';')! >= counts.get('\t')! ? ';' : '\t';
  return ',';
}

/** The fields of a CSV text as strings (RFC 4180: quoted fields, "" for a quote, commas and line breaks inside quotes). */
export function csvFields(text: string, delimiter = delimiterOf(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endField = () => { row.push(field); field = ''; };
  const endRow = () => { endField(); rows.push(row); row = []; };
  for (; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') { field += '"'; i += 1; } else quoted = false;
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === delimiter) {
      endField();
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      endRow();
    } else {
      field += ch;
    }
  }
  // The last line counts unless the text ended with its line break.
  if (field !== '' || row.length > 0 || quoted) endRow();
  return rows;
}

/** A pasted block: tabs when the text has any (what spreadsheets copy), else the CSV's delimiter; rows padded to one width. */
export function parseBlock(text: string): string[][] {
  const rows = csvFields(text, text.includes('\t') ? '\t' : delimiterOf(text));
  const width = Math.max(0, ...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...new Array<string>(width - r.length).fill('')]);
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

/** A cell as tab-separated text: quoted when it holds a tab, a line break or a quote. */
const tsvCell = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v);
  return /[\t\n\r"]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** A block as the clipboard text spreadsheets read: tabs between cells, a line break after each row. */
export const toTsv = (rows: readonly (readonly unknown[])[]): string => rows.map((r) => r.map(tsvCell).join('\t')).join('\r\n') + '\r\n';
