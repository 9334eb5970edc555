/**
 * The workbench's grid: a plain table over the engine, a formula bar and a name box, sheet tabs, spilled results and
 * errors with their messages on hover, fills and number formats. Stable hooks for tests: data-cell="B3" on cells,
 * data-testid on the controls. Only the rows drawn are ever touched, so a sheet of 200,000 rows or a whole-column
 * selection stays quick.
 */
import { DetailedCellError, type HyperFormula } from 'hyperformula';
import { a1, columnLetters, SHEET_COLS, SHEET_ROWS } from '../taskpane/ports/port';
import { CellFormats } from './cell-formats';
import type { WorkbenchView } from './engine-port';

/** Rows drawn at most; the engine holds them all (the table check works on every row). */
const MAX_ROWS_SHOWN = 300;
const MIN_ROWS = 40;
const MIN_COLS = 12;
const MAX_COLS = 40;

const NUMBER = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 15, useGrouping: false });

interface Selection { top: number; left: number; rows: number; cols: number }

const PERCENTS = new Map<string, Intl.NumberFormat>();

/** A percentage format ("0.0%") shows numbers as Excel does; any other format shows them plainly. */
function percent(format: string | undefined): Intl.NumberFormat | undefined {
  const m = format ? /^0(?:\.(0+))?%$/.exec(format) : null;
  if (!m) return undefined;
  const digits = m[1]?.length ?? 0;
  if (!PERCENTS.has(format!)) PERCENTS.set(format!, new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }));
  return PERCENTS.get(format!);
}

/** A date format ("yyyy-mm-dd", "d mmm yyyy") shows a serial number as the date Excel would (1900 date system). */
function date(v: number, format: string | undefined): string | undefined {
  if (!format || !/y/i.test(format) || !/d/i.test(format) || !Number.isInteger(v) || v < 61) return undefined;
  const d = new Date(Date.UTC(1899, 11, 30) + v * 86_400_000);
  const pad = (n: number): string => String(n).padStart(2, '0');
  const month = d.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });
  return format.replace(/yyyy/i, String(d.getUTCFullYear())).replace(/mmm/i, month).replace(/mm/i, pad(d.getUTCMonth() + 1))
    .replace(/dd/i, pad(d.getUTCDate())).replace(/\bd\b/i, String(d.getUTCDate()));
}

export function display(v: unknown, format?: string): { text: string; title?: string; kind: string } {
  if (v instanceof DetailedCellError) return { text: v.value, title: v.message || v.value, kind: 'error' };
  if (typeof v === 'number') return { text: date(v, format) ?? (percent(format) ?? NUMBER).format(v), kind: 'number' };
  if (typeof v === 'boolean') return { text: v ? 'TRUE' : 'FALSE', kind: 'boolean' };
  if (v === null || v === undefined) return { text: '', kind: 'empty' };
  return { text: String(v), kind: 'text' };
}

const columnIndex = (s: string): number => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
const span = (a: number, b: number): { start: number; count: number } => ({ start: Math.min(a, b), count: Math.abs(b - a) + 1 });

/** "B3", "B3:D10", whole columns "A:E" or whole rows "3:5" (with or without $) to a selection; undefined otherwise. */
export function parseAddress(text: string): Selection | undefined {
  const t = text.replace(/\$/g, '').trim();
  const columns = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(t);
  if (columns) {
    const c = span(columnIndex(columns[1]!), columnIndex(columns[2]!));
    return { top: 0, left: c.start, rows: SHEET_ROWS, cols: c.count };
  }
  const rows = /^(\d{1,7}):(\d{1,7})$/.exec(t);
  if (rows) {
    const r = span(Number(rows[1]) - 1, Number(rows[2]) - 1);
    return r.start < 0 || r.start + r.count > SHEET_ROWS ? undefined : { top: r.start, left: 0, rows: r.count, cols: SHEET_COLS };
  }
  const m = /^([A-Za-z]{1,3})(\d{1,7})(?::([A-Za-z]{1,3})(\d{1,7}))?$/.exec(t);
  if (!m) return undefined;
  const [c1, r1] = [columnIndex(m[1]!), Number(m[2]) - 1];
  const [c2, r2] = m[3] ? [columnIndex(m[3]), Number(m[4]) - 1] : [c1, r1];
  if (r1 < 0 || r2 < 0) return undefined;
  const r = span(r1, r2);
  const c = span(c1, c2);
  return { top: r.start, left: c.start, rows: r.count, cols: c.count };
}

export class Grid extends CellFormats implements WorkbenchView {
  private sheet: string;
  private sel: Selection = { top: 0, left: 0, rows: 1, cols: 1 };
  private drawn = { rows: 0, cols: 0 };

  constructor(
    private readonly hf: HyperFormula,
    private readonly el: { table: HTMLTableElement; formula: HTMLInputElement; nameBox: HTMLInputElement; message: HTMLElement; tabs: HTMLElement; note: HTMLElement },
  ) {
    super();
    this.sheet = hf.getSheetNames()[0]!;
    this.wire();
    this.refresh();
  }

  selection() {
    return { sheet: this.sheet, ...this.sel };
  }

  showSheet(name: string): void {
    this.sheet = name;
    this.sel = { top: 0, left: 0, rows: 1, cols: 1 };
    this.refresh();
  }

  private get sheetId(): number {
    return this.hf.getSheetId(this.sheet)!;
  }

  /** Redraws the sheet, the tabs and the formula bar, reading only the cells drawn. */
  refresh(): void {
    this.renderTabs();
    const { height, width } = this.hf.getSheetDimensions(this.sheetId);
    const rows = Math.min(Math.max(height + 5, MIN_ROWS), MAX_ROWS_SHOWN);
    const cols = Math.min(Math.max(width + 2, MIN_COLS), MAX_COLS);
    this.drawn = { rows, cols };
    const values = height && width ? this.hf.getRangeValues({
      start: { sheet: this.sheetId, row: 0, col: 0 },
      end: { sheet: this.sheetId, row: Math.min(height, rows) - 1, col: Math.min(width, cols) - 1 },
    }) : [];
    const head = document.createElement('tr');
    head.append(document.createElement('th'));
    for (let c = 0; c < cols; c += 1) {
      const th = document.createElement('th');
      th.textContent = columnLetters(c);
      th.scope = 'col';
      head.append(th);
    }
    const body: HTMLTableRowElement[] = [head];
    for (let r = 0; r < rows; r += 1) {
      const tr = document.createElement('tr');
      const th = document.createElement('th');
      th.textContent = String(r + 1);
      th.scope = 'row';
      tr.append(th);
      for (let c = 0; c < cols; c += 1) {
        const td = document.createElement('td');
        const shown = display(values[r]?.[c] ?? null, this.numberFormat(this.sheet, r, c));
        td.textContent = shown.text;
        td.dataset.cell = a1(r, c);
        td.className = shown.kind;
        if (shown.title) td.title = shown.title;
        const fill = this.fillAt(this.sheet, r, c);
        if (fill) td.style.background = fill;
        tr.append(td);
      }
      body.push(tr);
    }
    this.el.table.replaceChildren(...body);
    this.el.note.textContent = height > MAX_ROWS_SHOWN ? `Showing ${MAX_ROWS_SHOWN} of ${height} rows; every row is in the workbook.` : '';
    this.showSelection();
  }

  private renderTabs(): void {
    this.el.tabs.replaceChildren(...this.hf.getSheetNames().map((name) => {
      const b = document.createElement('button');
      b.textContent = name;
      b.dataset.testid = `sheet-tab-${name}`;
      b.setAttribute('aria-pressed', String(name === this.sheet));
      b.addEventListener('click', () => this.showSheet(name));
      return b;
    }));
  }

  private showSelection(): void {
    const { top, left, rows, cols } = this.sel;
    for (const td of Array.from(this.el.table.querySelectorAll('td.selected'))) td.classList.remove('selected');
    // Only the drawn part of a selection is painted: a whole column has a million rows.
    const trs = this.el.table.rows;
    for (let r = top; r < Math.min(top + rows, this.drawn.rows); r += 1) {
      for (let c = left; c < Math.min(left + cols, this.drawn.cols); c += 1) trs[r + 1]?.cells[c + 1]?.classList.add('selected');
    }
    this.el.nameBox.value = a1(top, left, rows, cols);
    const address = { sheet: this.sheetId, row: top, col: left };
    const formula = this.hf.getCellFormula(address);
    const raw = this.hf.getCellSerialized(address);
    this.el.formula.value = formula ?? (raw === null || raw === undefined ? '' : String(raw));
    const value = this.hf.getCellValue(address);
    this.el.message.textContent = value instanceof DetailedCellError ? `${value.value} ${value.message}` : '';
  }

  private select(sel: Selection): void {
    this.sel = sel;
    this.showSelection();
  }

  private commit(): void {
    const text = this.el.formula.value;
    this.hf.setCellContents({ sheet: this.sheetId, row: this.sel.top, col: this.sel.left }, [[text === '' ? null : text]]);
    this.refresh();
  }

  private wire(): void {
    let anchor: Selection | undefined;
    this.el.table.addEventListener('mousedown', (e) => {
      const td = (e.target as HTMLElement).closest('td');
      const target = td?.dataset.cell ? parseAddress(td.dataset.cell) : undefined;
      if (!target) return;
      if (e.shiftKey && anchor) {
        const top = Math.min(anchor.top, target.top);
        const left = Math.min(anchor.left, target.left);
        this.select({ top, left, rows: Math.abs(target.top - anchor.top) + 1, cols: Math.abs(target.left - anchor.left) + 1 });
      } else {
        anchor = target;
        this.select(target);
      }
    });
    this.el.formula.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        this.commit();
        this.select({ top: this.sel.top + 1, left: this.sel.left, rows: 1, cols: 1 });
      }
      if (e.key === 'Escape') this.showSelection();
    });
    this.el.nameBox.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter') return;
      const target = parseAddress(this.el.nameBox.value);
      if (target) {
        anchor = target;
        this.select(target);
        this.el.formula.focus();
      } else {
        this.showSelection();
      }
    });
  }
}
