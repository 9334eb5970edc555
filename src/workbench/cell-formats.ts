/**
 * Fills and number formats of the workbench's sheets, which the engine does not hold: kept here for the grid to show
 * and for the port to honour (text-formatted cells keep text). DOM-free, so the bench and the tests use it in Node.
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

export class CellFormats {
  private readonly fills = new Map<string, Map<number, Fill[]>>();
  private readonly formats = new Map<string, Array<Rect & { format: string }>>();

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

  /** Fills and formats follow a sheet to its new name. */
  renameSheet(from: string, to: string): void {
    for (const map of [this.fills, this.formats] as Array<Map<string, unknown>>) {
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
