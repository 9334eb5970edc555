/**
 * Excel values as the core expects them — the one place they are read: blanks (null, empty or white-space text) are
 * omitted arguments; numeric text is a number; anything else goes to the core, which says what it accepts.
 * Used for function arguments (lift.ts) and for the cells of a table the task pane checks.
 */

/** How an argument is read: a number, text, or either (a phase may be 1 or "II"; numeric text is still a number). */
export type ArgKind = 'number' | 'text' | 'number-or-text';

export const isBlank = (v: unknown): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** Numeric text as Excel reads it: 1250000, 1,250,000, 1.2E+3, 5% (full-width digits too). */
const NUMERIC_TEXT = /^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)?(?:\.\d+)?(?:e[+-]?\d+)?%?$/i;

function numberFrom(text: string): number | undefined {
  const t = text.normalize('NFKC').trim();
  if (!NUMERIC_TEXT.test(t) || !/\d/.test(t)) return undefined;
  const percent = t.endsWith('%');
  const n = Number((percent ? t.slice(0, -1) : t).replace(/,/g, ''));
  return percent ? n / 100 : n;
}

/** One element as the core expects it: blanks become undefined (omitted), numeric text a number; the core checks the rest. */
export function fromExcel(kind: ArgKind, v: unknown): unknown {
  if (isBlank(v)) return undefined;
  if (kind !== 'text' && typeof v === 'string') return numberFrom(v) ?? v;
  return v;
}

