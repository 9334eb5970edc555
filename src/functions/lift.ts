/**
 * The one argument helper every ETS function goes through. A function declares its arguments once (name and kind);
 * this module lifts it over ranges Excel style, coerces what Excel hands over, and turns the core's errors into
 * CustomFunctions.Error values with the core's message. Wrappers never validate by hand.
 */
import { EtsError, say, useLanguage, valueError, type ErrorCategory } from '../core';
import { basicValue, fromExcel, isBlank, isCellError, massText, MAX_NAME_LENGTH, tooLongForName, type ArgKind, type CellError } from './coerce';
import { hostLanguage } from './language';

export interface ArgSpec {
  readonly name: string;
  readonly kind: ArgKind;
  /** A mass in tonnes: text such as 2.6万吨 or 1.2 kt is read in tonnes. */
  readonly mass?: boolean;
}

export const num = (name: string): ArgSpec => ({ name, kind: 'number' });
export const tonnes = (name: string): ArgSpec => ({ name, kind: 'number', mass: true });
export const text = (name: string): ArgSpec => ({ name, kind: 'text' });
export const numOrText = (name: string): ArgSpec => ({ name, kind: 'number-or-text' });

export type Scalar = number | string | boolean;
export type Cell = Scalar | CustomFunctions.Error;
export type Grid = Cell[][];

/** What Excel passes for one argument: a 2-D array for a range or value, null when the argument is omitted. */
type RawArg = unknown;

const EXCEL_CODE: Readonly<Record<ErrorCategory, () => CustomFunctions.ErrorCode>> = {
  value: () => CustomFunctions.ErrorCode.invalidValue,
  number: () => CustomFunctions.ErrorCode.invalidNumber,
  'not-available': () => CustomFunctions.ErrorCode.notAvailable,
};

/**
 * The core's error as an Excel error. Excel shows the message for #VALUE! and #N/A; for #NUM! it shows its own
 * text, but the message is kept for hosts that show it (the workbench) and for tests.
 */
export const excelError = (e: EtsError): CustomFunctions.Error => new CustomFunctions.Error(EXCEL_CODE[e.category](), e.message);

/** Codes Excel takes back from a custom function; #NAME? and #REF! may come in but not go out (CustomFunctions.ErrorCode). */
const RETURNABLE = new Set<string>(['#VALUE!', '#N/A', '#DIV/0!', '#NUM!', '#NULL!']);
const MAX_NESTED_MESSAGE = 160;

/** An error that came in through an argument, wrapped so it is told apart from values at a glance. */
class PassedError {
  constructor(readonly error: CustomFunctions.Error) {}
}

/**
 * An input error as its element's result: the same code where Excel allows it back (else #VALUE!), with a message
 * that names the argument and keeps the original message, so a chain of formulas still says where it started.
 */
function passedError(spec: ArgSpec, e: CellError): PassedError {
  const inner = e.message ? (e.message.length > MAX_NESTED_MESSAGE ? `${e.message.slice(0, MAX_NESTED_MESSAGE)}…` : e.message) : '';
  const message = say('range.input-error', { argument: spec.name, code: e.code, inner });
  const code = RETURNABLE.has(e.code) ? e.code as CustomFunctions.ErrorCode : CustomFunctions.ErrorCode.invalidValue;
  return new PassedError(new CustomFunctions.Error(code, message));
}

/** One element for its argument: the value the core gets, or the error it carries (an input error, or text too long for a name). */
function read(spec: ArgSpec, v: unknown): unknown {
  // A number is read as itself whatever the kind (the steps below would each hand it on unchanged).
  if (typeof v === 'number') return v;
  const value = basicValue(v);
  if (isCellError(value)) return passedError(spec, value);
  const coerced = fromExcel(spec.kind, value);
  if (typeof coerced === 'string' && spec.kind !== 'text') {
    try {
      const tonnes = massText(spec.name, coerced, spec.mass === true);
      if (tonnes !== undefined) return tonnes;
    } catch (e) {
      if (e instanceof EtsError) return new PassedError(excelError(e));
      throw e;
    }
  }
  if (!tooLongForName(spec.kind, coerced)) return coerced;
  const problem = say('arg.too-long', { length: coerced.length.toLocaleString('en-US'), max: MAX_NAME_LENGTH });
  return new PassedError(excelError(valueError(spec.name, coerced, problem)));
}

/** An argument as a grid: omitted → one blank cell; a lone value → 1×1; undefined when not rectangular. */
function asGrid(raw: RawArg): readonly (readonly unknown[])[] | undefined {
  if (!Array.isArray(raw)) return [[raw]];
  if (raw.length === 0) return [[null]];
  const first = raw[0] as unknown;
  if (!Array.isArray(first)) return raw.some(Array.isArray) ? undefined : [raw];
  const width = first.length;
  if (width === 0) return undefined;
  // One pass, without a callback a row: a 100,000-row column is checked on every call.
  for (let r = 1; r < raw.length; r += 1) {
    const row = raw[r] as unknown;
    if (!Array.isArray(row) || row.length !== width) return undefined;
  }
  return raw as unknown[][];
}

/** A result the spreadsheet can hold, or the error that explains why not. */
function toCell(result: unknown): Cell {
  if (typeof result === 'number') {
    return Number.isFinite(result) ? result : excelError(new EtsError('number', say('result.not-finite')));
  }
  if (result instanceof EtsError) return excelError(result);
  if (typeof result === 'string' || typeof result === 'boolean') return result;
  return excelError(new EtsError('value', say('result.none')));
}

/** Every call answers in the host's language (messages, reasons, table headers), read afresh at each call. */
const speak = (): void => useLanguage(hostLanguage());

/** Whatever a computation threw, as an Excel error: the core's own, or #VALUE! for anything unexpected. */
const thrownError = (e: unknown): CustomFunctions.Error => excelError(e instanceof EtsError ? e
  : new EtsError('value', say('result.unexpected', { message: e instanceof Error ? e.message : String(e) })));

function run(compute: (...args: unknown[]) => unknown, args: unknown[]): Cell {
  try {
    return toCell(compute(...args));
  } catch (e) {
    return thrownError(e);
  }
}

const shapeText = (g: readonly (readonly unknown[])[]): string => `${g.length}×${g[0]!.length}`;

/**
 * Lift a core function over its arguments. 1×1 arguments broadcast; all others must share one shape, else one
 * #VALUE! saying which shapes came in. Each element computes on its own: one bad row is one error cell.
 * @example lift([text('sector'), num('direct_emissions')], isCovered)([['cement'], ['steel']], [[31200]])
 *   // [[true], [true]]
 */
export function lift(specs: readonly ArgSpec[], compute: (...args: unknown[]) => unknown, staged?: Staged): (...raw: RawArg[]) => Grid {
  return (...raw: RawArg[]): Grid => {
    speak();
    return liftScalar(specs, compute, raw) ?? liftGrid(specs, compute, raw, staged);
  };
}

/**
 * Lift a function that looks a value up by a few names and years (ETS.CBAM.DEFAULT, ETS.GWP …): within one call, each
 * distinct row of cells is read and computed once and its result reused — an export list of 100,000 lines holds a
 * handful of CN codes. Only what a function's arguments alone decide may be memoised, which every ETS function is.
 */
export function liftLookup(specs: readonly ArgSpec[], compute: (...args: unknown[]) => unknown): (...raw: RawArg[]) => Grid {
  return (...raw: RawArg[]): Grid => {
    speak();
    return liftScalar(specs, compute, raw) ?? liftGrid(specs, compute, raw, undefined, true);
  };
}

/** Distinct rows a lookup call remembers: past this many the rows are too varied for a memo to pay, and it is dropped. */
const MEMO_LIMIT = 4096;

/** A row of plain cells as one key (1 and "1" kept apart); undefined when a cell is not a plain value. */
function memoKey(cells: readonly unknown[]): string | undefined {
  let key = '';
  for (const cell of cells) {
    if (typeof cell === 'string') key += `s${cell}\u0001`;
    else if (typeof cell === 'number') key += `n${cell}\u0001`;
    else if (typeof cell === 'boolean') key += `b${cell}\u0001`;
    else if (cell === null || cell === undefined) key += '_\u0001';
    else return undefined;
  }
  return key;
}

/**
 * A function computed in two stages, for ranges: `prepare` reads and checks the arguments at `shared` (every row's,
 * when each is a single cell) once and returns the computation of one row from all the arguments. It must give
 * what `compute` gives: `prepare(args)(args)` is `compute(...args)`, errors included (one `prepare` raises is every
 * row's). ETS.ALLOCATION over 100,000 rows reads its sector, phase and balance value once, not 100,000 times.
 */
export interface Staged {
  readonly shared: readonly number[];
  readonly prepare: (args: readonly unknown[]) => (args: readonly unknown[]) => unknown;
}

/** The row computation of a staged function, or what its shared arguments raised (every row's result). */
function prepared(staged: Staged | undefined, fixed: readonly unknown[]): ((args: readonly unknown[]) => Cell) | undefined {
  if (staged === undefined || staged.shared.some((i) => fixed[i] === MANY)) return undefined;
  try {
    const row = staged.prepare(fixed);
    return (args) => {
      try {
        return toCell(row(args));
      } catch (e) {
        return thrownError(e);
      }
    };
  } catch (e) {
    return () => thrownError(e);
  }
}

/** The value of a single-cell argument (omitted, a bare value, or a 1×1 array); `MANY` when it is a range. */
const MANY = Symbol('range');
function single(raw: RawArg): unknown {
  if (raw === null || raw === undefined || !Array.isArray(raw)) return raw ?? null;
  if (raw.length !== 1) return raw.length === 0 ? null : MANY;
  const row = raw[0] as unknown;
  if (!Array.isArray(row)) return MANY;
  return row.length === 1 ? row[0] : row.length === 0 ? null : MANY;
}

/**
 * Every argument read as one cell: the arguments, an error cell (an error passed in, or text too long for a name),
 * or the index of the first argument that is a range — looked for first, so an error beside a range still spills.
 */
function singles(specs: readonly ArgSpec[], raw: RawArg[]): unknown[] | CustomFunctions.Error | number {
  const cells = specs.map((_, i) => single(raw[i]));
  const range = cells.indexOf(MANY);
  if (range >= 0) return range;
  const args = new Array<unknown>(specs.length);
  for (let i = 0; i < specs.length; i += 1) {
    const value = read(specs[i]!, cells[i]);
    if (value instanceof PassedError) return value.error;
    args[i] = value;
  }
  return args;
}

/** The common case — every argument a single cell — without building grids: one call, one cell. */
function liftScalar(specs: readonly ArgSpec[], compute: (...args: unknown[]) => unknown, raw: RawArg[]): Grid | undefined {
  const args = singles(specs, raw);
  if (typeof args === 'number') return undefined;
  return [[Array.isArray(args) ? run(compute, args) : args]];
}

function liftGrid(specs: readonly ArgSpec[], compute: (...args: unknown[]) => unknown, raw: RawArg[], staged?: Staged, memo = false): Grid {
  const maybe = specs.map((_, i) => asGrid(raw[i] ?? null));
  const ragged = maybe.findIndex((g) => g === undefined);
  if (ragged >= 0) {
    return [[excelError(new EtsError('value', say('range.not-rectangular', { argument: specs[ragged]!.name }), specs[ragged]!.name))]];
  }
  const grids = maybe as readonly (readonly (readonly unknown[])[])[];
  const shaped = grids.map((g, i) => ({ g, spec: specs[i]! })).filter(({ g }) => g.length * g[0]!.length > 1);
  const first = shaped[0]?.g;
  const mismatch = shaped.find(({ g }) => g.length !== first!.length || g[0]!.length !== first![0]!.length);
  if (first && mismatch) {
    const shapes = shaped.map(({ g, spec }) => say('range.shape-of', { argument: spec.name, shape: shapeText(g) })).join(say('list.sep'));
    return [[excelError(new EtsError('value', say('range.shapes', { shapes })))]];
  }
  // Single-cell arguments are read once and broadcast; ranges are read element by element.
  const fixed = grids.map((g, i) => (g.length * g[0]!.length === 1 ? read(specs[i]!, g[0]![0]) : MANY));
  const fixedError = fixed.find((v): v is PassedError => v instanceof PassedError)?.error;
  const each = fixedError === undefined ? prepared(staged, fixed) : undefined;
  const rows = first?.length ?? 1;
  const cols = first?.[0]!.length ?? 1;
  const out: Grid = new Array<Cell[]>(rows);
  // The single cells' values stand in args for every element; only the ranges' positions change.
  const args = fixed.slice();
  const ranged = fixed.flatMap((v, i) => (v === MANY ? [i] : []));
  let remembered = memo && fixedError === undefined ? new Map<string, Cell>() : undefined;
  const rowCells = new Array<unknown>(ranged.length);
  const element = (r: number, c: number): Cell => {
    if (remembered !== undefined) {
      for (let k = 0; k < ranged.length; k += 1) rowCells[k] = grids[ranged[k]!]![r]![c];
      const key = memoKey(rowCells);
      if (key !== undefined) {
        const hit = remembered.get(key);
        if (hit !== undefined) return hit;
        const cell = computeElement(r, c);
        // Rows this varied gain nothing from a memo: the rest of the call goes without one.
        if (remembered.size < MEMO_LIMIT) remembered.set(key, cell);
        else remembered = undefined;
        return cell;
      }
    }
    return computeElement(r, c);
  };
  const computeElement = (r: number, c: number): Cell => {
    let inputError = fixedError;
    for (let k = 0; k < ranged.length; k += 1) {
      const i = ranged[k]!;
      const v = read(specs[i]!, grids[i]![r]![c]);
      if (v instanceof PassedError) inputError ??= v.error;
      args[i] = v;
    }
    return inputError ?? (each === undefined ? run(compute, args) : each(args));
  };
  for (let r = 0; r < rows; r += 1) {
    if (cols === 1) {
      // A column (the common range) as Excel gives it back: a row of one cell each, made at its size.
      out[r] = [element(r, 0)];
      continue;
    }
    const row = new Array<Cell>(cols);
    for (let c = 0; c < cols; c += 1) row[c] = element(r, c);
    out[r] = row;
  }
  return out;
}

/**
 * Lift a function that returns a whole table (SCHEMES, COMPARE): its arguments must be single cells, and the table
 * spills as it is; any problem is one error cell.
 */
export function liftTable(specs: readonly ArgSpec[], compute: (...args: unknown[]) => unknown[][]): (...raw: RawArg[]) => Grid {
  return (...raw: RawArg[]): Grid => {
    speak();
    const args = singles(specs, raw);
    if (typeof args === 'number') {
      const name = specs[args]!.name;
      return [[excelError(new EtsError('value', say('range.single-table', { argument: name }), name))]];
    }
    if (!Array.isArray(args)) return [[args]];
    try {
      return compute(...args).map((row) => row.map(toCell));
    } catch (e) {
      return [[thrownError(e)]];
    }
  };
}

/** One row of a column-wise function (ETS.POWER.ENTITY): its values, and how messages name it (" (row 3)", or ""). */
export interface ColumnRow {
  readonly label: string;
  readonly values: readonly unknown[];
}

/** A range as one list of cells, row by row: a column of units, a row of units, or a block read across. */
const cellsOf = (g: readonly (readonly unknown[])[]): unknown[] => {
  if (g[0]?.length !== 1) return g.flat();
  // A column, the usual shape: its cells without flat()'s generic walk.
  const out = new Array<unknown>(g.length);
  for (let r = 0; r < g.length; r += 1) out[r] = g[r]![0];
  return out;
};

/**
 * Lift a function that reads whole columns — one row an item, e.g. the units of one power entity — into one result.
 * Column arguments may be ranges of one length (a single cell is used for every row); fixed arguments must be single
 * cells. A row whose range cells are all blank is skipped, so a selection may run past the last unit. An error in any
 * cell is the result, naming its argument and row; the core gets each row's values in spec order.
 * @example liftColumns([text('category'), num('generation_mwh')], [num('year')], entity)([['gas'], ['gas']], [[1], [2]], null)
 */
export function liftColumns(columns: readonly ArgSpec[], fixedSpecs: readonly ArgSpec[],
  compute: (rows: readonly ColumnRow[], ...fixed: unknown[]) => unknown,
  /** Columns that are quantities of each row: one cell for many rows would count it for every row, so it is refused. */
  perRow: readonly string[] = []): (...raw: RawArg[]) => Grid {
  return (...raw: RawArg[]): Grid => {
    speak();
    const fixed = singles(fixedSpecs, raw.slice(columns.length));
    if (typeof fixed === 'number') {
      const name = fixedSpecs[fixed]!.name;
      return [[excelError(new EtsError('value', say('range.single-every-row', { argument: name }), name))]];
    }
    if (!Array.isArray(fixed)) return [[fixed]];
    const grids = columns.map((_, i) => asGrid(raw[i] ?? null));
    const ragged = grids.findIndex((g) => g === undefined);
    if (ragged >= 0) {
      return [[excelError(new EtsError('value', say('range.not-rectangular', { argument: columns[ragged]!.name }), columns[ragged]!.name))]];
    }
    const lists = (grids as readonly (readonly (readonly unknown[])[])[]).map(cellsOf);
    const long = lists.map((l, i) => ({ l, spec: columns[i]! })).filter(({ l }) => l.length > 1);
    const length = long[0]?.l.length ?? 1;
    if (long.some(({ l }) => l.length !== length)) {
      const sizes = long.map(({ l, spec }) => say('range.size-of', { argument: spec.name, size: l.length })).join(say('list.sep'));
      return [[excelError(new EtsError('value', say('range.lengths', { sizes })))]];
    }
    const lone = length > 1 ? lists.findIndex((l, i) => l.length === 1 && perRow.includes(columns[i]!.name)) : -1;
    if (lone >= 0) {
      const name = columns[lone]!.name;
      return [[excelError(new EtsError('value', say('range.one-per-row', { argument: name, rows: length }), name))]];
    }
    const rows: ColumnRow[] = [];
    for (let r = 0; r < length; r += 1) {
      const cells = lists.map((l) => (l.length === 1 ? l[0] : l[r]));
      // Rows past the end of the data: every cell of a range blank (single cells don't count, they apply to all rows).
      if (long.length > 0 && long.every(({ l }) => isBlank(basicValue(l[r])))) continue;
      const label = length > 1 ? say('range.row-label', { row: r + 1 }) : '';
      const values: unknown[] = [];
      for (let i = 0; i < columns.length; i += 1) {
        const spec = columns[i]!;
        const v = read(spec, cells[i]);
        // Read again under the row's name, so the message says which row (read is the same for the same cell).
        if (v instanceof PassedError) return [[(read({ ...spec, name: `${spec.name}${label}` }, cells[i]) as PassedError).error]];
        values.push(v);
      }
      rows.push({ label, values });
    }
    try {
      const result = compute(rows, ...fixed);
      // A table (ETS.POSITION) spills; each cell is a value or its own error.
      return Array.isArray(result) ? result.map((row: unknown[]) => row.map(toCell)) : [[toCell(result)]];
    } catch (e) {
      return [[thrownError(e)]];
    }
  };
}

/**
 * A block argument read as its columns, for liftColumns (ETS.EMISSIONS' parameters: one column a parameter, one row
 * an item): `count` column grids, blank ones where the block is narrower, or an error cell when it is wider.
 */
export function columnsOf(raw: RawArg, count: number, argument: string): { columns: RawArg[] } | { error: Grid } {
  const grid = raw === undefined || raw === null ? undefined : asGrid(raw);
  if (grid === undefined) return raw === undefined || raw === null ? { columns: Array.from({ length: count }, () => null) } : { error: [[excelError(new EtsError('value', say('range.not-rectangular', { argument }), argument))]] };
  const width = grid[0]?.length ?? 0;
  if (width > count) return { error: [[excelError(new EtsError('value', say('range.too-wide', { argument, count }), argument))]] };
  return { columns: Array.from({ length: count }, (_, c) => (c < width ? grid.map((row) => [row[c]]) : null)) };
}

/**
 * The size (rows, columns) of a function's result for arguments of these sizes, in the order of its parameters
 * (an omitted argument is 1×1). Excel sizes a spill after computing; a host that must reserve the cells first (the
 * workbench's engine) asks this, so a rule must give the largest result those arguments can produce.
 */
export type Size = readonly [rows: number, cols: number];
export type SizeRule = (sizes: readonly Size[]) => Size;

const SCALAR: Size = [1, 1];
const isSingle = (s: Size | undefined): boolean => s === undefined || s[0] * s[1] === 1;

/** lift: one result per element — the common size of the arguments that are ranges; one error cell if they differ. */
export const elementwiseSize: SizeRule = (sizes) => {
  const ranges = sizes.filter((s) => !isSingle(s));
  const first = ranges[0];
  if (!first || ranges.some((s) => s[0] !== first[0] || s[1] !== first[1])) return SCALAR;
  return first;
};

/** liftTable: a table of a fixed size when every argument is a single cell; else one error cell. */
export const tableSize = (rows: number, cols: number): SizeRule => (sizes) => (sizes.every(isSingle) ? [rows, cols] : SCALAR);

/**
 * liftColumns returning a table with a header row and at most one row per item (ETS.POSITION): as many rows as the
 * longest column argument has cells, plus the header (blank items are left out, so the table may be shorter); one
 * error cell when a fixed argument is a range or the columns' lengths differ.
 */
export const columnTableSize = (columns: readonly number[], fixed: readonly number[], width: number): SizeRule => (sizes) => {
  if (fixed.some((i) => !isSingle(sizes[i]))) return SCALAR;
  const lengths = columns.map((i) => (sizes[i] ? sizes[i][0] * sizes[i][1] : 1)).filter((n) => n > 1);
  if (lengths.some((n) => n !== lengths[0])) return SCALAR;
  return [(lengths[0] ?? 1) + 1, width];
};

/** One cell whatever the arguments (liftColumns adding up whole columns into one value, ETS.POWER.ENTITY). */
export const singleSize: SizeRule = () => SCALAR;
