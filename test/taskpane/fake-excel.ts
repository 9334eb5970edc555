/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-this-alias -- a dynamic stand-in for Excel's object model */
/**
 * A fake Excel workbook for the Excel port's tests, built on office-addin-mock: every range is an OfficeMockObject,
 * so reading a property that was not loaded and synced gives office-addin-mock's "not loaded" marker instead of data.
 * Writes reach the sheet only at context.sync(), and each sync records what it carried.
 */
import { OfficeMockObject } from 'office-addin-mock';
import type { CellValue } from '../../src/taskpane/ports/port';

export class FakeSheet {
  readonly cells = new Map<string, CellValue>();
  readonly fills = new Map<number, string>();

  constructor(public name: string) {}

  get(r: number, c: number): CellValue {
    return this.cells.get(`${r},${c}`) ?? '';
  }

  set(r: number, c: number, v: CellValue): void {
    if (v === '' || v === null) this.cells.delete(`${r},${c}`);
    else this.cells.set(`${r},${c}`, v);
  }

  block(top: number, left: number, rows: number, cols: number): CellValue[][] {
    return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => this.get(top + i, left + j)));
  }

  /** Puts a table at (top, left): first row headers. */
  put(top: number, left: number, values: CellValue[][]): void {
    values.forEach((row, i) => row.forEach((v, j) => this.set(top + i, left + j, v)));
  }

  /** The bounding box of non-empty cells connected to (r, c), as Excel's getSurroundingRegion finds it (simplified). */
  region(r: number, c: number): { top: number; left: number; rows: number; cols: number } {
    let [top, left, bottom, right] = [r, c, r, c];
    const filled = (i: number, j: number) => i >= 0 && j >= 0 && this.get(i, j) !== '';
    for (let grew = true; grew;) {
      grew = false;
      const rowHas = (i: number) => Array.from({ length: right - left + 3 }, (_, k) => left - 1 + k).some((j) => filled(i, j));
      const colHas = (j: number) => Array.from({ length: bottom - top + 3 }, (_, k) => top - 1 + k).some((i) => filled(i, j));
      if (rowHas(top - 1)) { top -= 1; grew = true; }
      if (rowHas(bottom + 1)) { bottom += 1; grew = true; }
      if (colHas(left - 1)) { left -= 1; grew = true; }
      if (colHas(right + 1)) { right += 1; grew = true; }
    }
    return { top, left, rows: bottom - top + 1, cols: right - left + 1 };
  }
}

interface Tracked {
  mock: any;
  sheet: FakeSheet;
  top: number;
  left: number;
  rows: number;
  cols: number;
  initial: { values: unknown; formulas: unknown; color: unknown };
}

export interface SyncRecord {
  /** Rows written by each write in this sync. */
  writes: number[];
  fills: number;
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly syncLog: SyncRecord[] = [];
  readonly charts: Array<{ sheet: string; top: number; left: number; rows: number; cols: number; title?: string }> = [];
  selection = { sheet: '', top: 0, left: 0, rows: 1, cols: 1 };
  activated = '';
  private tracked: Tracked[] = [];

  constructor(...names: string[]) {
    for (const n of names) this.sheets.push(new FakeSheet(n));
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`ItemNotFound: worksheet ${name}`);
    return s;
  }

  private range(sheet: FakeSheet, top: number, left: number, rows: number, cols: number): any {
    const values = sheet.block(top, left, rows, cols);
    const formulas = sheet.block(top, left, rows, cols);
    const book = this;
    const mock = new OfficeMockObject({
      values, formulas, rowIndex: top, columnIndex: left, rowCount: rows, columnCount: cols, cellCount: rows * cols,
      worksheet: { name: sheet.name },
      format: { fill: { color: '' } },
      getSurroundingRegion() {
        const g = sheet.region(top, left);
        return book.range(sheet, g.top, g.left, g.rows, g.cols);
      },
      getUsedRangeOrNullObject() {
        const empty = sheet.block(top, left, rows, cols).every((row) => row.every((v) => v === '' || v === null));
        const used = new OfficeMockObject({ isNullObject: empty });
        book.tracked.push({ mock: used, sheet, top, left, rows, cols, initial: { values: undefined, formulas: undefined, color: undefined } });
        return used;
      },
    }) as any;
    this.tracked.push({ mock, sheet, top, left, rows, cols, initial: { values: mock.values, formulas: mock.formulas, color: mock.format.fill.color } });
    return mock;
  }

  private async sync(): Promise<void> {
    const record: SyncRecord = { writes: [], fills: 0 };
    for (const t of this.tracked) {
      const { mock } = t;
      for (const key of ['values', 'formulas'] as const) {
        const v = mock[key];
        if (t.initial[key] !== undefined && Array.isArray(v) && v !== t.initial[key]) {
          if (v.length !== t.rows || v.some((row: unknown[]) => row.length !== t.cols)) {
            throw new Error('InvalidArgument: the array does not match the size of the range');
          }
          v.forEach((row: CellValue[], i: number) => row.forEach((x, j) => t.sheet.set(t.top + i, t.left + j, x)));
          record.writes.push(v.length);
        }
      }
      const color = mock.format?.fill?.color;
      if (t.initial.color !== undefined && color !== t.initial.color) {
        for (let i = 0; i < t.rows; i += 1) t.sheet.fills.set(t.top + i, color);
        record.fills += 1;
      }
      await mock.sync();
      // What a sync leaves (loaded data, or office-addin-mock's markers) is the baseline for the next write.
      if (t.initial.values !== undefined) t.initial = { values: mock.values, formulas: mock.formulas, color: mock.format.fill.color };
    }
    this.syncLog.push(record);
  }

  /** An Excel.run that hands the batch a fresh request context over this workbook. */
  run = async <T>(batch: (context: any) => Promise<T>): Promise<T> => {
    const book = this;
    const context = {
      sync: () => book.sync(),
      workbook: {
        getSelectedRange() {
          const s = book.selection;
          return book.range(book.sheet(s.sheet), s.top, s.left, s.rows, s.cols);
        },
        worksheets: {
          items: 'not loaded' as unknown,
          load() {
            const self = this;
            book.pendingLoads.push(() => { self.items = book.sheets.map((s) => ({ name: s.name })); });
          },
          add(name: string) {
            book.pendingLoads.push(() => book.sheets.push(new FakeSheet(name)));
          },
          getItem(name: string) {
            const sheet = book.sheet(name);
            return {
              getRangeByIndexes: (r: number, c: number, h: number, w: number) => book.range(sheet, r, c, h, w),
              activate: () => book.pendingLoads.push(() => { book.activated = name; }),
              charts: {
                add: (_type: string, range: any) => {
                  const t = book.tracked.find((x) => x.mock === range)!;
                  const chart = { sheet: name, top: t.top, left: t.left, rows: t.rows, cols: t.cols, title: undefined as string | undefined };
                  book.charts.push(chart);
                  return { title: { set text(v: string) { chart.title = v; } }, setPosition() {} };
                },
              },
            };
          },
        },
      },
    };
    const originalSync = context.sync;
    context.sync = async () => {
      await originalSync();
      for (const f of book.pendingLoads.splice(0)) f();
    };
    try {
      return await batch(context);
    } finally {
      this.tracked = [];
    }
  };

  pendingLoads: Array<() => void> = [];
}

export class FakeSettings {
  store = new Map<string, unknown>();
  saved = 0;
  get(key: string): unknown {
    return this.store.get(key);
  }
  set(key: string, value: unknown): void {
    this.store.set(key, value);
  }
  saveAsync(callback: (r: { status: string }) => void): void {
    this.saved += 1;
    callback({ status: 'succeeded' });
  }
}
