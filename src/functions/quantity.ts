/**
 * Quantities as Chinese and international client files write them: a number with a Chinese count word (3.1万 is
 * 31,000) and, for masses, a unit (2.6万吨, 1.2 kt, 0.5 MtCO2e, 500 kg). Units are powers of ten of the tonne, so a
 * value is scaled by moving its decimal point (3.1 × 10⁴ is exactly 31,000, never 31,000.000000000004).
 */

/** Masses by their power of ten of the tonne. */
export const MASS_UNITS = {
  kg: -3,
  t: 0,
  kt: 3,
  '10kt': 4,
  Mt: 6,
  '100Mt': 8,
} as const;
export type MassUnit = keyof typeof MASS_UNITS;

/** A number written with a unit or count word, read. */
export interface Quantity {
  /** The number in tonnes when a mass unit was written, else the plain number (count words applied). */
  readonly value: number;
  /** The mass unit written, if any. */
  readonly unit?: MassUnit;
}

/** Why a written quantity cannot be read as one: "MT" is metric tons to some readers and megatonnes to others. */
export interface QuantityProblem {
  readonly problem: 'ambiguous-unit';
  readonly written: string;
}

/** `value` × 10^`power`, exact to the decimal digits of the value (3.1 × 10⁴ = 31,000). */
export function shiftDecimal(value: number, power: number): number {
  if (power === 0 || !Number.isFinite(value)) return value;
  const [mantissa, exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + power}`);
}

/** Superscript digits, so 10⁴ t reads as 10^4 t (NFKC would turn it into 104). */
const SUPERSCRIPTS: Readonly<Record<string, string>> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' };
const withPowers = (text: string): string => text.replace(/[⁰-⁹¹²³]+/g, (s) => `^${[...s].map((c) => SUPERSCRIPTS[c]).join('')}`);

/** Count words that multiply a number: 万 is 10⁴, 亿 10⁸. */
const COUNT_WORDS: Readonly<Record<string, number>> = { 千: 3, 万: 4, 百万: 6, 亿: 8 };

/** What may follow a mass unit without changing it: CO2, CO2e, 二氧化碳(当量). */
const GAS_TAIL = String.raw`(?:\s*(?:co2e?|co2-?eq|二氧化碳当量|二氧化碳|当量))?`;

/** A mass unit word (case matters for M and T: Mt is megatonnes, MT is ambiguous). */
const UNIT_WORD = String.raw`(吨|千克|公斤|kg|t|tonnes?|tons?|metric tons?|kt|kilotonnes?|Mt|MMt|MMT|million tonnes?|MT|mt)`;

const QUANTITY = new RegExp(String.raw`^([+-]?(?:\d+(?:,\d{3})*(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?)\s*(百万|千|万|亿)?\s*${UNIT_WORD}?${GAS_TAIL}$`, 'i');

/** A unit word's power of ten of the tonne, or 'ambiguous'. */
function unitPower(word: string): number | 'ambiguous' {
  if (word === 'MT' || word === 'mt') return 'ambiguous';
  if (word === 'Mt' || /^mmt$/i.test(word) || /^million/i.test(word)) return 6;
  const w = word.toLowerCase();
  if (w === 'kt' || w.startsWith('kilo')) return 3;
  if (w === 'kg' || w === '千克' || w === '公斤') return -3;
  return 0;
}

const POWER_UNITS: Readonly<Record<number, MassUnit>> = { [-3]: 'kg', 0: 't', 3: 'kt', 4: '10kt', 6: 'Mt', 8: '100Mt' };

/**
 * A quantity written as text, or undefined when the text is not one. A count word alone (3.1万) gives a plain
 * number; a mass unit (2.6万吨, 1.2 kt, 500 kg, 0.5 MtCO2e) gives tonnes and says so.
 * @example readQuantity('3.1万吨') // { value: 31000, unit: '10kt' }
 * @example readQuantity('3.1万') // { value: 31000 }
 */
export function readQuantity(text: string): Quantity | QuantityProblem | undefined {
  if (text.length > 64) return undefined;
  const t = withPowers(text).normalize('NFKC').trim();
  const m = QUANTITY.exec(t);
  if (!m || !/\d/.test(m[1]!)) return undefined;
  const [, number, count, unit] = m;
  const base = Number(number!.replace(/,/g, ''));
  let power = count ? COUNT_WORDS[count]! : 0;
  // A count word alone (3.1万) makes a number; a bare number is not for this module (Excel reads it already).
  if (unit === undefined) return count ? { value: shiftDecimal(base, power) } : undefined;
  const unitPow = unitPower(unit);
  if (unitPow === 'ambiguous') return { problem: 'ambiguous-unit', written: unit };
  power += unitPow;
  const named = POWER_UNITS[power];
  return { value: shiftDecimal(base, power), ...(named ? { unit: named } : { unit: 't' as const }) };
}

export const isQuantityProblem = (q: Quantity | QuantityProblem | undefined): q is QuantityProblem =>
  q !== undefined && 'problem' in q;

/**
 * The mass unit a column header names, or 'ambiguous' (MT), or undefined when it names none: 直接排放（万吨CO2）is
 * in 10⁴ t, "Scope 1 (ktCO2e)" in kt, "Emissions, t" in t. Longer words are tried first (万吨 before 吨).
 * @example unitInHeader('直接排放（万吨CO2）') // '10kt'
 */
export function unitInHeader(header: string): MassUnit | 'ambiguous' | undefined {
  const h = withPowers(header).normalize('NFKC');
  const chinese: Array<[RegExp, MassUnit]> = [
    // After 万t only CO2's c may follow: 万tCO2 is in 10⁴ t.
    [/亿吨|亿\s*t(?![a-bd-z])/i, '100Mt'], [/百万吨|百万\s*t(?![a-bd-z])/i, 'Mt'], [/万吨|万\s*t(?![a-bd-z])/i, '10kt'],
    [/千吨|千\s*t(?![a-bd-z])/i, 'kt'], [/千克|公斤/, 'kg'], [/吨/, 't'],
  ];
  for (const [pattern, unit] of chinese) if (pattern.test(h)) return unit;
  const power = /10\s*\^\s*(\d)\s*t(?![a-bd-z])/i.exec(h);
  if (power) return POWER_UNITS[Number(power[1])] ?? undefined;
  // Latin unit words stand apart from other letters: "(t)", "tCO2e", "ktCO2e", not the t of "plant".
  const word = /(?:^|[^A-Za-z])(kt|Mt|MMt|MMT|MT|mt|kg|t|tonnes?|tons?|metric tons?|kilotonnes?|million tonnes?|thousand tonnes?)(?:co2e?|co₂e?|co2-?eq)?(?![A-Za-z])/i;
  const found = word.exec(h);
  if (!found) return undefined;
  const w = found[1]!;
  if (/^thousand/i.test(w)) return 'kt';
  // The case-insensitive match found it; the case the header used decides between Mt and MT.
  const power10 = unitPower(w);
  return power10 === 'ambiguous' ? 'ambiguous' : POWER_UNITS[power10];
}
