/**
 * The WorkbookPort over Excel's JavaScript API. Discipline: load what is read, then one sync; big reads and writes go
 * in blocks sized by Excel's limits (payload.ts), one sync per block, and a block Excel still finds too big (response
 * or request) goes again in halves; a new sheet and everything on it go in one Excel.run (buildSheet); emptiness is
 * asked of Excel in one request, not cell by cell. Requirement sets: ExcelApi 1.4 for sheet-scoped names,
 * *OrNullObject and used ranges within a range; 1.7 for getRangeByIndexes, getSurroundingRegion and freezePanes.
 */
import { formulaWriteCell, freeSheetName, MARK_PREFIX, runs, type Area, type Block, type FormulaBlock, type FormulaCell, type CellValue, type ChartSpec, type DocumentSettings, type Mark, type SheetBuild, type SheetRead, type WorkbookPort } from './port';
import { payloadChunks, readBlockRows, rowBytes } from './payload';
import { SETTINGS_KEY } from '../../core';
import { t } from '../i18n/messages';

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;
export type ExcelRun = <T>(batch: Batch<T>) => Promise<T>;

/** Fill ranges per sync: alternating rows can make thousands of small ranges. */
const FILLS_PER_SYNC = 1000;
const DIMENSIONS = ['rowIndex', 'columnIndex', 'rowCount', 'columnCount'];

/** Excel leaves a cell as it is when handed null; the pane writes an empty string instead. */
const excelCell = (v: FormulaCell): string | number | boolean => {
  const value = formulaWriteCell(v);
  return value === null ? '' : value;
};

/**
 * A block's cells as Excel takes them (excelCell), every row as wide as the widest: Excel refuses an array that is not
 * the range's shape, and a block may hold a shorter row (an empty line between two tables).
 */
function excelCells(values: readonly (readonly FormulaCell[])[]): Array<Array<string | number | boolean>> {
  const cols = values.reduce((n, row) => Math.max(n, row.length), 0);
  return values.map((row) => Array.from({ length: cols }, (_, j) => (j < row.length ? excelCell(row[j]!) : '')));
}

const areaOfRange = (sheet: string, r: Excel.Range): Area =>
  ({ sheet, top: r.rowIndex, left: r.columnIndex, rows: r.rowCount, cols: r.columnCount });

const errorCode = (e: unknown): string | undefined => (e as { code?: string })?.code;
const isPayloadError = (e: unknown): boolean => errorCode(e) === 'ResponsePayloadSizeLimitExceeded';
const isRequestPayloadError = (e: unknown): boolean => errorCode(e) === 'RequestPayloadSizeLimitExceeded';

/**
 * Values (or formulas) of a range in blocks of rows, one sync each; a block Excel finds too big is read again in
 * halves.
 */
async function readBlocks(context: Excel.RequestContext, ws: Excel.Worksheet, area: Area, what: 'values' | 'formulas' = 'values'): Promise<CellValue[][]> {
  const out: CellValue[][] = [];
  let largest: number | undefined;
  for (let start = 0; start < area.rows;) {
    let n = Math.min(area.rows - start, readBlockRows(area.cols, largest));
    for (;;) {
      const range = ws.getRangeByIndexes(area.top + start, area.left, n, area.cols).load(what);
      try {
        await context.sync();
      } catch (e) {
        if (!isPayloadError(e) || n === 1) throw e;
        n = Math.ceil(n / 2);
        continue;
      }
      for (const row of range[what] as CellValue[][]) {
        out.push(row);
        largest = Math.max(largest ?? 0, rowBytes(row));
      }
      break;
    }
    start += n;
  }
  return out;
}

/**
 * The merged areas of a range, loaded at the next sync (ExcelApi 1.13): a merged header or sector shows in its first
 * cell only. Where Excel does not have the call, none are reported and the pane reads a header block from the
 * layout, asking the user to confirm it.
 */
function mergedAreas(range: Excel.Range): Excel.RangeAreas | undefined {
  if (!Office.context?.requirements?.isSetSupported('ExcelApi', '1.13')) return undefined;
  const merged = range.getMergedAreasOrNullObject();
  merged.areas.load(DIMENSIONS);
  return merged;
}

/** What goes along with a block's writes: queued before its first rows and after its last, in the same requests. */
interface Along {
  readonly first?: () => void;
  readonly last?: () => void;
}

/**
 * Rows of cells written at (top, left) in chunks sized by payload (payloadChunks), one sync each. A chunk Excel still
 * refuses as too big (RequestPayloadSizeLimitExceeded: the estimate cannot foresee every request) is written again in
 * halves, down to one row; a row that alone is too big fails. A failed request is not applied, its queued work
 * included: `first` and `last` are queued again with the rows they go with. Progress counts rows written, in order.
 */
async function writeBlock(context: Excel.RequestContext, sheet: () => Excel.Worksheet, at: { top: number; left: number },
  cells: ReadonlyArray<Array<string | number | boolean>>, asFormulas: boolean, onProgress?: (rowsDone: number) => void, along: Along = {}): Promise<void> {
  const cols = cells[0]?.length ?? 0;
  const piece = async (start: number, end: number): Promise<void> => {
    if (start === 0) along.first?.();
    const chunk = cells.slice(start, end);
    const range = sheet().getRangeByIndexes(at.top + start, at.left, chunk.length, cols);
    if (asFormulas) range.formulas = chunk;
    else range.values = chunk;
    if (end === cells.length) along.last?.();
    try {
      await context.sync();
    } catch (e) {
      if (!isRequestPayloadError(e) || end - start === 1) throw e;
      const middle = start + Math.ceil((end - start) / 2);
      await piece(start, middle);
      await piece(middle, end);
      return;
    }
    onProgress?.(end);
  };
  for (const [start, end] of payloadChunks(cells)) await piece(start, end);
}

export class ExcelPort implements WorkbookPort {
  readonly supportsCharts = true;

  constructor(
    private readonly run: ExcelRun = (batch) => Excel.run(batch),
    private readonly settings: () => Office.Settings = () => Office.context.document.settings,
  ) {}

  private sheetOf(context: Excel.RequestContext, name: string): Excel.Worksheet {
    return context.workbook.worksheets.getItem(name);
  }

  private rangeOf(context: Excel.RequestContext, a: Area): Excel.Range {
    return this.sheetOf(context, a.sheet).getRangeByIndexes(a.top, a.left, a.rows, a.cols);
  }

  readRegion(at?: Area): Promise<SheetRead | undefined> {
    return this.run(async (context) => {
      const start = at ? this.rangeOf(context, at) : context.workbook.getSelectedRange();
      start.load(['cellCount', ...DIMENSIONS]);
      const ws = start.worksheet;
      ws.load('name');
      ws.names.load('items/name');
      await context.sync();
      // A single cell stands for the table around it: its columns, every used row of them, so blank rows inside the
      // table do not cut it short (the pane finds where the table starts and ends). Either way only the used part is
      // read: a whole column holds a million cells and more, and Excel reads no range over 5,000,000 cells.
      const span = start.cellCount === 1 ? start.getSurroundingRegion().getEntireColumn() : start;
      const used = span.getUsedRangeOrNullObject(true).load(DIMENSIONS);
      const merged = mergedAreas(span);
      const named = ws.names.items.filter((n) => n.name.startsWith(MARK_PREFIX))
        .map((n) => ({ name: n.name, range: n.getRangeOrNullObject().load(DIMENSIONS) }));
      await context.sync();
      if (used.isNullObject) return undefined;
      const area = areaOfRange(ws.name, used);
      // A name whose cells were deleted refers to #REF! and has no range: it marks nothing any more.
      const marks: Mark[] = named.filter((n) => !n.range.isNullObject).map((n) => ({ name: n.name, area: areaOfRange(ws.name, n.range) }));
      const merges = merged && !merged.isNullObject ? merged.areas.items.map((r) => areaOfRange(ws.name, r)) : [];
      const values = await readBlocks(context, ws, area);
      return { sheet: ws.name, top: area.top, left: area.left, values, marks, anchor: areaOfRange(ws.name, start), merges };
    });
  }

  readValues(area: Area): Promise<CellValue[][]> {
    return this.run((context) => readBlocks(context, this.sheetOf(context, area.sheet), area));
  }

  async readFormulas(area: Area): Promise<string[][]> {
    const cells = await this.run((context) => readBlocks(context, this.sheetOf(context, area.sheet), area, 'formulas'));
    // Excel reads a value cell's formula as its value: only text starting with = is a formula.
    return cells.map((row) => row.map((v) => (typeof v === 'string' && v.startsWith('=') ? v : '')));
  }

  usedArea(area: Area): Promise<Area | undefined> {
    return this.run(async (context) => {
      const used = this.rangeOf(context, area).getUsedRangeOrNullObject(true).load(DIMENSIONS);
      await context.sync();
      return used.isNullObject ? undefined : areaOfRange(area.sheet, used);
    });
  }

  writeValues(block: Block, onProgress?: (rowsDone: number) => void): Promise<void> {
    return this.write(block, false, onProgress);
  }

  writeFormulas(block: FormulaBlock): Promise<void> {
    return this.write(block, true);
  }

  /** Chunks sized by rows and by payload (a column of long reasons weighs more than a column of numbers). */
  private write(block: FormulaBlock, asFormulas: boolean, onProgress?: (rowsDone: number) => void): Promise<void> {
    // Values and formulas alike: text that would start a formula gets the text prefix (formulaWriteCell).
    const cells = excelCells(block.values);
    if ((cells[0]?.length ?? 0) === 0) return Promise.resolve();
    return this.run(async (context) => {
      const sheet = this.sheetOf(context, block.sheet);
      await writeBlock(context, () => sheet, block, cells, asFormulas, onProgress);
    });
  }

  clear(area: Area, what: 'contents' | 'all'): Promise<void> {
    return this.run(async (context) => {
      this.rangeOf(context, area).clear(what === 'all' ? 'All' : 'Contents');
      await context.sync();
    });
  }

  setNumberFormat(area: Area, format: string): Promise<void> {
    return this.run(async (context) => {
      // One value for the whole range: Excel applies a single value to every cell of it (Microsoft's "Update all cells
      // in a range"), so a 100,000-row column costs one short request. The typings only know the 2-D form.
      (this.rangeOf(context, area) as unknown as { numberFormat: string }).numberFormat = format;
      await context.sync();
    });
  }

  sheetNames(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  addSheet(name: string): Promise<string> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
      const candidate = freeSheetName(name, (lower) => taken.has(lower));
      sheets.add(candidate);
      await context.sync();
      return candidate;
    });
  }

  /**
   * One Excel.run: a sync to learn the names taken, then the sheet, the block and every other step queued and sent
   * together, so a block that fits one request makes two syncs in all. A block too big for one request goes in
   * chunks as writeFormulas's do: the sheet with the first, the other steps with the last.
   */
  buildSheet(build: SheetBuild): Promise<string> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
      const name = freeSheetName(build.name, (lower) => taken.has(lower));
      // A refused request adds no sheet: each attempt of the first rows adds it again, and later rows go on the one added.
      let ws: Excel.Worksheet | undefined;
      const add = (): void => { ws = sheets.add(name); };
      const sheet = (): Excel.Worksheet => ws!;
      const spans = (build.fills ?? []).flatMap((f) => runs(f.rows).map((r) => ({ ...r, fill: f })));
      const fillSpans = (from: number): void => {
        for (const { start, count, fill } of spans.slice(from, from + FILLS_PER_SYNC)) {
          sheet().getRangeByIndexes(start, fill.left, count, fill.cols).format.fill.color = fill.color;
        }
      };
      const steps = (): void => {
        fillSpans(0);
        for (const { area, format } of build.formats ?? []) {
          // One value for the whole range, as setNumberFormat.
          (sheet().getRangeByIndexes(area.top, area.left, area.rows, area.cols) as unknown as { numberFormat: string }).numberFormat = format;
        }
        build.widths?.widths.forEach((width, i) => { sheet().getRangeByIndexes(0, build.widths!.left + i, 1, 1).format.columnWidth = width; });
        if (build.freezeRows) sheet().freezePanes.freezeRows(build.freezeRows);
        const chart = build.chart;
        if (chart) {
          // The sheet is new: there is no chart of the same name to replace.
          const { top, left, rows, cols } = chart.data;
          const added = sheet().charts.add(Excel.ChartType.columnClustered, sheet().getRangeByIndexes(top, left, rows, cols), Excel.ChartSeriesBy.columns);
          added.name = chart.name;
          added.title.text = chart.title;
          added.setPosition(sheet().getRangeByIndexes(chart.at.row, chart.at.col, 1, 1));
        }
      };
      const cells = excelCells(build.block.values);
      if (cells.length > 0 && cells[0]!.length > 0) {
        await writeBlock(context, sheet, build.block, cells, true, undefined, { first: add, last: steps });
      } else {
        add();
        steps();
        await context.sync();
      }
      // Alternating rows can make thousands of fill ranges: the ones past the first request's share go in their own.
      for (let i = FILLS_PER_SYNC; i < spans.length; i += FILLS_PER_SYNC) {
        fillSpans(i);
        await context.sync();
      }
      return name;
    });
  }

  activate(sheet: string): Promise<void> {
    return this.run(async (context) => {
      this.sheetOf(context, sheet).activate();
      await context.sync();
    });
  }

  fillRows(sheet: string, rows: readonly number[], left: number, cols: number, color: string): Promise<void> {
    return this.eachRun(sheet, rows, left, cols, (range) => { range.format.fill.color = color; });
  }

  clearFills(sheet: string, rows: readonly number[], left: number, cols: number): Promise<void> {
    return this.eachRun(sheet, rows, left, cols, (range) => range.format.fill.clear());
  }

  /** Something done to each contiguous run of rows, at most FILLS_PER_SYNC ranges per sync. */
  private eachRun(sheet: string, rows: readonly number[], left: number, cols: number, action: (range: Excel.Range) => void): Promise<void> {
    const spans = runs(rows);
    return this.run(async (context) => {
      const ws = this.sheetOf(context, sheet);
      for (let i = 0; i < spans.length; i += FILLS_PER_SYNC) {
        for (const { start, count } of spans.slice(i, i + FILLS_PER_SYNC)) action(ws.getRangeByIndexes(start, left, count, cols));
        await context.sync();
      }
    });
  }

  setColumnWidths(sheet: string, left: number, widths: readonly number[]): Promise<void> {
    return this.run(async (context) => {
      const ws = this.sheetOf(context, sheet);
      widths.forEach((width, i) => { ws.getRangeByIndexes(0, left + i, 1, 1).format.columnWidth = width; });
      await context.sync();
    });
  }

  /** Excel keeps its own undo history: an action is run as it is. */
  oneStep<T>(action: () => Promise<T>): Promise<T> {
    return action();
  }

  freezeRows(sheet: string, rows: number): Promise<void> {
    return this.run(async (context) => {
      this.sheetOf(context, sheet).freezePanes.freezeRows(rows);
      await context.sync();
    });
  }

  addChart(spec: ChartSpec): Promise<void> {
    return this.run(async (context) => {
      const ws = this.sheetOf(context, spec.data.sheet);
      const old = ws.charts.getItemOrNullObject(spec.name);
      await context.sync();
      if (!old.isNullObject) old.delete();
      const chart = ws.charts.add(Excel.ChartType.columnClustered, this.rangeOf(context, spec.data), Excel.ChartSeriesBy.columns);
      chart.name = spec.name;
      chart.title.text = spec.title;
      chart.setPosition(ws.getRangeByIndexes(spec.at.row, spec.at.col, 1, 1));
      await context.sync();
    });
  }

  setMarks(marks: readonly Mark[]): Promise<void> {
    return this.run(async (context) => {
      const existing = marks.map((m) => this.sheetOf(context, m.area.sheet).names.getItemOrNullObject(m.name));
      await context.sync();
      marks.forEach((m, i) => {
        if (!existing[i]!.isNullObject) existing[i]!.delete();
        this.sheetOf(context, m.area.sheet).names.add(m.name, this.rangeOf(context, m.area), t('tc.mark-comment'));
      });
      await context.sync();
    });
  }

  async readSettings(): Promise<Partial<DocumentSettings>> {
    const stored = this.settings().get(SETTINGS_KEY) as unknown;
    return stored && typeof stored === 'object' ? (stored as Partial<DocumentSettings>) : {};
  }

  writeSettings(settings: DocumentSettings): Promise<void> {
    const store = this.settings();
    store.set(SETTINGS_KEY, { ...settings });
    return new Promise((resolve, reject) => {
      store.saveAsync((result) => (result.status === Office.AsyncResultStatus.Failed ? reject(new Error(result.error.message)) : resolve()));
    });
  }
}
