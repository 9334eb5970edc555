/**
 * The installation form the CBAM view writes for an exporter to type into, and its reading back into the fill path's
 * InstallationData (fill.ts); then the overwrite guard and the blocks that write the template's input cells. Pure: the
 * view (views/template-fill.ts) does the reading and writing through the port.
 *
 * The form's cells are fixed: a label in A, the value in B, the unit or hint in C, one row a field; then a table of
 * source streams (one row a stream, columns A–I), then the PFC slope fields. Rows do not move with the language, so a
 * form written in one language reads in the other.
 */
import { isoDate } from '../../core';
import { fromExcel, isBlank } from '../../functions/coerce';
import { t, type MessageKey } from '../i18n/messages';
import { a1, parseA1, type Area, type Block, type CellValue } from '../ports/port';
import { ELECTRICITY_SOURCES, GOODS, type CellWrite, type FillIssue, type InstallationData, type SourceStream } from './fill';

type Kind = 'text' | 'number' | 'date';
interface Field {
  /** The InstallationData path, as FillError's issues name it. */
  readonly path: string;
  readonly kind: Kind;
  /** A unit or a code shown in C (same in every language). */
  readonly unit?: string;
  /** The choices shown in C. */
  readonly list?: readonly string[];
  readonly optional?: boolean;
  /** A value written with the form: a choice of the template's lists only, never a rule's number. */
  readonly prefill?: string;
}

interface Section {
  readonly title: MessageKey;
  readonly fields: readonly Field[];
}

const text = (path: string, more: Partial<Field> = {}): Field => ({ path, kind: 'text', ...more });
const num = (path: string, more: Partial<Field> = {}): Field => ({ path, kind: 'number', ...more });

const SECTIONS: readonly Section[] = [
  { title: 'cf.s.installation', fields: [
    text('installation.name'), text('installation.localName', { optional: true }), text('installation.street', { optional: true }),
    text('installation.economicActivity', { optional: true }), text('installation.postCode', { optional: true }),
    text('installation.city', { optional: true }), text('installation.country', { prefill: 'China' }),
    text('installation.unlocode', { optional: true }), num('installation.latitude', { optional: true, unit: '°' }),
    num('installation.longitude', { optional: true, unit: '°' }), text('installation.representative', { optional: true }),
    text('installation.email', { optional: true }), text('installation.telephone', { optional: true }),
  ] },
  { title: 'cf.s.period', fields: [{ path: 'period.start', kind: 'date', unit: 'YYYY-MM-DD' }, { path: 'period.end', kind: 'date', unit: 'YYYY-MM-DD' }] },
  { title: 'cf.s.good', fields: [
    text('good.category', { list: Object.keys(GOODS) }), text('good.cn', { unit: 'CN 8' }), text('good.productName'), text('good.processName'),
    text('good.route', { optional: true }),
  ] },
  { title: 'cf.s.production', fields: [num('production', { unit: 't' }), num('toMarket', { unit: 't', optional: true })] },
  { title: 'cf.s.electricity', fields: [
    num('electricity.mwh', { unit: 'MWh' }), num('electricity.factor', { unit: 'tCO2/MWh' }),
    text('electricity.source', { list: ELECTRICITY_SOURCES }),
  ] },
  { title: 'cf.s.carbonPrice', fields: [
    num('carbonPrice.pricePerTonne', { unit: '/tCO2e', optional: true }), text('carbonPrice.currency', { unit: 'CNY', optional: true }),
    num('carbonPrice.coveredShare', { unit: '0–1', optional: true }), num('carbonPrice.freeAllocationPerTonne', { unit: 't/t', optional: true }),
  ] },
];

const PFC: Section = { title: 'cf.s.pfc', fields: [
  text('pfc.technology', { optional: true }), num('pfc.aluminium', { unit: 't', optional: true }),
  num('pfc.frequency', { unit: '/cell-day', optional: true }), num('pfc.duration', { unit: 'min', optional: true }),
  num('pfc.slope', { unit: 'kg CF4/t/(AE-min/cell-day)', optional: true }), num('pfc.c2f6Fraction', { unit: 't C2F6/t CF4', optional: true }),
  num('pfc.collectionEfficiency', { unit: '0–1', optional: true }),
] };

/** The source-stream table's columns, in order (A–I). */
export const STREAM_COLUMNS = ['name', 'method', 'activity', 'unit', 'ncv', 'emissionFactor', 'oxidation', 'conversion', 'biomass'] as const;
type StreamColumn = (typeof STREAM_COLUMNS)[number];
const STREAM_UNITS: Readonly<Record<StreamColumn, string>> = {
  name: '', method: '', activity: 't | 1000Nm3', unit: 't | 1000Nm3', ncv: 'GJ/t | GJ/1000Nm3', emissionFactor: 'tCO2/TJ | tCO2/t',
  oxidation: '0–1', conversion: '0–1', biomass: '0–1',
};
/** Rows of the source-stream table. */
export const STREAM_ROWS = 12;
/** Columns the form uses: the stream table's. */
export const FORM_COLS = STREAM_COLUMNS.length;

/** Where each part of the form is (0-based rows). */
export interface FormLayout {
  readonly fields: ReadonlyMap<string, { readonly row: number; readonly field: Field }>;
  /** The stream table's first data row. */
  readonly streamTop: number;
  readonly rows: number;
}

/** The form's rows: title, note, header, then the sections. The layout is the same in every language. */
export function formLayout(): FormLayout {
  const fields = new Map<string, { row: number; field: Field }>();
  let row = 3;
  for (const s of SECTIONS) {
    row += 1; // the section's title
    for (const f of s.fields) fields.set(f.path, { row: row++, field: f });
  }
  row += 1; // blank
  row += 1; // the stream table's title
  row += 1; // its header
  const streamTop = row;
  row += STREAM_ROWS + 1;
  row += 1; // PFC title
  for (const f of PFC.fields) fields.set(f.path, { row: row++, field: f });
  return { fields, streamTop, rows: row };
}

const labelKey = (path: string): MessageKey => `cf.f.${path}` as MessageKey;

function hint(f: Field): string {
  const parts = [f.unit, f.list ? t('cf.form.one-of', { list: f.list.join(', ') }) : undefined, f.optional ? t('cf.form.optional') : undefined];
  return parts.filter((p) => p !== undefined && p !== '').join(t('cf.form.hint-sep'));
}

/** The form's cells, in the pane's language: labels, blank values (a list choice or two prefilled), hints. */
export function formValues(): CellValue[][] {
  const layout = formLayout();
  const out: CellValue[][] = Array.from({ length: layout.rows }, () => Array<CellValue>(FORM_COLS).fill(''));
  const set = (r: number, values: readonly CellValue[]): void => { values.forEach((v, c) => { out[r]![c] = v; }); };
  set(0, [t('cf.form.title')]);
  set(1, [t('cf.form.note')]);
  set(2, [t('cf.form.h.field'), t('cf.form.h.value'), t('cf.form.h.hint')]);
  for (const s of [...SECTIONS, PFC]) {
    const first = layout.fields.get(s.fields[0]!.path)!.row;
    if (s === PFC) set(layout.streamTop - 2, [t('cf.s.streams')]);
    set(first - 1, [t(s.title)]);
    for (const f of s.fields) set(layout.fields.get(f.path)!.row, [t(labelKey(f.path)), f.prefill ?? '', hint(f)]);
  }
  set(layout.streamTop - 1, STREAM_COLUMNS.map((c) => [t(`cf.col.${c}` as MessageKey), STREAM_UNITS[c]].filter((x) => x).join(' ')));
  return out;
}

/** The A1 address on the form of the cell an issue's field is typed in, with its label. */
export function formPlace(field: string, streamRows: readonly number[] = []): { address: string; label: string } | undefined {
  const layout = formLayout();
  const stream = /^sourceStreams\[(\d+)\]\.(\w+)$/.exec(field);
  if (stream) {
    const col = STREAM_COLUMNS.indexOf(stream[2] as StreamColumn);
    const row = streamRows[Number(stream[1])];
    if (col < 0 || row === undefined) return undefined;
    return { address: a1(layout.streamTop + row, col), label: `${t('cf.s.streams')} ${t('cf.form.stream-row', { n: row + 1 })}, ${t(`cf.col.${stream[2] as StreamColumn}` as MessageKey)}` };
  }
  if (field === 'sourceStreams') return { address: a1(layout.streamTop, 0, STREAM_ROWS, FORM_COLS), label: t('cf.s.streams') };
  const at = layout.fields.get(field);
  return at ? { address: a1(at.row, 1), label: t(labelKey(field)) } : undefined;
}

/** An issue worded with the form's cell: "B28 (Production in the period): production: must be more than 0 (got 0).". */
export function issueLine(issue: FillIssue, streamRows: readonly number[] = []): string {
  const place = formPlace(issue.field, streamRows);
  return place ? t('cf.issue', { address: place.address, label: place.label, message: issue.message }) : issue.message;
}

/** An Excel serial date as YYYY-MM-DD; text as typed (2024/1/1 → 2024-01-01). */
function dateOf(v: CellValue): string {
  if (typeof v === 'number') return isoDate(v);
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(String(v).trim());
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : String(v).trim();
}

/** A value as the field takes it: a number read as Excel reads one (a string that is not one stays, for the message). */
function valueOf(kind: Kind, v: CellValue | undefined): unknown {
  if (isBlank(v)) return undefined;
  if (kind === 'date') return dateOf(v!);
  if (kind === 'number') return fromExcel('number', v);
  return typeof v === 'number' ? String(v) : String(v).trim();
}

const METHODS: ReadonlyArray<readonly [RegExp, SourceStream['method']]> = [
  [/^(comb|燃烧)/i, 'combustion'], [/^(proc|过程)/i, 'process'],
];

/**
 * Reads the form's values (from A1) into InstallationData, with what the form itself cannot take (an unknown unit), and
 * the table row (0-based) of each source stream read: blank rows are skipped.
 */
export function readForm(values: readonly (readonly CellValue[])[]): { data: InstallationData; issues: FillIssue[]; streamRows: number[] } {
  const layout = formLayout();
  const issues: FillIssue[] = [];
  const cell = (r: number, c: number): CellValue | undefined => values[r]?.[c];
  const out: Record<string, Record<string, unknown>> = {};
  const top: Record<string, unknown> = {};
  for (const [path, { row, field }] of layout.fields) {
    const v = valueOf(field.kind, cell(row, 1));
    if (v === undefined) continue;
    const [head, key] = path.split('.') as [string, string | undefined];
    if (key === undefined) top[head] = v;
    else (out[head] ??= {})[key] = v;
  }
  const streams: SourceStream[] = [];
  const streamRows: number[] = [];
  for (let r = 0; r < STREAM_ROWS; r += 1) {
    const row = STREAM_COLUMNS.map((_, c) => cell(layout.streamTop + r, c));
    if (row.every(isBlank)) continue;
    const s: Record<string, unknown> = {};
    STREAM_COLUMNS.forEach((col, c) => {
      const v = row[c];
      if (isBlank(v)) return;
      if (col === 'name') s.name = String(v).trim();
      else if (col === 'method') s.method = METHODS.find(([re]) => re.test(String(v).trim()))?.[1] ?? String(v).trim();
      else if (col === 'unit') {
        const unit = String(v).replace(/\s+/g, '').toLowerCase();
        if (unit === 't') s.unit = 't';
        else if (unit === '1000nm3' || unit === '千nm3') s.unit = '1000Nm3';
        else issues.push({ field: `sourceStreams[${streams.length}].unit`, message: t('cf.form.unit', { value: String(v) }) });
      } else s[col] = valueOf('number', v);
    });
    streamRows.push(r);
    streams.push(s as unknown as SourceStream);
  }
  const pfc = out.pfc;
  const price = out.carbonPrice;
  const data = {
    installation: out.installation ?? {},
    period: out.period ?? {},
    good: out.good ?? {},
    ...top,
    sourceStreams: streams,
    electricity: out.electricity ?? {},
    ...(pfc ? { pfc } : {}),
    ...(price ? { carbonPrice: price } : {}),
  } as unknown as InstallationData;
  return { data, issues, streamRows };
}

/** A write's 0-based row and column. */
export function cellOf(address: string): { row: number; col: number } {
  const at = parseA1(address);
  if (!at) throw new Error(`not an A1 address: ${address}`);
  return at;
}

/** For each sheet written, the smallest area holding all its target cells: read once before writing. */
export function targetAreas(writes: readonly CellWrite[]): Area[] {
  const by = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  for (const w of writes) {
    const { row, col } = cellOf(w.address);
    const b = by.get(w.sheet);
    if (!b) by.set(w.sheet, { top: row, left: col, bottom: row, right: col });
    else Object.assign(b, { top: Math.min(b.top, row), left: Math.min(b.left, col), bottom: Math.max(b.bottom, row), right: Math.max(b.right, col) });
  }
  return [...by].map(([sheet, b]) => ({ sheet, top: b.top, left: b.left, rows: b.bottom - b.top + 1, cols: b.right - b.left + 1 }));
}

const same = (old: CellValue, value: CellValue): boolean => {
  if (typeof old === 'number' && typeof value === 'number') return Math.abs(old - value) <= 1e-9 * Math.max(1, Math.abs(value));
  if (typeof old === 'string' && typeof value === 'string') return old.trim() === value.trim();
  return old === value;
};

/** The target cells already holding something else than what would be written ("A_InstData!I20"), given each sheet's area as read. */
export function overwrites(writes: readonly CellWrite[], read: ReadonlyArray<{ area: Area; values: readonly (readonly CellValue[])[] }>): string[] {
  const out: string[] = [];
  for (const w of writes) {
    const got = read.find((r) => r.area.sheet === w.sheet);
    if (!got) continue;
    const { row, col } = cellOf(w.address);
    const old = got.values[row - got.area.top]?.[col - got.area.left] ?? null;
    if (!isBlank(old) && !same(old, w.value)) out.push(`${w.sheet}!${w.address}`);
  }
  return out;
}

/** The writes as blocks: one a run of adjacent cells in a row of a sheet. */
export function writeBlocks(writes: readonly CellWrite[]): Block[] {
  const cells = writes.map((w) => ({ ...w, ...cellOf(w.address) }))
    .sort((x, y) => (x.sheet === y.sheet ? x.row - y.row || x.col - y.col : x.sheet < y.sheet ? -1 : 1));
  const out: Array<{ sheet: string; top: number; left: number; values: CellValue[][] }> = [];
  for (const c of cells) {
    const last = out[out.length - 1];
    if (last && last.sheet === c.sheet && last.top === c.row && last.left + last.values[0]!.length === c.col) last.values[0]!.push(c.value);
    else out.push({ sheet: c.sheet, top: c.row, left: c.col, values: [[c.value]] });
  }
  return out;
}

/** "A_InstData 17, B_EmInst 20": cells written by sheet, in the order written. */
export function countsBySheet(writes: readonly CellWrite[]): string {
  const counts = new Map<string, number>();
  for (const w of writes) counts.set(w.sheet, (counts.get(w.sheet) ?? 0) + 1);
  return [...counts].map(([sheet, n]) => `${sheet} ${n}`).join(t('tc.list.sep'));
}
