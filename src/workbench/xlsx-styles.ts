/**
 * Cell styles between an .xlsx file (as exceljs reads and writes them) and the workbench (CellFormats): colours as
 * '#RRGGBB' whatever the file says (an ARGB value, a theme colour with a tint, an entry of the legacy palette), fonts,
 * solid fills and column widths. Pure and DOM-free.
 */

/** A cell's font as the workbench keeps it: what the grid shows (bold, italic, underline, strike, colour) and what a file carries back (size, name). */
export interface Font {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  /** '#RRGGBB'. */
  color?: string;
  size?: number;
  name?: string;
}

/** A colour as exceljs reads it from a file. */
export interface ExcelColor { argb?: string; theme?: number; tint?: number; indexed?: number }

/**
 * The legacy palette an indexed colour refers to (ECMA-376 Part 1, 18.8.27): eight basic colours, then the 56 of
 * Excel 97's palette; 64 and 65 are the system's text and window colours.
 */
const INDEXED = [
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '800000', '008000', '000080', '808000', '800080', '008080', 'C0C0C0', '808080',
  '9999FF', '993366', 'FFFFCC', 'CCFFFF', '660066', 'FF8080', '0066CC', 'CCCCFF',
  '000080', 'FF00FF', 'FFFF00', '00FFFF', '800080', '800000', '008080', '0000FF',
  '00CCFF', 'CCFFFF', 'CCFFCC', 'FFFF99', '99CCFF', 'FF99CC', 'CC99FF', 'FFCC99',
  '3366FF', '33CCCC', '99CC00', 'FFCC00', 'FF9900', 'FF6600', '666699', '969696',
  '003366', '339966', '003300', '333300', '993300', '993366', '333399', '333333',
  '000000', 'FFFFFF',
];

/** Office's default theme colours, for a file without a theme: lt1, dk1, lt2, dk2, accent 1–6, hyperlink, followed hyperlink. */
export const DEFAULT_THEME = [
  'FFFFFF', '000000', 'E7E6E6', '44546A', '4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47', '0563C1', '954F72',
];

/** The colours a file's styles refer to: its theme (in the order theme="n" counts) and its palette when it has its own. */
export interface Palette { theme: readonly string[]; indexed: readonly string[] }
export const DEFAULT_PALETTE: Palette = { theme: DEFAULT_THEME, indexed: INDEXED };

/**
 * A theme's colours in the order cells refer to them. The theme lists dk1, lt1, dk2, lt2, accents, links; cells count
 * lt1 as 0 and dk1 as 1 (and lt2, dk2 as 2, 3), so the first two pairs swap. A system colour gives its last value.
 */
export function themeColors(themeXml: string): string[] {
  const scheme = /<a:clrScheme\b[\s\S]*?<\/a:clrScheme>/.exec(themeXml)?.[0];
  if (!scheme) return [...DEFAULT_THEME];
  const order = ['dk1', 'lt1', 'dk2', 'lt2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'];
  const found = order.map((tag, i) => {
    const body = new RegExp(`<a:${tag}>([\\s\\S]*?)</a:${tag}>`).exec(scheme)?.[1] ?? '';
    return (/<a:srgbClr val="([0-9A-Fa-f]{6})"/.exec(body) ?? /lastClr="([0-9A-Fa-f]{6})"/.exec(body))?.[1]?.toUpperCase() ?? DEFAULT_THEME[i]!;
  });
  const [dk1, lt1, dk2, lt2, ...rest] = found;
  return [lt1!, dk1!, lt2!, dk2!, ...rest];
}

/** A palette of the file's own (styles.xml's indexedColors), or the standard one. */
export function indexedColors(stylesXml: string): string[] {
  const own = /<indexedColors>([\s\S]*?)<\/indexedColors>/.exec(stylesXml)?.[1];
  if (!own) return [...INDEXED];
  const colors = [...own.matchAll(/rgb="[0-9A-Fa-f]{2}([0-9A-Fa-f]{6})"/g)].map((m) => m[1]!.toUpperCase());
  return [...colors, ...INDEXED.slice(colors.length)];
}

/** Excel's hue, luminance and saturation scale: whole numbers 0–240, as Windows' colour dialog has them. */
const HLS_MAX = 240;
const idiv = (a: number, b: number): number => Math.floor(a / b);

/** RGB (0–255 each) to Windows' whole-number HLS. */
function toHls(r: number, g: number, b: number): [number, number, number] {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = idiv((max + min) * HLS_MAX + 255, 2 * 255);
  if (max === min) return [idiv(HLS_MAX * 2, 3), l, 0];
  const s = l <= HLS_MAX / 2
    ? idiv((max - min) * HLS_MAX + idiv(max + min, 2), max + min)
    : idiv((max - min) * HLS_MAX + idiv(2 * 255 - max - min, 2), 2 * 255 - max - min);
  const delta = (c: number): number => idiv((max - c) * idiv(HLS_MAX, 6) + idiv(max - min, 2), max - min);
  let h = r === max ? delta(b) - delta(g) : g === max ? idiv(HLS_MAX, 3) + delta(r) - delta(b) : idiv(2 * HLS_MAX, 3) + delta(g) - delta(r);
  if (h < 0) h += HLS_MAX;
  if (h > HLS_MAX) h -= HLS_MAX;
  return [h, l, s];
}

/** Windows' whole-number HLS back to RGB. */
function fromHls(h: number, l: number, s: number): number[] {
  if (s === 0) return [0, 0, 0].map(() => Math.round((l * 255) / HLS_MAX));
  const hue = (n1: number, n2: number, at: number): number => {
    const x = at < 0 ? at + HLS_MAX : at > HLS_MAX ? at - HLS_MAX : at;
    if (x < HLS_MAX / 6) return n1 + idiv((n2 - n1) * x + idiv(HLS_MAX, 12), idiv(HLS_MAX, 6));
    if (x < HLS_MAX / 2) return n2;
    if (x < (HLS_MAX * 2) / 3) return n1 + idiv((n2 - n1) * (idiv(HLS_MAX * 2, 3) - x) + idiv(HLS_MAX, 12), idiv(HLS_MAX, 6));
    return n1;
  };
  const m2 = l <= HLS_MAX / 2 ? idiv(l * (HLS_MAX + s) + idiv(HLS_MAX, 2), HLS_MAX) : l + s - idiv(l * s + idiv(HLS_MAX, 2), HLS_MAX);
  const m1 = 2 * l - m2;
  return [h + idiv(HLS_MAX, 3), h, h - idiv(HLS_MAX, 3)].map((at) => idiv(hue(m1, m2, at) * 255 + idiv(HLS_MAX, 2), HLS_MAX));
}

/**
 * A colour lightened (tint > 0) or darkened (tint < 0) as Excel does it: on its luminance, in whole-number HLS, so
 * "Blue, Accent 1, Lighter 80%" comes out D9E1F2 as Excel shows it.
 */
export function tinted(hex: string, tint: number): string {
  if (!tint) return hex;
  const [h, l, s] = toHls(...([0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number]));
  const lum = Math.floor(tint < 0 ? l * (1 + tint) : l * (1 - tint) + (HLS_MAX - HLS_MAX * (1 - tint)));
  return fromHls(h, lum, s).map((v) => Math.max(0, Math.min(255, v)).toString(16).padStart(2, '0')).join('').toUpperCase();
}

/** A file's colour as '#RRGGBB', or undefined when it names none (automatic). */
export function colorOf(color: ExcelColor | undefined, palette: Palette = DEFAULT_PALETTE): string | undefined {
  if (!color) return undefined;
  let hex: string | undefined;
  if (typeof color.argb === 'string' && /^[0-9A-Fa-f]{6,8}$/.test(color.argb)) hex = color.argb.slice(-6).toUpperCase();
  else if (typeof color.theme === 'number') hex = palette.theme[color.theme];
  else if (typeof color.indexed === 'number') hex = palette.indexed[color.indexed];
  if (!hex) return undefined;
  return `#${tinted(hex, color.tint ?? 0)}`;
}

/** '#RRGGBB' (or '#RGB') as the ARGB value a file holds; undefined for anything else (a CSS colour name). */
export function argbOf(css: string): string | undefined {
  const m = /^#([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$/.exec(css.trim());
  if (!m) return undefined;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((ch) => ch + ch).join('') : m[1]!;
  return `FF${hex.toUpperCase()}`;
}

/** exceljs's fill: a solid (or patterned) fill's colour; none for no fill or a gradient. */
export function fillColorOf(fill: unknown, palette: Palette = DEFAULT_PALETTE): string | undefined {
  const f = fill as { type?: string; pattern?: string; fgColor?: ExcelColor; bgColor?: ExcelColor } | undefined;
  if (f?.type !== 'pattern' || !f.pattern || f.pattern === 'none') return undefined;
  // A pattern other than solid shows mostly its foreground colour; the workbench draws it solid.
  return colorOf(f.fgColor, palette) ?? colorOf(f.bgColor, palette);
}

/** exceljs's fill for a colour. */
export function excelFill(css: string): object | undefined {
  const argb = argbOf(css);
  return argb ? { type: 'pattern', pattern: 'solid', fgColor: { argb } } : undefined;
}

/** exceljs's font as the workbench keeps it; undefined when it says nothing. */
export function fontOf(font: unknown, palette: Palette = DEFAULT_PALETTE): Font | undefined {
  const f = font as { bold?: boolean; italic?: boolean; underline?: unknown; strike?: boolean; color?: ExcelColor; size?: number; name?: string } | undefined;
  if (!f) return undefined;
  const out: Font = {};
  if (f.bold) out.bold = true;
  if (f.italic) out.italic = true;
  if (f.underline && f.underline !== 'none') out.underline = true;
  if (f.strike) out.strike = true;
  const color = colorOf(f.color, palette);
  if (color) out.color = color;
  if (typeof f.size === 'number') out.size = f.size;
  if (typeof f.name === 'string' && f.name) out.name = f.name;
  // Excel's (and exceljs's) default font, plain, is no font: a cell written without one reads back with it.
  const plainDefault = out.name === 'Calibri' && out.size === 11 && (!out.color || out.color === '#000000') &&
    Object.keys(out).every((k) => k === 'name' || k === 'size' || k === 'color');
  return Object.keys(out).length && !plainDefault ? out : undefined;
}

/** exceljs's font for the workbench's. */
export function excelFont(font: Font): object {
  const out: Record<string, unknown> = {};
  if (font.bold) out.bold = true;
  if (font.italic) out.italic = true;
  if (font.underline) out.underline = true;
  if (font.strike) out.strike = true;
  const argb = font.color && argbOf(font.color);
  if (argb) out.color = { argb };
  if (font.size) out.size = font.size;
  if (font.name) out.name = font.name;
  return out;
}

/**
 * Column widths: a file holds them in characters of the default font's widest digit, padding included; the grid in
 * pixels. Excel's default fonts (Calibri 11, Arial 10) have 7-pixel digits at 96 dpi.
 */
const DIGIT_PIXELS = 7;
export const widthToPixels = (characters: number): number => Math.round(characters * DIGIT_PIXELS);
export const pixelsToWidth = (pixels: number): number => Math.round((pixels / DIGIT_PIXELS) * 256) / 256;
