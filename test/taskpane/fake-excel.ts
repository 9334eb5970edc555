/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-this-alias -- a dynamic stand-in for Excel's object model */
/**
 * A fake Excel workbook for the Excel port's tests, built on office-addin-mock: every range is an OfficeMockObject,
 * so reading a property that was not loaded and synced gives office-addin-mock's "not loaded" marker instead of data,
 * and isNullObject is known only after a sync. Writes are queued in the order the code makes them and reach the
 * sheet only at context.sync(), as in Excel; each sync records what it carried.
 *
 * What Excel does and the fake copies (Microsoft's documentation):
 * - a read of more than 5,000,000 cells fails, and on the web a request or a response over 5 MB fails
 *   ("Resource limits and performance optimization for Office Add-ins");
 * - text written through range.values is taken as typed: "00123" becomes 123, "TRUE" a boolean, "1-2" a date, and
 *   text starting with = + - @ a formula, unless the cell is formatted as text ("@") or the text starts with an
 *   apostrophe, which Excel drops;
 * - one value assigned to a multi-cell range's numberFormat (or values) applies to every cell;
 * - worksheet-scoped names, charts by name, used ranges, null objects.
 * A sync can be made to fail (rejectSync) to test what a half-done write leaves behind.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { surroundingRegion } from '../../src/taskpane/ports/area';
import { SHEET_ROWS, type CellValue } from '../../src/taskpane/ports/port';

export const READ_CELL_LIMIT = 5_000_000;
/** Excel on the web's limit, taken as 5,000,000 bytes (the stricter reading of "5 MB"). */
export const PAYLOAD_LIMIT = 5_000_000;
const NOT_SYNCED = 'Error, context.sync() was not called';
const DATA_PROPS = new Set(['values', 'formulas', 'numberFormat']);

interface Rect { top: number; left: number; rows: number; cols: number }

export interface FakeChart { name?: string; title?: string; top: number; left: number; rows: number; cols: number; at?: Rect }

const excelError = (code: string, message: string): Error => Object.assign(new Error(`${code}: ${message}`), { code });
const jsonBytes = (v: unknown): number => Buffer.byteLength(JSON.stringify(v));
/** Days from Excel's epoch to the 1 January 2025 it reads "1-2" in (en-US: 2 January). */
const dateSerial = (month: number, day: number): number => (Date.UTC(2025, month - 1, day) - Date.UTC(1899, 11, 30)) / 86400000;

export class FakeSheet {
  private readonly data: Array<CellValue[] | undefined> = [];
  private readonly formulaCells = new Set<string>();
  private readonly formats: Array<Rect & { format: string }> = [];
  readonly fills = new Map<string, string>();
  readonly names = new Map<string, { area?: Rect; comment?: string }>();
  readonly charts: FakeChart[] = [];
  /** Column widths in points (range.format.columnWidth), by column. */
  readonly columnWidths = new Map<number, number>();
  /** Merged areas (Range.merge), as getMergedAreasOrNullObject reports them. */
  readonly merges: Rect[] = [];
  /** Rows frozen at the top (worksheet.freezePanes.freezeRows). */
  frozenRows = 0;

  constructor(public name: string) {}

  get(r: number, c: number): CellValue {
    return this.data[r]?.[c] ?? '';
  }

  /** Stores a value as it is (the test's own set-up; Excel's conversions are in enter). */
  set(r: number, c: number, v: CellValue): void {
    this.formulaCells.delete(`${r},${c}`);
    if (v === '' || v === null) {
      if (this.data[r]) this.data[r]![c] = '';
      return;
    }
    (this.data[r] ??= [])[c] = v;
  }

  isFormula(r: number, c: number): boolean {
    return this.formulaCells.has(`${r},${c}`);
  }

  numberFormatAt(r: number, c: number): string {
    for (let i = this.formats.length - 1; i >= 0; i -= 1) {
      const f = this.formats[i]!;
      if (r >= f.top && r < f.top + f.rows && c >= f.left && c < f.left + f.cols) return f.format;
    }
    return 'General';
  }

  setFormat(area: Rect, format: string): void {
    this.formats.push({ ...area, format });
  }

  fill(r: number, c: number): string | undefined {
    return this.fills.get(`${r},${c}`);
  }

  /** A value written through range.values or range.formulas, converted as Excel converts it. */
  enter(r: number, c: number, v: CellValue): void {
    if (typeof v !== 'string' || v === '' || this.numberFormatAt(r, c) === '@') return this.set(r, c, v);
    if (v.startsWith("'")) return this.set(r, c, v.slice(1));
    const number = /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(v) ? Number(v) : undefined;
    if (number !== undefined) return this.set(r, c, number);
    if (/^[=+\-@]./.test(v)) {
      this.set(r, c, v);
      this.formulaCells.add(`${r},${c}`);
      return;
    }
    if (/^(true|false)$/i.test(v)) return this.set(r, c, v.toLowerCase() === 'true');
    const date = /^(\d{1,2})-(\d{1,2})$/.exec(v);
    if (date && Number(date[1]) <= 12) return this.set(r, c, dateSerial(Number(date[1]), Number(date[2])));
    this.set(r, c, v);
  }

  block(top: number, left: number, rows: number, cols: number): CellValue[][] {
    return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => this.get(top + i, left + j)));
  }

  /** Puts a table at (top, left): first row headers. */
  put(top: number, left: number, values: CellValue[][]): void {
    values.forEach((row, i) => row.forEach((v, j) => this.set(top + i, left + j, v)));
  }

  /** The smallest rectangle holding every non-empty cell inside the given one, as Range.getUsedRange(true) finds it. */
  used(area: Rect): Rect | undefined {
    let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
    const lastRow = Math.min(area.top + area.rows, this.data.length);
    for (let r = area.top; r < lastRow; r += 1) {
      const row = this.data[r];
      if (!row) continue;
      for (let c = area.left; c < Math.min(area.left + area.cols, row.length); c += 1) {
        if (row[c] === '' || row[c] === undefined || row[c] === null) continue;
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, c);
        right = Math.max(right, c);
      }
    }
    return bottom < 0 ? undefined : { top, left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  /** The bounding box of non-empty cells connected to (r, c), as Excel's getSurroundingRegion finds it. */
  region(r: number, c: number): Rect {
    return surroundingRegion((i, j) => this.get(i, j) !== '', { top: r, left: c, rows: 1, cols: 1 });
  }
}

export interface SyncRecord {
  /** Rows written by each values or formulas assignment in this sync. */
  writes: number[];
  /** Fill assignments and fill clears. */
  fills: number;
  /** Number-format assignments, in order with the writes: 'format' or 'values'. */
  order: string[];
  /** Shape of each data property read. */
  reads: Array<[rows: number, cols: number]>;
  requestBytes: number;
  responseBytes: number;
}

interface Op { bytes: number; kind: string; rows?: number; apply(): void }

interface Tracked {
  mock: any;
  sheet?: FakeSheet;
  rect?: Rect;
  /** Data properties the code loaded (values, formulas, numberFormat). */
  loaded: Set<string>;
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly syncLog: SyncRecord[] = [];
  /** Excel.run calls made: each is a request context of its own, at least one round trip. */
  runs = 0;
  /** Codes of the syncs that failed, in order. */
  readonly failures: string[] = [];
  selection = { sheet: '', top: 0, left: 0, rows: 1, cols: 1 };
  activated = '';
  private tracked: Tracked[] = [];
  private byProxy = new WeakMap<object, Tracked>();
  private queue: Op[] = [];
  private afterSync: Array<() => void> = [];
  private syncs = 0;
  private rejectAt?: { sync: number; error: Error };

  constructor(...names: string[]) {
    for (const n of names) this.sheets.push(new FakeSheet(n));
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw excelError('ItemNotFound', `worksheet ${name}`);
    return s;
  }

  /** The nth sync from now (1 = the next) fails with this error; nothing it carried reaches the workbook. */
  rejectSync(nth: number, error: Error = excelError('GeneralException', 'the request failed')): void {
    this.rejectAt = { sync: this.syncs + nth, error };
  }

  private track(mock: any, sheet?: FakeSheet, rect?: Rect): Tracked {
    const t: Tracked = { mock, sheet, rect, loaded: new Set() };
    this.tracked.push(t);
    return t;
  }

  /** A property readable only after the next sync, as Excel's isNullObject. */
  private afterNextSync(target: object, prop: string, value: unknown): void {
    const made = this.syncs;
    Object.defineProperty(target, prop, { get: () => (this.syncs > made ? value : NOT_SYNCED), configurable: true });
  }

  private enqueue(op: Op): void {
    this.queue.push(op);
  }

  private nullRange(): any {
    const mock = new OfficeMockObject({ rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 }) as any;
    this.afterNextSync(mock, 'isNullObject', true);
    this.track(mock);
    return mock;
  }

  range(sheet: FakeSheet, top: number, left: number, rows: number, cols: number): any {
    const book = this;
    const rect = { top, left, rows, cols };
    const mock = new OfficeMockObject({
      values: [], formulas: [], numberFormat: [],
      rowIndex: top, columnIndex: left, rowCount: rows, columnCount: cols, cellCount: rows * cols,
    }) as any;
    const t = this.track(mock, sheet, rect);
    this.afterNextSync(mock, 'isNullObject', false);
    const load = mock.load.bind(mock);
    const proxy: any = new Proxy(mock, {
      set(target, prop, value) {
        if (typeof prop === 'string' && DATA_PROPS.has(prop)) book.enqueueAssignment(sheet, rect, prop, value);
        target[prop] = value;
        return true;
      },
    });
    this.byProxy.set(proxy, t);
    Object.assign(mock, {
      load(arg: string | string[]) {
        const names = (Array.isArray(arg) ? arg : String(arg).split(',')).map((s) => s.trim());
        for (const n of names) if (DATA_PROPS.has(n)) t.loaded.add(n);
        load(names.filter((n) => n !== 'isNullObject'));
        return proxy;
      },
      worksheet: this.worksheet(sheet),
      format: {
        fill: {
          set color(color: string) { book.enqueueFill(sheet, rect, color); },
          clear() { book.enqueueFill(sheet, rect, undefined); },
        },
        set columnWidth(points: number) {
          book.enqueue({ bytes: 40, kind: 'width', apply() { for (let c = left; c < left + cols; c += 1) sheet.columnWidths.set(c, points); } });
        },
      },
      clear(applyTo: string = 'All') {
        book.enqueue({ bytes: 40, kind: 'clear', apply() {
          for (let r = top; r < top + rows; r += 1) for (let c = left; c < left + cols; c += 1) sheet.set(r, c, '');
          if (applyTo === 'All') {
            sheet.setFormat(rect, 'General');
            for (let r = top; r < top + rows; r += 1) for (let c = left; c < left + cols; c += 1) sheet.fills.delete(`${r},${c}`);
          }
        } });
      },
      getSurroundingRegion() {
        const g = sheet.region(top, left);
        return book.range(sheet, g.top, g.left, g.rows, g.cols);
      },
      getUsedRangeOrNullObject() {
        const u = sheet.used(rect);
        return u ? book.range(sheet, u.top, u.left, u.rows, u.cols) : book.nullRange();
      },
      getEntireColumn() {
        return book.range(sheet, 0, left, SHEET_ROWS, cols);
      },
      getMergedAreasOrNullObject() {
        const hit = sheet.merges.filter((m) => m.top < top + rows && top < m.top + m.rows && m.left < left + cols && left < m.left + m.cols);
        const areas: any = { items: NOT_SYNCED, load() { book.afterSync.push(() => { areas.items = hit.map((m) => book.range(sheet, m.top, m.left, m.rows, m.cols)); }); } };
        const merged: any = { areas };
        book.afterNextSync(merged, 'isNullObject', hit.length === 0);
        return merged;
      },
    });
    return proxy;
  }

  private enqueueAssignment(sheet: FakeSheet, rect: Rect, prop: string, value: unknown): void {
    const grid = Array.isArray(value) ? (value as CellValue[][]) : undefined;
    if (grid && (grid.length !== rect.rows || grid.some((row) => row.length !== rect.cols))) {
      throw excelError('InvalidArgument', 'the array does not match the size of the range');
    }
    const at = (i: number, j: number): CellValue => (grid ? grid[i]![j]! : (value as CellValue));
    this.enqueue({
      bytes: jsonBytes(value), kind: prop === 'numberFormat' ? 'format' : 'values', rows: prop === 'numberFormat' ? undefined : rect.rows,
      apply() {
        if (prop === 'numberFormat' && !grid) return sheet.setFormat(rect, String(value));
        for (let i = 0; i < rect.rows; i += 1) {
          for (let j = 0; j < rect.cols; j += 1) {
            const [r, c] = [rect.top + i, rect.left + j];
            if (prop === 'numberFormat') sheet.setFormat({ top: r, left: c, rows: 1, cols: 1 }, String(at(i, j)));
            else sheet.enter(r, c, at(i, j));
          }
        }
      },
    });
  }

  private enqueueFill(sheet: FakeSheet, rect: Rect, color: string | undefined): void {
    this.enqueue({ bytes: 60, kind: 'fill', apply() {
      for (let r = rect.top; r < rect.top + rect.rows; r += 1) {
        for (let c = rect.left; c < rect.left + rect.cols; c += 1) {
          if (color === undefined) sheet.fills.delete(`${r},${c}`);
          else sheet.fills.set(`${r},${c}`, color);
        }
      }
    } });
  }

  private rectOf(range: any): Rect & { sheet: FakeSheet } {
    const t = this.byProxy.get(range);
    if (!t?.rect || !t.sheet) throw new Error('fake: not a range of this workbook');
    return { ...t.rect, sheet: t.sheet };
  }

  private namedItem(sheet: FakeSheet, name: string): any {
    const book = this;
    const entry = sheet.names.get(name);
    const item: any = {
      name,
      getRangeOrNullObject: () => (entry?.area ? book.range(sheet, entry.area.top, entry.area.left, entry.area.rows, entry.area.cols) : book.nullRange()),
      delete() { book.enqueue({ bytes: 40, kind: 'name', apply: () => sheet.names.delete(name) }); },
    };
    this.afterNextSync(item, 'isNullObject', entry === undefined);
    return item;
  }

  private worksheet(sheet: FakeSheet): any {
    const book = this;
    const mock = new OfficeMockObject({ name: sheet.name }) as any;
    this.track(mock);
    const names: any = {
      items: 'Error, property was not loaded',
      load() { book.afterSync.push(() => { names.items = [...sheet.names.keys()].map((n) => book.namedItem(sheet, n)); }); },
      getItemOrNullObject: (name: string) => book.namedItem(sheet, name),
      add(name: string, range: any, comment?: string) {
        const { top, left, rows, cols } = book.rectOf(range);
        book.enqueue({ bytes: 80, kind: 'name', apply() {
          if (sheet.names.has(name)) throw excelError('ItemAlreadyExists', `the name ${name} is taken`);
          sheet.names.set(name, { area: { top, left, rows, cols }, comment });
        } });
      },
    };
    Object.assign(mock, {
      names,
      getRangeByIndexes: (r: number, c: number, h: number, w: number) => book.range(sheet, r, c, h, w),
      activate: () => book.enqueue({ bytes: 20, kind: 'activate', apply: () => { book.activated = sheet.name; } }),
      freezePanes: {
        freezeRows: (count: number) => book.enqueue({ bytes: 20, kind: 'freeze', apply: () => { sheet.frozenRows = count; } }),
      },
      charts: {
        add(_type: string, range: any) {
          const { top, left, rows, cols } = book.rectOf(range);
          const chart: FakeChart = { top, left, rows, cols };
          book.enqueue({ bytes: 80, kind: 'chart', apply: () => sheet.charts.push(chart) });
          return {
            set name(v: string) { chart.name = v; },
            title: { set text(v: string) { chart.title = v; } },
            setPosition(cell: any) { chart.at = book.rectOf(cell); },
          };
        },
        getItemOrNullObject(name: string) {
          const chart = sheet.charts.find((c) => c.name === name);
          const item: any = {
            delete: () => book.enqueue({ bytes: 20, kind: 'chart', apply: () => sheet.charts.splice(sheet.charts.indexOf(chart!), 1) }),
          };
          book.afterNextSync(item, 'isNullObject', chart === undefined);
          return item;
        },
      },
    });
    return mock;
  }

  private async sync(): Promise<void> {
    this.syncs += 1;
    const ops = this.queue.splice(0);
    const after = this.afterSync.splice(0);
    try {
      await this.carry(ops, after);
    } catch (e) {
      this.failures.push((e as { code?: string }).code ?? String(e));
      // A failed request's loads are dropped with it.
      for (const t of this.tracked) t.loaded.clear();
      throw e;
    }
  }

  private async carry(ops: Op[], after: Array<() => void>): Promise<void> {
    if (this.rejectAt?.sync === this.syncs) throw this.rejectAt.error;
    const record: SyncRecord = { writes: [], fills: 0, order: [], reads: [], requestBytes: 0, responseBytes: 0 };
    record.requestBytes = ops.reduce((n, op) => n + op.bytes, 0);
    if (record.requestBytes > PAYLOAD_LIMIT) throw excelError('RequestPayloadSizeLimitExceeded', `${record.requestBytes} bytes`);
    const reads = this.tracked.filter((t) => t.loaded.size > 0 && t.rect);
    for (const t of reads) {
      if (t.rect!.rows * t.rect!.cols > READ_CELL_LIMIT) throw excelError('RangeExceedsLimit', 'a read of more than 5,000,000 cells');
    }
    for (const op of ops) {
      op.apply();
      if (op.kind === 'values') record.writes.push(op.rows!);
      if (op.kind === 'fill') record.fills += 1;
      if (op.kind === 'values' || op.kind === 'format') record.order.push(op.kind);
    }
    for (const t of reads) {
      const { top, left, rows, cols } = t.rect!;
      for (const prop of t.loaded) {
        const data = prop === 'numberFormat'
          ? Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => t.sheet!.numberFormatAt(top + i, left + j)))
          : t.sheet!.block(top, left, rows, cols);
        t.mock._properties.get(prop)._valueBeforeLoaded = data;
        record.responseBytes += jsonBytes(data);
        record.reads.push([rows, cols]);
      }
      t.loaded.clear();
    }
    if (record.responseBytes > PAYLOAD_LIMIT) throw excelError('ResponsePayloadSizeLimitExceeded', `${record.responseBytes} bytes`);
    for (const t of this.tracked) await t.mock.sync();
    // office-addin-mock finishes its updates in later microtasks.
    await new Promise((resolve) => setImmediate(resolve));
    for (const f of after) f();
    this.syncLog.push(record);
  }

  /** An Excel.run that hands the batch a fresh request context over this workbook. */
  run = async <T>(batch: (context: any) => Promise<T>): Promise<T> => {
    const book = this;
    this.runs += 1;
    const sheets: any = {
      items: 'Error, property was not loaded',
      load() { book.afterSync.push(() => { sheets.items = book.sheets.map((s) => ({ name: s.name })); }); },
      add(name: string) {
        const sheet = new FakeSheet(name);
        book.enqueue({ bytes: 40, kind: 'sheet', apply() {
          if (book.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw excelError('ItemAlreadyExists', `the sheet ${name}`);
          book.sheets.push(sheet);
        } });
        return book.worksheet(sheet);
      },
      getItem: (name: string) => book.worksheet(book.sheet(name)),
    };
    const context = {
      sync: () => book.sync(),
      workbook: {
        getSelectedRange() {
          const s = book.selection;
          return book.range(book.sheet(s.sheet), s.top, s.left, s.rows, s.cols);
        },
        worksheets: sheets,
      },
    };
    try {
      return await batch(context);
    } finally {
      this.tracked = [];
      this.queue = [];
      this.afterSync = [];
    }
  };
}

/** The Excel and Office enums the ports use, on the global object while a suite runs. */
export function withOfficeGlobals(): void {
  const g = globalThis as Record<string, unknown>;
  before(() => {
    g.Excel = { ChartType: { columnClustered: 'ColumnClustered' }, ChartSeriesBy: { columns: 'Columns' } };
    // Excel 2021 and later, Microsoft 365, Excel on the web: ExcelApi 1.13 for merged areas.
    g.Office = { AsyncResultStatus: { Failed: 'failed', Succeeded: 'succeeded' },
      context: { requirements: { isSetSupported: (set: string, version: string) => set === 'ExcelApi' && Number(version) <= 1.13 } } };
  });
  after(() => {
    delete g.Excel;
    delete g.Office;
  });
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
