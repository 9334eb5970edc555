/**
 * What the workbench's sheets hold beside the engine: fills, fonts, number formats, merged areas, column widths,
 * hidden columns and rows, which sheets are hidden, the formulas it keeps as their saved values (with why) and the defined names the engine
 * could not take. Kept here for the grid to show, for the port to honour (text-formatted cells keep text) and for
 * files to carry. DOM-free, so the bench and the tests use it in Node.
 */
import type { Area } from '../taskpane/ports/port';
import type { WorkbenchView } from './engine-port';
import { renameSheetReferences, type DefinedName, type FillArea, type Font, type FontArea, type SheetState } from './files';
import { RowRuns } from './row-runs';

type Rect = Omit<Area, 'sheet'>;

/** Points (Excel's unit for column widths) to the grid's pixels: 72 points an inch, 96 pixels. */
export const POINTS_TO_PIXELS = 96 / 72;

/** A copy of everything a CellFormats holds, to put back on undo. */
export interface FormatsSnapshot {
  readonly maps: ReadonlyMap<string, Map<unknown, unknown>>;
  readonly names: readonly DefinedName[];
}

/** A deep copy of a kept value: runs of fills and fonts by their own copy (they are class instances), the rest cloned. */
const copyOf = (value: unknown): unknown => (value instanceof RowRuns ? value.copy() : structuredClone(value));
const copyMap = (map: ReadonlyMap<unknown, unknown>): Map<unknown, unknown> => new Map([...map].map(([k, v]) => [k, copyOf(v)]));

/**
 * A formula from a file that the engine does not compute: the engine holds the value Excel saved, this keeps the
 * formula (written back when the workbook is saved) and the note the grid shows on hover.
 */
export interface SavedFormula {
  formula: string;
  note: string;
  /** An array formula's size: its cells all hold saved values. */
  array?: { rows: number; cols: number };
}

const sameFont = (a: Font, b: Font): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);
/** A cell's key in a sheet's map (Excel has 16,384 columns). */
const cellKey = (row: number, col: number): number => row * 16_384 + col;

export class CellFormats {
  private readonly fillRuns = new Map<string, RowRuns<string>>();
  private readonly fontRuns = new Map<string, RowRuns<Font>>();
  private readonly formats = new Map<string, Array<Rect & { format: string }>>();
  private readonly merged = new Map<string, Rect[]>();
  /** Merged areas by row, built when first asked for (the grid asks for every cell it draws). */
  private readonly mergedByRow = new Map<string, Map<number, Rect[]>>();
  private readonly widths = new Map<string, Map<number, number>>();
  private readonly states = new Map<string, SheetState>();
  private readonly hidden = new Map<string, { columns: Set<number>; rows: Set<number> }>();
  private readonly saved = new Map<string, Map<number, SavedFormula & { row: number; col: number }>>();
  private names: DefinedName[] = [];
  /** The maps above by name, found rather than listed, so a kind of format added later is snapshotted too. */
  private readonly kinds: ReadonlyArray<readonly [string, Map<unknown, unknown>]>;

  constructor() {
    // Only this class's fields exist yet: a subclass's are set after this constructor returns.
    this.kinds = Object.entries(this).filter((e): e is [string, Map<unknown, unknown>] => e[1] instanceof Map);
  }

  snapshot(): FormatsSnapshot {
    return { maps: new Map(this.kinds.map(([name, map]) => [name, copyMap(map)])), names: structuredClone(this.names) };
  }

  restore(snapshot: FormatsSnapshot): void {
    for (const [name, map] of this.kinds) {
      map.clear();
      for (const [key, value] of copyMap(snapshot.maps.get(name) ?? new Map())) map.set(key, value);
    }
    this.names = structuredClone([...snapshot.names]);
  }

  private runs<T>(map: Map<string, RowRuns<T>>, sheet: string): RowRuns<T> {
    let runs = map.get(sheet);
    if (!runs) map.set(sheet, (runs = new RowRuns<T>()));
    return runs;
  }

  fill(sheet: string, row: number, left: number, cols: number, color: string): void {
    this.runs(this.fillRuns, sheet).set(row, left, cols, color);
  }

  unfill(sheet: string, row: number, left: number, cols: number): void {
    this.fillRuns.get(sheet)?.clear(row, left, cols);
  }

  /** The fill colour of a cell, if it has one. */
  fillAt(sheet: string, row: number, col: number): string | undefined {
    return this.fillRuns.get(sheet)?.at(row, col);
  }

  /** A sheet's fills as rectangles. */
  fills(sheet: string): FillArea[] {
    return (this.fillRuns.get(sheet)?.areas() ?? []).map(({ value, ...area }) => ({ ...area, color: value }));
  }

  /** Sets (or, with no font, clears) the font of an area. */
  setFont(sheet: string, area: Rect, font: Font | undefined): void {
    const runs = this.runs(this.fontRuns, sheet);
    for (let r = area.top; r < area.top + area.rows; r += 1) {
      if (font) runs.set(r, area.left, area.cols, font);
      else runs.clear(r, area.left, area.cols);
    }
  }

  fontAt(sheet: string, row: number, col: number): Font | undefined {
    return this.fontRuns.get(sheet)?.at(row, col);
  }

  /** A sheet's fonts as rectangles. */
  fonts(sheet: string): FontArea[] {
    return (this.fontRuns.get(sheet)?.areas(sameFont) ?? []).map(({ value, ...area }) => ({ ...area, font: value }));
  }

  /** Merges an area (as Excel's Merge cells): its first cell shows across it. An area overlapping it is unmerged first. */
  merge(sheet: string, area: Rect): void {
    const overlaps = (m: Rect): boolean => m.top < area.top + area.rows && area.top < m.top + m.rows &&
      m.left < area.left + area.cols && area.left < m.left + m.cols;
    this.merged.set(sheet, [...(this.merged.get(sheet) ?? []).filter((m) => !overlaps(m)), { ...area }]);
    this.mergedByRow.delete(sheet);
  }

  /** The merged areas of a sheet. */
  merges(sheet: string): Rect[] {
    return (this.merged.get(sheet) ?? []).map((m) => ({ ...m }));
  }

  /** The merged area a cell is part of. */
  mergeAt(sheet: string, row: number, col: number): Rect | undefined {
    let byRow = this.mergedByRow.get(sheet);
    if (!byRow) {
      byRow = new Map();
      for (const m of this.merged.get(sheet) ?? []) {
        for (let r = m.top; r < m.top + m.rows; r += 1) byRow.set(r, [...(byRow.get(r) ?? []), m]);
      }
      this.mergedByRow.set(sheet, byRow);
    }
    return byRow.get(row)?.find((m) => col >= m.left && col < m.left + m.cols);
  }

  /** A column's width in pixels, when it was set. */
  columnWidth(sheet: string, col: number): number | undefined {
    return this.widths.get(sheet)?.get(col);
  }

  setColumnWidth(sheet: string, col: number, pixels: number): void {
    const widths = this.widths.get(sheet) ?? new Map<number, number>();
    widths.set(col, pixels);
    this.widths.set(sheet, widths);
  }

  /** The widths set on a sheet's columns, in pixels, by column. */
  columnWidths(sheet: string): Map<number, number> {
    return new Map(this.widths.get(sheet) ?? []);
  }

  /** Columns or rows a file hid: the grid shows them, a saved file hides them again. */
  hide(sheet: string, what: 'columns' | 'rows', indexes: readonly number[]): void {
    const hidden = this.hidden.get(sheet) ?? { columns: new Set<number>(), rows: new Set<number>() };
    for (const i of indexes) hidden[what].add(i);
    this.hidden.set(sheet, hidden);
  }

  hiddenOf(sheet: string, what: 'columns' | 'rows'): number[] {
    return [...(this.hidden.get(sheet)?.[what] ?? [])].sort((a, b) => a - b);
  }

  /** Hides a sheet (or shows it again): a hidden sheet has no tab, its cells are there for formulas. */
  setSheetState(sheet: string, state: SheetState): void {
    if (state === 'visible') this.states.delete(sheet);
    else this.states.set(sheet, state);
  }

  sheetState(sheet: string): SheetState {
    return this.states.get(sheet) ?? 'visible';
  }

  /** Keeps a formula the engine holds as its saved value (see SavedFormula). */
  keepSaved(sheet: string, row: number, col: number, saved: SavedFormula): void {
    const cells = this.saved.get(sheet) ?? new Map();
    cells.set(cellKey(row, col), { ...saved, row, col });
    this.saved.set(sheet, cells);
  }

  /** The formula a cell keeps as its saved value, if it does. */
  savedAt(sheet: string, row: number, col: number): SavedFormula | undefined {
    return this.saved.get(sheet)?.get(cellKey(row, col));
  }

  /** The cell no longer keeps a saved formula (its content was changed). */
  dropSaved(sheet: string, row: number, col: number): void {
    this.saved.get(sheet)?.delete(cellKey(row, col));
  }

  /** Whether any cell of the sheet keeps a saved formula. */
  hasSaved(sheet: string): boolean {
    return (this.saved.get(sheet)?.size ?? 0) > 0;
  }

  /** Every cell of a sheet that keeps a saved formula. */
  savedFormulas(sheet: string): Array<SavedFormula & { row: number; col: number }> {
    return [...(this.saved.get(sheet)?.values() ?? [])].map((s) => ({ ...s }));
  }

  /** Keeps a defined name the engine could not take, to write it back when the workbook is saved. */
  keepName(name: DefinedName): void {
    this.names.push({ ...name });
  }

  keptNames(): DefinedName[] {
    return this.names.map((n) => ({ ...n }));
  }

  /** Everything kept for a sheet follows it to its new name, and kept formulas and names referring to it too. */
  renameSheet(from: string, to: string): void {
    for (const map of [this.fillRuns, this.fontRuns, this.formats, this.merged, this.mergedByRow, this.widths, this.hidden, this.states, this.saved] as Array<Map<string, unknown>>) {
      if (map.has(from)) {
        map.set(to, map.get(from));
        map.delete(from);
      }
    }
    const renamed = new Map([[from, to]]);
    for (const cells of this.saved.values()) {
      for (const kept of cells.values()) kept.formula = renameSheetReferences(kept.formula, renamed);
    }
    this.names = this.names.map((n) => ({
      ...n, formula: renameSheetReferences(`=${n.formula}`, renamed).slice(1), ...(n.sheet === from ? { sheet: to } : {}),
    }));
  }

  setNumberFormat(sheet: string, area: Rect, format: string): void {
    const { top, left, rows, cols } = area;
    this.formats.set(sheet, [...(this.formats.get(sheet) ?? []), { top, left, rows, cols, format }]);
  }

  /** The number formats set on a sheet, in the order they were set (a later one wins where they overlap). */
  numberFormats(sheet: string): Array<Rect & { format: string }> {
    return (this.formats.get(sheet) ?? []).map((f) => ({ ...f }));
  }

  /** The format last set on a cell; "General" when none was. */
  numberFormat(sheet: string, row: number, col: number): string {
    const list = this.formats.get(sheet) ?? [];
    for (let i = list.length - 1; i >= 0; i -= 1) {
      const f = list[i]!;
      if (row >= f.top && row < f.top + f.rows && col >= f.left && col < f.left + f.cols) return f.format;
    }
    return 'General';
  }
}

/** A view with no page: a fixed selection and formats in memory (the bench, tests in Node). */
export class HeadlessView extends CellFormats implements WorkbenchView {
  shown = '';

  constructor(public selected: Area) {
    super();
  }

  selection(): Area {
    return this.selected;
  }

  showSheet(name: string): void {
    this.shown = name;
  }

  refresh(): void {}
}
