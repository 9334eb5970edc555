/**
 * The table check: every row of a facility table through the core, then Covered / Reason / CO2e columns beside the
 * table, covered rows highlighted, and a summary block with a chart. Nothing is written over a non-empty cell
 * without asking first; the work goes in chunks so the pane stays responsive on big tables.
 */
import { checkFacility, EtsError, summarise, type FacilityResult, type PortfolioSummary } from '../../core';
import { fromExcel } from '../../functions/coerce';
import type { ColumnMap } from './columns';
import { a1, type Block, type CellValue, type DocumentSettings, type Region, type WorkbookPort } from '../ports/port';

export type RowOutcome = FacilityResult | EtsError;

/** Rows computed between two yields to the UI. */
const ROWS_PER_SLICE = 2000;
export const COVERED_FILL = '#DFF6DD';
export const RESULT_HEADERS = ['Covered', 'Reason', 'CO2e (tCO2e)'] as const;
const SUMMARY_HEADERS = ['Sector', 'Covered emissions (tCO2e)', 'Emissions (tCO2e)', 'Entities', 'Covered entities', 'Share of total covered'];

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

/** The result cells of one row: TRUE/FALSE, the reason (or the error), and the CO2e that counts. */
export function resultCells(outcome: RowOutcome): CellValue[] {
  if (outcome instanceof EtsError) return ['', `Not checked: ${outcome.message}`, ''];
  return [outcome.reason === 'depends' ? 'depends' : outcome.covered, outcome.text, outcome.co2e];
}

/** The summary block: a title row, headers, one row per sector, a total, and the count of rows not checked. */
export function summaryValues(summary: PortfolioSummary, settings: DocumentSettings): CellValue[][] {
  const line = (s: PortfolioSummary['total']): CellValue[] =>
    [s.sector === 'total' ? 'Total' : s.sector, s.coveredEmissions, s.emissions, s.entities, s.coveredEntities, s.shareOfTotal];
  const pad = (row: CellValue[]): CellValue[] => [...row, ...new Array<CellValue>(SUMMARY_HEADERS.length - row.length).fill('')];
  return [
    pad([`Coverage summary (${settings.scheme} ETS, ${settings.year})`]),
    [...SUMMARY_HEADERS],
    ...summary.sectors.map(line),
    line(summary.total),
    pad([`Rows not checked: ${summary.errors}`]),
  ];
}

export interface Plan {
  readonly results: Block;
  readonly summary: Block;
  /** Rows (sheet indexes) to highlight, and the columns the highlight spans. */
  readonly coveredRows: readonly number[];
  readonly fillLeft: number;
  readonly fillCols: number;
  /** The chart's data: sector rows with the header row, columns Sector … Emissions. */
  readonly chart: { top: number; left: number; rows: number; cols: number };
}

/** Where everything goes beside the table: results right of it, the summary one empty column further right. */
export function planBeside(region: Region, outcomes: readonly RowOutcome[], summary: PortfolioSummary,
  settings: DocumentSettings): Plan {
  const resultsLeft = region.left + region.headers.length;
  const summaryLeft = resultsLeft + RESULT_HEADERS.length + 1;
  return plan(region.sheet, region.top, resultsLeft, summaryLeft, outcomes, summary, settings, region.left,
    region.headers.length + RESULT_HEADERS.length);
}

/** Everything on a fresh sheet: facility and sector copied beside the results, so the sheet reads on its own. */
export function planOnNewSheet(sheet: string, region: Region, map: ColumnMap, outcomes: readonly RowOutcome[],
  summary: PortfolioSummary, settings: DocumentSettings): Plan {
  const base = plan(sheet, 0, 2, 2 + RESULT_HEADERS.length + 1, outcomes, summary, settings, 0, 2 + RESULT_HEADERS.length);
  const labels: CellValue[][] = [['Facility', 'Sector'], ...region.rows.map((r) => [
    map.facility === undefined ? '' : r[map.facility] ?? '', map.sector === undefined ? '' : r[map.sector] ?? ''])];
  return {
    ...base,
    results: { sheet, top: 0, left: 0, values: labels.map((l, i) => [...l, ...base.results.values[i]!]) },
  };
}

function plan(sheet: string, top: number, resultsLeft: number, summaryLeft: number, outcomes: readonly RowOutcome[],
  summary: PortfolioSummary, settings: DocumentSettings, fillLeft: number, fillCols: number): Plan {
  const values = [[...RESULT_HEADERS] as CellValue[], ...outcomes.map(resultCells)];
  const coveredRows = outcomes.flatMap((o, i) => (o instanceof EtsError || !o.covered ? [] : [top + 1 + i]));
  return {
    results: { sheet, top, left: resultsLeft, values },
    summary: { sheet, top, left: summaryLeft, values: summaryValues(summary, settings) },
    coveredRows,
    fillLeft,
    fillCols,
    chart: { top: top + 1, left: summaryLeft, rows: summary.sectors.length + 1, cols: 3 },
  };
}

/** The user's answer when target cells are not empty. */
export type Choice = 'replace' | 'new-sheet' | 'cancel';

export interface TableCheckUi {
  progress(message: string, done?: number, total?: number): void;
  /** Asked only when a target area holds something; `where` names the cells. */
  confirmOverwrite(where: string): Promise<Choice>;
}

export interface TableCheckReport {
  readonly rows: number;
  readonly covered: number;
  readonly errors: number;
  readonly summary: PortfolioSummary;
  /** Where the results went, or undefined when the user cancelled. */
  readonly written?: { sheet: string; results: string; summary: string };
}

const area = (b: Block): string => `${b.sheet}!${a1(b.top, b.left, b.values.length, b.values[0]!.length)}`;

async function isFree(port: WorkbookPort, b: Block): Promise<boolean> {
  return port.isEmpty(b.sheet, b.top, b.left, b.values.length, b.values[0]!.length);
}

/** Runs the whole check on a region and writes the results, asking before it writes over anything. */
export async function runTableCheck(port: WorkbookPort, region: Region, map: ColumnMap, settings: DocumentSettings,
  ui: TableCheckUi): Promise<TableCheckReport> {
  const outcomes = await checkRows(region, map, settings, (done, total) => ui.progress('Checking rows', done, total));
  const summary = summarise(outcomes);
  const report = { rows: outcomes.length, covered: summary.total.coveredEntities, errors: summary.errors, summary };

  let target = planBeside(region, outcomes, summary, settings);
  const busy = [];
  for (const b of [target.results, target.summary]) if (!(await isFree(port, b))) busy.push(area(b));
  if (busy.length > 0) {
    const choice = await ui.confirmOverwrite(busy.join(' and '));
    if (choice === 'cancel') return report;
    if (choice === 'new-sheet') {
      const sheet = await port.addSheet('ETS coverage');
      target = planOnNewSheet(sheet, region, map, outcomes, summary, settings);
    }
  }

  const total = target.results.values.length;
  await port.writeValues(target.results, (done) => ui.progress('Writing results', done, total));
  await port.fillRows(target.results.sheet, target.coveredRows, target.fillLeft, target.fillCols, COVERED_FILL);
  await port.writeValues(target.summary);
  if (port.supportsCharts && summary.sectors.length > 0) {
    const c = target.chart;
    await port.addChart(target.summary.sheet, c.top, c.left, c.rows, c.cols, 'Emissions covered by sector (tCO2e)');
  }
  ui.progress('Done');
  return { ...report, written: { sheet: target.results.sheet, results: area(target.results), summary: area(target.summary) } };
}
