/**
 * Copy, paste and fill inside the workbench as Excel does them: formulas go with their relative references shifted by
 * how far they move ($-absolute parts stay; a reference pushed off the sheet becomes #REF!), across sheets too; values
 * go as they are. A spill goes as its formula, the cells it fills left for it to fill again. A target that is a
 * multiple of the copied block in each direction is tiled with it, else the block is pasted once at the target's
 * corner. DOM-free: the grid calls it, the tests run it in Node.
 *
 * HyperFormula's own clipboard shifts references too, but pastes a spill's formula as its values and refuses to
 * paste over a spill, so the shifting is done here, on the formula's text.
 */
import type { HyperFormula, RawCellContent, SimpleCellAddress } from 'hyperformula';
import { columnIndex, columnLetters } from '../taskpane/ports/port';

export interface Rect { top: number; left: number; rows: number; cols: number }

const MAX_COL = 16384;
const MAX_ROW = 1048576;

/** A part of a reference moved: `$` keeps it; off the sheet, undefined. */
function moved(absolute: string, index: number, by: number, max: number): number | undefined {
  const to = absolute ? index : index + by;
  return to < 0 || to >= max ? undefined : to;
}

const cell = (col$: string, col: string, row$: string, row: string, dr: number, dc: number): string | undefined => {
  const c = moved(col$, columnIndex(col), dc, MAX_COL);
  const r = moved(row$, Number(row) - 1, dr, MAX_ROW);
  return c === undefined || r === undefined ? undefined : `${col$}${columnLetters(c)}${row$}${r + 1}`;
};

/** A sheet before a reference: quoted ('My Sheet'!) or a plain name (Sheet2!). */
const SHEET = /(?:'(?:[^']|'')*'|[\p{L}_][\p{L}\p{N}_.]*)!/u.source;

/**
 * A reference where a name or a number could not continue it, with its sheet if it has one: cell (B$3), cell range
 * (A1:$C4), whole columns (A:C) or whole rows (3:5). Strings are matched first, so that nothing inside them moves.
 */
const TOKEN = new RegExp([
  /"(?:[^"]|"")*"/.source,
  `(?<![\\p{L}\\p{N}_.$])(${SHEET})?(\\$?)([A-Za-z]{1,3})(\\$?)(\\d{1,7})(?::(\\$?)([A-Za-z]{1,3})(\\$?)(\\d{1,7}))?(?![\\p{L}\\p{N}_.(!])`,
  `(?<![\\p{L}\\p{N}_.$])(${SHEET})?(\\$?)([A-Za-z]{1,3}):(\\$?)([A-Za-z]{1,3})(?![\\p{L}\\p{N}_.(!])`,
  `(?<![\\p{L}\\p{N}_.$:])(${SHEET})?(\\$?)(\\d{1,7}):(\\$?)(\\d{1,7})(?![\\p{L}\\p{N}_.(!:])`,
].join('|'), 'gu');

/** A formula ("=…") with its relative references moved by rows and columns, as pasting it there would. */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  return formula.replace(TOKEN, (whole, ...g: Array<string | undefined>) => {
    if (whole.startsWith('"')) return whole;
    // Off the sheet, the reference and its sheet become #REF!, as in Excel.
    const refOrError = (sheet: string | undefined, ref: string | undefined): string => (ref === undefined ? '#REF!' : `${sheet ?? ''}${ref}`);
    if (g[2] !== undefined) {
      const start = cell(g[1]!, g[2], g[3]!, g[4]!, dr, dc);
      const end = g[6] === undefined ? '' : cell(g[5]!, g[6], g[7]!, g[8]!, dr, dc);
      return refOrError(g[0], start === undefined || end === undefined ? undefined : end ? `${start}:${end}` : start);
    }
    if (g[11] !== undefined) {
      const a = moved(g[10]!, columnIndex(g[11]), dc, MAX_COL);
      const b = moved(g[12]!, columnIndex(g[13]!), dc, MAX_COL);
      return refOrError(g[9], a === undefined || b === undefined ? undefined : `${g[10]}${columnLetters(a)}:${g[12]}${columnLetters(b)}`);
    }
    const a = moved(g[15]!, Number(g[16]) - 1, dr, MAX_ROW);
    const b = moved(g[17]!, Number(g[18]) - 1, dr, MAX_ROW);
    return refOrError(g[14], a === undefined || b === undefined ? undefined : `${g[15]}${a + 1}:${g[17]}${b + 1}`);
  });
}

/** The cells a spill starting at its formula's cell fills, found by walking its right and its foot. */
function spillOf(hf: HyperFormula, at: SimpleCellAddress): Rect {
  const filled = (row: number, col: number): boolean =>
    hf.isCellPartOfArray({ sheet: at.sheet, row, col }) && hf.getCellFormula({ sheet: at.sheet, row, col }) === undefined;
  let cols = 1;
  while (filled(at.row, at.col + cols)) cols += 1;
  let rows = 1;
  while (filled(at.row + rows, at.col)) rows += 1;
  return { top: at.row, left: at.col, rows, cols };
}

/**
 * What each cell of a block holds, ready to be written elsewhere: formulas (to be shifted), raw values (text with the
 * engine's prefix where it needs one), null for the cells a spill inside the block fills (they are its formula's to
 * fill); the cells of a spill whose formula lies outside the block go as the values they show.
 */
function contentsOf(hf: HyperFormula, sheet: number, from: Rect): Array<Array<{ formula: string } | RawCellContent>> {
  const spilled = new Set<string>();
  const out = Array.from({ length: from.rows }, (_, i) => Array.from({ length: from.cols }, (_, j) => {
    const address = { sheet, row: from.top + i, col: from.left + j };
    const formula = hf.getCellFormula(address);
    if (formula !== undefined) {
      if (hf.isCellPartOfArray(address)) {
        const spill = spillOf(hf, address);
        for (let r = spill.top; r < spill.top + spill.rows; r += 1) for (let c = spill.left; c < spill.left + spill.cols; c += 1) spilled.add(`${r},${c}`);
      }
      return { formula };
    }
    if (hf.isCellPartOfArray(address)) {
      const v = hf.getCellValue(address);
      return (typeof v === 'object' && v !== null ? (v as { value: string }).value : v) as RawCellContent;
    }
    return hf.getCellSerialized(address) as RawCellContent;
  }));
  return out.map((row, i) => row.map((v, j) => (spilled.has(`${from.top + i},${from.left + j}`) && !(typeof v === 'object' && v !== null) ? null : v)));
}

/** The area a paste of `from` into `to` fills: tiled when `to` is a multiple of it each way, else `from`'s size at `to`'s corner. */
export function pasteArea(from: Rect, to: Rect): Rect {
  const tiles = to.rows % from.rows === 0 && to.cols % from.cols === 0;
  return tiles ? { ...to } : { top: to.top, left: to.left, rows: from.rows, cols: from.cols };
}

/**
 * Copies the cells of `from` on one sheet into `to` on another (or the same), formulas shifted to their new places:
 * as a paste does (pasteArea), or `exactly` over the target, the block repeated as often as it fits (the fill handle).
 * Writes once (one engine operation, one undo entry). Returns the area written.
 */
export function copyCells(hf: HyperFormula, source: { sheet: number; area: Rect }, target: { sheet: number; area: Rect }, exactly = false): Rect {
  const from = source.area;
  const area = exactly ? target.area : pasteArea(from, target.area);
  const contents = contentsOf(hf, source.sheet, from);
  const block = Array.from({ length: area.rows }, (_, i) => Array.from({ length: area.cols }, (_, j): RawCellContent => {
    const si = i % from.rows;
    const sj = j % from.cols;
    const v = contents[si]![sj];
    if (typeof v === 'object' && v !== null && 'formula' in v) {
      return shiftFormula(v.formula, area.top + i - (from.top + si), area.left + j - (from.left + sj));
    }
    return v as RawCellContent;
  }));
  hf.setCellContents({ sheet: target.sheet, row: area.top, col: area.left }, block);
  return area;
}

/**
 * Fill down (Ctrl+D) or right (Ctrl+R) over a selection: its first row (column) copied into the rest; a selection
 * one row (column) deep takes the row above (column to the left) instead. Returns the area written, if any.
 */
export function fill(hf: HyperFormula, sheet: number, selection: Rect, direction: 'down' | 'right'): Rect | undefined {
  const down = direction === 'down';
  const deep = down ? selection.rows : selection.cols;
  let from: Rect;
  let to: Rect;
  if (deep > 1) {
    from = down ? { ...selection, rows: 1 } : { ...selection, cols: 1 };
    to = down ? { ...selection, top: selection.top + 1, rows: deep - 1 } : { ...selection, left: selection.left + 1, cols: deep - 1 };
  } else {
    if ((down ? selection.top : selection.left) === 0) return undefined;
    from = down ? { ...selection, top: selection.top - 1 } : { ...selection, left: selection.left - 1 };
    to = selection;
  }
  return copyCells(hf, { sheet, area: from }, { sheet, area: to });
}
