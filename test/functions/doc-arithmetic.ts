/**
 * The formulas a worked guide writes out with numbers, in its ```text blocks, one a line:
 *
 *     label: 600,000 × 26.344 × 0.02541 × 44/12 = 1,472,682.29
 *     total: 2,000,629.12 + 58,315.6 − 125,450 = 1,933,494.72 → 1,933,495
 *     A: ⌊1,933,495 × (1 + 0.15 × (1.65 − 1.62) / 1.65)⌋ = 1,938,768
 *
 * `= v` is the expression's exact value shown to v's decimals (rounded half up); `→ v` rounds the value before it to
 * v's decimals, as a guideline's report table does; ⌊…⌋ rounds down to a whole number. Numbers may carry thousands
 * separators and a % (99% is 0.99). Read here so a test can check a guide's arithmetic with decimal.js, exactly.
 */
import Decimal from 'decimal.js';

export interface FormulaLine {
  readonly line: string;
  readonly label: string;
  readonly expression: string;
  /** The values after `=` and `→`, as written (in order). */
  readonly values: readonly string[];
}

/** Every line of the ```text blocks of a page. */
export function formulaLines(page: string): FormulaLine[] {
  const blocks = [...page.matchAll(/^```text\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
  return blocks.flatMap((b) => b.split('\n').filter((l) => l.trim() !== '')).map((line) => {
    const colon = line.indexOf(': ');
    if (colon < 0) throw new Error(`a formula line needs "label: ": ${line}`);
    const [expression, ...values] = line.slice(colon + 2).split(/ = | → /);
    if (values.length === 0) throw new Error(`a formula line needs "= value": ${line}`);
    return { line, label: line.slice(0, colon).trim(), expression: expression!.trim(), values: values.map((v) => v.trim()) };
  });
}

/** A number as written: thousands separators, a Unicode minus, an optional %. */
export function numberOf(text: string): Decimal {
  const t = text.trim().replace(/−/g, '-').replace(/,/g, '');
  const percent = t.endsWith('%');
  if (!/^-?\d+(\.\d+)?%?$/.test(t)) throw new Error(`not a number: ${text}`);
  const d = new Decimal(percent ? t.slice(0, -1) : t);
  return percent ? d.dividedBy(100) : d;
}

/** Decimal places a written value shows. */
export const placesOf = (text: string): number => (text.replace(/%$/, '').split('.')[1] ?? '').length;

/** The exact value of an expression with + − × / ( ) ⌊ ⌋ and numbers as written. */
export function evaluate(expression: string): Decimal {
  const tokens = expression.replace(/\s+/g, '').match(/\d[\d,]*(?:\.\d+)?%?|[-−+×*/÷()⌊⌋]/g) ?? [];
  if (tokens.join('') !== expression.replace(/\s+/g, '')) throw new Error(`cannot read the expression: ${expression}`);
  let i = 0;
  const peek = (): string | undefined => tokens[i];
  const take = (expected?: string): string => {
    const t = tokens[i++];
    if (t === undefined || (expected !== undefined && t !== expected)) throw new Error(`expected ${expected ?? 'more'} in ${expression}`);
    return t;
  };
  const factor = (): Decimal => {
    const t = take();
    if (t === '(') { const v = sum(); take(')'); return v; }
    if (t === '⌊') { const v = sum(); take('⌋'); return v.floor(); }
    if (t === '−' || t === '-') return factor().negated();
    return numberOf(t);
  };
  const product = (): Decimal => {
    let v = factor();
    while (peek() !== undefined && '×*/÷'.includes(peek()!)) {
      const op = take();
      v = op === '×' || op === '*' ? v.times(factor()) : v.dividedBy(factor());
    }
    return v;
  };
  const sum = (): Decimal => {
    let v = product();
    while (peek() !== undefined && '+-−'.includes(peek()!)) {
      const op = take();
      v = op === '+' ? v.plus(product()) : v.minus(product());
    }
    return v;
  };
  const v = sum();
  if (i !== tokens.length) throw new Error(`unexpected ${tokens[i]} in ${expression}`);
  return v;
}

/** Checks a line: each value is the one before it (first the expression) rounded half up to its decimals. */
export function checkLine(f: FormulaLine): string | undefined {
  let exact = evaluate(f.expression);
  for (const written of f.values) {
    const shown = exact.toDecimalPlaces(placesOf(written), Decimal.ROUND_HALF_UP);
    if (!shown.equals(numberOf(written))) return `${f.line}: the expression gives ${exact.toString()}, not ${written}`;
    exact = shown;
  }
  return undefined;
}

/** The value a line ends on, as a number. */
export const finalValue = (f: FormulaLine): number => numberOf(f.values[f.values.length - 1]!).toNumber();
