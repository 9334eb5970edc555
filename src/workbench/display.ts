/**
 * What a cell shows: numbers with thousands separators and sensible decimals by default, or as their number format
 * says (percentages, dates and times, "#,##0", "0.0000" …); errors by their code with the message on hover. DOM-free.
 */
import { DetailedCellError } from 'hyperformula';
import { formatDate } from './date-format';

const cache = new Map<string, Intl.NumberFormat>();
const formatter = (key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat => {
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat('en-US', options)));
  return f;
};

/**
 * The most decimals a format may ask for: Excel's own limit is 30, Intl's 100. A format asking for more (a hostile
 * file's "0." and 101 zeros) is not one Excel writes, and its cells show General.
 */
export const MAX_DECIMALS = 30;

/** A percentage format ("0.0%"). */
function percent(v: number, format: string): string | undefined {
  const m = /^0(?:\.(0+))?%$/.exec(format);
  if (!m) return undefined;
  const digits = m[1]?.length ?? 0;
  if (digits > MAX_DECIMALS) return undefined;
  return formatter(format, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(v);
}

/** A fixed format: "0", "0.00", "#,##0", "#,##0.00", with an optional negative section ("…;[Red]-#,##0"). */
function fixed(v: number, format: string): string | undefined {
  const m = /^(#,##)?0(?:\.(0+))?(?:;.*)?$/.exec(format);
  if (!m) return undefined;
  const digits = m[2]?.length ?? 0;
  if (digits > MAX_DECIMALS) return undefined;
  return formatter(format.split(';')[0]!, { useGrouping: Boolean(m[1]), minimumFractionDigits: digits, maximumFractionDigits: digits }).format(v);
}

/** Beyond this a whole number is a quantity and reads better grouped; below it (years, counts) it stays as typed. */
const GROUP_FROM = 10_000;

/** General: 31,200 and 1,008,823.53; years and small counts as typed (2026); decimals to four places, small ones to six figures. */
function general(v: number): string {
  const size = Math.abs(v);
  if (Number.isInteger(v) && size < GROUP_FROM) return String(v);
  if (size >= GROUP_FROM) return formatter('general-large', { maximumFractionDigits: 2 }).format(v);
  if (size >= 1) return formatter('general-mid', { maximumFractionDigits: 4, useGrouping: false }).format(v);
  return formatter('general-small', { maximumSignificantDigits: 6, useGrouping: false }).format(v);
}

/** A number as its format shows it; a format that is unknown, or that fails however it fails, shows General. */
function formatted(v: number, format: string): string {
  try {
    return formatDate(v, format) ?? percent(v, format) ?? fixed(v, format) ?? general(v);
  } catch {
    return general(v);
  }
}

export function display(v: unknown, format = 'General'): { text: string; title?: string; kind: string } {
  if (v instanceof DetailedCellError) return { text: v.value, title: v.message || v.value, kind: 'error' };
  if (typeof v === 'number') {
    const text = formatted(v, format);
    // The full value on hover when the cell shows it rounded.
    return text.replace(/,/g, '') === String(v) ? { text, kind: 'number' } : { text, title: String(v), kind: 'number' };
  }
  if (typeof v === 'boolean') return { text: v ? 'TRUE' : 'FALSE', kind: 'boolean' };
  if (v === null || v === undefined) return { text: '', kind: 'empty' };
  return { text: String(v), kind: 'text' };
}
