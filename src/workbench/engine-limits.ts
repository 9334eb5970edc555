/**
 * How much one formula may make the engine build. HyperFormula allocates before it computes: a spilled result
 * (=SEQUENCE(200000,200), =A1:GR200000*2) reserves a cell for every element, and a range argument written corner to
 * corner (=SUM(A1:GR200000), =SUM(OFFSET(A1,0,0,200000,200)), which the engine turns into that range when it reads the
 * formula) gets a node for every cell it covers, filled or not — about half a kilobyte and 3 µs a cell, so 40 million
 * cells take the page down. A formula beyond either limit is refused when the engine reads it, before anything is
 * allocated: its cell shows #ERROR! saying why, as a formula the engine cannot read does. Whole columns and rows
 * (SUM(A:A), 1:1) are kept lazily by the engine and cost nothing up front, so they are not counted.
 *
 * The check wraps one method of HyperFormula's array-size predictor (called for every formula entered, before the
 * formula's dependencies are built) and one of its operations (to word the error); kept here so an upgrade that moves
 * them breaks one module and its test (test/workbench/engine-limits.test.ts). DOM-free.
 */
import type { HyperFormula } from 'hyperformula';
import { sayer, type Say } from './words';

/** The most cells one formula's result may spill into. */
export const MAX_SPILL_CELLS = 1_000_000;
/** The most cells the ranges written in one formula may cover between them (whole columns and rows aside). */
export const MAX_RANGE_CELLS = 1_000_000;

interface Address { sheet: number; row: number; col: number }
interface Ast {
  type: string;
  start?: { toSimpleCellAddress?(base: Address): Address };
  end?: { toSimpleCellAddress?(base: Address): Address };
  [key: string]: unknown;
}
interface Size { width: number; height: number }
interface Predictor {
  config: object;
  checkArraySize(ast: Ast, address: Address): Size;
  etsLimited?: true;
}
interface Operations {
  setParsingErrorToCell(rawInput: string, errors: Array<{ type: string; message: string }>, address: Address): void;
  etsLimited?: true;
}

/** The cells the corner-to-corner ranges (A1:B2) written in a formula cover between them. */
export function rangeCells(ast: unknown, base: Address): number {
  let total = 0;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const a = node as Ast;
    if (a.type === 'CELL_RANGE' && a.start?.toSimpleCellAddress && a.end?.toSimpleCellAddress) {
      const s = a.start.toSimpleCellAddress(base);
      const e = a.end.toSimpleCellAddress(base);
      total += (Math.abs(e.row - s.row) + 1) * (Math.abs(e.col - s.col) + 1);
      return;
    }
    for (const key of ['args', 'left', 'right', 'value', 'expression']) if (key in a) visit(a[key]);
  };
  visit(ast);
  return total;
}

/** The refusals made so far (a few distinct texts: they name the sizes), to tell them from other unreadable formulas. */
const refusals = new Set<string>();

/** Whether an engine error's message is one of these refusals (the engine puts "Parsing error." before it). */
export const isRefusal = (message: string): boolean => [...refusals].some((r) => message.includes(r));

/** The words for each engine's refusals, by the engine's config (one per engine). */
const wordsOf = new WeakMap<object, Say>();
/** The refusal the predictor just made, for the error it becomes (the engine reads one formula at a time). */
let refusal: string | undefined;

/** Why a formula is too large for the engine, or undefined when it is not. */
export function tooLarge(spill: Size, ranges: number, say: Say): string | undefined {
  const cells = spill.width * spill.height;
  if (cells > MAX_SPILL_CELLS) {
    return say('engine.spill-too-large', { rows: spill.height, cols: spill.width, cells, max: MAX_SPILL_CELLS });
  }
  if (ranges > MAX_RANGE_CELLS) return say('engine.range-too-large', { cells: ranges, max: MAX_RANGE_CELLS });
  return undefined;
}

/**
 * Installs the limits on an engine (the wrapped methods are shared by every engine; `say` words this one's
 * refusals). Throws when this HyperFormula keeps them elsewhere, so an upgrade is caught by the tests, not by a user.
 */
export function limitFormulas(hf: HyperFormula, say: Say = sayer('en')): void {
  const operations = (hf as unknown as { _crudOperations?: { operations?: { arraySizePredictor?: Predictor } } })._crudOperations?.operations;
  const predictor = operations?.arraySizePredictor;
  if (!operations || !predictor || typeof predictor.checkArraySize !== 'function'
    || typeof (operations as unknown as Operations).setParsingErrorToCell !== 'function') {
    throw new Error('This HyperFormula sizes formulas differently: see src/workbench/engine-limits.ts.');
  }
  wordsOf.set(predictor.config, say);
  const predictorProto = Object.getPrototypeOf(predictor) as Predictor;
  if (!predictorProto.etsLimited) {
    const check = predictorProto.checkArraySize;
    predictorProto.checkArraySize = function (this: Predictor, ast: Ast, address: Address): Size {
      const size = check.call(this, ast, address);
      const why = tooLarge(size, rangeCells(ast, address), wordsOf.get(this.config) ?? sayer('en'));
      if (why) {
        refusal = why;
        if (refusals.size < 1000) refusals.add(why);
        // The engine turns an error thrown here into a cell that cannot be read ("Invalid range size"), worded below.
        throw new Error(why);
      }
      return size;
    };
    predictorProto.etsLimited = true;
  }
  const operationsProto = Object.getPrototypeOf(operations) as Operations;
  if (!operationsProto.etsLimited) {
    const setError = operationsProto.setParsingErrorToCell;
    operationsProto.setParsingErrorToCell = function (this: Operations, rawInput, errors, address) {
      const why = refusal;
      refusal = undefined;
      const worded = why && errors.length === 1 && errors[0]!.type === 'InvalidRangeSize' ? [{ ...errors[0]!, message: why }] : errors;
      setError.call(this, rawInput, worded, address);
    };
    operationsProto.etsLimited = true;
  }
}
