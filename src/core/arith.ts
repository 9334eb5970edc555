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

/**
 * The k of `ratOf`: the fewest fraction digits that write x exactly as m / 10^k with |m| < 10^15, or −1 when there
 * is none (then the rational backend would give up on x too). Allocation-free, for the row kernels below.
 */
function scaleOf(x: number): number {
  if (!Number.isFinite(x)) return -1;
  // k = 0 without its division by 1 (a whole number is the common input).
  const whole = Math.round(x);
  if (Math.abs(whole) >= MAX_DIGITS) return -1;
  if (whole === x) return 0;
  for (let k = 1; k < POW10.length; k += 1) {
    const p = POW10[k]!;
    const m = Math.round(x * p);
    if (Math.abs(m) >= MAX_DIGITS) return -1;
    if (m / p === x) return k;
  }
  return -1;
}

/** a × b exactly, as the nearest double: `exact((A) => A.toNumber(A.mul(A.of(a), A.of(b))))`, without its objects. */
export function product(a: number, b: number): number {
  // Locals only (an object's fields or a returned pair would box every double a row makes).
  const ka = scaleOf(a);
  const kb = scaleOf(b);
  if (ka >= 0 && kb >= 0) {
    const n = Math.round(a * POW10[ka]!) * Math.round(b * POW10[kb]!);
    const d = POW10[ka]! * POW10[kb]!;
    // As RATIONAL's mul and toNumber: safe integers, one correctly rounded division.
    if (Number.isSafeInteger(n) && Number.isSafeInteger(d)) return n / d + 0;
  }
  return generalProduct(a, b);
}

/** product's general path, apart: a closure over a and b in product itself would be made on every call. */
const generalProduct = (a: number, b: number): number => exact((A) => A.toNumber(A.mul(A.of(a), A.of(b))));

/** The balance-value adjustment's terms as integers: the rulebook's slope, band and cap and a balance value, each n / d. */
export interface AdjustTerms {
  readonly rN: number; readonly rD: number;
  readonly sN: number; readonly sD: number;
  readonly bN: number; readonly bD: number;
  readonly cN: number; readonly cD: number;
}

/** AdjustTerms for a balance value and α's parameters, or undefined when one does not fit the small rationals. */
export function adjustTerms(reference: number, slope: number, band: number, cap: number): AdjustTerms | undefined {
  const parts: number[] = [];
  for (const x of [reference, slope, band, cap]) {
    const k = scaleOf(x);
    if (k < 0) return undefined;
    parts.push(Math.round(x * POW10[k]!), POW10[k]!);
  }
  const [rN, rD, sN, sD, bN, bD, cN, cD] = parts as [number, number, number, number, number, number, number, number];
  return { rN, rD, sN, sD, bN, bD, cN, cD };
}

/**
 * E × (1 + α) with α = clamp(slope × X, −cap, +cap) where X = (r − i) / r, held at ±cap from |X| ≥ band — rounded
 * down to a whole number when `floor` — on safe integers without an object per step; NaN when a value would leave
 * them (the caller then runs the general formula, which crosses out common factors first or takes decimal.js). For
 * E ≥ 0, i ≥ 0 and r > 0 it is exactly what that formula gives; a property test checks it against decimal.js.
 */
export function adjusted(e: number, i: number, t: AdjustTerms, floor: boolean): number {
  const ke = scaleOf(e);
  const ki = scaleOf(i);
  if (ke < 0 || ki < 0) return NaN;
  return adjustedParts(Math.round(e * POW10[ke]!), POW10[ke]!, Math.round(i * POW10[ki]!), POW10[ki]!, t, floor);
}

/**
 * `adjusted` with E = a × b as the general formula takes it (`product`: the nearest double to the exact product),
 * for an allocation row from output and intensity; NaN also when E is below `below` (the row is then not adjusted).
 */
export function adjustedProduct(a: number, i: number, t: AdjustTerms, floor: boolean, below: number | undefined): number {
  const ka = scaleOf(a);
  const ki = scaleOf(i);
  if (ka < 0 || ki < 0) return NaN;
  const iD = POW10[ki]!;
  const iN = Math.round(i * iD);
  const n = Math.round(a * POW10[ka]!) * iN;
  const d = POW10[ka]! * iD;
  if (!(Number.isSafeInteger(n) && Number.isSafeInteger(d))) return NaN;
  const e = n / d + 0;
  if (below !== undefined && e < below) return NaN;
  // E as the general formula reads it back: the decimal its double prints as.
  const ke = scaleOf(e);
  if (ke < 0) return NaN;
  return adjustedParts(Math.round(e * POW10[ke]!), POW10[ke]!, iN, iD, t, floor);
}

function adjustedParts(eN: number, eD: number, iN: number, iD: number, t: AdjustTerms, floor: boolean): number {
  // Every product and sum is checked: a safe result of safe integers is exact, an unsafe one is never taken.
  const ok = Number.isSafeInteger;
  // X = (r − i) / r = xN / xD with xD > 0; X ≥ band ⇔ xN·bD ≥ bN·xD.
  const ri = t.rN * iD;
  const ir = iN * t.rD;
  const xN = ri - ir;
  const xD = iD * t.rN;
  const left = xN * t.bD;
  const bandN = t.bN * xD;
  if (!(ok(ri) && ok(ir) && ok(xN) && ok(xD) && ok(left) && ok(bandN))) return NaN;
  // 1 + α = fN / fD.
  let fN: number;
  let fD: number;
  if (left >= bandN) {
    fN = t.cD + t.cN;
    fD = t.cD;
  } else if (left <= -bandN) {
    fN = t.cD - t.cN;
    fD = t.cD;
  } else {
    const sx = t.sN * xN;
    fD = t.sD * xD;
    fN = fD + sx;
    if (!(ok(sx) && ok(fD) && ok(fN))) return NaN;
  }
  const n = eN * fN;
  const d = eD * fD;
  if (!(ok(n) && ok(d))) return NaN;
  if (!floor) return n / d + 0;
  // As RATIONAL's floor: the double quotient may be a whole number off; the integers settle it.
  let q = Math.floor(n / d);
  const below = q * d;
  const above = below + d;
  if (!(ok(below) && ok(above))) return NaN;
  if (below > n) q -= 1;
  else if (above <= n) q += 1;
  return q + 0;
}

/** max and min over any backend. */
export const max = <T>(A: Arith<T>, a: T, b: T): T => (A.cmp(a, b) >= 0 ? a : b);
export const min = <T>(A: Arith<T>, a: T, b: T): T => (A.cmp(a, b) <= 0 ? a : b);

/**
 * A running sum of doubles, each taken as the decimal it prints as, kept exact: on a rational while the sum fits the
 * safe integers (denominators are powers of ten, so it stays a decimal), then on decimal.js. `value()` is the exact
 * decimal; a report's lines add hundreds of fuel rows without a decimal.js object each.
 */
export class ExactSum {
  private rat: Rat | undefined = { n: 0, d: 1 };
  private big: Dec | undefined;

  add(x: number): void {
    if (this.rat !== undefined) {
      try {
        this.rat = add(this.rat, ratOf(x));
        return;
      } catch (e) {
        if (e !== OVERFLOW) throw e;
        this.big = dec(this.rat.n).dividedBy(this.rat.d);
        this.rat = undefined;
      }
    }
    this.big = this.big!.plus(x);
  }

  value(): Dec {
    return this.rat !== undefined ? dec(this.rat.n).dividedBy(this.rat.d) : this.big!;
  }
}
