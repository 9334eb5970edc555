/**
 * The task pane's WorkbookPort over the workbench's engine. Same contract as the Excel port, and the same behaviour
 * where Excel's shows: a whole-column selection reads only the used part; marks are names scoped to the sheet
 * (HyperFormula named expressions, which move with their cells as Excel's names do); text written to a cell is read
 * as typed (HyperFormula, like Excel, turns "00123" into 123) unless the cell is formatted as text; writes go in the
 * same chunks, each one engine batch, yielding between chunks.
 */
import { DetailedCellError, type HyperFormula, type RawCellContent } from 'hyperformula';
import { intersection, surroundingRegion } from '../taskpane/ports/area';
import { payloadChunks } from '../taskpane/ports/payload';
import { SETTINGS_KEY } from '../core';
import { POINTS_TO_PIXELS } from './cell-formats';
import { recalculateAll } from './engine-internals';
import type { History } from './undo';
import {
  buildStepByStep, columnLetters, freeSheetName, isFormula, MARK_PREFIX, runs, safeValue, type Area, type Block, type CellValue, type FormulaBlock, type FormulaCell, type DocumentSettings, type Mark, type SheetBuild, type SheetRead,
  type WorkbookPort,
} from '../taskpane/ports/port';

type Rect = Omit<Area, 'sheet'>;

/** What the port needs from the page around the engine: the selection, and the formats the grid shows. */
export interface WorkbenchView {
  selection(): Area;
  showSheet(name: string): void;
  fill(sheet: string, row: number, left: number, cols: number, color: string): void;
  unfill(sheet: string, row: number, left: number, cols: number): void;
  setNumberFormat(sheet: string, area: Rect, format: string): void;
  numberFormat(sheet: string, row: number, col: number): string;
  /** The merged areas of a sheet. */
  merges(sheet: string): Rect[];
  setColumnWidth(sheet: string, col: number, pixels: number): void;
  refresh(): void;
}

/** A cell's value as the pane sees it: errors as their code, empty as ''. */
export function cellValue(v: unknown): CellValue {
  if (v instanceof DetailedCellError) return v.value;
  if (v === null || v === undefined) return '';
  return v as CellValue;
}

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const filled = (v: CellValue | undefined): boolean => v !== '' && v !== null && v !== undefined;

/** The smallest rectangle of `area` holding every non-empty cell of `values` (a grid whose (0, 0) is the sheet's A1). */
function usedWithin(values: readonly (readonly CellValue[])[], area: Rect): Rect | undefined {
  let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
  for (let r = area.top; r < Math.min(area.top + area.rows, values.length); r += 1) {
    const row = values[r]!;
    for (let c = area.left; c < Math.min(area.left + area.cols, row.length); c += 1) {
      if (!filled(row[c])) continue;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
  }
  return bottom < 0 ? undefined : { top, left, rows: bottom - top + 1, cols: right - left + 1 };
}

const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/**
 * A mark as the engine keeps it: a named expression scoped to its sheet that names the area's two corners, not the
 * range. The engine moves both with inserted rows and columns, as Excel moves a name, while a range name would make
 * it track every cell (seconds to change on a 50,000-row block). A deleted corner makes the mark #REF!, so the pane
 * asks again before writing there.
 */
export function markExpression(area: Area): string {
  const corner = (row: number, col: number): string => `${quoteSheet(area.sheet)}!$${columnLetters(col)}$${row + 1}`;
  return `=CHOOSE(1,${corner(area.top, area.left)},${corner(area.top + area.rows - 1, area.left + area.cols - 1)})`;
}

/** The two corner references of a mark, split at the comma outside quotes: a sheet may be called "a,b". */
function cornersOf(inner: string): string[] {
  let quoted = false;
  for (let i = 0; i < inner.length; i += 1) {
    if (inner[i] === "'") quoted = !quoted;
    else if (inner[i] === ',' && !quoted) return [inner.slice(0, i), inner.slice(i + 1)];
  }
  return [];
}

/** The pane's marks on a sheet: its named expressions with the pane's prefix whose corners still exist. */
export function marksOf(hf: HyperFormula, sheet: string): Mark[] {
  const id = hf.getSheetId(sheet);
  if (id === undefined) return [];
  return hf.listNamedExpressions(id).filter((name) => name.startsWith(MARK_PREFIX)).flatMap((name) => {
    const inner = /^=CHOOSE\(1,(.+)\)$/.exec(String(hf.getNamedExpressionFormula(name, id) ?? ''))?.[1] ?? '';
    const [start, end] = cornersOf(inner).map((ref) => hf.simpleCellAddressFromString(ref, id));
    if (!start || !end || start.sheet !== id || end.sheet !== id) return [];
    return [{ name, area: { sheet, top: start.row, left: start.col, rows: end.row - start.row + 1, cols: end.col - start.col + 1 } }];
  });
}

export class EnginePort implements WorkbookPort {
  readonly supportsCharts = false;
  /**
   * `settings`: where the workbook's settings live — the host's document settings, where the functions read the
   * language too. `history`: the page's undo, which takes each pane action back as one step (none: no grouping).
   */
  constructor(private readonly hf: HyperFormula, private readonly view: WorkbenchView,
    private readonly settings: { get(name: string): unknown; set(name: string, value: unknown): void } = new Map(),
    private readonly history?: History) {}

  private sheetId(name: string): number {
    const id = this.hf.getSheetId(name);
    if (id === undefined) throw new Error(`There is no sheet called ${name}.`);
    return id;
  }

  /** An area cut to the part of the sheet the engine holds anything in. */
  private held(area: Area): Area | undefined {
    const { height, width } = this.hf.getSheetDimensions(this.sheetId(area.sheet));
    return intersection(area, { sheet: area.sheet, top: 0, left: 0, rows: height, cols: width });
  }

  async readRegion(at?: Area): Promise<SheetRead | undefined> {
    const anchor = at ?? this.view.selection();
    const id = this.sheetId(anchor.sheet);
    const values = this.hf.getSheetValues(id).map((row) => row.map(cellValue));
    // One cell stands for the table around it: its columns, every used row of them, so blank rows inside the table do
    // not cut it short (the pane finds where the table starts and ends).
    const region = anchor.rows * anchor.cols === 1 ? surroundingRegion((r, c) => filled(values[r]?.[c]), anchor) : undefined;
    const area = region ? { top: 0, left: region.left, rows: values.length, cols: region.cols } : anchor;
    const used = usedWithin(values, area);
    if (!used) return undefined;
    const block = Array.from({ length: used.rows }, (_, i) =>
      Array.from({ length: used.cols }, (_, j) => values[used.top + i]?.[used.left + j] ?? ''));
    const merges = this.view.merges(anchor.sheet).filter((m) => intersection({ sheet: anchor.sheet, ...m }, { sheet: anchor.sheet, ...used }))
      .map((m) => ({ sheet: anchor.sheet, ...m }));
    return { sheet: anchor.sheet, top: used.top, left: used.left, values: block, marks: this.marks(anchor.sheet), anchor, merges };
  }

  /** Named expressions of the sheet with the pane's prefix whose corners still exist (see markExpression). */
  private marks(sheet: string): Mark[] {
    return marksOf(this.hf, sheet);
  }

  async readValues(area: Area): Promise<CellValue[][]> {
    const held = this.held(area);
    const got = held ? this.hf.getRangeValues({
      start: { sheet: this.sheetId(area.sheet), row: held.top, col: held.left },
      end: { sheet: this.sheetId(area.sheet), row: held.top + held.rows - 1, col: held.left + held.cols - 1 },
    }) : [];
    return Array.from({ length: area.rows }, (_, i) => Array.from({ length: area.cols }, (_, j) =>
      (held ? cellValue(got[area.top + i - held.top]?.[area.left + j - held.left]) : '')));
  }

  async readFormulas(area: Area): Promise<string[][]> {
    const id = this.sheetId(area.sheet);
    return Array.from({ length: area.rows }, (_, i) => Array.from({ length: area.cols }, (_, j) =>
      this.hf.getCellFormula({ sheet: id, row: area.top + i, col: area.left + j }) ?? ''));
  }

  async usedArea(area: Area): Promise<Area | undefined> {
    const held = this.held(area);
    if (!held) return undefined;
    const values = await this.readValues(held);
    const used = usedWithin(values, { top: 0, left: 0, rows: held.rows, cols: held.cols });
    return used && { sheet: area.sheet, top: held.top + used.top, left: held.left + used.left, rows: used.rows, cols: used.cols };
  }

  writeValues(block: Block, onProgress?: (rowsDone: number) => void): Promise<void> {
    // A cell formatted as text keeps text as text, as in Excel: the apostrophe tells the engine so and is not stored.
    return this.write(block, (v, r, c) => this.valueCell(block.sheet, v as CellValue, r, c), onProgress);
  }

  writeFormulas(block: FormulaBlock): Promise<void> {
    // The pane's composed formulas as formulas; any other text as writeValues writes it, so it never runs.
    return this.write(block, (v, r, c) => (isFormula(v) ? v.formula : this.valueCell(block.sheet, v, r, c)));
  }

  /** A value as the engine takes it: text in a text-formatted cell keeps its apostrophe; formula-like text is made text. */
  private valueCell(sheet: string, v: CellValue, r: number, c: number): CellValue {
    return typeof v === 'string' && this.view.numberFormat(sheet, r, c) === '@' ? `'${v}` : safeValue(v);
  }

  private async write(block: FormulaBlock, convert: (v: FormulaCell, row: number, col: number) => CellValue,
    onProgress?: (rowsDone: number) => void): Promise<void> {
    const id = this.sheetId(block.sheet);
    const cells = block.values.map((row) => row.map((v) => (isFormula(v) ? v.formula : v)));
    for (const [start, end] of payloadChunks(cells)) {
      // Array.from builds the rows in this page's realm: the pane's arrays come from its frame, and the engine
      // accepts only arrays of its own realm.
      const chunk = Array.from(block.values.slice(start, end), (row, i) =>
        Array.from(row, (v, j) => (v === '' || v === null ? null : convert(v, block.top + start + i, block.left + j))));
      this.hf.setCellContents({ sheet: id, row: block.top + start, col: block.left }, chunk as RawCellContent[][]);
      onProgress?.(end);
      await tick();
    }
    this.view.refresh();
  }

  async clear(area: Area, what: 'contents' | 'all'): Promise<void> {
    const held = this.held(area);
    if (held) {
      const empty = Array.from({ length: held.rows }, () => Array.from({ length: held.cols }, () => null));
      this.hf.setCellContents({ sheet: this.sheetId(area.sheet), row: held.top, col: held.left }, empty);
    }
    if (what === 'all') {
      for (let r = area.top; r < area.top + area.rows; r += 1) this.view.unfill(area.sheet, r, area.left, area.cols);
      this.view.setNumberFormat(area.sheet, area, 'General');
    }
    this.view.refresh();
  }

  async setNumberFormat(area: Area, format: string): Promise<void> {
    this.sheetId(area.sheet);
    this.view.setNumberFormat(area.sheet, area, format);
    this.view.refresh();
  }

  async sheetNames(): Promise<string[]> {
    return this.hf.getSheetNames();
  }

  async addSheet(name: string): Promise<string> {
    const taken = new Set(this.hf.getSheetNames().map((s) => s.toLowerCase()));
    const candidate = freeSheetName(name, (lower) => taken.has(lower));
    this.hf.addSheet(candidate);
    this.view.refresh();
    return candidate;
  }

  /** The build's steps one by one, as one undo step: the engine has no requests to save. */
  buildSheet(build: SheetBuild): Promise<string> {
    return buildStepByStep(this, build);
  }

  async activate(sheet: string): Promise<void> {
    this.sheetId(sheet);
    this.view.showSheet(sheet);
  }

  async fillRows(sheet: string, rows: readonly number[], left: number, cols: number, color: string): Promise<void> {
    this.eachRow(rows, (r) => this.view.fill(sheet, r, left, cols, color));
  }

  async clearFills(sheet: string, rows: readonly number[], left: number, cols: number): Promise<void> {
    this.eachRow(rows, (r) => this.view.unfill(sheet, r, left, cols));
  }

  private eachRow(rows: readonly number[], action: (row: number) => void): void {
    for (const { start, count } of runs(rows)) for (let r = start; r < start + count; r += 1) action(r);
    this.view.refresh();
  }

  async setColumnWidths(sheet: string, left: number, widths: readonly number[]): Promise<void> {
    this.sheetId(sheet);
    widths.forEach((points, i) => this.view.setColumnWidth(sheet, left + i, Math.round(points * POINTS_TO_PIXELS)));
    this.view.refresh();
  }

  /** One pane action: the grid's undo takes it back as one step, cells, fills, formats, widths and sheets alike. */
  async oneStep<T>(action: () => Promise<T>): Promise<T> {
    return this.history ? this.history.step(action) : action();
  }

  /** Frozen rows by sheet: the workbench grid scrolls as one piece, so it only records them (tests read them). */
  readonly frozen = new Map<string, number>();

  async freezeRows(sheet: string, rows: number): Promise<void> {
    this.frozen.set(sheet, rows);
  }

  async addChart(): Promise<void> {
    // The workbench draws no charts (supportsCharts is false); Excel does.
  }

  async setMarks(marks: readonly Mark[]): Promise<void> {
    for (const { name, area } of marks) {
      const id = this.sheetId(area.sheet);
      const formula = markExpression(area);
      if (this.hf.listNamedExpressions(id).includes(name)) this.hf.changeNamedExpression(name, formula, id);
      else this.hf.addNamedExpression(name, formula, id);
    }
  }

  async readSettings(): Promise<Partial<DocumentSettings>> {
    const stored = this.settings.get(SETTINGS_KEY);
    return typeof stored === 'object' && stored !== null ? { ...(stored as Partial<DocumentSettings>) } : {};
  }

  /**
   * The functions read the language from these settings at every call, so a new language recalculates the workbook:
   * every ETS cell answers in it at once (in Excel the user recalculates, Ctrl+Alt+F9).
   */
  async writeSettings(settings: DocumentSettings): Promise<void> {
    const before = (await this.readSettings()).language;
    this.settings.set(SETTINGS_KEY, { ...settings });
    if ((settings.language ?? 'auto') !== (before ?? 'auto')) {
      recalculateAll(this.hf);
      this.view.refresh();
    }
  }
}

