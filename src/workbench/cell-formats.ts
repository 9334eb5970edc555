/**
 * Fills, number formats, merged areas and column widths of the workbench's sheets, which the engine does not hold:
 * kept here for the grid to show, for the port to honour (text-formatted cells keep text) and for files to carry.
 * DOM-free, so the bench and the tests use it in Node.
 */
import type { Area } from '../taskpane/ports/port';
import type { WorkbenchView } from './engine-port';

type Rect = Omit<Area, 'sheet'>;
interface Fill { left: number; cols: number; color: string }

/** Segments of a row's fills with columns left … left + cols − 1 taken out. */
function cut(fills: readonly Fill[], left: number, cols: number): Fill[] {
  return fills.flatMap((f) => [
    { ...f, cols: Math.min(f.cols, left - f.left) },
    { ...f, left: Math.max(f.left, left + cols), cols: f.left + f.cols - Math.max(f.left, left + cols) },
  ].filter((x) => x.cols > 0));
}

/** Points (Excel's unit for column widths) to the grid's pixels: 72 points an inch, 96 pixels. */
export const POINTS_TO_PIXELS = 96 / 72;

/** A copy of everything a CellFormats holds, to put back on undo. */
export type FormatsSnapshot = ReadonlyMap<string, Map<unknown, unknown>>;

export class CellFormats {
  private readonly fills = new Map<string, Map<number, Fill[]>>();
  private readonly formats = new Map<string, Array<Rect & { format: string }>>();
  private readonly merged = new Map<string, Rect[]>();
  private readonly widths = new Map<string, Map<number, number>>();
  /** The maps above by name, found rather than listed, so a kind of format added later is snapshotted too. */
  private readonly kinds: ReadonlyArray<readonly [string, Map<unknown, unknown>]>;

  constructor() {
    // Only this class's fields exist yet: a subclass's are set after this constructor returns.
    this.kinds = Object.entries(this).filter((e): e is [string, Map<unknown, unknown>] => e[1] instanceof Map);
  }

  snapshot(): FormatsSnapshot {
    return new Map(this.kinds.map(([name, map]) => [name, structuredClone(map)]));
  }

  restore(snapshot: FormatsSnapshot): void {
    for (const [name, map] of this.kinds) {
      map.clear();
      for (const [key, value] of structuredClone(snapshot.get(name) ?? new Map())) map.set(key, value);
    }
  }

  fill(sheet: string, row: number, left: number, cols: number, color: string): void {
    const rows = this.fills.get(sheet) ?? new Map<number, Fill[]>();
    rows.set(row, [...cut(rows.get(row) ?? [], left, cols), { left, cols, color }]);
    this.fills.set(sheet, rows);
  }

  unfill(sheet: string, row: number, left: number, cols: number): void {
    const rows = this.fills.get(sheet);
    const kept = cut(rows?.get(row) ?? [], left, cols);
    if (kept.length) rows!.set(row, kept);
    else rows?.delete(row);
  }

  /** The fill colour of a cell, if it has one. */
  fillAt(sheet: string, row: number, col: number): string | undefined {
    return this.fills.get(sheet)?.get(row)?.find((f) => col >= f.left && col < f.left + f.cols)?.color;
  }

  /** Merges an area (as Excel's Merge cells): its first cell shows across it. An area overlapping it is unmerged first. */
  merge(sheet: string, area: Rect): void {
    const overlaps = (m: Rect): boolean => m.top < area.top + area.rows && area.top < m.top + m.rows &&
      m.left < area.left + area.cols && area.left < m.left + m.cols;
    this.merged.set(sheet, [...(this.merged.get(sheet) ?? []).filter((m) => !overlaps(m)), { ...area }]);
  }

  /** The merged areas of a sheet. */
  merges(sheet: string): Rect[] {
    return (this.merged.get(sheet) ?? []).map((m) => ({ ...m }));
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

  /** Fills, formats, merges and widths follow a sheet to its new name. */
  renameSheet(from: string, to: string): void {
    for (const map of [this.fills, this.formats, this.merged, this.widths] as Array<Map<string, unknown>>) {
      if (map.has(from)) {
        map.set(to, map.get(from));
        map.delete(from);
      }
    }
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
