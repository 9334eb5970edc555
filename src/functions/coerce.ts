/**
 * Excel values as the core expects them — the one place they are read: blanks (null, empty or white-space text) are
 * omitted arguments; numeric text is a number (3.1万 too: quantity.ts); cells holding Excel data types are read by
 * their basic value; error values (a CustomFunctions.Error, or a data-type error) are recognised so the caller can
 * pass them through. Used for function arguments (lift.ts) and for the cells of a table the task pane checks.
 */
import { say, valueError } from '../core';
import { isQuantityProblem, readQuantity } from './quantity';

/** How an argument is read: a number, text, or either (a phase may be 1 or "II"; numeric text is still a number). */
export type ArgKind = 'number' | 'text' | 'number-or-text';

/** An error value as a cell can hold it: its code (#N/A, #REF! …) and, when there is one, its message. */
export interface CellError {
  readonly code: string;
  readonly message?: string;
}

export const isBlank = (v: unknown): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** Numeric text as Excel reads it: 1250000, 1,250,000, 1.2E+3, 5% (full-width digits too). */
const NUMERIC_TEXT = /^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)?(?:\.\d+)?(?:e[+-]?\d+)?%?$/i;
/** Longer text is never a number Excel would read, so it is not normalised to find out. */
const MAX_NUMERIC_TEXT = 64;

function numberFrom(text: string): number | undefined {
  if (text.length > MAX_NUMERIC_TEXT) return undefined;
  const t = text.normalize('NFKC').trim();
  if (!NUMERIC_TEXT.test(t) || !/\d/.test(t)) return undefined;
  const percent = t.endsWith('%');
  const n = Number((percent ? t.slice(0, -1) : t).replace(/,/g, ''));
  return percent ? n / 100 : n;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A CustomFunctions.Error (or the shape of one): an object whose code is an Excel error code. */
export const isCellError = (v: unknown): v is CellError =>
  isObject(v) && typeof v.code === 'string' && v.code.startsWith('#');

/**
 * A cell value with its data type unwrapped (Excel.CellValue JSON, as custom functions receive it when the metadata
 * allows custom data): formatted numbers, strings and booleans by their basic value; entities by their display text
 * (their basic value is #VALUE!); error values as errors. Anything else is returned as it came.
 * @example basicValue({ type: 'FormattedNumber', basicValue: 31200, numberFormat: '#,##0' }) // 31200
 */
export function basicValue(v: unknown): unknown {
  if (!isObject(v) || typeof v.type !== 'string' || isCellError(v)) return v;
  if (v.type === 'Error' || v.basicType === 'Error') {
    const code = typeof v.basicValue === 'string' && v.basicValue.startsWith('#') ? v.basicValue : '#VALUE!';
    if (v.type === 'Error' || typeof v.text !== 'string') return { code } satisfies CellError;
  }
  if ((v.type === 'Entity' || v.type === 'LinkedEntity') && typeof v.text === 'string') return v.text;
  const basic = v.basicValue;
  return typeof basic === 'number' || typeof basic === 'string' || typeof basic === 'boolean' || basic === null ? basic : v;
}

/** A number written with a count word and no unit (3.1万 → 31,000); a written unit is for the caller to judge. */
function countedNumber(text: string): number | undefined {
  const q = readQuantity(text);
  return q === undefined || isQuantityProblem(q) || q.unit !== undefined ? undefined : q.value;
}

/**
 * One element as the core expects it: blanks become undefined (omitted), numeric text a number (3.1万 included); the
 * core checks the rest. Text with a mass unit (2.6万吨) stays text here: only a mass argument may read it (lift.ts).
 */
export function fromExcel(kind: ArgKind, v: unknown): unknown {
  const value = basicValue(v);
  if (isBlank(value)) return undefined;
  if (kind !== 'text' && typeof value === 'string') return numberFrom(value) ?? countedNumber(value) ?? value;
  return value;
}

/**
 * Text with a unit of mass where a number is due: tonnes when the argument is a mass (3.1万吨 → 31,000), a #VALUE!
 * naming the argument when it is not, or when the unit is the ambiguous MT; undefined for text without a unit.
 */
export function massText(argument: string, text: string, isMass: boolean): number | undefined {
  const quantity = readQuantity(text);
  if (isQuantityProblem(quantity)) throw valueError(argument, text, say('arg.unit-ambiguous', { unit: quantity.written }));
  if (quantity?.unit === undefined) return undefined;
  if (!isMass) throw valueError(argument, text, say('arg.unit-not-mass', { unit: text }));
  return quantity.value;
}

/**
 * The longest name a text argument can hold: Excel caps a text typed in a formula at 255 characters, and every name
 * the functions know is far shorter. A longer text (a pasted page) is refused once, not looked up row by row.
 */
export const MAX_NAME_LENGTH = 255;

/** Text read where a name is due that is too long to be one. */
export const tooLongForName = (kind: ArgKind, value: unknown): value is string =>
  kind !== 'number' && typeof value === 'string' && value.length > MAX_NAME_LENGTH;
