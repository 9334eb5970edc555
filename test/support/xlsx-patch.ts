/**
 * Writes values into an .xlsx at the XML level, everything else left byte for byte: only the `<c>` elements written
 * change (each keeps its style `s`; a string goes in as an inline string, so sharedStrings.xml is untouched), cells and
 * rows are inserted in order where the sheet has none, and workbook.xml's calcPr gets fullCalcOnLoad="1" so Excel (and
 * LibreOffice told to) recomputes every formula on opening. For fixtures and tests; the pane writes through its port.
 *
 * `overtype` is the other tool the fixtures need: a number typed over a formula cell, as a supplier who overwrites a
 * computed total leaves it — a file whose summary disagrees with itself even after a recalculation.
 */
import JSZip from 'jszip';

export interface XlsxWrite {
  readonly sheet: string;
  readonly address: string;
  readonly value: string | number | boolean;
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const splitAddress = (address: string): { col: string; row: number } => {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(address);
  if (!m) throw new Error(`not an A1 address: ${address}`);
  return { col: m[1]!, row: Number(m[2]) };
};
export const colNumber = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** The path inside the zip of each sheet, by name (workbook.xml + its rels). */
export async function sheetPaths(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const unescape = (s: string): string => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    if (name !== undefined && id && targets.has(id)) out.set(unescape(name), targets.get(id)!);
  }
  return out;
}

/** The new `<c>` element for a value, keeping the old element's style. */
function cellXml(address: string, style: string | undefined, value: string | number | boolean): string {
  const s = style === undefined ? '' : ` s="${style}"`;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${address}: ${value} is not a finite number`);
    return `<c r="${address}"${s}><v>${String(value)}</v></c>`;
  }
  if (typeof value === 'boolean') return `<c r="${address}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${address}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

interface Found { start: number; end: number; xml: string }

/** The row element `<row r="n" …>…</row>` (or self-closing) within sheetData. */
function findRow(xml: string, row: number): Found | undefined {
  const re = new RegExp(`<row r="${row}"(?=[\\s>/])`);
  const m = re.exec(xml);
  if (!m) return undefined;
  const open = xml.indexOf('>', m.index);
  if (xml[open - 1] === '/') return { start: m.index, end: open + 1, xml: xml.slice(m.index, open + 1) };
  const close = xml.indexOf('</row>', open);
  return { start: m.index, end: close + '</row>'.length, xml: xml.slice(m.index, close + '</row>'.length) };
}

/** The cell element within a row's XML. */
function findCell(rowXml: string, address: string): Found | undefined {
  const re = new RegExp(`<c r="${escapeRe(address)}"(?=[\\s>/])[^>]*?(?:/>|>[\\s\\S]*?</c>)`);
  const m = re.exec(rowXml);
  return m ? { start: m.index, end: m.index + m[0].length, xml: m[0] } : undefined;
}

/** Puts one cell into a sheet's XML: replaced where it is, inserted in column order, or in a new row in row order. */
export function writeCell(sheetXml: string, address: string, value: string | number | boolean): string {
  const { col, row } = splitAddress(address);
  const found = findRow(sheetXml, row);
  if (!found) {
    const rows = [...sheetXml.matchAll(/<row r="(\d+)"/g)];
    const after = rows.find((m) => Number(m[1]) > row);
    const newRow = `<row r="${row}">${cellXml(address, undefined, value)}</row>`;
    if (after) return sheetXml.slice(0, after.index) + newRow + sheetXml.slice(after.index);
    const end = sheetXml.indexOf('</sheetData>');
    if (end >= 0) return sheetXml.slice(0, end) + newRow + sheetXml.slice(end);
    return sheetXml.replace(/<sheetData\s*\/>/, `<sheetData>${newRow}</sheetData>`);
  }
  let rowXml = found.xml;
  if (rowXml.endsWith('/>')) rowXml = `${rowXml.slice(0, -2)}></row>`;
  const cell = findCell(rowXml, address);
  if (cell) {
    if (/<f[\s>/]/.test(cell.xml)) throw new Error(`${address} holds a formula: the fill path writes input cells only`);
    const style = /\ss="(\d+)"/.exec(cell.xml.slice(0, cell.xml.indexOf('>')))?.[1];
    rowXml = rowXml.slice(0, cell.start) + cellXml(address, style, value) + rowXml.slice(cell.end);
  } else {
    const n = colNumber(col);
    const next = [...rowXml.matchAll(/<c r="([A-Z]+)\d+"/g)].find((m) => colNumber(m[1]!) > n);
    const at = next ? next.index! : rowXml.lastIndexOf('</row>');
    rowXml = rowXml.slice(0, at) + cellXml(address, undefined, value) + rowXml.slice(at);
    // A spans hint that no longer covers the row's cells is dropped (it is optional).
    rowXml = rowXml.replace(/^(<row\b[^>]*?)\sspans="[^"]*"/, '$1');
  }
  return sheetXml.slice(0, found.start) + rowXml + sheetXml.slice(found.end);
}

/** Sets fullCalcOnLoad="1" on workbook.xml's calcPr (adding calcPr if there is none). */
export function fullCalcOnLoad(workbookXml: string): string {
  if (/<calcPr\b/.test(workbookXml)) {
    return workbookXml.replace(/<calcPr\b([^>]*?)(\/?)>/, (_, attrs: string, slash: string) =>
      `<calcPr${attrs.replace(/\sfullCalcOnLoad="[^"]*"/, '')} fullCalcOnLoad="1"${slash}>`);
  }
  return workbookXml.replace('</workbook>', '<calcPr fullCalcOnLoad="1"/></workbook>');
}

async function rezip(zip: JSZip): Promise<Buffer> {
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** Applies the writes to an .xlsx and asks for a full recalculation on load. */
export async function patchXlsx(file: Buffer | Uint8Array, writes: readonly XlsxWrite[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(file);
  const paths = await sheetPaths(zip);
  const bySheet = new Map<string, XlsxWrite[]>();
  for (const w of writes) bySheet.set(w.sheet, [...(bySheet.get(w.sheet) ?? []), w]);
  for (const [sheet, list] of bySheet) {
    const path = paths.get(sheet);
    if (!path) throw new Error(`no sheet named ${sheet}`);
    let xml = await zip.file(path)!.async('string');
    for (const w of list) xml = writeCell(xml, w.address, w.value);
    zip.file(path, xml, { createFolders: false });
  }
  zip.file('xl/workbook.xml', fullCalcOnLoad(await zip.file('xl/workbook.xml')!.async('string')), { createFolders: false });
  return rezip(zip);
}

/**
 * Types a number over formula cells, as a user who overwrites a computed cell leaves it: the formula is gone, the
 * cell's style stays. A spreadsheet that recalculates keeps the typed number.
 */
export async function overtype(file: Buffer | Uint8Array, writes: ReadonlyArray<{ sheet: string; address: string; value: number }>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(file);
  const paths = await sheetPaths(zip);
  for (const w of writes) {
    const path = paths.get(w.sheet);
    if (!path) throw new Error(`no sheet named ${w.sheet}`);
    const xml = await zip.file(path)!.async('string');
    const found = findRow(xml, splitAddress(w.address).row);
    const cell = found && findCell(found.xml, w.address);
    if (!found || !cell || !/<f[\s>/]/.test(cell.xml)) throw new Error(`${w.sheet}!${w.address}: no formula to type over`);
    const style = /\ss="(\d+)"/.exec(cell.xml.slice(0, cell.xml.indexOf('>')))?.[1];
    const rowXml = found.xml.slice(0, cell.start) + cellXml(w.address, style, w.value) + found.xml.slice(cell.end);
    zip.file(path, xml.slice(0, found.start) + rowXml + xml.slice(found.end), { createFolders: false });
  }
  return rezip(zip);
}

/** Counts of what must survive a fill: formulas, defined names, data validations (whole workbook). */
export async function structureCounts(file: Buffer | Uint8Array): Promise<{ formulas: number; definedNames: number; validations: number; conditionalFormats: number; mergeCells: number }> {
  const zip = await JSZip.loadAsync(file);
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const counts = { formulas: 0, definedNames: (workbook.match(/<definedName\b/g) ?? []).length, validations: 0, conditionalFormats: 0, mergeCells: 0 };
  for (const path of (await sheetPaths(zip)).values()) {
    const xml = await zip.file(path)!.async('string');
    counts.formulas += (xml.match(/<f[\s>/]/g) ?? []).length;
    counts.validations += (xml.match(/<(?:x14:)?dataValidation[\s>]/g) ?? []).length;
    counts.conditionalFormats += (xml.match(/<(?:x14:)?conditionalFormatting[\s>]/g) ?? []).length;
    counts.mergeCells += (xml.match(/<mergeCell\s/g) ?? []).length;
  }
  return counts;
}
