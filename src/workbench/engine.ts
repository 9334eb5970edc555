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

import { withExcelCompat } from './excel-compat';
import { isExcelError, type ExcelFunction } from './excel-values';

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

/** A table function's declared size (rows, columns), when it has one. */
const shapeOf = (fn: ExcelFunction): readonly [number, number] | undefined =>
  (fn as unknown as { resultShape?: [number, number] }).resultShape;

/**
 * A result grid back to HyperFormula: one cell as a scalar, more as a spilled range. A table function answers with its
 * declared size; a single error in its place fills the first cell and leaves the rest empty.
 */
function toEngineResult(grid: unknown[][], shape?: readonly [number, number]): unknown {
  if (shape && (grid.length !== shape[0] || grid[0]!.length !== shape[1])) {
    grid = Array.from({ length: shape[0] }, (_, r) => Array.from({ length: shape[1] }, (_, c) => (r === 0 && c === 0 ? grid[0]![0] : '')));
  }
  if (grid.length === 1 && grid[0]!.length === 1) return toEngineScalar(grid[0]![0]);
  return SimpleRangeValue.onlyValues(grid.map((row) => row.map(toEngineScalar)) as never);
}

/** The name Excel shows (ETS.ALLOCATION) for a registered id (ALLOCATION). */
export const formulaName = (id: string): string => `ETS.${id}`;

/**
 * A HyperFormula plugin class for a set of wrappers. Every parameter is optional to the engine so that the wrapper's
 * own messages ("sector: blank — a value is required") reach the user instead of a generic argument-count error.
 */
export function etsPlugin(functions: Readonly<Record<string, ExcelFunction>>): FunctionPluginDefinition {
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
    methods[method] = function (this: FunctionPlugin, ast: never, state: never) {
      const self = this as unknown as { runFunction: (...a: unknown[]) => unknown; metadata: (n: string) => unknown };
      return self.runFunction((ast as { args: unknown[] }).args, state, self.metadata(formulaName(id)),
        (...args: unknown[]) => toEngineResult(fn(...args.map(toExcelArg)), shapeOf(fn)));
    };
    // The spill size the wrapper will return: the common shape of the non-single arguments (1×1 if they disagree,
    // when the wrapper returns one #VALUE!).
    methods[`${method}_size`] = function (this: FunctionPlugin, ast: never, state: never) {
      const shape = shapeOf(fn);
      if (shape) return new ArraySize(shape[1], shape[0]);
      const self = this as unknown as { arraySizeForAst: (a: unknown, s: unknown) => ArraySize };
      const sizes = (ast as { args: unknown[] }).args.map((a) => self.arraySizeForAst(a, state))
        .filter((s) => !(s.width === 1 && s.height === 1));
      const first = sizes[0];
      if (!first || sizes.some((s) => s.width !== first.width || s.height !== first.height)) return ArraySize.scalar();
      return new ArraySize(first.width, first.height);
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

// smartRounding off: cells keep the full double, as Excel stores it (the grid formats for display). A formula that
// comes to an empty cell (=A1, A1 blank) shows 0, as in Excel.
export const ENGINE_CONFIG: Partial<ConfigParams> = {
  licenseKey: 'gpl-v3', smartRounding: false, maxRows: 200000, maxColumns: 200, evaluateNullToZero: true,
};

/** HyperFormula registers plugins for the whole page; this is the one registered now, and the wrappers it calls. */
let registered: { functions: Readonly<Record<string, ExcelFunction>>; plugin: FunctionPluginDefinition } | undefined;

/**
 * A HyperFormula instance with these ETS functions registered (replacing any set registered before), and Excel's
 * behaviour where HyperFormula's differs on formulas real workbooks use (excel-compat.ts).
 */
export function createEngine(functions: Readonly<Record<string, ExcelFunction>>, config: Partial<ConfigParams> = {}): HyperFormula {
  if (registered?.functions !== functions) {
    if (registered) HyperFormula.unregisterFunctionPlugin(registered.plugin);
    registered = { functions, plugin: etsPlugin(functions) };
    HyperFormula.registerFunctionPlugin(registered.plugin, translations(functions));
  }
  return withExcelCompat(() => HyperFormula.buildEmpty({ ...ENGINE_CONFIG, ...config }));
}
