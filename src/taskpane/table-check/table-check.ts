/**
 * The table check: every row of a facility table through the core, then Covered / Reason / CO2e columns beside the
 * table, covered rows highlighted, and a summary block with a chart. A re-run refreshes the pane's own output in place
 * (found by its marks); nothing that is not the pane's own is written over without asking first; the work goes in
 * chunks so the pane stays responsive on big tables.
 */
import { checkFacility, EtsError, massArgument, say, summarise, valueError, type PortfolioSummary } from '../../core';
import { fromExcel, isBlank } from '../../functions/coerce';
import { isQuantityProblem, MASS_UNITS, readQuantity, shiftDecimal, type MassUnit } from '../../functions/quantity';
import { address, areaOf, subtractAll } from '../ports/area';
import type { Area, CellValue, DocumentSettings, Region, WorkbookPort } from '../ports/port';
import { EMISSION_FIELDS, type ColumnMap, type EmissionField } from './columns';
import { markName, nextId, outputOf, outputsOf, ownColumns, regionArea, type Output } from './output';
import { planBeside, planOnNewSheet, type Plan } from './plan';
import { COVERED_FILL, facilitiesOf, FIGURE_FORMAT, isCoveredHeader, NOT_CHECKED_FILL, PERCENT_FORMAT, SkippedRow, stateOfCell, type RowOutcome, type RowState } from './results';
import { isTotalLabel, sumsAbove } from './totals';
import { t } from '../i18n/messages';
import { precise, tonnes as tonnesText } from '../format';
import { carryOut, type Step } from './write-steps';
import { fingerprint, outputKey, untouched } from './fingerprint';

export { COVERED_FILL, NOT_CHECKED_FILL, resultCells, resultHeaders, summaryValues, SkippedRow, type RowOutcome } from './results';
export { planBeside, planOnNewSheet, type Plan } from './plan';

/** Rows computed between two yields to the UI. */
const ROWS_PER_SLICE = 2000;

/** What the check knows of the table beyond its column map. */
export interface CheckOptions {
  /** The unit of each emissions column (tonnes when omitted): the header's 万吨 scales its figures by 10⁴. */
  readonly units?: Partial<Record<EmissionField, MassUnit>>;
  /** The user's headers, so reasons name the user's columns rather than the functions' arguments. */
  readonly headers?: readonly string[];
  /** Columns to leave out (the pane's own results beside the table). */
  readonly own?: ReadonlySet<number>;
  /** Rows (indexes of the region's rows) whose emissions cell adds up the rows above, with that formula. */
  readonly sums?: ReadonlyMap<number, string>;
}


/** A figure of an emissions column in tonnes, and how it was read when it was not plain tonnes ("3.1 万吨 = 31,000 t"). */
function tonnesOf(v: CellValue | undefined, unit: MassUnit, label: string): { value: unknown; read?: string } {
  if (typeof v === 'string' && !isBlank(v)) {
    const q = readQuantity(v);
    if (isQuantityProblem(q)) throw valueError(label, v, say('arg.unit-ambiguous', { unit: q.written }));
    if (q?.unit !== undefined) return { value: q.value, ...(q.unit === 't' ? {} : { read: t('tc.read-as', { written: v.trim(), tonnes: tonnesText(q.value) }) }) };
  }
  const n = fromExcel('number', v);
  if (typeof n !== 'number' || unit === 't') return { value: n };
  const value = shiftDecimal(n, MASS_UNITS[unit]);
  return { value, read: t('tc.read-as', { written: t(`tc.qty.${unit}`, { n: precise(n) }), tonnes: tonnesText(value) }) };
}

/** The core's message with the argument it names replaced by the user's column header: "直接排放（万吨CO2）: blank …". */
function inUserWords(e: EtsError, names: ReadonlyMap<string, string>): EtsError {
  const label = e.argument === undefined ? undefined : names.get(e.argument);
  if (!label || !e.message.startsWith(e.argument!)) return e;
  return new EtsError(e.category, `${label}${e.message.slice(e.argument!.length)}`, e.argument);
}

/** Arguments of the core and the columns that feed them. */
function argumentNames(map: ColumnMap, headers: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  const header = (i: number | undefined): string | undefined => (i === undefined ? undefined : headers[i] || undefined);
  const add = (argument: string, i: number | undefined): void => { const h = header(i); if (h) names.set(argument, h); };
  add('sector', map.sector);
  add('direct_emissions', map.direct);
  add(massArgument('CO2'), map.co2);
  add(massArgument('CF4'), map.cf4);
  add(massArgument('C2F6'), map.c2f6);
  return names;
}

/**
 * A row that is not a facility by what it holds: blank (but for the pane's own columns), or labelled as a total or
 * subtotal in one of its word cells outside the emissions columns. (A total found by its formula is told apart when
 * the check reads the formulas: sumRows.)
 */
export function skippedRow(row: readonly CellValue[], map: ColumnMap, own: ReadonlySet<number>): SkippedRow | undefined {
  if (row.every((v, c) => own.has(c) || isBlank(v))) return new SkippedRow('blank');
  const figures = new Set(EMISSION_FIELDS.map((f) => map[f]));
  const label = row.find((v, c) => !own.has(c) && !figures.has(c) && isTotalLabel(v));
  return typeof label === 'string' ? new SkippedRow('total', t('tc.reason.total-label', { label: label.trim() })) : undefined;
}

/**
 * One row through the core; a bad row is its error, the others go on. A blank row and a total row are left out, and
 * the figures of an emissions column are read in its unit.
 */
export function checkRow(row: readonly CellValue[], map: ColumnMap, settings: DocumentSettings, options: CheckOptions = {}, index = -1): RowOutcome {
  const skipped = skippedRow(row, map, options.own ?? new Set<number>());
  if (skipped) return skipped;
  const sum = options.sums?.get(index);
  if (sum !== undefined) return new SkippedRow('total', t('tc.reason.total-formula', { formula: sum }));
  const headers = options.headers ?? [];
  const reads: string[] = [];
  const figure = (field: EmissionField, argument: string): unknown => {
    const i = map[field];
    if (i === undefined) return undefined;
    const { value, read } = tonnesOf(row[i], options.units?.[field] ?? 't', headers[i] || argument);
    if (read && value !== undefined) reads.push(read);
    return value;
  };
  try {
    const direct = figure('direct', 'direct_emissions');
    // As the core does: with direct emissions given, the gas masses are not read (nor said to be read).
    const masses = direct !== undefined ? {}
      : { CO2: figure('co2', massArgument('CO2')), CF4: figure('cf4', massArgument('CF4')), C2F6: figure('c2f6', massArgument('C2F6')) };
    const result = checkFacility({
      sector: map.sector === undefined ? undefined : fromExcel('text', row[map.sector]),
      direct, masses, gwpSet: settings.gwpSet, scheme: settings.scheme, year: settings.year,
    });
    return reads.length ? { ...result, text: t('tc.reason.units', { text: result.text, reads: reads.join(t('tc.w.sep')) }) } : result;
  } catch (e) {
    if (e instanceof EtsError) return inUserWords(e, argumentNames(map, headers));
    throw e;
  }
}

const nextTick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Every row, in slices, yielding between slices and reporting progress. */
export async function checkRows(region: Region, map: ColumnMap, settings: DocumentSettings,
  onProgress?: (done: number, total: number) => void, options: CheckOptions = {}): Promise<RowOutcome[]> {
  const own = options.own ?? ownColumns(regionArea(region), region.marks ?? []);
  const full: CheckOptions = { headers: region.headers, ...options, own };
  const out: RowOutcome[] = [];
  for (let start = 0; start < region.rows.length; start += ROWS_PER_SLICE) {
    const end = Math.min(region.rows.length, start + ROWS_PER_SLICE);
    for (let i = start; i < end; i += 1) out.push(checkRow(region.rows[i]!, map, settings, full, i));
    onProgress?.(out.length, region.rows.length);
    await nextTick();
  }
  return out;
}

/** Rows whose emissions cell adds up the rows above it in its column (=SUM(D3:D5) …): totals, by their formula. */
export async function sumRows(port: WorkbookPort, region: Region, map: ColumnMap): Promise<Map<number, string>> {
  const sums = new Map<number, string>();
  if (region.rows.length === 0) return sums;
  const columns = [...new Set(EMISSION_FIELDS.flatMap((f) => (map[f] === undefined ? [] : [map[f]!])))];
  for (const c of columns) {
    const formulas = await port.readFormulas({ sheet: region.sheet, top: region.top + 1, left: region.left + c, rows: region.rows.length, cols: 1 });
    formulas.forEach(([f], i) => {
      if (f && !sums.has(i) && sumsAbove(f, region.top + 1 + i, region.left + c)) sums.set(i, f);
    });
  }
  return sums;
}

/** The user's answer when target cells are not empty. */
export type Choice = 'replace' | 'new-sheet' | 'cancel';

/** What progress says when the check has finished (the view then shows the report). */
export const DONE = 'done';

export interface TableCheckUi {
  progress(message: string, done?: number, total?: number): void;
  /** Asked only when a target cell that is not the pane's own output holds something; `where` names those cells. */
  confirmOverwrite(where: string): Promise<Choice>;
}

export type { EmissionField } from './columns';

export interface TableCheckReport {
  /** Facilities checked: the table's rows less blank and total rows. */
  readonly rows: number;
  /** Blank rows inside the table, skipped. */
  readonly blank?: number;
  /** Total and subtotal rows, left out of every count and sum. */
  readonly totals?: number;
  readonly covered: number;
  readonly depends: number;
  readonly errors: number;
  readonly summary: PortfolioSummary;
  /** Where the results went, or undefined when the user cancelled. */
  readonly written?: {
    readonly sheet: string;
    readonly results: string;
    readonly summary: string;
    /** The table's earlier output was refreshed in place. */
    readonly refreshed: boolean;
    /** The output went to a sheet the pane added (and activated). */
    readonly newSheet: boolean;
  };
}

/** The non-empty cells among the targets, leaving out the pane's own output (which it refreshes without asking). */
async function busyCells(port: WorkbookPort, targets: readonly Area[], own: readonly Area[]): Promise<Area[]> {
  const busy: Area[] = [];
  for (const part of targets.flatMap((t) => subtractAll(t, own))) {
    const used = await port.usedArea(part);
    if (used) busy.push(used);
  }
  return busy;
}

/** How the rows of an earlier results block were highlighted, from its Covered column; undefined if it has none. */
async function previousStates(port: WorkbookPort, results: Area): Promise<RowState[] | undefined> {
  const [header] = await port.readValues({ ...results, rows: 1 });
  // The earlier run may have written its headers in another language: any language's Covered header is recognised.
  const col = (header ?? []).findIndex(isCoveredHeader);
  if (col < 0 || results.rows < 2) return undefined;
  const cells = await port.readValues({ ...results, top: results.top + 1, left: results.left + col, rows: results.rows - 1, cols: 1 });
  return cells.map((r) => stateOfCell(r[0]));
}

/** Rows whose highlight from the earlier run must go: they were highlighted and now are not (or left the table). */
function rowsToUnfill(previous: readonly RowState[], earlierTop: number, now: readonly RowState[]): number[] {
  return previous.flatMap((was, i) => (was !== 'plain' && (now[i] ?? 'plain') === 'plain' ? [earlierTop + 1 + i] : []));
}

/** The writes of one check, in order: each block, then its mark, so a mark never claims cells that were not written. */
function steps(port: WorkbookPort, target: Plan, earlier: Output | undefined, previous: RowState[] | undefined, id: number,
  sectors: number, ui: TableCheckUi): Step[] {
  const { results, summary } = target;
  const resultsArea = areaOf(results);
  const summaryArea = areaOf(summary);
  const total = results.values.length;
  const list: Step[] = [];
  const labels = target.labels;
  if (labels) list.push({ what: t('tc.step.labels'), area: labels, run: () => port.setNumberFormat(labels, '@') });
  list.push({
    what: t('tc.step.results'), area: resultsArea, overwrites: true,
    run: (progress) => port.writeValues(results, (done) => { progress(done); ui.progress(t('tc.p.writing'), done, total); }),
  });
  const leftover = earlier?.results ? subtractAll(earlier.results, [resultsArea]) : [];
  if (leftover.length) {
    list.push({ what: t('tc.step.leftover'), run: async () => { for (const a of leftover) await port.clear(a, 'contents'); } });
  }
  list.push({ what: t('tc.step.results-marker'), run: () => port.setMarks([{ name: markName(id, 'Results'), area: resultsArea }]) });
  const unfill = previous && earlier?.results ? rowsToUnfill(previous, earlier.results.top, target.states) : [];
  list.push({
    what: t('tc.step.highlights'), run: async () => {
      if (unfill.length) await port.clearFills(results.sheet, unfill, target.fillLeft, target.fillCols);
      await port.fillRows(results.sheet, target.coveredRows, target.fillLeft, target.fillCols, COVERED_FILL);
      await port.fillRows(results.sheet, target.notCheckedRows, target.fillLeft, target.fillCols, NOT_CHECKED_FILL);
    },
  });
  const oldSummary = earlier?.summary;
  if (oldSummary) list.push({ what: t('tc.step.earlier-summary'), area: oldSummary, run: () => port.clear(oldSummary, 'all') });
  list.push({ what: t('tc.step.summary'), area: summaryArea, overwrites: true, run: () => port.writeValues(summary) });
  list.push({ what: t('tc.step.shares'), run: async () => {
    for (const a of target.shares) await port.setNumberFormat(a, PERCENT_FORMAT);
    for (const a of target.figures) await port.setNumberFormat(a, FIGURE_FORMAT);
  } });
  list.push({ what: t('tc.step.summary-marker'), run: () => port.setMarks([{ name: markName(id, 'Summary'), area: summaryArea }]) });
  if (port.supportsCharts && sectors > 0) {
    list.push({ what: t('tc.step.chart'), run: () => port.addChart({ ...target.chart, title: t('tc.chart'), name: markName(id, 'Chart') }) });
  }
  return list;
}

/**
 * What was written, remembered for the next run with the document's other settings as they stand. Best effort: a host
 * that cannot keep settings makes the next run ask before refreshing, which is safe.
 */
async function remember(port: WorkbookPort, settings: DocumentSettings,
  blocks: ReadonlyArray<readonly [Area, string, readonly (readonly CellValue[])[]]>): Promise<void> {
  try {
    const now = await port.readSettings();
    const outputs = { ...now.outputs };
    for (const [area, mark, values] of blocks) outputs[outputKey(area, mark)] = fingerprint(values);
    await port.writeSettings({ ...settings, ...now, outputs });
  } catch {
    // Nothing remembered: see above.
  }
}

/** Runs the whole check on a region and writes the results, asking before it writes over anything not its own. */
export async function runTableCheck(port: WorkbookPort, region: Region, map: ColumnMap, settings: DocumentSettings,
  ui: TableCheckUi, options: CheckOptions = {}): Promise<TableCheckReport> {
  const sums = await sumRows(port, region, map);
  const outcomes = await checkRows(region, map, settings, (done, total) => ui.progress(t('tc.p.checking'), done, total), { ...options, sums });
  const facilities = facilitiesOf(outcomes);
  const summary = summarise(facilities);
  const { total } = summary;
  const skipped = (kind: SkippedRow['kind']): number => outcomes.filter((o) => o instanceof SkippedRow && o.kind === kind).length;
  const report = {
    rows: facilities.length, blank: skipped('blank'), totals: skipped('total'),
    covered: total.coveredEntities, depends: total.dependsEntities, errors: summary.errors, summary,
  };

  let earlier = outputOf(region);
  let id = earlier?.id ?? nextId(outputsOf(region.marks ?? []));
  let target = planBeside(region, outcomes, summary, settings, earlier);
  // The earlier output is the pane's to refresh only while it holds what the pane wrote: cleared, typed over or edited,
  // its cells are the user's, and the user is asked before they are written over.
  // A host without document settings remembers nothing: its earlier output is then asked about, never taken.
  const stored = (await port.readSettings().catch(() => ({} as Partial<DocumentSettings>))).outputs;
  const own: Area[] = [];
  for (const [area, part] of [[earlier?.results, 'Results'], [earlier?.summary, 'Summary']] as const) {
    if (area && await untouched(port, area, markName(earlier!.id, part), stored)) own.push(area);
  }
  const busy = await busyCells(port, [areaOf(target.results), areaOf(target.summary)], own);
  let newSheet = false;
  const choice = busy.length > 0 ? await ui.confirmOverwrite(busy.map(address).join(' and ')) : 'replace';
  if (choice === 'cancel') return report;
  // Everything the check writes, a new sheet included, is one step: one Undo takes it all back.
  await port.oneStep(async () => {
    if (choice === 'new-sheet') {
      const sheet = await port.addSheet(t('tc.sheet'));
      target = planOnNewSheet(sheet, region, map, outcomes, summary, settings);
      [earlier, id, newSheet] = [undefined, 1, true];
    }
    const previous = earlier?.results ? await previousStates(port, earlier.results) : undefined;
    await carryOut(steps(port, target, earlier, previous, id, summary.sectors.length, ui), newSheet ? [] : busy);
    await remember(port, settings, [[areaOf(target.results), markName(id, 'Results'), target.results.values],
      [areaOf(target.summary), markName(id, 'Summary'), target.summary.values]]);
    if (newSheet) await port.activate(target.results.sheet);
  });
  ui.progress(DONE);
  return {
    ...report,
    written: {
      sheet: target.results.sheet, results: address(areaOf(target.results)), summary: address(areaOf(target.summary)),
      refreshed: earlier !== undefined, newSheet,
    },
  };
}
