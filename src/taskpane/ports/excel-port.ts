/**
 * The WorkbookPort over Excel's JavaScript API. Discipline: load what is read, then one sync; writes go out in chunks
 * of at most CHUNK_ROWS rows with one sync per chunk; emptiness is asked of Excel in one request, not cell by cell.
 */
import { CHUNK_ROWS, regionFrom, runs, safeValue, type Block, type CellValue, type DocumentSettings, type Region, type WorkbookPort } from './port';

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;
export type ExcelRun = <T>(batch: Batch<T>) => Promise<T>;

const SETTINGS_KEY = 'ets.settings';
/** Fill ranges per sync: alternating rows can make thousands of small ranges. */
const FILLS_PER_SYNC = 1000;

/** Excel leaves a cell as it is when handed null; the pane writes an empty string instead. */
const excelCell = (v: CellValue, asFormula: boolean): string | number | boolean => {
  const value = asFormula ? v : safeValue(v);
  return value === null ? '' : value;
};

export class ExcelPort implements WorkbookPort {
  readonly supportsCharts = true;

  constructor(
    private readonly run: ExcelRun = (batch) => Excel.run(batch),
    private readonly settings: () => Office.Settings = () => Office.context.document.settings,
  ) {}

  readRegion(): Promise<Region | undefined> {
    return this.run(async (context) => {
      const selected = context.workbook.getSelectedRange();
      selected.load('cellCount');
      await context.sync();
      const range = selected.cellCount === 1 ? selected.getSurroundingRegion() : selected;
      range.load(['values', 'rowIndex', 'columnIndex']);
      range.worksheet.load('name');
      await context.sync();
      return regionFrom(range.worksheet.name, range.rowIndex, range.columnIndex, range.values as CellValue[][]);
    });
  }

  isEmpty(sheet: string, top: number, left: number, rows: number, cols: number): Promise<boolean> {
    return this.run(async (context) => {
      const area = context.workbook.worksheets.getItem(sheet).getRangeByIndexes(top, left, rows, cols);
      const used = area.getUsedRangeOrNullObject(true);
      used.load('isNullObject');
      await context.sync();
      return used.isNullObject;
    });
  }

  writeValues(block: Block, onProgress?: (rowsDone: number) => void): Promise<void> {
    return this.write(block, false, onProgress);
  }

  writeFormulas(block: Block): Promise<void> {
    return this.write(block, true);
  }

  private write(block: Block, asFormulas: boolean, onProgress?: (rowsDone: number) => void): Promise<void> {
    const cols = block.values[0]?.length ?? 0;
    if (cols === 0) return Promise.resolve();
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(block.sheet);
      for (let start = 0; start < block.values.length; start += CHUNK_ROWS) {
        const chunk = block.values.slice(start, start + CHUNK_ROWS).map((row) => row.map((v) => excelCell(v, asFormulas)));
        const range = sheet.getRangeByIndexes(block.top + start, block.left, chunk.length, cols);
        if (asFormulas) range.formulas = chunk;
        else range.values = chunk;
        await context.sync();
        onProgress?.(start + chunk.length);
      }
    });
  }

  addSheet(name: string): Promise<string> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
      let candidate = name;
      for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) candidate = `${name} (${n})`;
      sheets.add(candidate);
      await context.sync();
      return candidate;
    });
  }

  activate(sheet: string): Promise<void> {
    return this.run(async (context) => {
      context.workbook.worksheets.getItem(sheet).activate();
      await context.sync();
    });
  }

  fillRows(sheet: string, rows: readonly number[], left: number, cols: number, color: string): Promise<void> {
    const spans = runs(rows);
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      for (let i = 0; i < spans.length; i += FILLS_PER_SYNC) {
        for (const { start, count } of spans.slice(i, i + FILLS_PER_SYNC)) {
          ws.getRangeByIndexes(start, left, count, cols).format.fill.color = color;
        }
        await context.sync();
      }
    });
  }

  addChart(sheet: string, top: number, left: number, rows: number, cols: number, title: string): Promise<void> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      const chart = ws.charts.add(Excel.ChartType.columnClustered, ws.getRangeByIndexes(top, left, rows, cols), Excel.ChartSeriesBy.columns);
      chart.title.text = title;
      chart.setPosition(ws.getRangeByIndexes(top + rows + 1, left, 1, 1));
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
