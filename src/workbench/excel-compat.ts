/**
 * Where HyperFormula 3.5 computes formulas that real workbooks use differently from Excel, the workbench gives them
 * Excel's behaviour, so an opened workbook shows what Excel shows. Found on the Commission's CBAM communication
 * template, whose 52,736 formulas lean on all three:
 *
 * - INDEX: Excel reads INDEX(row, n) as the n-th column of a one-row range, takes a row or column of 0 (or left empty,
 *   INDEX(range, n, )) as the whole column or row, and answers #REF! outside the range. HyperFormula's INDEX does none
 *   of these. Replaced through HyperFormula's own extension point (a plugin registered under the same name).
 * - ROWS, COLUMNS: HyperFormula subtracts the two corners of a range as written, so a range mixing absolute and
 *   relative rows, ROWS(D$101:D105) (Excel's running counter), comes out negative. Replaced the same way.
 * - A range that is exactly the area of an array formula whose result is an error (=SUM(D1:D2) over
 *   {=MMULT(A1:B2,C1:C2)} with text in A1) throws "Unknown array" inside HyperFormula, stopping the whole
 *   evaluation: the interpreter reads such arrays only when computed or pending. There is no extension point there,
 *   so one internal method is wrapped (see readErroredArraysCellByCell).
 *
 * MATCH, which the template calls 24,769 times, is replaced too (fast-match.ts): by a faster one with Excel's
 * wildcards and accent-sensitive text. DOM-free; engine.ts installs all of it on every engine it makes.
 */
import {
  CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue, type FunctionPluginDefinition,
} from 'hyperformula';
import { registerArrayArea } from './array-area';
import { registerFastMatch } from './fast-match';

/** Excel's sheet size: ROWS(A:A) and COLUMNS(1:1) answer it whatever the engine holds. */
const EXCEL_ROWS = 1_048_576;
const EXCEL_COLUMNS = 16_384;

interface Address { sheet: number; row: number; col: number }
/** The parts of HyperFormula's syntax tree the replacements read (its plugins receive the tree as it is). */
interface Ast {
  type: string;
  args: Ast[];
  expression?: Ast;
  start?: { toSimpleCellAddress?(base: Address): Address; toSimpleColumnAddress?(base: Address): { col: number }; toSimpleRowAddress?(base: Address): { row: number } };
  end?: Ast['start'];
}
interface State { formulaAddress: Address }
/** What a plugin method reaches of FunctionPlugin (protected there, typed loosely here). */
interface PluginSelf {
  runFunction(args: Ast[], state: State, metadata: unknown, fn: (...a: never[]) => unknown): unknown;
  metadata(name: string): unknown;
  evaluateAst(ast: Ast, state: State): unknown;
  dependencyGraph: { getCellValue(address: Address): unknown };
}

const error = (type: ErrorType, message: string): CellError => new CellError(type, message);

/**
 * INDEX(array, row, [column], [area]) as Excel computes it. A single cell comes from the engine directly (a whole
 * column such as Translations!$C:$C is not copied for one value); a whole row or column is a range value that
 * COUNTIF, MATCH, SUM … take as they take a range.
 */
function excelIndex(this: PluginSelf, range: SimpleRangeValue, row?: number, col?: number, area?: number): unknown {
  if (area !== undefined && Math.trunc(area) !== 1) return error(ErrorType.REF, 'INDEX: the workbench holds one area per reference.');
  const height = range.height();
  const width = range.width();
  let r = Math.trunc(row ?? 0);
  let c = col === undefined ? undefined : Math.trunc(col);
  if (c === undefined) {
    // One index: along a one-row range it counts columns; in a one-column range, rows; in a table it picks a row.
    if (height === 1 && width > 1) [r, c] = [1, r];
    else c = width === 1 ? 1 : 0;
  }
  if (r < 0 || c < 0) return error(ErrorType.VALUE, 'INDEX: the row and column cannot be negative.');
  if (r > height || c > width) return error(ErrorType.REF, `INDEX: row ${r}, column ${c} is outside the ${height} × ${width} range.`);
  if (r > 0 && c > 0) {
    if (range.range) {
      const { sheet, row: top, col: left } = range.range.start;
      return this.dependencyGraph.getCellValue({ sheet, row: top + r - 1, col: left + c - 1 });
    }
    return range.data[r - 1]![c - 1];
  }
  const rows = r > 0 ? [range.data[r - 1]!] : range.data;
  const part = rows.map((line) => (c! > 0 ? [line[c! - 1]!] : [...line]));
  return part.length === 1 && part[0]!.length === 1 ? part[0]![0] : SimpleRangeValue.onlyValues(part as never);
}

/** ROWS or COLUMNS of a reference from its two corners made absolute (a range written D$101:D105 included). */
function extent(this: PluginSelf, ast: { args: Ast[] }, state: State, along: 'row' | 'col'): unknown {
  if (ast.args.length !== 1) return error(ErrorType.NA, 'Wrong number of arguments.');
  let arg = ast.args[0]!;
  while (arg.type === 'PARENTHESIS' && arg.expression) arg = arg.expression;
  const base = state.formulaAddress;
  const span = (a: number, b: number): number => Math.abs(b - a) + 1;
  if (arg.type === 'EMPTY') return error(ErrorType.NUM, 'Empty argument.');
  if (arg.type === 'CELL_REFERENCE') return 1;
  if (arg.type === 'CELL_RANGE') {
    const [start, end] = [arg.start!.toSimpleCellAddress!(base), arg.end!.toSimpleCellAddress!(base)];
    return span(start[along], end[along]);
  }
  if (arg.type === 'COLUMN_RANGE') {
    return along === 'row' ? EXCEL_ROWS : span(arg.start!.toSimpleColumnAddress!(base).col, arg.end!.toSimpleColumnAddress!(base).col);
  }
  if (arg.type === 'ROW_RANGE') {
    return along === 'col' ? EXCEL_COLUMNS : span(arg.start!.toSimpleRowAddress!(base).row, arg.end!.toSimpleRowAddress!(base).row);
  }
  const value = this.evaluateAst(arg, state);
  if (value instanceof SimpleRangeValue) return along === 'row' ? value.height() : value.width();
  return value instanceof CellError ? value : 1;
}

// ROWS and COLUMNS read the reference, not the cells in it: the same flags as HyperFormula's own.
const EXTENT = {
  parameters: [{ argumentType: FunctionArgumentType.RANGE }],
  isDependentOnSheetStructureChange: true, doesNotNeedArgumentsToBeComputed: true, vectorizationForbidden: true,
};

class ExcelCompatPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    INDEX: {
      method: 'excelIndex',
      parameters: [
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.NUMBER, optionalArg: true },
        { argumentType: FunctionArgumentType.NUMBER, optionalArg: true },
        { argumentType: FunctionArgumentType.NUMBER, optionalArg: true },
      ],
    },
    ROWS: { method: 'excelRows', ...EXTENT },
    COLUMNS: { method: 'excelColumns', ...EXTENT },
  } as never;

  excelIndex(ast: { args: Ast[] }, state: State): unknown {
    const self = this as unknown as PluginSelf;
    return self.runFunction(ast.args, state, self.metadata('INDEX'), excelIndex.bind(self) as never);
  }

  excelRows(ast: { args: Ast[] }, state: State): unknown {
    return extent.call(this as unknown as PluginSelf, ast, state, 'row');
  }

  excelColumns(ast: { args: Ast[] }, state: State): unknown {
    return extent.call(this as unknown as PluginSelf, ast, state, 'col');
  }
}

/** An array formula's result that is an error: HyperFormula's ErroredArray (not exported), known by its error. */
const isErroredArray = (array: unknown): boolean =>
  typeof array === 'object' && array !== null && (array as { error?: unknown }).error instanceof CellError;

/**
 * The "Unknown array" workaround. DependencyGraph.getArray is called by one place only, the interpreter's reading of
 * a range (A1:B2) that is exactly an array formula's area, which then handles computed arrays, pending ones and plain
 * errors but throws on an errored array. For such an array this answers "no array here": the interpreter then reads
 * the range cell by cell, and each cell of an errored array holds the error — what Excel shows. Wrapped once for
 * every engine (the class is shared); a version of HyperFormula without the method fails the test that covers it.
 */
function readErroredArraysCellByCell(hf: HyperFormula): void {
  const graph = Object.getPrototypeOf(hf.dependencyGraph) as { getArray(range: unknown): { array?: unknown } | undefined; etsErroredArrays?: true };
  if (graph.etsErroredArrays) return;
  const getArray = graph.getArray;
  graph.getArray = function (this: unknown, range: unknown) {
    const vertex = getArray.call(this, range);
    return vertex && isErroredArray(vertex.array) ? undefined : vertex;
  };
  graph.etsErroredArrays = true;
}

let registered = false;

/**
 * An engine with Excel's INDEX, ROWS and COLUMNS and a MATCH that indexes ranges (fast-match.ts), registered for the
 * page before the first engine is built (an engine takes the functions registered when it is made), and the
 * errored-array workaround.
 */
export function withExcelCompat(build: () => HyperFormula): HyperFormula {
  if (!registered) {
    for (const name of ['INDEX', 'ROWS', 'COLUMNS']) HyperFormula.registerFunction(name, ExcelCompatPlugin as unknown as FunctionPluginDefinition);
    registerFastMatch();
    registerArrayArea();
    registered = true;
  }
  const hf = build();
  readErroredArraysCellByCell(hf);
  return hf;
}
