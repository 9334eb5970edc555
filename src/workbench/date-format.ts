/**
 * Excel's date and time number formats ("yyyy-mm-dd hh:mm", "d mmm yyyy", "h:mm AM/PM", "[h]:mm:ss", "mm:ss.0"),
 * applied to a serial number as Excel shows it in the 1900 date system: the serial's whole part counts days from
 * 1900-01-00 (with Excel's 29 February 1900 at 60), its fraction the time of day. DOM-free.
 */

type Token =
  | { kind: 'text'; text: string }
  | { kind: 'year'; width: number }
  | { kind: 'month'; width: number }
  | { kind: 'day'; width: number }
  | { kind: 'hour'; width: number }
  | { kind: 'minute'; width: number }
  | { kind: 'second'; width: number; decimals: number }
  | { kind: 'elapsed'; unit: 'h' | 'm' | 's'; width: number }
  | { kind: 'ampm'; short: boolean; lower?: boolean };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** 9999-12-31, the last day Excel shows; beyond it (and below 0) a date cell shows hashes. */
const LAST_SERIAL = 2_958_465;

/**
 * A format's tokens, parsed once: the grid shows every visible cell through its format on each draw, and a sheet
 * holds a handful of formats.
 */
const parsed = new Map<string, Token[] | undefined>();
function tokens(format: string): Token[] | undefined {
  if (parsed.has(format)) return parsed.get(format);
  if (parsed.size >= 1000) parsed.clear();
  const found = parse(format);
  parsed.set(format, found);
  return found;
}

/** The format's first section in tokens, or undefined when it is not a date or time format. */
function parse(format: string): Token[] | undefined {
  if (/^general$/i.test(format.trim())) return undefined;
  const section = firstSection(format);
  const out: Token[] = [];
  let i = 0;
  let dated = false;
  const run = (ch: string): number => {
    let n = 0;
    while (section[i + n]?.toLowerCase() === ch) n += 1;
    return n;
  };
  while (i < section.length) {
    const c = section[i]!;
    const lower = c.toLowerCase();
    if (c === '"') {
      const end = section.indexOf('"', i + 1);
      out.push({ kind: 'text', text: section.slice(i + 1, end < 0 ? undefined : end) });
      i = end < 0 ? section.length : end + 1;
    } else if (c === '\\' && i + 1 < section.length) {
      out.push({ kind: 'text', text: section[i + 1]! });
      i += 2;
    } else if (c === '[') {
      const end = section.indexOf(']', i);
      const inside = section.slice(i + 1, end < 0 ? undefined : end).toLowerCase();
      if (/^(h+|m+|s+)$/.test(inside)) {
        out.push({ kind: 'elapsed', unit: inside[0] as 'h' | 'm' | 's', width: inside.length });
        dated = true;
      } // colours, conditions and locales ([Red], [>0], [$-409]) change nothing shown here
      i = end < 0 ? section.length : end + 1;
    } else if (/^(am\/pm|a\/p)/i.test(section.slice(i))) {
      const short = /^a\/p/i.test(section.slice(i));
      // A/P keeps its case (a/p shows a or p); AM/PM shows capitals however it is written.
      out.push(short && c === 'a' ? { kind: 'ampm', short, lower: true } : { kind: 'ampm', short });
      i += short ? 3 : 5;
    } else if ('ymdhs'.includes(lower)) {
      const width = run(lower);
      i += width;
      dated = true;
      if (lower === 'y') out.push({ kind: 'year', width });
      else if (lower === 'd') out.push({ kind: 'day', width });
      else if (lower === 'h') out.push({ kind: 'hour', width });
      else if (lower === 'm') out.push({ kind: 'month', width });
      else {
        let decimals = 0;
        if (section[i] === '.') while (section[i + 1 + decimals] === '0') decimals += 1;
        if (decimals) i += 1 + decimals;
        out.push({ kind: 'second', width, decimals });
      }
    } else if (c === '_' || c === '*') {
      i += 2; // spacing and fill characters
    } else if ('0#?'.includes(c) || c === '@') {
      return undefined; // a number or text format
    } else {
      out.push({ kind: 'text', text: c });
      i += 1;
    }
  }
  return dated ? minutes(out) : undefined;
}

/** The format up to its first ";" outside quotes. */
function firstSection(format: string): string {
  let quoted = false;
  for (let i = 0; i < format.length; i += 1) {
    if (format[i] === '"') quoted = !quoted;
    else if (format[i] === '\\') i += 1;
    else if (format[i] === ';' && !quoted) return format.slice(0, i);
  }
  return format;
}

/** "m" is minutes right after an hour or right before a second (text between them aside), months otherwise. */
function minutes(list: Token[]): Token[] {
  const units = list.map((t, i) => ({ t, i })).filter(({ t }) => t.kind !== 'text' && t.kind !== 'ampm');
  units.forEach(({ t, i }, k) => {
    if (t.kind !== 'month' || t.width > 2) return;
    const before = units[k - 1]?.t;
    const after = units[k + 1]?.t;
    if (before?.kind === 'hour' || (before?.kind === 'elapsed' && before.unit === 'h') || after?.kind === 'second') list[i] = { kind: 'minute', width: t.width };
  });
  return list;
}

/** Whether a number format shows dates or times. */
export const isDateFormat = (format: string): boolean => tokens(format) !== undefined;

/** Year, month and day of a serial's whole part as Excel counts them (1900-01-00 at 0, 1900-02-29 at 60). */
function calendar(day: number): { year: number; month: number; date: number; weekday: number } {
  if (day === 0) return { year: 1900, month: 1, date: 0, weekday: 6 };
  if (day === 60) return { year: 1900, month: 2, date: 29, weekday: 3 };
  const d = new Date(Date.UTC(1899, 11, day < 60 ? 31 : 30) + day * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate(), weekday: d.getUTCDay() };
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * A serial number shown in a date or time format, or undefined when the format is not one. A negative serial or one
 * past 9999-12-31 shows hashes, as in Excel.
 */
export function formatDate(v: number, format: string): string | undefined {
  const list = tokens(format);
  if (!list) return undefined;
  if (!(v >= 0 && v < LAST_SERIAL + 1)) return '#'.repeat(8);
  const decimals = Math.max(0, ...list.map((t) => (t.kind === 'second' ? t.decimals : 0)));
  const scale = 10 ** decimals;
  // The time rounded to what the format shows, which may carry into the next day (23:59:59.6 as hh:mm:ss).
  const ticks = Math.round(v * 86_400 * scale);
  const day = Math.floor(ticks / (86_400 * scale));
  const inDay = ticks - day * 86_400 * scale;
  const seconds = Math.floor(inDay / scale);
  const fraction = inDay - seconds * scale;
  const hours = Math.floor(seconds / 3600);
  const { year, month, date, weekday } = calendar(day);
  const twelveHour = list.some((t) => t.kind === 'ampm');
  return list.map((t): string => {
    switch (t.kind) {
      case 'text': return t.text;
      case 'year': return t.width <= 2 ? pad(year % 100, 2) : String(year);
      case 'month':
        if (t.width >= 5) return MONTHS[month - 1]![0]!;
        if (t.width === 4) return MONTHS[month - 1]!;
        if (t.width === 3) return MONTHS[month - 1]!.slice(0, 3);
        return pad(month, t.width);
      case 'day':
        if (t.width >= 4) return DAYS[weekday]!;
        if (t.width === 3) return DAYS[weekday]!.slice(0, 3);
        return pad(date, t.width);
      case 'hour': return pad(twelveHour ? ((hours + 11) % 12) + 1 : hours, Math.min(t.width, 2));
      case 'minute': return pad(Math.floor(seconds / 60) % 60, Math.min(t.width, 2));
      case 'second': return pad(seconds % 60, Math.min(t.width, 2)) + (t.decimals ? `.${pad(fraction, decimals).slice(0, t.decimals)}` : '');
      case 'elapsed': {
        const whole = day * 86_400 + seconds;
        const n = t.unit === 'h' ? Math.floor(whole / 3600) : t.unit === 'm' ? Math.floor(whole / 60) : whole;
        return pad(n, t.width);
      }
      case 'ampm': {
        const text = t.short ? (hours < 12 ? 'A' : 'P') : hours < 12 ? 'AM' : 'PM';
        return t.lower ? text.toLowerCase() : text;
      }
    }
  }).join('');
}
