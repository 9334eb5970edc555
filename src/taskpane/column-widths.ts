/**
 * Column widths that let a sheet the pane writes be read without dragging columns: each column as wide as the longest
 * label it must show, in points (Excel's unit), estimated for Excel's default font (Calibri 11: a Latin character is
 * about 6 pt, a Chinese one about 11), within a minimum and a maximum.
 */
import type { CellValue } from './ports/port';

/** Wide (CJK, full-width) characters take about twice the room of Latin ones. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Points a text needs in Calibri 11, with the cell's padding. */
export function textPoints(text: string): number {
  let points = 8;
  for (const ch of text) points += WIDE.test(ch) ? 11 : 6;
  return points;
}

/**
 * The widths of columns 0 … cols − 1 that fit the texts of `rows` (formulas and numbers count as short), each within
 * [min, max] points.
 * @example fitColumns([['Output in the first year (t)', 1000000]], 2, { min: 60, max: 240 }) // [176, 60]
 */
export function fitColumns(rows: readonly (readonly CellValue[])[], cols: number, limits: { min: number; max: number }): number[] {
  return Array.from({ length: cols }, (_, c) => {
    let widest = limits.min;
    for (const row of rows) {
      const v = row[c];
      if (typeof v === 'string' && !v.startsWith('=')) widest = Math.max(widest, textPoints(v));
    }
    return Math.min(limits.max, Math.ceil(widest));
  });
}
