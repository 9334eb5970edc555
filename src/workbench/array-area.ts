/**
 * A legacy array formula ({=…} entered over a range with Ctrl+Shift+Enter) fills exactly its range in Excel,
 * whatever size its result: a single value repeats in every cell, a single row repeats down and a single column
 * across, a smaller result leaves #N/A in the cells it does not reach, and a larger one is cut to the range.
 * HyperFormula's ARRAYFORMULA spills its result's own size instead, so an opened file's {=TODAY()} over C1:C3 showed
 * one date and two empty cells. The workbench opens such a formula as =ARRAYFORMULA(ARRAYAREA(rows, cols, …)) and
 * saves it back as the {=…} it was (open-workbook.ts). DOM-free.
 */
import {
  ArraySize, CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue,
  type FunctionPluginDefinition,
} from 'hyperformula';

export const ARRAY_AREA = 'ARRAYAREA';

interface Ast { type: string; value?: unknown; args: Ast[] }
interface PluginSelf { evaluateAst(ast: Ast, state: unknown): unknown }

/** The area's size from the formula as written: the workbench writes both as whole numbers. */
function areaOf(ast: { args: Ast[] }): { rows: number; cols: number } | undefined {
  const [rows, cols] = ast.args.map((a) => (a.type === 'NUMBER' && Number.isInteger(a.value) && (a.value as number) > 0 ? (a.value as number) : undefined));
  return ast.args.length === 3 && rows !== undefined && cols !== undefined ? { rows, cols } : undefined;
}

class ArrayAreaPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    [ARRAY_AREA]: {
      method: 'arrayArea',
      sizeOfResultArrayMethod: 'arrayAreaSize',
      vectorizationForbidden: true,
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.ANY },
      ],
    },
  } as never;

  arrayArea(ast: { args: Ast[] }, state: unknown): unknown {
    const area = areaOf(ast);
    if (!area) return new CellError(ErrorType.VALUE, `${ARRAY_AREA}: the area must be two whole numbers written in the formula.`);
    // Evaluated here rather than through the argument list: an error result fills the area as Excel shows it, not
    // only its first cell.
    const value = (this as unknown as PluginSelf).evaluateAst(ast.args[2]!, state);
    const data = value instanceof SimpleRangeValue ? value.data : [[value]];
    const height = data.length;
    const width = data[0]?.length ?? 0;
    const cell = (r: number, c: number): unknown => {
      const row = height === 1 ? 0 : r;
      const col = width === 1 ? 0 : c;
      if (row >= height || col >= width) return new CellError(ErrorType.NA, 'Outside the result of the array formula.');
      const v = data[row]![col];
      return v === EmptyValue ? 0 : v;
    };
    return SimpleRangeValue.onlyValues(Array.from({ length: area.rows }, (_, r) => Array.from({ length: area.cols }, (_, c) => cell(r, c))) as never);
  }

  arrayAreaSize(ast: { args: Ast[] }): ArraySize {
    const area = areaOf(ast);
    return area ? new ArraySize(area.cols, area.rows) : ArraySize.error();
  }
}

/** Registers ARRAYAREA for the page (engines made afterwards have it). */
export function registerArrayArea(): void {
  const names = { [ARRAY_AREA]: ARRAY_AREA };
  HyperFormula.registerFunctionPlugin(ArrayAreaPlugin as unknown as FunctionPluginDefinition, { enGB: names, enUS: names });
}

/** The formula text the engine holds for an array formula of a file over `rows` × `cols` cells ("1+1" inside). */
export const arrayAreaFormula = (inner: string, rows: number, cols: number): string =>
  (rows * cols > 1 ? `=ARRAYFORMULA(${ARRAY_AREA}(${rows},${cols},${inner}))` : `=ARRAYFORMULA(${inner})`);

const AREA_WRAP = new RegExp(`^=ARRAYFORMULA\\(${ARRAY_AREA}\\((\\d+),(\\d+),([\\s\\S]*)\\)\\)$`, 'i');
const PLAIN_WRAP = /^=ARRAYFORMULA\(([\s\S]*)\)$/i;

/** An engine formula that is a file's array formula: the formula inside, and its area when it was opened over one. */
export function arrayFormulaOf(formula: string): { inner: string; area?: { rows: number; cols: number } } | undefined {
  const area = AREA_WRAP.exec(formula);
  if (area) return { inner: area[3]!, area: { rows: Number(area[1]), cols: Number(area[2]) } };
  const plain = PLAIN_WRAP.exec(formula);
  return plain ? { inner: plain[1]! } : undefined;
}
