/**
 * The workbench's undo history: one step per user action, whatever it changed. The engine's part is HyperFormula's
 * own undo (it knows how to take back every engine operation, sheets and names included); a step holds its engine
 * operations as one entry there, even when the action is asynchronous (a pane action writes in chunks with ticks
 * between them). What the engine does not hold — fills, number formats, merges, column widths (CellFormats) — is
 * snapshotted around the steps that may change it and put back with the step. Steps nest: an inner step is part of
 * the outer one. DOM-free, so the tests run it in Node.
 */
import { DetailedCellError, ErrorType, ExportedCellChange, type HyperFormula, type SimpleCellAddress } from 'hyperformula';
import type { CellFormats, FormatsSnapshot } from './cell-formats';
import { closeEntry, entryHasOperations, nextRedo, nextUndo, openEntry, type UndoEntry } from './engine-internals';

/** What a step needs from the page: the sheet shown, to show it again when its step is undone or redone. */
export interface StepView {
  selection(): { readonly sheet: string };
  showSheet(name: string): void;
}

interface Recorded {
  /** Formats before and after the step, when it changed them. */
  formats?: { before: FormatsSnapshot; after: FormatsSnapshot };
  sheetBefore: string;
  sheetAfter: string;
}

/** HyperFormula's message for a spill whose cells are taken (its #SPILL!). */
export const NO_SPACE = 'No space for array result.';
const isBlocked = (v: unknown): boolean => v instanceof DetailedCellError && v.type === ErrorType.SPILL && v.message === NO_SPACE;

/** Structural equality of snapshots (maps, arrays, plain objects, primitives). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Map && b instanceof Map) return a.size === b.size && [...a].every(([k, v]) => b.has(k) && same(v, b.get(k)));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => same(v, b[i]));
  if (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
}

export class History {
  private depth = 0;
  private formatsBefore?: FormatsSnapshot;
  private sheetBefore = '';
  /** What each of our entries on HyperFormula's stacks changed beyond the engine. */
  private readonly recorded = new WeakMap<UndoEntry, Recorded>();
  /** Formulas whose spill found its cells taken: HyperFormula leaves them so even once the cells are free. */
  private readonly blocked = new Map<string, SimpleCellAddress>();

  /** Set when the last undo was refused because it would have removed the workbook's only sheet. */
  refusedLastSheet = false;

  /**
   * Takes over the engine's undo from here: what was done before (the page's set-up, the example sheet) is where the
   * history starts, not a step to undo.
   */
  constructor(private readonly hf: HyperFormula, private readonly formats: CellFormats, private readonly view: StepView) {
    hf.clearUndoStack();
    hf.on('valuesUpdated', (changes) => {
      for (const change of changes) {
        if (change instanceof ExportedCellChange && isBlocked(change.newValue)) {
          this.blocked.set(`${change.sheet}!${change.row}!${change.col}`, change.address);
        }
      }
    });
    // batch() inside a step would open an entry of its own and lose the step's: it joins the step instead.
    const batch = hf.batch.bind(hf);
    hf.batch = (operations) => {
      if (this.depth === 0) return batch(operations);
      hf.suspendEvaluation();
      try {
        operations();
      } finally {
        hf.resumeEvaluation();
      }
      return [];
    };
  }

  /** Whether a step is running (a pane action between its chunks): undo waits for it. */
  get busy(): boolean {
    return this.depth > 0;
  }

  /**
   * Runs an action as one undo step, fills, formats and widths included (a pane action, a rename, a column resized).
   * Synchronous or asynchronous; an action that throws still leaves what it did as one step.
   */
  step<T>(action: () => T): T {
    this.formatsBefore ??= this.formats.snapshot();
    return this.run(action);
  }

  /** Runs an action that changes only the engine's cells (typing, paste, fill, clear) as one undo step. */
  edit<T>(action: () => T): T {
    return this.run(action);
  }

  private run<T>(action: () => T): T {
    this.begin();
    let result: T;
    try {
      result = action();
    } catch (e) {
      this.end();
      throw e;
    }
    // A thenable, not instanceof Promise: the pane's actions come from its frame's realm.
    if (typeof (result as { then?: unknown } | null)?.then === 'function') {
      return Promise.resolve(result).finally(() => this.end()) as unknown as T;
    }
    this.end();
    return result;
  }

  private begin(): void {
    if (this.depth++ > 0) return;
    this.sheetBefore = this.view.selection().sheet;
    openEntry(this.hf);
  }

  private end(): void {
    if (--this.depth > 0) return;
    if (entryHasOperations(this.hf)) this.respill();
    const before = this.formatsBefore;
    this.formatsBefore = undefined;
    const after = before && this.formats.snapshot();
    const formatsChanged = before !== undefined && !same(before, after);
    const entry = closeEntry(this.hf, formatsChanged);
    if (!entry) return;
    // A step that changed only formats took no engine operation, which is what clears the redo stack.
    if (!(entry.operations?.length ?? 0)) this.hf.clearRedoStack();
    this.recorded.set(entry, {
      formats: formatsChanged ? { before: before!, after: after! } : undefined,
      sheetBefore: this.sheetBefore,
      sheetAfter: this.view.selection().sheet,
    });
  }

  /**
   * Enters again each formula whose spill was blocked, so it spills where its cells are free now (Excel does this by
   * itself); part of the step that freed them, so one undo takes both back. One still blocked stays #SPILL!.
   */
  private respill(): void {
    for (const [key, address] of [...this.blocked]) {
      this.blocked.delete(key);
      if (this.hf.getSheetName(address.sheet) === undefined || !isBlocked(this.hf.getCellValue(address))) continue;
      const formula = this.hf.getCellFormula(address);
      if (formula) this.hf.setCellContents(address, [[formula]]);
    }
  }

  canUndo(): boolean {
    return !this.busy && this.hf.isThereSomethingToUndo();
  }

  canRedo(): boolean {
    return !this.busy && this.hf.isThereSomethingToRedo();
  }

  /**
   * Takes back the last step: its engine entry, then its formats; shows the sheet it started on. A step that made the
   * workbook's only sheet is not taken back (a workbook keeps a sheet, and the grid has nothing to show without one):
   * it is done again at once, the history before it dropped, and `refusedLastSheet` says why nothing happened.
   */
  undo(): boolean {
    this.refusedLastSheet = false;
    if (!this.canUndo()) return false;
    const entry = nextUndo(this.hf);
    this.hf.undo();
    if (this.hf.countSheets() === 0) {
      this.hf.redo();
      this.hf.clearUndoStack();
      this.hf.clearRedoStack();
      this.refusedLastSheet = true;
      return false;
    }
    const recorded = entry && this.recorded.get(entry);
    if (recorded?.formats) this.formats.restore(recorded.formats.before);
    if (recorded) this.show(recorded.sheetBefore);
    return true;
  }

  /** Does the last undone step again. */
  redo(): boolean {
    if (!this.canRedo()) return false;
    const entry = nextRedo(this.hf);
    this.hf.redo();
    const recorded = entry && this.recorded.get(entry);
    if (recorded?.formats) this.formats.restore(recorded.formats.after);
    if (recorded) this.show(recorded.sheetAfter);
    return true;
  }

  private show(sheet: string): void {
    if (sheet !== this.view.selection().sheet && this.hf.doesSheetExist(sheet)) this.view.showSheet(sheet);
  }
}
