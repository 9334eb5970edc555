/**
 * Where the table is in what was read, and which rows hold its headers. Client lists carry a title above the header,
 * headers over two or three rows (a merged "2024年排放量（tCO2e）" over "范围二" | "范围一"), and blank rows inside the
 * table. The header block is scored by the fields its labels name (each column's label built from the whole block,
 * merged cells included); the table runs from it across gaps of a few blank rows while the rows go on in the same
 * columns. When the choice is not clear the pane says so and waits for the user.
 */
import { matchColumns, missingFields } from './columns';
import { ownColumns } from './output';
import { fromExcel, isBlank } from '../../functions/coerce';
import { readQuantity } from '../../functions/quantity';
import type { CellValue, Region, SheetRead } from '../ports/port';

/** Rows looked at for the header block: a title block above a table is a few lines at most. */
export const HEADER_SCAN_ROWS = 10;
/** A header block has at most this many rows. */
export const MAX_HEADER_ROWS = 3;
/** Blank rows that do not end a table when it goes on below them in the same columns. */
export const MAX_GAP_ROWS = 5;

type Rect = { top: number; left: number; rows: number; cols: number };
type Values = readonly (readonly CellValue[])[];

export interface HeaderGuess {
  /** Index of the header block's first row in the values read. */
  readonly row: number;
  /** Rows in the header block (1–3). */
  readonly depth: number;
  /** False when the mapping is incomplete, another row names as many fields, or the block was inferred from layout alone. */
  readonly sure: boolean;
  /** Why not sure, for the hint. */
  readonly doubt?: 'incomplete' | 'rival' | 'layout';
}

/** A number as a data row holds one: a number, numeric text as Excel reads it, or a quantity (3.1万, 2.6万吨). */
const isNumeric = (v: CellValue | undefined): boolean =>
  typeof fromExcel('number', v) === 'number' || (typeof v === 'string' && readQuantity(v) !== undefined);
const isText = (v: CellValue | undefined): boolean => typeof v === 'string' && !isBlank(v) && !isNumeric(v);

/** The merged areas of a read, relative to what was read. */
const mergesOf = (read: SheetRead): Rect[] =>
  (read.merges ?? []).map((m) => ({ top: m.top - read.top, left: m.left - read.left, rows: m.rows, cols: m.cols }));

const covering = (merges: readonly Rect[], r: number, c: number): Rect | undefined =>
  merges.find((m) => r >= m.top && r < m.top + m.rows && c >= m.left && c < m.left + m.cols);

/** Fields a row of labels names, leaving the pane's own columns out. */
function fieldsNamed(labels: readonly CellValue[], own: ReadonlySet<number>): number {
  const { map, ambiguous } = matchColumns(labels, own);
  return Object.keys(map).length + ambiguous.length;
}

/** Columns whose cells below `from` are numbers rather than words: the data's number columns. */
function numberColumns(values: Values, from: number, width: number): Set<number> {
  const out = new Set<number>();
  const rows = values.slice(from, from + 200);
  for (let c = 0; c < width; c += 1) {
    let numbers = 0;
    let words = 0;
    for (const row of rows) {
      if (isNumeric(row[c])) numbers += 1;
      else if (isText(row[c])) words += 1;
    }
    // Header rows among them are words: up to a block's worth is allowed for.
    if (numbers > 0 && numbers >= words - MAX_HEADER_ROWS) out.add(c);
  }
  return out;
}

/**
 * Each column's label from rows [row, row + depth): the cell's text, or the text of a merged cell over it, or — in a
 * block's upper rows — the group header to its left that spans it (filled left, blanks to here, sub-headers below).
 * Repeats from vertical merges are said once. "2024年排放量（tCO2e） 范围一（直接）".
 */
export function blockLabels(values: Values, row: number, depth: number, merges: readonly Rect[] = []): string[] {
  const width = values.slice(row, row + depth).reduce((w, r) => Math.max(w, r.length), 0);
  return Array.from({ length: width }, (_, c) => {
    const parts: string[] = [];
    for (let r = row; r < row + depth; r += 1) {
      let v: CellValue | undefined = values[r]?.[c];
      if (isBlank(v)) {
        const m = covering(merges, r, c);
        if (m && m.top >= row) v = values[m.top]?.[m.left];
        else if (!m && r < row + depth - 1) v = spanningLeft(values, r, c, row + depth);
      }
      const text = isBlank(v) ? '' : String(v).trim();
      if (text && parts[parts.length - 1] !== text) parts.push(text);
    }
    return parts.join(' ');
  });
}

/** A group header to the left on row r that spans column c without a merge: the cells between are blank and the row below has sub-headers under both. */
function spanningLeft(values: Values, r: number, c: number, end: number): CellValue | undefined {
  for (let k = c - 1; k >= 0; k -= 1) {
    const v = values[r]?.[k];
    if (isBlank(v)) continue;
    const below = (col: number): boolean => values.slice(r + 1, end).some((row) => isText(row[col]));
    return below(k) && below(c) ? v : undefined;
  }
  return undefined;
}

/**
 * Is row r (below the block's first row `top`) more header? Words only, no numbers; and either merged cells say so (a
 * cell of it under a merge from above, or under a merged group header) or its words label number columns and it
 * leaves blank some column the first header row names — a data row fills its label columns.
 */
function continues(values: Values, top: number, r: number, merges: readonly Rect[], numbers: ReadonlySet<number>, own: ReadonlySet<number>):
  { more: boolean; fromMerges: boolean } {
  const cells = (values[r] ?? []).map((v, c) => (own.has(c) ? '' : v));
  if (cells.some((v) => isNumeric(v) || typeof v === 'boolean')) return { more: false, fromMerges: false };
  // Merges from the block above: a cell merged down into this row, or words under a merged group header.
  const mergedDown = cells.some((_, c) => { const m = covering(merges, r, c); return m !== undefined && m.top >= top && m.top < r; });
  const words = cells.flatMap((v, c) => (isText(v) ? [c] : []));
  const underGroup = words.some((c) => merges.some((m) => m.top >= top && m.top + m.rows <= r && m.cols > 1 &&
    c >= m.left && c < m.left + m.cols));
  if (underGroup || (mergedDown && words.length > 0)) return { more: true, fromMerges: true };
  if (words.length === 0) return { more: mergedDown, fromMerges: mergedDown };
  const first = values[top] ?? [];
  const leavesLabelBlank = first.some((v, c) => isText(v) && !own.has(c) && isBlank(cells[c]));
  const labelsNumbers = words.every((c) => numbers.has(c));
  return { more: leavesLabelBlank && labelsNumbers, fromMerges: false };
}

/** Could row r start a header block? Two cells or more, or a merged group header narrower than the table. */
function canStart(values: Values, r: number, merges: readonly Rect[], own: ReadonlySet<number>, width: number): boolean {
  const row = values[r] ?? [];
  const filled = row.filter((v, c) => !own.has(c) && !isBlank(v)).length;
  if (filled >= 2) return true;
  return filled === 1 && merges.some((m) => m.top === r && m.cols > 1 && m.cols < width);
}

/** The header block starting at row r: its depth and whether merged cells (rather than layout alone) said so. */
function blockAt(values: Values, r: number, merges: readonly Rect[], numbers: ReadonlySet<number>, own: ReadonlySet<number>):
  { depth: number; layoutOnly: boolean } {
  let depth = 1;
  let layoutOnly = false;
  while (depth < MAX_HEADER_ROWS && r + depth < values.length) {
    const { more, fromMerges } = continues(values, r, r + depth, merges, numbers, own);
    if (!more) break;
    if (!fromMerges) layoutOnly = true;
    depth += 1;
  }
  return { depth, layoutOnly };
}

/**
 * The header block among the first rows of `values` (from row `from`): named fields count most, then text cells;
 * numbers speak for a data row.
 */
export function guessHeader(values: Values, own: ReadonlySet<number> = new Set(), merges: readonly Rect[] = [], from = 0): HeaderGuess {
  const width = values.reduce((w, r) => Math.max(w, r.length), 0);
  const numbers = numberColumns(values, from, width);
  const last = Math.min(values.length, from + HEADER_SCAN_ROWS);
  const candidates = [];
  for (let r = from; r < last; r += 1) {
    if (!canStart(values, r, merges, own, width)) continue;
    const { depth, layoutOnly } = blockAt(values, r, merges, numbers, own);
    const labels = blockLabels(values, r, depth, merges);
    const fields = fieldsNamed(labels, own);
    const cells = labels.filter((l, c) => !own.has(c));
    const score = fields * 10 + cells.filter((l) => isText(l)).length - 5 * (values[r] ?? []).filter((v, c) => !own.has(c) && isNumeric(v)).length;
    candidates.push({ row: r, depth, layoutOnly, labels, fields, score });
  }
  if (candidates.length === 0) return { row: from, depth: 1, sure: false, doubt: 'incomplete' };
  const best = candidates.reduce((b, c) => (c.score > b.score ? c : b));
  // A rival is another block that names as many fields and is not a part of the best one.
  const rival = candidates.some((c) => (c.row < best.row || c.row >= best.row + best.depth) && c.fields >= best.fields);
  // A field two columns could be is named all the same: the user picks one of them.
  const match = matchColumns(best.labels, own);
  const named = { ...match.map, ...Object.fromEntries(match.ambiguous.map((a) => [a.field, a.columns[0]])) };
  const complete = missingFields(named).length === 0;
  const doubt = !complete ? 'incomplete' : rival ? 'rival' : best.layoutOnly ? 'layout' : undefined;
  return { row: best.row, depth: best.depth, sure: doubt === undefined, ...(doubt ? { doubt } : {}) };
}

/** Is the row blank but for the pane's own columns? */
const emptyRow = (row: readonly CellValue[], own: ReadonlySet<number>): boolean => row.every((v, j) => isBlank(v) || own.has(j));

/**
 * The rows of the table around `anchor` (an index of the values read): the block of filled rows it is in, joined to
 * the blocks above and below across gaps of up to MAX_GAP_ROWS blank rows while they go on in the same columns (two
 * columns shared at least, none new but one) and do not start with a header row of their own (another table). A
 * block of one column (a title) is joined to the table below it. [from, to) in the values read.
 */
export function tableExtent(values: Values, anchor: number, own: ReadonlySet<number> = new Set()): { from: number; to: number } {
  const blocks: Array<{ from: number; to: number; cols: Set<number> }> = [];
  for (let r = 0; r < values.length; r += 1) {
    if (emptyRow(values[r]!, own)) continue;
    const last = blocks[blocks.length - 1];
    const cols = new Set(values[r]!.flatMap((v, c) => (isBlank(v) || own.has(c) ? [] : [c])));
    if (last && last.to === r) {
      last.to = r + 1;
      for (const c of cols) last.cols.add(c);
    } else {
      blocks.push({ from: r, to: r + 1, cols });
    }
  }
  if (blocks.length === 0) return { from: 0, to: 0 };
  // The anchor's block, or the nearest one below it (else above) when it sits on a blank row.
  let i = blocks.findIndex((b) => b.to > anchor);
  if (i < 0) i = blocks.length - 1;
  const headerLike = (b: { from: number }): boolean => {
    const row = values[b.from]!;
    return !row.some((v, c) => !own.has(c) && isNumeric(v)) && fieldsNamed(row, own) >= 2;
  };
  const goesOn = (above: { cols: Set<number> }, below: { from: number; cols: Set<number> }): boolean => {
    const shared = [...below.cols].filter((c) => above.cols.has(c)).length;
    return shared >= 2 && below.cols.size - shared <= 1 && !headerLike(below);
  };
  const near = (a: { to: number }, b: { from: number }): boolean => b.from - a.to <= MAX_GAP_ROWS;
  let first = i;
  let lastBlock = i;
  const table = { cols: new Set(blocks[i]!.cols) };
  // A title line above a table (one column) belongs to the table below it.
  while (table.cols.size < 2 && lastBlock + 1 < blocks.length && near(blocks[lastBlock]!, blocks[lastBlock + 1]!)) {
    lastBlock += 1;
    for (const c of blocks[lastBlock]!.cols) table.cols.add(c);
  }
  while (first > 0 && near(blocks[first - 1]!, blocks[first]!) && !headerLike(blocks[first]!) && goesOn(blocks[first - 1]!, blocks[first]!)) {
    first -= 1;
    for (const c of blocks[first]!.cols) table.cols.add(c);
  }
  while (lastBlock + 1 < blocks.length && near(blocks[lastBlock]!, blocks[lastBlock + 1]!) && goesOn(table, blocks[lastBlock + 1]!)) {
    lastBlock += 1;
    for (const c of blocks[lastBlock]!.cols) table.cols.add(c);
  }
  return { from: blocks[first]!.from, to: blocks[lastBlock]!.to };
}

/** The pane's own columns in what was read (indexes from its left edge). */
export const ownColumnsOfRead = (read: SheetRead): Set<number> =>
  ownColumns({ sheet: read.sheet, top: read.top, left: read.left, rows: read.values.length, cols: read.values[0]?.length ?? 0 }, read.marks);

/** Where the table is in a read: its rows, and its header block's first row and depth. */
export interface TablePlace {
  readonly from: number;
  readonly to: number;
  readonly guess: HeaderGuess;
}

/**
 * The table in what was read: around the cell read from when it was one cell (its rows across blank gaps), or the
 * whole selection; and its header block.
 */
export function locateTable(read: SheetRead): TablePlace {
  const own = ownColumnsOfRead(read);
  const single = read.anchor.rows * read.anchor.cols === 1;
  const anchor = Math.max(0, read.anchor.top - read.top);
  const { from, to } = single ? tableExtent(read.values, anchor, own) : { from: 0, to: read.values.length };
  const guess = guessHeader(read.values.slice(0, to), own, mergesOf(read), from);
  return { from, to, guess };
}

/**
 * The table with its header block on rows [header, header + depth) of what was read, down to row `to`: its rows
 * below the block (blank rows inside kept, for the check to skip), trailing rows dropped that are blank but for the
 * pane's own output (a row the user emptied still has its old results beside it). The region's top is the block's
 * last row: results are written level with it.
 */
export function tableAt(read: SheetRead, header: number, depth = 1, to = read.values.length): Region | undefined {
  const merges = mergesOf(read);
  const labels = blockLabels(read.values, header, depth, merges);
  if (labels.every((l) => l === '')) return undefined;
  const own = ownColumnsOfRead(read);
  let end = Math.min(to, read.values.length);
  while (end > header + depth && emptyRow(read.values[end - 1]!, own)) end -= 1;
  const width = read.values[header]?.length ?? labels.length;
  return {
    sheet: read.sheet, top: read.top + header + depth - 1, left: read.left,
    headers: Array.from({ length: width }, (_, c) => labels[c] ?? ''),
    rows: filledDown(read.values, header + depth, end, merges), marks: read.marks,
  };
}

/**
 * Rows [from, to) with merged data cells read as what they show: a sector merged down over three facilities is the
 * sector of each (Excel reads only the first cell of a merge; the others are blank).
 */
function filledDown(values: Values, from: number, to: number, merges: readonly Rect[]): CellValue[][] {
  const rows = values.slice(from, to).map((row) => row as CellValue[]);
  for (const m of merges) {
    if (m.top < from || m.top >= to || m.rows * m.cols === 1) continue;
    const value = values[m.top]?.[m.left];
    if (isBlank(value)) continue;
    for (let r = m.top; r < Math.min(m.top + m.rows, to); r += 1) {
      const i = r - from;
      const copy = [...rows[i]!];
      for (let c = m.left; c < m.left + m.cols; c += 1) if (isBlank(copy[c])) copy[c] = value!;
      rows[i] = copy;
    }
  }
  return rows;
}

/** The table read, with its header block found. */
export function firstTable(read: SheetRead): Region | undefined {
  const { to, guess } = locateTable(read);
  return tableAt(read, guess.row, guess.depth, to);
}
