/**
 * The parts of an .xlsx file that exceljs does not carry: defined names with their scope (exceljs keeps only names
 * that are plain ranges, and loses which sheet a name belongs to, so two sheets' "Print_Area" or "Rate" collide),
 * the calculation mode, and the theme and palette that cell colours refer to. Read straight from the package's XML,
 * and names written back into a saved package. DOM-free.
 */
import JSZip from 'jszip';
import { DEFAULT_PALETTE, indexedColors, themeColors, type Palette } from './xlsx-styles';

/** A defined name: its formula as the file holds it (no "="), and the sheet it belongs to (none: the workbook). */
export interface DefinedName {
  name: string;
  formula: string;
  sheet?: string;
  hidden?: boolean;
}

export interface WorkbookParts {
  names: DefinedName[];
  /** Calculation set to manual: the values saved with formulas may be out of date. */
  manualCalc: boolean;
  palette: Palette;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
export const unescapeXml = (text: string): string => text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code: string) => {
  if (code[0] === '#') return String.fromCodePoint(code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1)));
  return ENTITIES[code] ?? whole;
});
export const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const attribute = (attributes: string, name: string): string | undefined => {
  const m = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attributes);
  return m ? unescapeXml(m[1]!) : undefined;
};

/** The names, calculation mode, theme and palette of an .xlsx package (its bytes, or the package already opened). */
export async function readWorkbookParts(bytes: Uint8Array | ArrayBuffer | JSZip): Promise<WorkbookParts> {
  const zip = bytes instanceof JSZip ? bytes : await JSZip.loadAsync(bytes);
  const text = async (path: string): Promise<string> => (await zip.file(path)?.async('string')) ?? '';
  const workbook = await text('xl/workbook.xml');
  const sheets = [...workbook.matchAll(/<sheet\b([^>]*?)\/?>/g)].map((m) => attribute(m[1]!, 'name') ?? '');
  const names = [...workbook.matchAll(/<definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/definedName>)/g)].map((m): DefinedName => {
    const local = attribute(m[1]!, 'localSheetId');
    const name: DefinedName = { name: attribute(m[1]!, 'name') ?? '', formula: unescapeXml(m[2] ?? '') };
    if (local !== undefined && sheets[Number(local)] !== undefined) name.sheet = sheets[Number(local)];
    if (attribute(m[1]!, 'hidden') === '1' || attribute(m[1]!, 'hidden') === 'true') name.hidden = true;
    return name;
  }).filter((n) => n.name);
  const calc = /<calcPr\b([^>]*)/.exec(workbook)?.[1] ?? '';
  const theme = await text('xl/theme/theme1.xml');
  const styles = await text('xl/styles.xml');
  return {
    names,
    manualCalc: attribute(calc, 'calcMode') === 'manual',
    palette: { theme: theme ? themeColors(theme) : DEFAULT_PALETTE.theme, indexed: indexedColors(styles) },
  };
}

/**
 * A saved package with these defined names in its workbook part, each scoped to its sheet by that sheet's place in
 * `sheetOrder`. The other parts are copied as they are (still compressed).
 */
export async function withDefinedNames(bytes: Uint8Array, names: readonly DefinedName[], sheetOrder: readonly string[]): Promise<Uint8Array> {
  if (names.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const entries = names.map(({ name, formula, sheet, hidden }) => {
    const local = sheet === undefined ? '' : ` localSheetId="${sheetOrder.indexOf(sheet)}"`;
    return `<definedName name="${escapeXml(name)}"${local}${hidden ? ' hidden="1"' : ''}>${escapeXml(formula)}</definedName>`;
  });
  const element = `<definedNames>${entries.join('')}</definedNames>`;
  const without = workbook.replace(/<definedNames>[\s\S]*?<\/definedNames>|<definedNames\/>/, '');
  zip.file('xl/workbook.xml', without.replace('</sheets>', `</sheets>${element}`));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The most cells a workbook may hold (a <c> element each: a value, a formula or only a style), all sheets together. */
export const MAX_FILE_CELLS = 1_000_000;
/** The most cells one merged area may span (exceljs makes an object for each), or data validations cover in a sheet. */
export const MAX_AREA_CELLS = 100_000;

/** A file too large to open, found before anything is built for it: why, as words.ts keys it, with its parameters. */
export class FileTooLargeError extends Error {
  constructor(readonly key: 'files.too-many-cells' | 'files.array-too-large', readonly params: Readonly<Record<string, string | number>>) {
    super(`${key} ${JSON.stringify(params)}`);
  }
}

interface Limits { rows: number; cols: number }

/** An A1 reference or range ("B2", "$A$1:$XFD$1048576") as 0-based corners, or undefined when it is not one. */
export function areaOf(ref: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/i.exec(ref.trim());
  if (!m) return undefined;
  const col = (letters: string): number => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const [a, b] = [{ row: Number(m[2]) - 1, col: col(m[1]!) }, { row: Number(m[4] ?? m[2]) - 1, col: col(m[3] ?? m[1]!) }];
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

const cellsIn = (a: { top: number; left: number; bottom: number; right: number }): number => (a.bottom - a.top + 1) * (a.right - a.left + 1);

/** How many times a tag opens in an XML text ("<c" followed by a space or ">", not "<col" …). */
function countTags(xml: string, tag: string): number {
  let n = 0;
  for (let i = xml.indexOf(`<${tag}`); i >= 0; i = xml.indexOf(`<${tag}`, i + 1)) {
    const next = xml.charCodeAt(i + tag.length + 1);
    if (next === 32 || next === 62 || next === 47 || next === 9 || next === 10 || next === 13) n += 1;
  }
  return n;
}

/**
 * What exceljs would blow up before the workbench could check it, checked and defused in the package's worksheets
 * before exceljs reads them: the cells the file holds (refused beyond MAX_FILE_CELLS); merged areas (exceljs makes a
 * cell for every cell of one, so A1:XFD1048576 is 17 billion) cut to the sheet's limits, and dropped when still larger
 * than MAX_AREA_CELLS (the first cell keeps its value); data validations (exceljs lists every cell they cover; the
 * workbench does not use them) dropped when they cover more than MAX_AREA_CELLS. Returns whether a part was changed.
 */
export async function defuseWorksheets(zip: JSZip, limits: Limits): Promise<boolean> {
  let changed = false;
  let cells = 0;
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/[^/]+\.xml$/i.test(p)).sort()) {
    const xml = await zip.file(path)!.async('string');
    cells += countTags(xml, 'c');
    if (cells > MAX_FILE_CELLS) throw new FileTooLargeError('files.too-many-cells', { max: MAX_FILE_CELLS });
    // Merged cells and data validations come after the sheet's data (the schema's order).
    const end = xml.lastIndexOf('</sheetData>');
    const head = end < 0 ? '' : xml.slice(0, end);
    let tail = end < 0 ? xml : xml.slice(end);
    const before = tail;
    tail = tail.replace(/<mergeCell\b[^>]*?\bref="([^"]*)"[^>]*?\/>/g, (whole, ref: string) => {
      const area = areaOf(ref);
      if (!area) return '';
      const cut = { ...area, bottom: Math.min(area.bottom, limits.rows - 1), right: Math.min(area.right, limits.cols - 1) };
      if (cut.bottom < cut.top || cut.right < cut.left || cellsIn(cut) > MAX_AREA_CELLS) return '';
      if (cut.bottom === area.bottom && cut.right === area.right) return whole;
      return `<mergeCell ref="${cornerRef(cut.top, cut.left)}:${cornerRef(cut.bottom, cut.right)}"/>`;
    });
    tail = tail.replace(/<dataValidations\b[\s\S]*?<\/dataValidations>/g, (whole) => {
      let covered = 0;
      for (const m of whole.matchAll(/\bsqref="([^"]*)"/g)) {
        for (const ref of m[1]!.split(/\s+/).filter(Boolean)) covered += (() => { const a = areaOf(ref); return a ? cellsIn(a) : 0; })();
      }
      return covered > MAX_AREA_CELLS ? '' : whole;
    });
    if (tail !== before) {
      zip.file(path, head + tail);
      changed = true;
    }
  }
  return changed;
}

const cornerRef = (row: number, col: number): string => {
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
};
