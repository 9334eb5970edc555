/**
 * The two places the workbench reaches inside HyperFormula, kept here so an upgrade that moves them breaks one module
 * and its test (test/workbench/undo.test.ts), not the page:
 *
 * - its undo stacks and batch mode, so an asynchronous pane action (chunks written with ticks between them) is one
 *   undo entry — the public batch() takes only a synchronous callback — and undo can tell which entry is next;
 * - its dependency graph, to recalculate every formula (Ctrl+Alt+F9; a changed language) without rebuilding the
 *   engine, which rebuildAndRecalculate() does and which empties the undo history.
 */
import type { HyperFormula } from 'hyperformula';

/** One entry of HyperFormula's undo or redo stack; a batch lists its operations. */
export type UndoEntry = object & { operations?: unknown[] };

interface UndoRedo {
  undoStack: UndoEntry[];
  redoStack: UndoEntry[];
  batchUndoEntry?: UndoEntry;
  beginBatchMode(): void;
  commitBatchMode(): void;
}

interface Graph {
  getNodes(): object[];
  markNodeAsDirty(node: object): void;
}

/** HyperFormula's undo-redo keeper. Read afresh each time: a rebuild of the engine replaces it. */
function undoRedo(hf: HyperFormula): UndoRedo {
  const keeper = (hf as unknown as { _crudOperations?: { undoRedo?: UndoRedo } })._crudOperations?.undoRedo;
  if (!keeper || !Array.isArray(keeper.undoStack) || !Array.isArray(keeper.redoStack) || typeof keeper.beginBatchMode !== 'function') {
    throw new Error('This HyperFormula keeps its undo history differently: see src/workbench/engine-internals.ts.');
  }
  return keeper;
}

/** The entry the next undo (or redo) takes back, if any. */
export const nextUndo = (hf: HyperFormula): UndoEntry | undefined => undoRedo(hf).undoStack.at(-1);
export const nextRedo = (hf: HyperFormula): UndoEntry | undefined => undoRedo(hf).redoStack.at(-1);

/** From here, every engine operation joins one undo entry (as inside batch(), but evaluation goes on). */
export function openEntry(hf: HyperFormula): void {
  undoRedo(hf).beginBatchMode();
}

/**
 * Ends the entry opened: on the undo stack when it holds operations or `keepEmpty` (a step that changed only formats
 * still needs an entry for undo to find), else dropped. Returns the entry kept.
 */
export function closeEntry(hf: HyperFormula, keepEmpty: boolean): UndoEntry | undefined {
  const keeper = undoRedo(hf);
  const entry = keeper.batchUndoEntry;
  if (!entry) return undefined;
  if (!keepEmpty && (entry.operations?.length ?? 0) === 0) {
    keeper.batchUndoEntry = undefined;
    return undefined;
  }
  keeper.commitBatchMode();
  return entry;
}

/** Whether the entry open now holds any engine operation. */
export const entryHasOperations = (hf: HyperFormula): boolean => (undoRedo(hf).batchUndoEntry?.operations?.length ?? 0) > 0;

/**
 * Recalculates every formula, as Excel's Ctrl+Alt+F9: each is marked for recalculation and the engine's own partial
 * recalculation (started by resuming evaluation) computes them in dependency order. A HyperFormula without this
 * graph is rebuilt instead, which gives the same values but empties the undo history.
 */
export function recalculateAll(hf: HyperFormula): void {
  const graph = (hf as unknown as { _dependencyGraph?: { graph?: Graph } })._dependencyGraph?.graph;
  if (!graph || typeof graph.getNodes !== 'function' || typeof graph.markNodeAsDirty !== 'function') {
    hf.rebuildAndRecalculate();
    return;
  }
  for (const node of graph.getNodes()) if ('formula' in node) graph.markNodeAsDirty(node);
  hf.suspendEvaluation();
  hf.resumeEvaluation();
}
