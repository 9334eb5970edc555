/**
 * The task pane's WorkbookPort over the workbench's engine. Same contract as the Excel port: reads what is there,
 * writes in chunks of at most CHUNK_ROWS rows (each chunk one engine batch, yielding between chunks), and values are
 * made safe so text never becomes a formula.
 */
import { DetailedCellError, type HyperFormula, type RawCellContent } from 'hyperformula';
import { CHUNK_ROWS, regionFrom, runs, safeValue, type Block, type CellValue, type DocumentSettings, type Region, type WorkbookPort } from '../taskpane/ports/port';

/** What the port needs from the page around the engine. */
export interface WorkbenchView {
  selection(): { sheet: string; top: number; left: number; rows: number; cols: number };
  showSheet(name: string): void;
  fill(sheet: string, row: number, left: number, cols: number, color: string): void;
  refresh(): void;
}

/** A cell's value as the pane sees it: errors as their code, empty as ''. */
export function cellValue(v: unknown): CellValue {
  if (v instanceof DetailedCellError) return v.value;
  if (v === null || v === undefined) return '';
  return v as CellValue;
}

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export class EnginePort implements WorkbookPort {
  readonly supportsCharts = false;
  private settings: Partial<DocumentSettings> = {};

  constructor(private readonly hf: HyperFormula, private readonly view: WorkbenchView) {}

  private sheetId(name: string): number {
    const id = this.hf.getSheetId(name);
    if (id === undefined) throw new Error(`There is no sheet called ${name}.`);
    return id;
  }

  async readRegion(): Promise<Region | undefined> {
    const sel = this.view.selection();
    const values = this.hf.getSheetValues(this.sheetId(sel.sheet)).map((row) => row.map(cellValue));
    const filled = (r: number, c: number): boolean => r >= 0 && c >= 0 && (values[r]?.[c] ?? '') !== '';
    let { top, left } = sel;
    let bottom = top + sel.rows - 1;
    let right = left + sel.cols - 1;
    if (sel.rows * sel.cols === 1) {
      // Grow to the surrounding region: the block of filled cells connected to the selected one.
      const rowHas = (r: number) => { for (let c = left - 1; c <= right + 1; c += 1) if (filled(r, c)) return true; return false; };
      const colHas = (c: number) => { for (let r = top - 1; r <= bottom + 1; r += 1) if (filled(r, c)) return true; return false; };
      // Each side grows as far as it can before the others are looked at again, so a tall table costs one pass.
      for (let grew = true; grew;) {
        grew = false;
        while (rowHas(top - 1)) { top -= 1; grew = true; }
        while (rowHas(bottom + 1)) { bottom += 1; grew = true; }
        while (colHas(left - 1)) { left -= 1; grew = true; }
        while (colHas(right + 1)) { right += 1; grew = true; }
      }
    }
    const block: CellValue[][] = [];
    for (let r = top; r <= bottom; r += 1) {
      block.push(Array.from({ length: right - left + 1 }, (_, i) => values[r]?.[left + i] ?? ''));
    }
    return regionFrom(sel.sheet, top, left, block);
  }

  async isEmpty(sheet: string, top: number, left: number, rows: number, cols: number): Promise<boolean> {
    const id = this.sheetId(sheet);
    const { height, width } = this.hf.getSheetDimensions(id);
    for (let r = top; r < Math.min(top + rows, height); r += 1) {
      for (let c = left; c < Math.min(left + cols, width); c += 1) {
        if (!this.hf.isCellEmpty({ sheet: id, row: r, col: c })) return false;
      }
    }
    return true;
  }

  writeValues(block: Block, onProgress?: (rowsDone: number) => void): Promise<void> {
    return this.write(block, (v) => safeValue(v), onProgress);
  }

  writeFormulas(block: Block): Promise<void> {
    return this.write(block, (v) => v);
  }

  private async write(block: Block, convert: (v: CellValue) => CellValue, onProgress?: (rowsDone: number) => void): Promise<void> {
    const id = this.sheetId(block.sheet);
    for (let start = 0; start < block.values.length; start += CHUNK_ROWS) {
      // Array.from builds the rows in this page's realm: the pane's arrays come from its frame, and the engine
      // accepts only arrays of its own realm.
      const chunk = Array.from(block.values.slice(start, start + CHUNK_ROWS), (row) => Array.from(row, (v) => (v === '' ? null : convert(v))));
      this.hf.setCellContents({ sheet: id, row: block.top + start, col: block.left }, chunk as RawCellContent[][]);
      onProgress?.(start + chunk.length);
      await tick();
    }
    this.view.refresh();
  }

  async addSheet(name: string): Promise<string> {
    let candidate = name;
    for (let n = 2; this.hf.doesSheetExist(candidate); n += 1) candidate = `${name} (${n})`;
    this.hf.addSheet(candidate);
    this.view.refresh();
    return candidate;
  }

  async activate(sheet: string): Promise<void> {
    this.sheetId(sheet);
    this.view.showSheet(sheet);
  }

  async fillRows(sheet: string, rows: readonly number[], left: number, cols: number, color: string): Promise<void> {
    for (const { start, count } of runs(rows)) {
      for (let r = start; r < start + count; r += 1) this.view.fill(sheet, r, left, cols, color);
    }
    this.view.refresh();
  }

  async addChart(): Promise<void> {
    // The workbench draws no charts (supportsCharts is false); Excel does.
  }

  async readSettings(): Promise<Partial<DocumentSettings>> {
    return { ...this.settings };
  }

  async writeSettings(settings: DocumentSettings): Promise<void> {
    this.settings = { ...settings };
  }
}
