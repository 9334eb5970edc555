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

/** The names, calculation mode, theme and palette of an .xlsx package. */
export async function readWorkbookParts(bytes: Uint8Array | ArrayBuffer): Promise<WorkbookParts> {
  const zip = await JSZip.loadAsync(bytes);
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
