/**
 * Exact arithmetic with two backends and one formula. A formula is written once against `Arith`; it runs first on
 * small exact rationals (numerator and denominator kept as safe integers, so the final division is one correctly
 * rounded double division), and only if a value outgrows 2^53 again on decimal.js. Both give the nearest double to
 * the exact decimal result; the rational path is some ten times faster on the sizes spreadsheets hold.
 */
import { Dec, dec, toNumber as decToNumber } from './decimal';

export interface Arith<T> {
  of(x: number): T;
  mul(a: T, b: T): T;
  div(a: T, b: T): T;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  /** −1, 0 or 1. */
  cmp(a: T, b: T): number;
  /** The largest whole number not above a: allowances are issued in whole tonnes, rounded down. */
  floor(a: T): T;
  toNumber(a: T): number;
}

/** A rational n/d with d > 0, both safe integers. */
interface Rat {
  readonly n: number;
  readonly d: number;
}

/** Thrown inside the rational backend when a value would leave the safe integers; caught by `exact`. */
class Overflow {}
const OVERFLOW = new Overflow();

const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);
const MAX_DIGITS = 1e15;

function safe(x: number): number {
  if (!Number.isSafeInteger(x)) throw OVERFLOW;
  return x;
}

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x || 1;
}

/**
 * A double as the decimal it prints as (the value decimal.js also takes): m / 10^k with the fewest fraction digits,
 * |m| < 10^15, so the decimal is unique.
 */
function ratOf(x: number): Rat {
  if (!Number.isFinite(x)) throw OVERFLOW;
  for (let k = 0; k < POW10.length; k += 1) {
    const p = POW10[k]!;
    const m = Math.round(x * p);
    if (Math.abs(m) >= MAX_DIGITS) break;
    if (m / p === x) return { n: m, d: p };
  }
  throw OVERFLOW;
}

function mul(a: Rat, b: Rat): Rat {
  const n = a.n * b.n;
  const d = a.d * b.d;
  if (Number.isSafeInteger(n) && Number.isSafeInteger(d)) return { n, d };
  // Cancel crosswise before giving up.
  const g1 = gcd(a.n, b.d);
  const g2 = gcd(b.n, a.d);
  return { n: safe((a.n / g1) * (b.n / g2)), d: safe((a.d / g2) * (b.d / g1)) };
}

function add(a: Rat, b: Rat): Rat {
  if (a.d === b.d) return { n: safe(a.n + b.n), d: a.d };
  const g = gcd(a.d, b.d);
  const fa = b.d / g;
  return { n: safe(safe(a.n * fa) + safe(b.n * (a.d / g))), d: safe(a.d * fa) };
}

const neg = (a: Rat): Rat => ({ n: -a.n, d: a.d });

export const RATIONAL: Arith<Rat> = {
  of: ratOf,
  mul,
  div(a, b) {
    if (b.n === 0) throw OVERFLOW;
    return mul(a, b.n < 0 ? { n: -b.d, d: -b.n } : { n: b.d, d: b.n });
  },
  add,
  sub: (a, b) => add(a, neg(b)),
  cmp(a, b) {
    const l = a.n * b.d;
    const r = b.n * a.d;
    if (!Number.isSafeInteger(l) || !Number.isSafeInteger(r)) throw OVERFLOW;
    return Math.sign(l - r);
  },
  floor(a) {
    // The double quotient may round up to the next whole number; the integers settle it exactly.
    let q = Math.floor(a.n / a.d);
    if (safe(q * a.d) > a.n) q -= 1;
    else if (safe((q + 1) * a.d) <= a.n) q += 1;
    return { n: q, d: 1 };
  },
  toNumber(a) {
    const x = a.n / a.d;
    return x === 0 ? 0 : x;
  },
};

export const DECIMAL: Arith<Dec> = {
  of: dec,
  mul: (a, b) => a.times(b),
  div: (a, b) => a.dividedBy(b),
  add: (a, b) => a.plus(b),
  sub: (a, b) => a.minus(b),
  cmp: (a, b) => a.comparedTo(b),
  floor: (a) => a.floor(),
  toNumber: decToNumber,
};

/** Runs a formula exactly: on rationals when they fit, else on decimals. */
export function exact(formula: <T>(A: Arith<T>) => number): number {
  try {
    return formula(RATIONAL);
  } catch (e) {
    if (e !== OVERFLOW) throw e;
    return formula(DECIMAL);
  }
}

/** max and min over any backend. */
export const max = <T>(A: Arith<T>, a: T, b: T): T => (A.cmp(a, b) >= 0 ? a : b);
export const min = <T>(A: Arith<T>, a: T, b: T): T => (A.cmp(a, b) <= 0 ? a : b);
