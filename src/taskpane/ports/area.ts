/** Rectangles of cells: where blocks sit, where they overlap, and what is left of one when another is taken out. */
import { a1, type Area, type Block } from './port';

export const areaOf = (b: Block): Area =>
  ({ sheet: b.sheet, top: b.top, left: b.left, rows: b.values.length, cols: b.values[0]?.length ?? 0 });

/** "Sheet!F1:H19", as the pane names cells to the user. */
export const address = (a: Area): string => `${a.sheet}!${a1(a.top, a.left, a.rows, a.cols)}`;

export const isEmptyArea = (a: Area): boolean => a.rows <= 0 || a.cols <= 0;

/** The cells two areas share, or undefined. */
export function intersection(a: Area, b: Area): Area | undefined {
  if (a.sheet !== b.sheet) return undefined;
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.top + a.rows, b.top + b.rows);
  const right = Math.min(a.left + a.cols, b.left + b.cols);
  return bottom > top && right > left ? { sheet: a.sheet, top, left, rows: bottom - top, cols: right - left } : undefined;
}

/** The cells of `a` outside `b`, as at most four rectangles: the bands above and below, then left and right. */
export function subtract(a: Area, b: Area): Area[] {
  const cut = intersection(a, b);
  if (!cut) return isEmptyArea(a) ? [] : [a];
  const band = (top: number, rows: number, left: number, cols: number): Area => ({ sheet: a.sheet, top, left, rows, cols });
  return [
    band(a.top, cut.top - a.top, a.left, a.cols),
    band(cut.top + cut.rows, a.top + a.rows - cut.top - cut.rows, a.left, a.cols),
    band(cut.top, cut.rows, a.left, cut.left - a.left),
    band(cut.top, cut.rows, cut.left + cut.cols, a.left + a.cols - cut.left - cut.cols),
  ].filter((x) => !isEmptyArea(x));
}

/** The cells of `a` outside every area of `others`. */
export const subtractAll = (a: Area, others: readonly Area[]): Area[] =>
  others.reduce<Area[]>((parts, b) => parts.flatMap((p) => subtract(p, b)), [a]);

/**
 * The block of filled cells connected to a starting rectangle, as Excel's getSurroundingRegion finds it: it grows on
 * every side while the row or column just outside holds a filled cell (diagonals count).
 */
export function surroundingRegion(filled: (row: number, col: number) => boolean, at: Omit<Area, 'sheet'>): Omit<Area, 'sheet'> {
  const has = (r: number, c: number): boolean => r >= 0 && c >= 0 && filled(r, c);
  let { top, left } = at;
  let bottom = top + at.rows - 1;
  let right = left + at.cols - 1;
  const rowHas = (r: number) => { for (let c = left - 1; c <= right + 1; c += 1) if (has(r, c)) return true; return false; };
  const colHas = (c: number) => { for (let r = top - 1; r <= bottom + 1; r += 1) if (has(r, c)) return true; return false; };
  // Each side grows as far as it can before the others are looked at again, so a tall table costs one pass.
  for (let grew = true; grew;) {
    grew = false;
    while (rowHas(top - 1)) { top -= 1; grew = true; }
    while (rowHas(bottom + 1)) { bottom += 1; grew = true; }
    while (colHas(left - 1)) { left -= 1; grew = true; }
    while (colHas(right + 1)) { right += 1; grew = true; }
  }
  return { top, left, rows: bottom - top + 1, cols: right - left + 1 };
}
