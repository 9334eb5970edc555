/**
 * A workbook from a file into the engine, and the engine's sheets back out as a workbook. Opening is all or nothing:
 * a file the engine cannot take leaves the sheets already open as they were. Every sheet opens (hidden ones stay
 * hidden), defined names become the engine's named expressions (the pane's marks its marks), and a formula the
 * engine cannot compute — a function it lacks, another workbook, a table reference, a name it could not take, a
 * formula it cannot read, or a result that differs from the one Excel saved — keeps the value Excel saved, while
 * the formulas over it compute from that value. DOM-free: the tests and the bench run it in Node; file-actions.ts
 * words what it reports.
 */
import { DetailedCellError, ErrorType, ExportedCellChange, type HyperFormula, type RawCellContent, type SimpleCellAddress } from 'hyperformula';
import { columnLetters, MARK_PREFIX, type Area } from '../taskpane/ports/port';
import { arrayAreaFormula, arrayFormulaOf } from './array-area';
import type { CellFormats, SavedFormula } from './cell-formats';
import { engineText } from './clipboard';
import { marksOf, markExpression, type WorkbenchView } from './engine-port';
import {
  isError, isFormula, renameSheetReferences, uniqueName,
  type CellContent, type DefinedName, type Formula, type SheetData, type Value, type WorkbookData,
} from './files';
import { savedIsNoMeasure, unsupported, type Unsupported } from './formula-check';
import { isRefusal } from './engine-limits';
import { SheetTooLargeError } from './xlsx';

/** An engine refusal without the engine's "Parsing error." before it. */
const tooLargeWhy = (message: string): string => message.replace(/^Parsing error\.\s*/, '');

/** What the file actions need from the page: the grid's view, with what it keeps beside the engine. */
export type FileView = WorkbenchView & CellFormats;

/** Why a formula keeps the value Excel saved. */
export type SavedReason =
  | Unsupported
  | { kind: 'syntax' }
  | { kind: 'differs'; engine: Value; saved: Value }
  | { kind: 'engine'; message: string }
  | { kind: 'too-large'; message: string };

export interface OpenOptions {
  /** The note the grid shows over a formula kept as its saved value. */
  note(reason: SavedReason, formula: string): string;
}

export interface OpenResult {
  /** The names the sheets were given, in the file's order. */
  sheets: string[];
  hidden: string[];
  /** The formulas kept as their saved values, and why. */
  saved: Array<{ sheet: string; row: number; col: number; reason: SavedReason }>;
  /** Defined names the engine could not take (kept, and written back on saving). */
  namesNotTaken: string[];
  /** The sheet to show: the one the file was saved on, or its first visible one. */
  show?: string;
}

/** The engine failed on the workbook even with every formula as its saved value; nothing was added. */
export class EngineFailure extends Error {}

/** A cell of a file as the engine takes it. */
export function engineContent(content: CellContent | undefined, renamed: ReadonlyMap<string, string> = new Map()): RawCellContent {
  if (content === null || content === undefined) return null;
  if (isFormula(content)) return renameSheetReferences(content.formula, renamed);
  if (isError(content)) return content.error;
  return typeof content === 'string' ? (content === '' ? null : engineText(content)) : content;
}

/** A value of the engine as a file holds it. */
export function fileValue(v: unknown): Value {
  if (v instanceof DetailedCellError) return { error: v.value };
  if (v === undefined || v === null) return null;
  return v as Value;
}

/** Whether the engine's value is the one Excel saved (numbers to nine significant digits' worth of rounding). */
function sameValue(engine: unknown, saved: Value): boolean {
  if (engine instanceof DetailedCellError) return isError(saved) && saved.error === engine.value;
  if (isError(saved)) return false;
  if (engine === null || engine === undefined || engine === '') return saved === null || saved === '';
  if (typeof engine === 'number' && typeof saved === 'number') return Math.abs(engine - saved) <= 1e-9 * Math.max(1, Math.abs(saved));
  return engine === saved;
}

const isParseError = (v: unknown): boolean => v instanceof DetailedCellError && v.type === ErrorType.ERROR;

/** Refuses, before anything is added, a sheet with a value beyond what the engine holds. */
function checkSize(hf: HyperFormula, sheets: readonly SheetData[]): void {
  const { maxRows, maxColumns } = hf.getConfig();
  const limits = { rows: maxRows, cols: maxColumns };
  for (const { name, cells } of sheets) {
    if (cells.length <= maxRows && cells.every((row) => (row?.length ?? 0) <= maxColumns)) continue;
    let beyond = '';
    cells.forEach((row, r) => row?.forEach((c, col) => {
      if (!beyond && c !== null && c !== undefined && (r >= maxRows || col >= maxColumns)) beyond = `${columnLetters(col)}${r + 1}`;
    }));
    if (beyond) throw new SheetTooLargeError(name, beyond, limits);
  }
}

/** Rows of a sparse sheet as blocks of neighbouring rows (short gaps filled), each row dense up to its last cell. */
function blocks(rows: ReadonlyMap<number, RawCellContent[]>): Array<{ top: number; rows: RawCellContent[][] }> {
  const out: Array<{ top: number; rows: RawCellContent[][] }> = [];
  for (const r of [...rows.keys()].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    const gap = last ? r - (last.top + last.rows.length) : Infinity;
    if (last && gap <= 64) {
      for (let i = 0; i < gap; i += 1) last.rows.push([]);
      last.rows.push(rows.get(r)!);
    } else {
      out.push({ top: r, rows: [rows.get(r)!] });
    }
  }
  return out;
}

interface Kept { sheet: number; row: number; col: number; formula: Formula; reason: SavedReason }

/** The views whose kept formulas already follow edits. */
const tracked = new WeakSet<object>();

/** A cell the user changes no longer keeps its saved formula (the engine reports every value that changes). */
function dropSavedOnEdit(hf: HyperFormula, view: FileView): void {
  if (tracked.has(view)) return;
  tracked.add(view);
  hf.on('valuesUpdated', (changes) => {
    for (const change of changes) {
      if (!(change instanceof ExportedCellChange)) continue;
      const name = hf.getSheetName(change.sheet);
      if (name !== undefined && view.hasSaved(name)) view.dropSaved(name, change.row, change.col);
    }
  });
}

/** A mark in a file (a sheet-scoped name over a range of its sheet) as an area of that sheet. */
function markArea(hf: HyperFormula, formula: string, sheet: number): Omit<Area, 'sheet'> | undefined {
  const range = hf.simpleCellRangeFromString(formula.replace(/^=/, ''), sheet);
  if (!range || range.start.sheet !== sheet || range.end.sheet !== sheet) return undefined;
  return { top: range.start.row, left: range.start.col, rows: range.end.row - range.start.row + 1, cols: range.end.col - range.start.col + 1 };
}

/**
 * Adds a workbook's sheets to the engine, each under its own name or, when that is taken, "name (2)" …; formulas and
 * names that refer to a renamed sheet follow it. Throws SheetTooLargeError before adding anything when a sheet has a
 * value beyond what the engine holds, and EngineFailure (having taken everything out again) when the engine fails.
 */
export function openInEngine(hf: HyperFormula, view: FileView, book: WorkbookData, options: OpenOptions): OpenResult {
  const { sheets } = book;
  checkSize(hf, sheets);
  const given: string[] = [];
  const taken = (candidate: string): boolean =>
    hf.doesSheetExist(candidate) || given.some((g) => g.toLowerCase() === candidate.toLowerCase());
  for (const { name } of sheets) given.push(uniqueName(name, taken));
  const givenOf = new Map(sheets.map((s, i) => [s.name, given[i]!] as const));
  const renamed = new Map([...givenOf].filter(([from, to]) => from !== to));

  let attempt: ReturnType<typeof load>;
  try {
    attempt = load(hf, book, given, renamed);
  } catch (first) {
    // The engine failed on something no check foresaw: every formula keeps its saved value instead.
    const message = first instanceof Error ? first.message : String(first);
    try {
      attempt = load(hf, book, given, renamed, message);
    } catch (second) {
      throw new EngineFailure(second instanceof Error ? second.message : String(second));
    }
  }
  const { ids, kept, names, namesNotTaken } = attempt;
  if (!book.manualCalc && !attempt.everySaved) {
    try {
      kept.push(...keepWhereDifferent(hf, sheets, ids, kept));
    } catch (e) {
      attempt.takeOut();
      throw new EngineFailure(e instanceof Error ? e.message : String(e));
    }
  }

  sheets.forEach((sheet, i) => {
    const name = given[i]!;
    for (const { format, ...area } of sheet.formats) view.setNumberFormat(name, area, format);
    for (const { color, ...a } of sheet.fills ?? []) for (let r = a.top; r < a.top + a.rows; r += 1) view.fill(name, r, a.left, a.cols, color);
    for (const { font, ...area } of sheet.fonts ?? []) view.setFont(name, area, font);
    for (const m of sheet.merges ?? []) view.merge(name, m);
    for (const { col, pixels } of sheet.widths ?? []) view.setColumnWidth(name, col, pixels);
    view.hide(name, 'columns', sheet.hiddenColumns ?? []);
    view.hide(name, 'rows', sheet.hiddenRows ?? []);
    view.setSheetState(name, sheet.state ?? 'visible');
  });
  for (const { sheet, row, col, formula, reason } of kept) {
    const saved: SavedFormula = { formula: renameSheetReferences(formula.formula, renamed), note: options.note(reason, formula.formula) };
    if (formula.array) saved.array = formula.array;
    view.keepSaved(given[sheet]!, row, col, saved);
  }
  for (const name of names) view.keepName(name);
  dropSavedOnEdit(hf, view);

  const visible = given.filter((_, i) => (sheets[i]!.state ?? 'visible') === 'visible');
  const active = book.active === undefined ? undefined : givenOf.get(book.active);
  const result: OpenResult = {
    sheets: given, hidden: given.filter((n) => !visible.includes(n)),
    saved: kept.map(({ sheet, row, col, reason }) => ({ sheet: given[sheet]!, row, col, reason })), namesNotTaken,
  };
  const show = active !== undefined && visible.includes(active) ? active : visible[0];
  if (show !== undefined) result.show = show;
  return result;
}

/**
 * One try at putting the workbook into the engine, evaluated; on any failure everything added is taken out again
 * before the error goes on. `everySaved` (the first try's failure) keeps every formula as its saved value.
 */
function load(hf: HyperFormula, book: WorkbookData, given: readonly string[], renamed: ReadonlyMap<string, string>, everySaved?: string) {
  const added: number[] = [];
  const workbookNames: string[] = [];
  hf.suspendEvaluation();
  try {
    for (const name of given) added.push(hf.getSheetId(hf.addSheet(name))!);
    const names = addNames(hf, book, given, renamed, added, workbookNames);
    const support = {
      functions: new Set(hf.getRegisteredFunctionNames().map((f) => f.toUpperCase())),
      missingNames: new Set(names.missing.map((n) => n.toUpperCase())),
    };
    const kept: Kept[] = [];
    book.sheets.forEach((sheet, i) => {
      const rows = new Map<number, RawCellContent[]>();
      const cleared: Array<[number, number]> = [];
      sheet.cells.forEach((cells, r) => {
        if (!cells) return;
        const row: RawCellContent[] = Array.from({ length: cells.length }, (_, c) => engineContent(cells[c], renamed));
        cells.forEach((c, col) => {
          if (!isFormula(c)) return;
          const reason: SavedReason | undefined = everySaved !== undefined ? { kind: 'engine', message: everySaved } : unsupported(c.formula, support);
          if (reason) {
            kept.push({ sheet: i, row: r, col, formula: c, reason });
            row[col] = engineContent(c.result ?? null);
          } else if (c.array) {
            // An array formula ({=…}) computes element by element; the cells it fills hold its saved results in the
            // file, and the engine fills them itself.
            row[col] = arrayAreaFormula(String(row[col]).slice(1), c.array.rows, c.array.cols);
            for (let dr = 0; dr < c.array.rows; dr += 1) for (let dc = 0; dc < c.array.cols; dc += 1) if (dr || dc) cleared.push([r + dr, col + dc]);
          }
        });
        rows.set(r, row);
      });
      for (const [r, c] of cleared) {
        const row = rows.get(r);
        if (row && c < row.length) row[c] = null;
      }
      for (const block of blocks(rows)) hf.setCellContents({ sheet: added[i]!, row: block.top, col: 0 }, block.rows);
    });
    hf.resumeEvaluation();
    return { ids: added, kept, names: names.kept, namesNotTaken: names.missing, everySaved: everySaved !== undefined, takeOut };
  } catch (e) {
    takeOut();
    throw e;
  }

  /** Everything this try added, taken out again. */
  function takeOut(): void {
    if (hf.isEvaluationSuspended()) hf.resumeEvaluation();
    for (const name of workbookNames) if (hf.getNamedExpression(name)) hf.removeNamedExpression(name);
    for (const id of added) if (hf.getSheetName(id) !== undefined) hf.removeSheet(id);
  }
}

/**
 * The file's defined names as named expressions of the engine: scoped to their sheet when they are; a workbook name
 * the engine already has (the same file opened twice) goes to each of the file's sheets instead, so the file's
 * formulas keep their own. A sheet-scoped name with the pane's prefix over a range is one of its marks. Built-in
 * names (_xlnm.Print_Area …) and names the engine cannot take are kept to be written back.
 */
function addNames(hf: HyperFormula, book: WorkbookData, given: readonly string[], renamed: ReadonlyMap<string, string>,
  ids: readonly number[], workbookNames: string[]): { kept: DefinedName[]; missing: string[] } {
  const kept: DefinedName[] = [];
  const missing: string[] = [];
  const sheetIndex = new Map(book.sheets.map((s, i) => [s.name, i] as const));
  // Names of workbooks opened before; a name this file repeats is the file's own problem, kept aside.
  const before = new Set(hf.listNamedExpressions().map((x) => x.toLowerCase()));
  for (const n of book.names) {
    const index = n.sheet === undefined ? undefined : sheetIndex.get(n.sheet);
    if (n.sheet !== undefined && index === undefined) continue;
    const sheet = index === undefined ? undefined : given[index]!;
    const scope = index === undefined ? undefined : ids[index]!;
    const formula = renameSheetReferences(n.formula, renamed);
    const keep: DefinedName = { ...n, formula, ...(sheet === undefined ? {} : { sheet }) };
    if (/^_xlnm\./i.test(n.name)) {
      kept.push(keep);
      continue;
    }
    if (scope !== undefined && sheet !== undefined && n.name.startsWith(MARK_PREFIX)) {
      const area = markArea(hf, formula, scope);
      const mark = area && markExpression({ sheet, ...area });
      if (mark && hf.isItPossibleToAddNamedExpression(n.name, mark, scope)) {
        hf.addNamedExpression(n.name, mark, scope);
        continue;
      }
    }
    const expression = `=${formula}`;
    const clash = scope === undefined && before.has(n.name.toLowerCase());
    const scopes: Array<number | undefined> = scope !== undefined ? [scope] : clash ? [...ids] : [undefined];
    let ok = hf.validateFormula(expression) && scopes.every((s) => hf.isItPossibleToAddNamedExpression(n.name, expression, s));
    if (ok) {
      try {
        for (const s of scopes) {
          hf.addNamedExpression(n.name, expression, s);
          if (s === undefined) workbookNames.push(n.name);
        }
      } catch {
        ok = false; // relative references, which a name in the engine cannot hold
      }
    }
    if (!ok) {
      kept.push(keep);
      missing.push(n.name);
    }
  }
  return { kept, missing };
}

/**
 * Formulas whose result differs from the value Excel saved (or that the engine cannot read) keep the saved value,
 * so the sheet shows what Excel shows. Only the first cell of a chain differs for its own sake: the cells computed
 * from it differ because of it, and compute again once it holds the saved value. So each round keeps the cells none
 * of whose inputs differ, until no cell differs or none can be told apart. The results of volatile formulas (TODAY,
 * RAND …) and of the add-in's own are no measure (see savedIsNoMeasure), nor are results the file does not hold;
 * cells computed from them are not taken for roots either.
 */
function keepWhereDifferent(hf: HyperFormula, sheets: readonly SheetData[], ids: readonly number[], already: readonly Kept[]): Kept[] {
  const keptKeys = new Set(already.map((k) => `${k.sheet}:${k.row}:${k.col}`));
  const compared: Array<{ sheet: number; row: number; col: number; formula: Formula; address: SimpleCellAddress }> = [];
  const unmeasured: SimpleCellAddress[] = [];
  sheets.forEach((sheet, i) => sheet.cells.forEach((cells, row) => cells?.forEach((c, col) => {
    if (!isFormula(c) || keptKeys.has(`${i}:${row}:${col}`)) return;
    const address = { sheet: ids[i]!, row, col };
    if (savedIsNoMeasure(c.formula)) unmeasured.push(address);
    else compared.push({ sheet: i, row, col, formula: c, address });
  })));
  const kept: Kept[] = [];
  const done = new Set<number>();
  for (let round = 0; round < 20; round += 1) {
    const differing: Array<{ index: number; value: unknown }> = [];
    compared.forEach((cell, index) => {
      if (done.has(index)) return;
      const value = hf.getCellValue(cell.address);
      if (isParseError(value) || (cell.formula.result !== undefined && !sameValue(value, cell.formula.result))) differing.push({ index, value });
    });
    if (differing.length === 0) break;
    const suspect = new CellSet([...differing.map((d) => compared[d.index]!.address), ...unmeasured]);
    // The others compute again once the roots hold saved values, and are compared in the next round.
    const roots = differing.filter((d) => !hf.getCellPrecedents(compared[d.index]!.address).some((p) => suspect.touches(p)))
      .map((d) => ({ ...compared[d.index]!, index: d.index, value: d.value }));
    if (roots.length === 0) break;
    hf.suspendEvaluation();
    try {
      for (const root of roots) {
        done.add(root.index);
        const { formula, address } = root;
        const sheet = sheets[root.sheet]!;
        const { rows, cols } = formula.array ?? { rows: 1, cols: 1 };
        const area = Array.from({ length: rows }, (_, dr) => Array.from({ length: cols }, (_, dc) =>
          (dr || dc ? engineContent(sheet.cells[root.row + dr]?.[root.col + dc]) : engineContent(formula.result ?? null))));
        hf.setCellContents(address, area);
        const reason: SavedReason = isParseError(root.value)
          ? (isRefusal((root.value as DetailedCellError).message) ? { kind: 'too-large', message: tooLargeWhy((root.value as DetailedCellError).message) } : { kind: 'syntax' }) : { kind: 'differs', engine: fileValue(root.value), saved: formula.result ?? null };
        kept.push({ sheet: root.sheet, row: root.row, col: root.col, formula, reason });
      }
    } finally {
      hf.resumeEvaluation();
    }
  }
  return kept;
}

/** Cells by sheet and column, to tell whether a precedent (a cell or a range) holds one of them. */
class CellSet {
  private readonly rows = new Map<string, number[]>();

  constructor(cells: readonly SimpleCellAddress[]) {
    for (const { sheet, row, col } of cells) {
      const key = `${sheet}:${col}`;
      this.rows.set(key, [...(this.rows.get(key) ?? []), row]);
    }
    for (const list of this.rows.values()) list.sort((a, b) => a - b);
  }

  touches(p: SimpleCellAddress | { start: SimpleCellAddress; end: SimpleCellAddress }): boolean {
    const { start, end } = 'start' in p ? p : { start: p, end: p };
    for (let col = start.col; col <= end.col; col += 1) {
      const rows = this.rows.get(`${start.sheet}:${col}`);
      if (!rows) continue;
      let lo = 0;
      let hi = rows.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (rows[mid]! < start.row) lo = mid + 1;
        else hi = mid;
      }
      if (lo < rows.length && rows[lo]! <= end.row) return true;
    }
    return false;
  }
}

/** A quoted sheet name for a reference. */
const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/**
 * Every sheet of the engine as a file holds it: formulas with their current results (an array formula with the size
 * it fills; a formula kept as its saved value as the file's formula), values, and what the view keeps beside the
 * engine; and every defined name, the pane's marks as names over their ranges.
 */
export function saveFromEngine(hf: HyperFormula, view: FileView): WorkbookData {
  const sheets = hf.getSheetNames().map((name): SheetData => {
    const sheet = hf.getSheetId(name)!;
    const values = hf.getSheetValues(sheet);
    // Text typed as "'=…" keeps its prefix here, so only formulas start with "=".
    const raw = hf.getSheetSerialized(sheet);
    const anySaved = view.hasSaved(name);
    const cells = values.map((row, r) => row.map((v, col): CellContent => {
      const saved = anySaved ? view.savedAt(name, r, col) : undefined;
      if (saved) return { formula: saved.formula, result: fileValue(v), ...(saved.array ? { array: saved.array } : {}) };
      const formula = raw[r]?.[col];
      if (typeof formula !== 'string' || !formula.startsWith('=')) return fileValue(v);
      const address = { sheet, row: r, col };
      const array = arrayFormulaOf(formula);
      const inner = array?.inner;
      const content: CellContent = { formula: inner === undefined ? formula : `=${inner}`, result: fileValue(v) };
      if (array?.area) {
        content.array = array.area;
      } else if (hf.isCellPartOfArray(address)) {
        const all = hf.calculateFormula(formula, sheet);
        const size = Array.isArray(all) ? { rows: all.length, cols: all[0]?.length ?? 0 } : { rows: 1, cols: 1 };
        if (inner !== undefined || size.rows * size.cols > 1) content.array = size;
      } else if (inner !== undefined) {
        content.array = { rows: 1, cols: 1 };
      }
      return content;
    }));
    const data: SheetData = { name, cells, formats: view.numberFormats(name) };
    const fills = view.fills(name);
    if (fills.length) data.fills = fills;
    const fonts = view.fonts(name);
    if (fonts.length) data.fonts = fonts;
    const merges = view.merges(name);
    if (merges.length) data.merges = merges;
    const widths = [...view.columnWidths(name)].map(([col, pixels]) => ({ col, pixels }));
    if (widths.length) data.widths = widths;
    const hiddenColumns = view.hiddenOf(name, 'columns');
    if (hiddenColumns.length) data.hiddenColumns = hiddenColumns;
    const hiddenRows = view.hiddenOf(name, 'rows');
    if (hiddenRows.length) data.hiddenRows = hiddenRows;
    const state = view.sheetState(name);
    if (state !== 'visible') data.state = state;
    return data;
  });
  return { sheets, names: engineNames(hf, view) };
}

/** The engine's named expressions as defined names (marks as names over their ranges), then the names kept aside. */
function engineNames(hf: HyperFormula, view: FileView): DefinedName[] {
  const names: DefinedName[] = [];
  const seen = new Set<string>();
  const add = (name: DefinedName): void => {
    const key = `${name.sheet ?? ''}\u0000${name.name.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    names.push(name);
  };
  const formulaOf = (name: string, scope?: number): string => String(hf.getNamedExpressionFormula(name, scope) ?? '').replace(/^=/, '');
  for (const name of hf.listNamedExpressions()) add({ name, formula: formulaOf(name) });
  for (const sheet of hf.getSheetNames()) {
    const id = hf.getSheetId(sheet)!;
    const marks = new Map(marksOf(hf, sheet).map((m) => [m.name, m.area] as const));
    for (const name of hf.listNamedExpressions(id)) {
      const area = marks.get(name);
      const formula = area
        ? `${quoteSheet(sheet)}!$${columnLetters(area.left)}$${area.top + 1}:$${columnLetters(area.left + area.cols - 1)}$${area.top + area.rows}`
        : formulaOf(name, id);
      add({ name, formula, sheet });
    }
  }
  const sheets = new Set(hf.getSheetNames());
  for (const name of view.keptNames()) if (name.sheet === undefined || sheets.has(name.sheet)) add(name);
  return names;
}
