/**
 * The workbench's spreadsheet engine: HyperFormula with the ETS functions registered from the very functions.js that
 * Excel loads (its CustomFunctions.associate calls are collected, see shim.ts). The engine only converts values at the
 * boundary — HyperFormula's in, Excel-shaped 2-D arrays to the wrapper, Excel errors back as HyperFormula errors —
 * so the wrappers and their argument helper are the same code in both hosts. DOM-free: the bench uses it in Node too.
 */
import {
  ArraySize, CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue,
  type ConfigParams, type FunctionPluginDefinition,
} from 'hyperformula';

import { elementwiseSize, type Size, type SizeRule } from '../functions/lift';
import { withExcelCompat } from './excel-compat';
import { limitFormulas } from './engine-limits';
import { isExcelError, type ExcelFunction } from './excel-values';
import { sayer, type Say } from './words';

export type { ExcelFunction } from './excel-values';

/** Excel's error codes and HyperFormula's error types. */
const TO_HF: Readonly<Record<string, ErrorType>> = {
  '#VALUE!': ErrorType.VALUE, '#NUM!': ErrorType.NUM, '#N/A': ErrorType.NA, '#DIV/0!': ErrorType.DIV_BY_ZERO,
  '#NAME?': ErrorType.NAME, '#REF!': ErrorType.REF,
};
const TO_EXCEL: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(TO_HF).map(([code, type]) => [type, code]));


/** One HyperFormula value as Excel hands it to a custom function. */
function toExcelScalar(v: unknown): unknown {
  if (v === EmptyValue || v === undefined) return null;
  if (v instanceof CellError) return { code: TO_EXCEL[v.type] ?? '#VALUE!', message: v.message };
  if (typeof v === 'object' && v !== null && typeof (v as { val?: unknown }).val === 'number') return (v as { val: number }).val;
  return v;
}

/** An argument as Excel passes it: omitted → null, a value → [[v]], a range → its 2-D array. */
function toExcelArg(v: unknown): unknown {
  if (v === undefined) return null;
  if (v instanceof SimpleRangeValue) return v.data.map((row) => row.map(toExcelScalar));
  return [[toExcelScalar(v)]];
}

function toEngineScalar(v: unknown): unknown {
  if (isExcelError(v)) return new CellError(TO_HF[v.code] ?? ErrorType.VALUE, v.message);
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return new CellError(ErrorType.VALUE, 'The function returned no value.');
}

/** The rule a wrapper declares for the size of its result (functions.ts), else one result per element. */
const ruleOf = (fn: ExcelFunction): SizeRule => (fn as unknown as { resultSize?: SizeRule }).resultSize ?? elementwiseSize;

/** Says why a result does not fit the cells reserved for it (in the page's language). */
export type TooBig = (result: Size, reserved: Size) => string;

const ENGLISH = sayer('en');

export const tooBigIn = (say: Say): TooBig => ([rows, cols], [reservedRows, reservedCols]) =>
  say('engine.spill-grew', { rows, cols, reservedRows, reservedCols });

/**
 * A result grid back to HyperFormula, in exactly the size reserved for it: one cell as a scalar, more as a spilled
 * range, a smaller result padded with empty cells. HyperFormula sizes a spill when the formula is entered and cannot
 * take a larger result later (it would throw), so a result that outgrew its cells is a #SPILL! saying so, never a
 * cut-off table.
 */
function toEngineResult(grid: unknown[][], reserved: Size, tooBig: TooBig): unknown {
  const size: Size = [grid.length, grid[0]?.length ?? 0];
  // Too big: the error in the first cell only, as Excel shows #SPILL!.
  const cell = size[0] > reserved[0] || size[1] > reserved[1]
    ? (r: number, c: number) => (r === 0 && c === 0 ? new CellError(ErrorType.SPILL, tooBig(size, reserved)) : EmptyValue)
    : (r: number, c: number) => (r < size[0] && c < size[1] ? toEngineScalar(grid[r]![c]) : EmptyValue);
  if (reserved[0] === 1 && reserved[1] === 1) return cell(0, 0);
  return SimpleRangeValue.onlyValues(Array.from({ length: reserved[0] }, (_, r) => Array.from({ length: reserved[1] }, (_, c) => cell(r, c))) as never);
}

/** The name Excel shows (ETS.ALLOCATION) for a registered id (ALLOCATION). */
export const formulaName = (id: string): string => `ETS.${id}`;

/**
 * A HyperFormula plugin class for a set of wrappers. Every parameter is optional to the engine so that the wrapper's
 * own messages ("sector: blank — a value is required") reach the user instead of a generic argument-count error.
 */
export function etsPlugin(functions: Readonly<Record<string, ExcelFunction>>, tooBig: TooBig = tooBigIn(ENGLISH)): FunctionPluginDefinition {
  const implemented: Record<string, object> = {};
  const methods: Record<string, (this: FunctionPlugin, ast: never, state: never) => unknown> = {};
  for (const [id, fn] of Object.entries(functions)) {
    const method = `ets_${id.replace(/\./g, '_')}`;
    implemented[formulaName(id)] = {
      method,
      sizeOfResultArrayMethod: `${method}_size`,
      vectorizationForbidden: true,
      parameters: Array.from({ length: fn.length }, () => ({ argumentType: FunctionArgumentType.ANY, optionalArg: true })),
    };
    const rule = ruleOf(fn);
    // The size from the arguments' sizes (as the engine predicts them from the formula), at entry and at every
    // evaluation alike, so the result always matches the cells reserved.
    const sizeFor = (plugin: FunctionPlugin, ast: never, state: never): Size => {
      const self = plugin as unknown as { arraySizeForAst: (a: unknown, s: unknown) => ArraySize };
      return rule((ast as { args: unknown[] }).args.map((a): Size => {
        const s = self.arraySizeForAst(a, state);
        return [s.height, s.width];
      }));
    };
    methods[method] = function (this: FunctionPlugin, ast: never, state: never) {
      const self = this as unknown as { runFunction: (...a: unknown[]) => unknown; metadata: (n: string) => unknown };
      const reserved = sizeFor(this, ast, state);
      return self.runFunction((ast as { args: unknown[] }).args, state, self.metadata(formulaName(id)),
        (...args: unknown[]) => toEngineResult(fn(...args.map(toExcelArg)), reserved, tooBig));
    };
    methods[`${method}_size`] = function (this: FunctionPlugin, ast: never, state: never) {
      const [rows, cols] = sizeFor(this, ast, state);
      return new ArraySize(cols, rows);
    };
  }
  class EtsPlugin extends FunctionPlugin {
    static override implementedFunctions = implemented as never;
  }
  Object.assign(EtsPlugin.prototype, methods);
  return EtsPlugin as unknown as FunctionPluginDefinition;
}

/** English names for the functions, as HyperFormula's translation packages want them. */
function translations(functions: Readonly<Record<string, ExcelFunction>>): Record<string, Record<string, string>> {
  const names = Object.fromEntries(Object.keys(functions).map((id) => [formulaName(id), formulaName(id)]));
  return { enGB: names, enUS: names };
}

// smartRounding off: cells keep the full double, as Excel stores it (the grid formats for display). Array arithmetic on,
// as in Excel 365: =A2:A13*2 spills, and an argument such as 1500000*(1+2%)^(A2:A13-A2) is a path of values. A formula
// that comes to an empty cell (=A1, A1 blank) shows 0, as in Excel.
export const ENGINE_CONFIG: Partial<ConfigParams> = {
  licenseKey: 'gpl-v3', smartRounding: false, maxRows: 200000, maxColumns: 200, useArrayArithmetic: true, evaluateNullToZero: true,
};

/** HyperFormula registers plugins for the whole page; this is the one registered now, the wrappers it calls and its words. */
let registered: { functions: Readonly<Record<string, ExcelFunction>>; say: Say; plugin: FunctionPluginDefinition } | undefined;

/**
 * A HyperFormula instance with these ETS functions registered (replacing any set registered before), and Excel's
 * behaviour where HyperFormula's differs on formulas real workbooks use (excel-compat.ts); `say` gives the engine's
 * own messages (a result larger than its cells, a formula too large to compute: engine-limits.ts) in the page's language.
 */
export function createEngine(functions: Readonly<Record<string, ExcelFunction>>, config: Partial<ConfigParams> = {},
  say: Say = ENGLISH): HyperFormula {
  if (registered?.functions !== functions || registered.say !== say) {
    if (registered) HyperFormula.unregisterFunctionPlugin(registered.plugin);
    registered = { functions, say, plugin: etsPlugin(functions, tooBigIn(say)) };
    HyperFormula.registerFunctionPlugin(registered.plugin, translations(functions));
  }
  const hf = withExcelCompat(() => HyperFormula.buildEmpty({ ...ENGINE_CONFIG, ...config }));
  limitFormulas(hf, say);
  return hf;
}
