/**
 * The table check: every row of a facility table through the core, then Covered / Reason / CO2e columns beside the
 * table, covered rows highlighted, and a summary block with a chart. A re-run refreshes the pane's own output in place
 * (found by its marks); nothing that is not the pane's own is written over without asking first; the work goes in
 * chunks so the pane stays responsive on big tables.
 */
import { checkFacility, EtsError, summarise, type PortfolioSummary } from '../../core';
import { fromExcel } from '../../functions/coerce';
import { address, areaOf, subtractAll } from '../ports/area';
import type { Area, CellValue, DocumentSettings, Region, WorkbookPort } from '../ports/port';
import type { ColumnMap } from './columns';
import { markName, nextId, outputOf, outputsOf, type Output } from './output';
import { planBeside, planOnNewSheet, type Plan } from './plan';
import { COVERED_FILL, isCoveredHeader, NOT_CHECKED_FILL, PERCENT_FORMAT, stateOfCell, type RowOutcome, type RowState } from './results';
import { t } from '../i18n/messages';
import { carryOut, type Step } from './write-steps';

export { COVERED_FILL, NOT_CHECKED_FILL, resultCells, resultHeaders, summaryValues, type RowOutcome } from './results';
export { planBeside, planOnNewSheet, type Plan } from './plan';

/** Rows computed between two yields to the UI. */
const ROWS_PER_SLICE = 2000;

const cell = (row: readonly CellValue[], index: number | undefined): unknown =>
  index === undefined ? undefined : fromExcel('number', row[index]);

/** One row through the core; a bad row is its error, the others go on. */
export function checkRow(row: readonly CellValue[], map: ColumnMap, settings: DocumentSettings): RowOutcome {
  try {
    return checkFacility({
      sector: map.sector === undefined ? undefined : fromExcel('text', row[map.sector]),
      direct: cell(row, map.direct),
      masses: { CO2: cell(row, map.co2), CF4: cell(row, map.cf4), C2F6: cell(row, map.c2f6) },
      gwpSet: settings.gwpSet,
      scheme: settings.scheme,
      year: settings.year,
    });
  } catch (e) {
    if (e instanceof EtsError) return e;
    throw e;
  }
}

const nextTick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Every row, in slices, yielding between slices and reporting progress. */
export async function checkRows(region: Region, map: ColumnMap, settings: DocumentSettings,
  onProgress?: (done: number, total: number) => void): Promise<RowOutcome[]> {
  const out: RowOutcome[] = [];
  for (let start = 0; start < region.rows.length; start += ROWS_PER_SLICE) {
    for (const row of region.rows.slice(start, start + ROWS_PER_SLICE)) out.push(checkRow(row, map, settings));
    onProgress?.(out.length, region.rows.length);
    await nextTick();
  }
  return out;
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

export interface TableCheckReport {
  readonly rows: number;
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
  list.push({ what: t('tc.step.shares'), run: async () => { for (const a of target.shares) await port.setNumberFormat(a, PERCENT_FORMAT); } });
  list.push({ what: t('tc.step.summary-marker'), run: () => port.setMarks([{ name: markName(id, 'Summary'), area: summaryArea }]) });
  if (port.supportsCharts && sectors > 0) {
    list.push({ what: t('tc.step.chart'), run: () => port.addChart({ ...target.chart, title: t('tc.chart'), name: markName(id, 'Chart') }) });
  }
  return list;
}

/** Runs the whole check on a region and writes the results, asking before it writes over anything not its own. */
export async function runTableCheck(port: WorkbookPort, region: Region, map: ColumnMap, settings: DocumentSettings,
  ui: TableCheckUi): Promise<TableCheckReport> {
  const outcomes = await checkRows(region, map, settings, (done, total) => ui.progress(t('tc.p.checking'), done, total));
  const summary = summarise(outcomes);
  const { total } = summary;
  const report = { rows: outcomes.length, covered: total.coveredEntities, depends: total.dependsEntities, errors: summary.errors, summary };

  let earlier = outputOf(region);
  let id = earlier?.id ?? nextId(outputsOf(region.marks ?? []));
  let target = planBeside(region, outcomes, summary, settings, earlier);
  const own = [earlier?.results, earlier?.summary].filter((a): a is Area => a !== undefined);
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
