/**
 * What the clipboard carries between the workbench and other spreadsheets: Excel, Google Sheets and LibreOffice put a
 * block on it as tab-separated text (cells with tabs, newlines or quotes quoted, CSV style); a CSV file's text may come
 * too. Pasted text becomes numbers, booleans, formulas or text as a user typing it would get. DOM-free.
 */

/** Splits delimited text into rows of cells, honouring quotes ("a ""b""", a line break inside quotes). */
export function splitDelimited(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch !== '"') cell += ch;
      else if (text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else quoted = false;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === delimiter) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  // Spreadsheets end the block with a line break: no empty last row for it.
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Tabs when the text has any (what spreadsheets copy), else commas (a CSV's text); rows padded to one width. */
export function parseBlock(text: string): string[][] {
  const rows = splitDelimited(text, text.includes('\t') ? '\t' : ',');
  const width = Math.max(0, ...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...new Array<string>(width - r.length).fill('')]);
}

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/;

/**
 * One pasted cell as the spreadsheet should hold it: "1,250,000" and "1.2E6" are numbers, "12%" is 0.12, TRUE/FALSE
 * are booleans, "=…" a formula; anything else, including codes with leading zeros such as "00123", stays text.
 */
export function pastedValue(text: string): string | number | boolean | null {
  const t = text.trim();
  if (t === '') return null;
  if (t.startsWith('=')) return t;
  if (/^(true|false)$/i.test(t)) return t.toUpperCase() === 'TRUE';
  const percent = t.endsWith('%');
  const body = percent ? t.slice(0, -1).trim() : t;
  if (!NUMBER.test(body) || !/\d/.test(body) || /^[+-]?0\d/.test(body)) return text;
  const n = Number(body.replace(/,/g, ''));
  if (!Number.isFinite(n)) return text;
  return percent ? n / 100 : n;
}

/** A cell as tab-separated text: quoted when it holds a tab, a line break or a quote. */
const tsvCell = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v);
  return /[\t\n\r"]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** A block as the clipboard text spreadsheets read: tabs between cells, a line break after each row. */
export const toTsv = (rows: readonly (readonly unknown[])[]): string => rows.map((r) => r.map(tsvCell).join('\t')).join('\r\n') + '\r\n';
