/**
 * The workbench's grid: a table over the engine that draws only the rows in view (a 100,000-row sheet scrolls as a
 * 100-row one does), with a formula bar and a name box in step with the selection, keyboard navigation and editing,
 * copy and paste as spreadsheets do it (tab-separated text), undo, resizable columns, and sheet tabs to add and
 * rename sheets. Stable hooks for tests: data-cell="B3" on drawn cells, data-testid on the controls.
 */
import { DetailedCellError, type HyperFormula, type RawCellContent } from 'hyperformula';
import { a1, columnLetters, SHEET_COLS, SHEET_ROWS } from '../taskpane/ports/port';
import { CellFormats } from './cell-formats';
import { cellLook, paintCell } from './cell-look';
import { engineText, parseBlock, pastedValue, toTsv } from './clipboard';
import { display } from './display';
import type { WorkbenchView } from './engine-port';
import { hiddenSheetsControl } from './hidden-sheets';

export { display } from './display';

/** The height of a drawn row in pixels (workbench.css draws rows at this height). */
export const ROW_HEIGHT = 22;
/** Rows drawn above and below those in view, so a short scroll shows drawn rows at once. */
const BUFFER_ROWS = 15;
const MIN_ROWS = 40;
const MIN_COLS = 12;
const MAX_COLS = 60;
const DEFAULT_WIDTH = 88;
const MIN_WIDTH = 24;
/** Rows the sheet runs on past its data, so there is room to type below it. */
const ROOM_BELOW = 20;
/** At most this many cells are copied at once: the clipboard takes text, and a million cells would stall the page. */
const MAX_COPY_CELLS = 500_000;

interface Selection { top: number; left: number; rows: number; cols: number }
interface Cell { row: number; col: number }

const columnIndex = (s: string): number => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
const span = (a: number, b: number): { start: number; count: number } => ({ start: Math.min(a, b), count: Math.abs(b - a) + 1 });
const clamp = (n: number, low: number, high: number): number => Math.max(low, Math.min(high, n));

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
  if (r1 < 0 || r2 < 0 || Math.max(r1, r2) >= SHEET_ROWS) return undefined;
  const r = span(r1, r2);
  const c = span(c1, c2);
  return { top: r.start, left: c.start, rows: r.count, cols: c.count };
}

/** The rectangle between two cells. */
const between = (a: Cell, b: Cell): Selection =>
  ({ top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), rows: Math.abs(a.row - b.row) + 1, cols: Math.abs(a.col - b.col) + 1 });

/** A name for a new sheet that no sheet has yet: Sheet2, Sheet3 … */
export function newSheetName(taken: readonly string[]): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  let n = taken.length + 1;
  while (lower.has(`sheet${n}`)) n += 1;
  return `Sheet${n}`;
}

export interface GridElements {
  readonly table: HTMLTableElement;
  /** The scrolling box around the table; it takes keyboard focus for the grid. */
  readonly scroll: HTMLElement;
  readonly formula: HTMLInputElement;
  readonly nameBox: HTMLInputElement;
  readonly message: HTMLElement;
  readonly tabs: HTMLElement;
  readonly note: HTMLElement;
}

export class Grid extends CellFormats implements WorkbenchView {
  private sheet: string;
  private sel: Selection = { top: 0, left: 0, rows: 1, cols: 1 };
  /** The cell a range selection grows from, and the one it reaches (the active cell is the anchor). */
  private anchor: Cell = { row: 0, col: 0 };
  private reach: Cell = { row: 0, col: 0 };
  private size = { rows: MIN_ROWS, cols: MIN_COLS, height: 0, width: 0 };
  private drawnFrom = -1;
  private pendingDraw = false;
  /** Set while an edit started from the grid (typing, F2): Enter, Tab and Escape then bring the focus back. */
  private editingFromGrid = false;

  constructor(private readonly hf: HyperFormula, private readonly el: GridElements) {
    super();
    this.sheet = hf.getSheetNames()[0]!;
    this.wire();
    this.refresh();
    this.showSelection();
  }

  selection() {
    return { sheet: this.sheet, ...this.sel };
  }

  showSheet(name: string): void {
    this.sheet = name;
    this.setSelection({ row: 0, col: 0 }, { row: 0, col: 0 });
    this.el.scroll.scrollTo(0, 0);
    this.refresh();
  }

  private get sheetId(): number {
    return this.hf.getSheetId(this.sheet)!;
  }

  /** The sheet's extent and the tabs after a change; the rows in view are drawn again. */
  refresh(): void {
    if (this.hf.getSheetId(this.sheet) === undefined) this.sheet = this.hf.getSheetNames()[0]!;
    this.renderTabs();
    const { height, width } = this.hf.getSheetDimensions(this.sheetId);
    const selectedBottom = this.sel.rows >= SHEET_ROWS ? 0 : this.sel.top + this.sel.rows;
    const selectedRight = this.sel.cols >= SHEET_COLS ? 0 : this.sel.left + this.sel.cols;
    this.size = {
      height, width,
      rows: Math.min(SHEET_ROWS, Math.max(height + ROOM_BELOW, MIN_ROWS, selectedBottom + ROOM_BELOW)),
      cols: Math.min(MAX_COLS, Math.max(width + 2, MIN_COLS, selectedRight + 1)),
    };
    this.el.note.textContent = height > 0 ? `${height.toLocaleString('en-US')} rows × ${width} columns of data` : '';
    this.draw(true);
  }

  private widthOf(col: number): number {
    return this.columnWidth(this.sheet, col) ?? DEFAULT_WIDTH;
  }

  /** The first row to draw for the current scroll position. */
  private firstRow(): number {
    return Math.max(0, Math.floor(this.el.scroll.scrollTop / ROW_HEIGHT) - BUFFER_ROWS);
  }

  /** Draws the rows in view (and a buffer), reading only their cells from the engine. */
  private draw(force = false): void {
    const first = this.firstRow();
    if (!force && first === this.drawnFrom) return;
    this.drawnFrom = first;
    const { rows: total, cols, height, width } = this.size;
    const inView = Math.ceil((this.el.scroll.clientHeight || ROW_HEIGHT * MIN_ROWS) / ROW_HEIGHT);
    const last = Math.min(total, first + inView + 2 * BUFFER_ROWS);
    const readTo = Math.min(last, height);
    const values = readTo > first && width > 0 ? this.hf.getRangeValues({
      start: { sheet: this.sheetId, row: first, col: 0 },
      end: { sheet: this.sheetId, row: readTo - 1, col: Math.min(width, cols) - 1 },
    }) : [];

    const colgroup = document.createElement('colgroup');
    const corner = document.createElement('col');
    corner.style.width = '48px';
    colgroup.append(corner);
    let tableWidth = 48;
    for (let c = 0; c < cols; c += 1) {
      const col = document.createElement('col');
      col.style.width = `${this.widthOf(c)}px`;
      tableWidth += this.widthOf(c);
      colgroup.append(col);
    }
    const head = document.createElement('tr');
    const cornerCell = document.createElement('th');
    cornerCell.className = 'wb-corner';
    // A header cell needs words for screen readers (axe: empty-table-header); sighted users see the corner blank.
    const cornerText = document.createElement('span');
    cornerText.className = 'wb-hidden';
    cornerText.textContent = 'Row';
    cornerCell.append(cornerText);
    head.append(cornerCell);
    for (let c = 0; c < cols; c += 1) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = columnLetters(c);
      const handle = document.createElement('span');
      handle.className = 'wb-resize';
      handle.dataset.col = String(c);
      handle.dataset.testid = `col-resize-${columnLetters(c)}`;
      handle.setAttribute('aria-hidden', 'true');
      th.append(handle);
      head.append(th);
    }
    const thead = document.createElement('thead');
    thead.append(head);
    const tbody = document.createElement('tbody');
    const spacer = (rows: number): HTMLTableRowElement => {
      const tr = document.createElement('tr');
      tr.className = 'wb-spacer';
      tr.setAttribute('aria-hidden', 'true');
      const td = document.createElement('td');
      td.colSpan = cols + 1;
      td.style.height = `${rows * ROW_HEIGHT}px`;
      tr.append(td);
      return tr;
    };
    if (first > 0) tbody.append(spacer(first));
    for (let r = first; r < last; r += 1) {
      const tr = document.createElement('tr');
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = String(r + 1);
      tr.append(th);
      const row = values[r - first];
      for (let c = 0; c < cols; c += 1) {
        const td = document.createElement('td');
        const shown = display(row?.[c] ?? null, this.numberFormat(this.sheet, r, c));
        td.textContent = shown.text;
        td.dataset.cell = a1(r, c);
        td.className = shown.kind;
        if (shown.title) td.title = shown.title;
        paintCell(td, cellLook(this, this.sheet, r, c), (col) => this.widthOf(col));
        tr.append(td);
      }
      tbody.append(tr);
    }
    if (last < total) tbody.append(spacer(total - last));
    this.el.table.style.width = `${tableWidth}px`;
    this.el.table.replaceChildren(colgroup, thead, tbody);
    this.paintSelection();
  }

  private renderTabs(): void {
    const names = this.hf.getSheetNames();
    const tabs = names.filter((name) => this.sheetState(name) === 'visible').map((name) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = name;
      b.dataset.testid = `sheet-tab-${name}`;
      b.title = 'Double-click to rename';
      b.setAttribute('aria-pressed', String(name === this.sheet));
      b.addEventListener('click', () => { if (name !== this.sheet) this.showSheet(name); });
      b.addEventListener('dblclick', () => this.startRename(b, name));
      return b;
    });
    const add = document.createElement('button');
    add.type = 'button';
    add.textContent = '+';
    add.title = 'New sheet';
    add.setAttribute('aria-label', 'New sheet');
    add.dataset.testid = 'sheet-add';
    add.addEventListener('click', () => {
      const name = newSheetName(this.hf.getSheetNames());
      this.hf.addSheet(name);
      this.showSheet(name);
    });
    const hidden = hiddenSheetsControl(names.filter((name) => this.sheetState(name) !== 'visible')
      .map((name) => ({ name, veryHidden: this.sheetState(name) === 'veryHidden' })), (name) => {
      this.setSheetState(name, 'visible');
      this.showSheet(name);
    });
    this.el.tabs.replaceChildren(...(hidden ? [hidden] : []), ...tabs, add);
  }

  /** Renames a sheet in place: the tab becomes a text box; Enter keeps the name, Escape the old one. */
  private startRename(tab: HTMLButtonElement, name: string): void {
    const input = document.createElement('input');
    input.value = name;
    input.dataset.testid = 'sheet-rename';
    input.setAttribute('aria-label', `New name for sheet ${name}`);
    input.className = 'wb-rename';
    tab.replaceWith(input);
    input.focus();
    input.select();
    const finish = (keep: boolean): void => {
      const wanted = input.value.trim();
      const taken = this.hf.getSheetNames().some((n) => n !== name && n.toLowerCase() === wanted.toLowerCase());
      if (keep && wanted && wanted !== name && !taken && !/[[\]:*?/\\]/.test(wanted) && wanted.length <= 31) {
        this.hf.renameSheet(this.hf.getSheetId(name)!, wanted);
        if (this.sheet === name) this.sheet = wanted;
        this.renameSheet(name, wanted);
      } else if (keep && wanted && wanted !== name) {
        this.el.message.textContent = taken ? `A sheet is already named “${wanted}”.` : `“${wanted}” cannot be a sheet name: at most 31 characters, none of [ ] : * ? / \\.`;
      }
      this.refresh();
    };
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') finish(true);
      if (e.key === 'Escape') finish(false);
    });
    input.addEventListener('blur', () => { if (input.isConnected) finish(true); });
  }

  private paintSelection(): void {
    const { top, left, rows, cols } = this.sel;
    for (const td of Array.from(this.el.table.querySelectorAll('td.selected, td.active'))) td.classList.remove('selected', 'active');
    // Only the drawn part of a selection is painted: a whole column has a million rows.
    for (const tr of Array.from(this.el.table.tBodies[0]?.rows ?? [])) {
      const cells = tr.cells;
      const firstCell = cells[1] as HTMLElement | undefined;
      const at = firstCell?.dataset.cell ? parseAddress(firstCell.dataset.cell) : undefined;
      if (!at || at.top < top || at.top >= top + rows) continue;
      for (let c = left; c < Math.min(left + cols, this.size.cols); c += 1) cells[c + 1]?.classList.add('selected');
    }
    this.el.table.querySelector(`td[data-cell="${a1(this.anchor.row, this.anchor.col)}"]`)?.classList.add('active');
  }

  /** The name box, formula bar and message for the active cell. */
  private showSelection(): void {
    this.paintSelection();
    const { top, left, rows, cols } = this.sel;
    this.el.nameBox.value = a1(top, left, rows, cols);
    const address = { sheet: this.sheetId, row: this.anchor.row, col: this.anchor.col };
    const formula = this.hf.getCellFormula(address);
    const raw = this.hf.getCellSerialized(address);
    this.el.formula.value = formula ?? (raw === null || raw === undefined ? '' : String(raw));
    const value = this.hf.getCellValue(address);
    this.el.message.textContent = value instanceof DetailedCellError ? `${value.value} ${value.message}` : '';
  }

  private setSelection(anchor: Cell, reach: Cell, rect: Selection = between(anchor, reach)): void {
    this.anchor = anchor;
    this.reach = reach;
    this.sel = rect;
  }

  /** Selects a range (from the name box or the port), scrolling its first cell into view. */
  private select(sel: Selection): void {
    this.setSelection({ row: sel.top, col: sel.left }, { row: sel.top + sel.rows - 1, col: sel.left + sel.cols - 1 }, sel);
    this.reveal({ row: sel.top, col: sel.left });
  }

  /** Scrolls so a cell is in view, growing the drawn sheet when the cell lies past it. */
  private reveal(cell: Cell): void {
    if (cell.row >= this.size.rows || cell.col >= this.size.cols) this.refresh();
    const box = this.el.scroll;
    const header = ROW_HEIGHT;
    const top = cell.row * ROW_HEIGHT;
    if (top < box.scrollTop) box.scrollTop = top;
    else if (top + ROW_HEIGHT > box.scrollTop + box.clientHeight - header) box.scrollTop = top + ROW_HEIGHT - box.clientHeight + header;
    let x = 48;
    for (let c = 0; c < cell.col; c += 1) x += this.widthOf(c);
    const w = this.widthOf(cell.col);
    if (x - 48 < box.scrollLeft) box.scrollLeft = x - 48;
    else if (x + w > box.scrollLeft + box.clientWidth) box.scrollLeft = x + w - box.clientWidth;
    this.draw();
    this.showSelection();
  }

  /** Moves the active cell (or, extending, the far corner of the selection) by rows and columns. */
  private move(dr: number, dc: number, extend: boolean): void {
    const from = extend ? this.reach : this.anchor;
    const to = { row: clamp(from.row + dr, 0, SHEET_ROWS - 1), col: clamp(from.col + dc, 0, SHEET_COLS - 1) };
    if (extend) this.setSelection(this.anchor, to);
    else this.setSelection(to, to);
    this.reveal(to);
  }

  /** Writes the formula bar's text into the active cell (undoable). */
  private commit(): void {
    const text = this.el.formula.value;
    // The engine reads what is typed as Excel does; only grouped numbers ("1,250,000") it would take for text.
    const grouped = pastedValue(text);
    this.hf.setCellContents({ sheet: this.sheetId, row: this.anchor.row, col: this.anchor.col }, [[text === '' ? null : typeof grouped === 'number' ? grouped : text]]);
    this.refresh();
  }

  /** Starts editing the active cell in the formula bar: with the key typed (replacing the cell) or its content (F2). */
  private edit(typed?: string): void {
    this.editingFromGrid = true;
    if (typed !== undefined) this.el.formula.value = typed;
    this.el.formula.focus();
    const end = this.el.formula.value.length;
    this.el.formula.setSelectionRange(end, end);
  }

  /** The selection's cells, capped to the data: a whole column clears or copies what it holds, not a million blanks. */
  private dataPart(): Selection | undefined {
    const { height, width } = this.size;
    const rows = Math.min(this.sel.top + this.sel.rows, height) - this.sel.top;
    const cols = Math.min(this.sel.left + this.sel.cols, width) - this.sel.left;
    return rows > 0 && cols > 0 ? { ...this.sel, rows, cols } : undefined;
  }

  private clearSelection(): void {
    const part = this.dataPart();
    if (!part) return;
    this.hf.setCellContents({ sheet: this.sheetId, row: part.top, col: part.left },
      Array.from({ length: part.rows }, () => new Array<RawCellContent>(part.cols).fill(null)));
    this.refresh();
  }

  /** The selection as tab-separated text: computed values, errors by their code. */
  copyText(): string {
    const part = this.dataPart();
    if (!part || part.rows * part.cols > MAX_COPY_CELLS) return '';
    const values = this.hf.getRangeValues({
      start: { sheet: this.sheetId, row: part.top, col: part.left },
      end: { sheet: this.sheetId, row: part.top + part.rows - 1, col: part.left + part.cols - 1 },
    });
    return toTsv(values.map((r) => r.map((v) => (v instanceof DetailedCellError ? v.value : v))));
  }

  /** Pastes a block of text at the active cell: one undoable change, the pasted block selected. */
  paste(text: string): void {
    // Text the engine would read as something else (a code such as 00123, a date) is kept as text; formulas run.
    const block = parseBlock(text).map((r) => r.map((cell) => {
      const v = pastedValue(cell);
      return typeof v === 'string' && !v.startsWith('=') ? engineText(v) : v;
    }));
    if (block.length === 0 || block[0]!.length === 0) return;
    const rows = Math.min(block.length, SHEET_ROWS - this.anchor.row);
    const cols = Math.min(block[0]!.length, SHEET_COLS - this.anchor.col);
    this.hf.setCellContents({ sheet: this.sheetId, row: this.anchor.row, col: this.anchor.col }, block.slice(0, rows).map((r) => r.slice(0, cols)));
    this.setSelection(this.anchor, { row: this.anchor.row + rows - 1, col: this.anchor.col + cols - 1 });
    this.refresh();
    this.showSelection();
  }

  private undo(redo: boolean): void {
    if (redo ? !this.hf.isThereSomethingToRedo() : !this.hf.isThereSomethingToUndo()) return;
    if (redo) this.hf.redo();
    else this.hf.undo();
    this.refresh();
    this.showSelection();
  }

  private onGridKey(e: KeyboardEvent): void {
    const mod = e.ctrlKey || e.metaKey;
    const step: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const arrow = step[e.key];
    if (arrow) {
      e.preventDefault();
      this.move(arrow[0], arrow[1], e.shiftKey);
    } else if (e.key === 'Tab' || e.key === 'Enter') {
      e.preventDefault();
      this.move(e.key === 'Enter' ? (e.shiftKey ? -1 : 1) : 0, e.key === 'Tab' ? (e.shiftKey ? -1 : 1) : 0, false);
    } else if (e.key === 'F2') {
      e.preventDefault();
      this.edit();
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      this.clearSelection();
    } else if (mod && (e.key === 'z' || e.key === 'Z')) {
      e.preventDefault();
      this.undo(e.shiftKey);
    } else if (mod && (e.key === 'y' || e.key === 'Y')) {
      e.preventDefault();
      this.undo(true);
    } else if (e.key.length === 1 && !mod && !e.altKey) {
      e.preventDefault();
      this.edit(e.key);
    }
  }

  private wireResize(): void {
    this.el.table.addEventListener('mousedown', (e) => {
      const handle = (e.target as HTMLElement).closest<HTMLElement>('.wb-resize');
      if (!handle) return;
      e.preventDefault();
      e.stopPropagation();
      const col = Number(handle.dataset.col);
      const startX = e.clientX;
      const start = this.widthOf(col);
      const onMove = (m: MouseEvent): void => {
        const width = Math.max(MIN_WIDTH, start + m.clientX - startX);
        this.setColumnWidth(this.sheet, col, width);
        const colEl = this.el.table.querySelectorAll('col')[col + 1] as HTMLElement | undefined;
        if (colEl) colEl.style.width = `${width}px`;
      };
      const onUp = (): void => {
        window.removeEventListener('mousemove', onMove);
        window.removeEventListener('mouseup', onUp);
        this.draw(true);
      };
      window.addEventListener('mousemove', onMove);
      window.addEventListener('mouseup', onUp);
    });
  }

  private wire(): void {
    this.wireResize();
    this.el.table.addEventListener('mousedown', (e) => {
      const td = (e.target as HTMLElement).closest('td');
      const target = td?.dataset.cell ? parseAddress(td.dataset.cell) : undefined;
      if (!target) return;
      const cell = { row: target.top, col: target.left };
      if (e.shiftKey) this.setSelection(this.anchor, cell);
      else this.setSelection(cell, cell);
      this.showSelection();
      // Focus the grid, not the cell: the keyboard works on the selection from here.
      e.preventDefault();
      this.el.scroll.focus({ preventScroll: true });
    });
    this.el.scroll.addEventListener('scroll', () => {
      if (this.pendingDraw) return;
      this.pendingDraw = true;
      requestAnimationFrame(() => {
        this.pendingDraw = false;
        this.draw();
      });
    });
    this.el.scroll.addEventListener('keydown', (e) => {
      if (e.target === this.el.scroll) this.onGridKey(e);
    });
    document.addEventListener('copy', (e) => {
      if (document.activeElement !== this.el.scroll) return;
      e.preventDefault();
      e.clipboardData?.setData('text/plain', this.copyText());
    });
    document.addEventListener('paste', (e) => {
      if (document.activeElement !== this.el.scroll) return;
      e.preventDefault();
      this.paste(e.clipboardData?.getData('text/plain') ?? '');
    });
    this.el.formula.addEventListener('keydown', (e) => {
      const back = this.editingFromGrid;
      if (e.key === 'Enter' || e.key === 'Tab') {
        e.preventDefault();
        this.commit();
        this.editingFromGrid = false;
        this.move(e.key === 'Enter' ? (e.shiftKey ? -1 : 1) : 0, e.key === 'Tab' ? (e.shiftKey ? -1 : 1) : 0, false);
        if (back || e.key === 'Tab') this.el.scroll.focus({ preventScroll: true });
      }
      if (e.key === 'Escape') {
        this.editingFromGrid = false;
        this.showSelection();
        if (back) this.el.scroll.focus({ preventScroll: true });
      }
    });
    this.el.formula.addEventListener('blur', () => { this.editingFromGrid = false; });
    this.el.nameBox.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter') return;
      const target = parseAddress(this.el.nameBox.value);
      if (target) {
        this.select(target);
        this.el.formula.focus();
      } else {
        this.showSelection();
      }
    });
  }
}
