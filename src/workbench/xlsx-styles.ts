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

/** A colour lightened (tint > 0) or darkened (tint < 0) as Excel does it: on its luminance, in HSL. */
export function tinted(hex: string, tint: number): string {
  if (!tint) return hex;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let l = (max + min) / 2;
  const d = max - min;
  const s = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  let h = 0;
  if (d !== 0) {
    if (max === r) h = ((g - b) / d) % 6;
    else if (max === g) h = (b - r) / d + 2;
    else h = (r - g) / d + 4;
    h *= 60;
    if (h < 0) h += 360;
  }
  l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = l - c / 2;
  const [r1, g1, b1] = h < 60 ? [c, x, 0] : h < 120 ? [x, c, 0] : h < 180 ? [0, c, x] : h < 240 ? [0, x, c] : h < 300 ? [x, 0, c] : [c, 0, x];
  return [r1, g1, b1].map((v) => Math.round((v + m) * 255).toString(16).padStart(2, '0')).join('').toUpperCase();
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
  return Object.keys(out).length ? out : undefined;
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
