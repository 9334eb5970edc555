/**
 * The workbench's grid: a table over the engine that draws only the rows in view (a 100,000-row sheet scrolls as a
 * 100-row one does), with a formula bar and a name box in step with the selection, keyboard navigation and editing,
 * copy and paste as spreadsheets do it (tab-separated text), undo, resizable columns, and sheet tabs to add and
 * rename sheets. Stable hooks for tests: data-cell="B3" on drawn cells, data-testid on the controls.
 */
import { DetailedCellError, type HyperFormula, type RawCellContent } from 'hyperformula';
import { a1, columnIndex, columnLetters, isSheetNameAllowed, SHEET_COLS, SHEET_ROWS } from '../taskpane/ports/port';
import { CellFormats } from './cell-formats';
import { cellLook, paintCell } from './cell-look';
import { CELLS_FLAVOUR, clipboardOf, pastedBlock, pastedValue, sameLines } from './clipboard';
import { copyCells, fill } from './fill';
import { FillHandle } from './fill-handle';
import { display } from './display';
import { formulaFromExcel } from './files';
import type { WorkbenchView } from './engine-port';
import { recalculateAll } from './engine-internals';
import { hiddenSheetsControl } from './hidden-sheets';
import { History, NO_SPACE } from './undo';
import { sayer, type Say } from './words';

export { display } from './display';


/**
 * A formula as the engine takes it, typed or pasted as Excel takes it: bare TRUE and FALSE (=TRUE, =IF(A1=FALSE,…))
 * are Excel's values but only functions to the engine, which answered #NAME? and saved that (formulaFromExcel).
 */
const engineFormula = <T>(v: T): T | string => (typeof v === 'string' && v.startsWith('=') ? formulaFromExcel(v) : v);
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
  /**
   * Set while the formula bar holds typing not yet entered. The bar is a view of the active cell: any change of
   * selection or sheet ends the edit (the typing is dropped, as Escape drops it), so Enter always writes to the cell
   * the bar and the name box show; redraws for other reasons (a pane write) keep it.
   */
  private typing = false;
  /** What was last copied or cut here, and the text it put on the clipboard: a paste of that text pastes the cells. */
  private copied?: { sheet: string; area: Selection; text: string; cut: boolean };
  private readonly fillHandle: FillHandle;

  /** Undo and redo for the grid's edits and the pane's actions (EnginePort.oneStep). */
  readonly history: History;

  /** `say`: the page's words (words.ts), in its language. */
  constructor(private readonly hf: HyperFormula, private readonly el: GridElements, private readonly say: Say = sayer('en')) {
    super();
    this.sheet = hf.getSheetNames()[0]!;
    this.history = new History(hf, this, this);
    this.fillHandle = new FillHandle(el.scroll, say('grid.fill-handle'), () => this.sel, (area) => this.fillFromSelection(area));
    this.wire();
    this.refresh();
  }

  selection() {
    return { sheet: this.sheet, ...this.sel };
  }

  /** Shows a sheet with its A1 active: the name box, formula bar and message are that cell's. */
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
    // The sheet shown may be gone (an undo removed it): the first sheet, from its A1.
    if (this.hf.getSheetId(this.sheet) === undefined) {
      this.sheet = this.hf.getSheetNames()[0]!;
      this.setSelection({ row: 0, col: 0 }, { row: 0, col: 0 });
    }
    this.renderTabs();
    const { height, width } = this.hf.getSheetDimensions(this.sheetId);
    const selectedBottom = this.sel.rows >= SHEET_ROWS ? 0 : this.sel.top + this.sel.rows;
    const selectedRight = this.sel.cols >= SHEET_COLS ? 0 : this.sel.left + this.sel.cols;
    this.size = {
      height, width,
      rows: Math.min(SHEET_ROWS, Math.max(height + ROOM_BELOW, MIN_ROWS, selectedBottom + ROOM_BELOW)),
      cols: Math.min(MAX_COLS, Math.max(width + 2, MIN_COLS, selectedRight + 1)),
    };
    this.el.note.textContent = height > 0 ? this.say('grid.note', { rows: height, cols: width }) : '';
    this.draw(true);
    this.showSelection();
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
    cornerText.textContent = this.say('grid.corner');
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
        if (shown.title) td.title = this.engineMessage(shown.title);
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
      b.title = this.say('tabs.rename-hint');
      b.setAttribute('aria-pressed', String(name === this.sheet));
      b.addEventListener('click', () => { if (name !== this.sheet) this.showSheet(name); });
      b.addEventListener('dblclick', () => this.startRename(b, name));
      return b;
    });
    const add = document.createElement('button');
    add.type = 'button';
    add.textContent = '+';
    add.title = this.say('tabs.add');
    add.setAttribute('aria-label', this.say('tabs.add'));
    add.dataset.testid = 'sheet-add';
    add.addEventListener('click', () => this.history.edit(() => {
      const name = newSheetName(this.hf.getSheetNames());
      this.hf.addSheet(name);
      this.showSheet(name);
    }));
    const hidden = hiddenSheetsControl(names.filter((name) => this.sheetState(name) !== 'visible')
      .map((name) => ({ name, veryHidden: this.sheetState(name) === 'veryHidden' })), (name) => {
      this.setSheetState(name, 'visible');
      this.showSheet(name);
    }, this.say);
    this.el.tabs.replaceChildren(...(hidden ? [hidden] : []), ...tabs, add);
    // The strip scrolls when the tabs outgrow it: the active one stays in view.
    tabs.find((b) => b.getAttribute('aria-pressed') === 'true')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  /** Renames a sheet in place: the tab becomes a text box; Enter keeps the name, Escape the old one. */
  private startRename(tab: HTMLButtonElement, name: string): void {
    const input = document.createElement('input');
    input.value = name;
    input.dataset.testid = 'sheet-rename';
    input.setAttribute('aria-label', this.say('tabs.rename-box', { name }));
    input.className = 'wb-rename';
    tab.replaceWith(input);
    input.focus();
    input.select();
    const finish = (keep: boolean): void => {
      const wanted = input.value.trim();
      const taken = this.hf.getSheetNames().some((n) => n !== name && n.toLowerCase() === wanted.toLowerCase());
      const refused = keep && wanted !== '' && wanted !== name && (taken || !isSheetNameAllowed(wanted));
      if (keep && wanted && wanted !== name && !refused) {
        // One step: the engine's rename and the formats following it.
        this.history.step(() => {
          this.hf.renameSheet(this.hf.getSheetId(name)!, wanted);
          if (this.sheet === name) this.sheet = wanted;
          this.renameSheet(name, wanted);
        });
      }
      this.refresh();
      // After the redraw, which shows the active cell's message.
      if (refused) this.el.message.textContent = this.say(taken ? 'tabs.taken' : 'tabs.bad-name', { name: wanted });
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
    this.fillHandle.place(this.sel);
  }

  /** The name box, formula bar and message for the active cell of the sheet shown (typing in the bar is kept). */
  private showSelection(): void {
    this.paintSelection();
    const { top, left, rows, cols } = this.sel;
    this.el.nameBox.value = a1(top, left, rows, cols);
    const address = { sheet: this.sheetId, row: this.anchor.row, col: this.anchor.col };
    if (!this.typing) {
      const formula = this.hf.getCellFormula(address);
      const raw = this.hf.getCellSerialized(address);
      const text = formula ?? (raw === null || raw === undefined ? '' : String(raw));
      // A text-formatted cell holds text as typed (commit adds the engine's prefix), so the bar shows none.
      this.el.formula.value = this.isTextCell(this.anchor) ? text.replace(/^'/, '') : text;
    }
    const value = this.hf.getCellValue(address);
    this.el.message.textContent = value instanceof DetailedCellError ? `${value.value} ${this.engineMessage(value.message)}` : '';
  }

  private setSelection(anchor: Cell, reach: Cell, rect: Selection = between(anchor, reach)): void {
    this.typing = false;
    this.anchor = anchor;
    this.reach = reach;
    this.sel = rect;
  }

  /** Selects a range (from the name box or the port), scrolling its first cell into view. */
  private select(sel: Selection): void {
    this.setSelection({ row: sel.top, col: sel.left }, { row: sel.top + sel.rows - 1, col: sel.left + sel.cols - 1 }, sel);
    this.reveal({ row: sel.top, col: sel.left });
  }

  /**
   * Scrolls so a cell is in view, growing the drawn sheet when the cell lies past it: first by the rows' arithmetic
   * (the cell may not be drawn yet), then by where the drawn cell really is, wholly below the sticky column header
   * whatever its height.
   */
  private reveal(cell: Cell): void {
    if (cell.row >= this.size.rows || cell.col >= this.size.cols) this.refresh();
    const box = this.el.scroll;
    const header = this.el.table.tHead?.offsetHeight ?? ROW_HEIGHT;
    const top = cell.row * ROW_HEIGHT;
    if (top < box.scrollTop) box.scrollTop = top;
    else if (top + ROW_HEIGHT > box.scrollTop + box.clientHeight - header) box.scrollTop = top + ROW_HEIGHT - box.clientHeight + header;
    let x = 48;
    for (let c = 0; c < cell.col; c += 1) x += this.widthOf(c);
    const w = this.widthOf(cell.col);
    if (x - 48 < box.scrollLeft) box.scrollLeft = x - 48;
    else if (x + w > box.scrollLeft + box.clientWidth) box.scrollLeft = x + w - box.clientWidth;
    this.draw();
    const td = this.el.table.querySelector(`td[data-cell="${a1(cell.row, cell.col)}"]`);
    if (td) {
      const r = td.getBoundingClientRect();
      const view = box.getBoundingClientRect();
      const below = this.el.table.tHead?.getBoundingClientRect().bottom ?? view.top;
      const bottom = view.top + box.clientTop + box.clientHeight;
      if (r.top < below) box.scrollTop -= below - r.top;
      else if (r.bottom > bottom) box.scrollTop += Math.min(r.bottom - bottom, r.top - below);
      this.draw();
    }
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
    this.typing = false;
    // The engine reads what is typed as Excel does; only grouped numbers ("1,250,000") it would take for text. In a
    // cell formatted as text, what is typed stays text, as in Excel.
    const grouped = pastedValue(text);
    const content = text === '' ? null : this.isTextCell(this.anchor) ? `'${text}` : typeof grouped === 'number' ? grouped : engineFormula(text);
    this.history.edit(() => this.hf.setCellContents({ sheet: this.sheetId, row: this.anchor.row, col: this.anchor.col }, [[content]]));
    this.refresh();
  }

  /** A message of the engine's own (not a function's) in the page's words. */
  private engineMessage(message: string): string {
    return message === NO_SPACE ? this.say('engine.no-space') : message;
  }

  private isTextCell(cell: Cell): boolean {
    return this.numberFormat(this.sheet, cell.row, cell.col) === '@';
  }

  /** Starts editing the active cell in the formula bar: with the key typed (replacing the cell) or its content (F2). */
  private edit(typed?: string): void {
    this.editingFromGrid = true;
    if (typed !== undefined) {
      this.el.formula.value = typed;
      this.typing = true;
    }
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
    this.history.edit(() => this.hf.setCellContents({ sheet: this.sheetId, row: part.top, col: part.left },
      Array.from({ length: part.rows }, () => new Array<RawCellContent>(part.cols).fill(null))));
    this.refresh();
  }

  /**
   * The selection as the clipboard carries it: tab-separated text of its computed values (errors by their code), and
   * the marks (CELLS_FLAVOUR) of its text cells that the text alone would paste as formulas or values. Nothing, with
   * the reason shown, when the selection is too large to copy.
   */
  clipboardData(): { text: string; marks?: string } {
    const part = this.dataPart();
    if (!part) return { text: '' };
    if (part.rows * part.cols > MAX_COPY_CELLS) {
      this.el.message.textContent = this.say('copy.too-large', { rows: part.rows, cols: part.cols, max: MAX_COPY_CELLS });
      return { text: '' };
    }
    const values = this.hf.getRangeValues({
      start: { sheet: this.sheetId, row: part.top, col: part.left },
      end: { sheet: this.sheetId, row: part.top + part.rows - 1, col: part.left + part.cols - 1 },
    });
    return clipboardOf(values.map((r) => r.map((v) => (v instanceof DetailedCellError ? v.value : v))));
  }

  /** The selection as tab-separated text: computed values, errors by their code. */
  copyText(): string {
    return this.clipboardData().text;
  }

  /** Copies (or cuts) the selection: its values as text for other programs (and its text cells marked), and its cells for a paste here. */
  copy(cut = false): { text: string; marks?: string } {
    const part = this.dataPart();
    const data = this.clipboardData();
    this.copied = part && data.text ? { sheet: this.sheet, area: part, text: sameLines(data.text), cut } : undefined;
    return data;
  }

  /**
   * A paste from the clipboard: the cells copied here (formulas shifted), while it holds their text; else the text,
   * with the text cells `marks` (CELLS_FLAVOUR) lists kept text.
   */
  pasteClipboard(text: string, marks?: string): void {
    const own = this.copied;
    if (own && sameLines(text) === own.text && this.hf.doesSheetExist(own.sheet)) this.pasteCells(own);
    else this.paste(text, marks);
  }

  /**
   * The cells copied here, formulas shifted as Excel shifts them, over the selection (tiled when it is a multiple of
   * them); cut cells move, and formulas pointing at them follow. One undo step; the pasted cells selected.
   */
  private pasteCells(own: NonNullable<Grid['copied']>): void {
    const sheet = this.hf.getSheetId(own.sheet)!;
    // A whole row or column selected takes the block once, at its first cell.
    const whole = this.sel.rows >= SHEET_ROWS || this.sel.cols >= SHEET_COLS;
    const target = whole ? { ...this.sel, rows: 1, cols: 1 } : this.sel;
    let area: Selection;
    try {
      area = this.history.edit(() => {
        if (!own.cut) return copyCells(this.hf, { sheet, area: own.area }, { sheet: this.sheetId, area: target });
        const { top, left, rows, cols } = own.area;
        this.hf.moveCells({ start: { sheet, row: top, col: left }, end: { sheet, row: top + rows - 1, col: left + cols - 1 } },
          { sheet: this.sheetId, row: target.top, col: target.left });
        return { top: target.top, left: target.left, rows, cols };
      });
    } catch (e) {
      this.el.message.textContent = e instanceof Error ? e.message : String(e);
      return;
    }
    if (own.cut) this.copied = undefined;
    this.setSelection({ row: area.top, col: area.left }, { row: area.top + area.rows - 1, col: area.left + area.cols - 1 });
    this.refresh();
  }

  /** The selection, whole rows and columns cut to the data (a fill of column A fills its used rows, not a million). */
  private fillable(): Selection {
    const { height, width } = this.size;
    return {
      ...this.sel,
      rows: this.sel.rows >= SHEET_ROWS ? Math.max(1, height - this.sel.top) : this.sel.rows,
      cols: this.sel.cols >= SHEET_COLS ? Math.max(1, width - this.sel.left) : this.sel.cols,
    };
  }

  /** Ctrl+D and Ctrl+R: the selection's first row (column) into the rest, formulas shifted; one undo step. */
  private fillSelection(direction: 'down' | 'right'): void {
    const part = this.fillable();
    if (this.history.edit(() => fill(this.hf, this.sheetId, part, direction))) this.refresh();
  }

  /** The fill handle dragged over `area`: the selection repeated into it; the selection grows to cover it. */
  private fillFromSelection(area: Selection): void {
    const from = this.fillable();
    this.history.edit(() => copyCells(this.hf, { sheet: this.sheetId, area: from }, { sheet: this.sheetId, area }, true));
    const bottom = Math.max(from.top + from.rows, area.top + area.rows) - 1;
    const right = Math.max(from.left + from.cols, area.left + area.cols) - 1;
    this.setSelection({ row: from.top, col: from.left }, { row: bottom, col: right });
    this.refresh();
  }

  /**
   * Pastes a block of text at the active cell: one undoable change, the pasted block selected. A block that does not
   * fit between the active cell and the sheet's last row or column is not pasted at all, and the message says why.
   * Returns whether it was pasted.
   */
  paste(text: string, marks?: string): boolean {
    const block = pastedBlock(text, marks).map((row) => row.map(engineFormula));
    if (block.length === 0 || block[0]!.length === 0) return false;
    const { maxRows, maxColumns } = this.hf.getConfig();
    const rows = block.length;
    const cols = block[0]!.length;
    const at = { row: this.anchor.row, col: this.anchor.col };
    if (at.row + rows > maxRows || at.col + cols > maxColumns) {
      this.el.message.textContent = this.say('paste.too-large', {
        rows, cols, cell: a1(at.row, at.col), roomRows: Math.max(0, maxRows - at.row), roomCols: Math.max(0, maxColumns - at.col),
        maxRows, maxCols: maxColumns, last: a1(maxRows - 1, maxColumns - 1),
      });
      return false;
    }
    try {
      this.history.edit(() => this.hf.setCellContents({ sheet: this.sheetId, ...at }, block));
    } catch (e) {
      this.refresh();
      this.el.message.textContent = this.say('paste.failed', { message: e instanceof Error ? e.message : String(e) });
      return false;
    }
    this.setSelection(at, { row: at.row + rows - 1, col: at.col + cols - 1 });
    this.refresh();
    this.showSelection();
    return true;
  }

  private undo(redo: boolean): void {
    if (redo ? this.history.redo() : this.history.undo()) this.refresh();
    else if (!redo && this.history.refusedLastSheet) this.el.message.textContent = this.say('undo.last-sheet');
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
    } else if (mod && (e.key === 'd' || e.key === 'D' || e.key === 'r' || e.key === 'R')) {
      e.preventDefault();
      this.fillSelection(e.key.toLowerCase() === 'd' ? 'down' : 'right');
    } else if (e.key === 'F9') {
      // F9, Shift+F9 and Ctrl+Alt+F9 all recalculate every formula here (the engine keeps the rest up to date).
      e.preventDefault();
      recalculateAll(this.hf);
      this.refresh();
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
        // The drag as one undo step: from the width it started at to the one it ended at.
        const width = this.widthOf(col);
        this.setColumnWidth(this.sheet, col, start);
        this.history.step(() => this.setColumnWidth(this.sheet, col, width));
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
    for (const type of ['copy', 'cut'] as const) {
      document.addEventListener(type, (e) => {
        if (document.activeElement !== this.el.scroll) return;
        e.preventDefault();
        const { text, marks } = this.copy(type === 'cut');
        e.clipboardData?.setData('text/plain', text);
        if (marks) e.clipboardData?.setData(CELLS_FLAVOUR, marks);
      });
    }
    document.addEventListener('paste', (e) => {
      if (document.activeElement !== this.el.scroll) return;
      e.preventDefault();
      this.pasteClipboard(e.clipboardData?.getData('text/plain') ?? '', e.clipboardData?.getData(CELLS_FLAVOUR) || undefined);
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
        this.typing = false;
        this.showSelection();
        if (back) this.el.scroll.focus({ preventScroll: true });
      }
    });
    this.el.formula.addEventListener('input', () => { this.typing = true; });
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
