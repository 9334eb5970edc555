/**
 * Where the table check's output goes: beside the table (refreshing its earlier output in place when there is one),
 * or on a new sheet with each facility's name and sector copied so the sheet reads on its own.
 */
import type { PortfolioSummary } from '../../core';
import { RESULT_WIDTH, coveredHeader, figureAreas, resultHeaders, resultCells, rowState, shareAreas, summaryValues, type RowOutcome, type RowState } from './results';
import { tableWidth, type Output } from './output';
import type { ColumnMap } from './columns';
import type { Area, Block, CellValue, DocumentSettings, Region } from '../ports/port';
import { t } from '../i18n/messages';

export interface Plan {
  readonly results: Block;
  readonly summary: Block;
  /** Sheet rows of the results, by how they are highlighted. */
  readonly coveredRows: readonly number[];
  readonly notCheckedRows: readonly number[];
  /** The new state of each result row, in order (row i is sheet row results.top + 1 + i). */
  readonly states: readonly RowState[];
  /** The columns a row's highlight spans. */
  readonly fillLeft: number;
  readonly fillCols: number;
  /** The chart's data (sector rows with the header row, columns Sector … Emissions) and where it sits. */
  readonly chart: { readonly data: Area; readonly at: { row: number; col: number } };
  /** Columns of copied labels, formatted as text before anything is written to them. */
  readonly labels?: Area;
  /** Share cells of the summary, formatted as percentages. */
  readonly shares: readonly Area[];
  /** Tonnes and count cells of the summary, grouped. */
  readonly figures: readonly Area[];
}

/**
 * Beside the table: results right of the user's columns (or where this table's earlier results are), the summary one
 * empty column further right (or where the earlier summary is).
 */
export function planBeside(region: Region, outcomes: readonly RowOutcome[], summary: PortfolioSummary,
  settings: DocumentSettings, earlier?: Output): Plan {
  const resultsLeft = earlier?.results?.left ?? region.left + tableWidth(region);
  const summaryAt = earlier?.summary ?? { top: region.top, left: resultsLeft + RESULT_WIDTH + 1 };
  return plan(region.sheet, region.top, resultsLeft, summaryAt, outcomes, summary, settings, region.left,
    resultsLeft + RESULT_WIDTH - region.left);
}

/** Everything on a fresh sheet: facility and sector copied beside the results, so the sheet reads on its own. */
export function planOnNewSheet(sheet: string, region: Region, map: ColumnMap, outcomes: readonly RowOutcome[],
  summary: PortfolioSummary, settings: DocumentSettings): Plan {
  const labelCols = 2;
  const base = plan(sheet, 0, labelCols, { top: 0, left: labelCols + RESULT_WIDTH + 1 }, outcomes, summary, settings, 0,
    labelCols + RESULT_WIDTH);
  const label = (r: readonly CellValue[], i: number | undefined): CellValue => (i === undefined ? '' : r[i] ?? '');
  const labels: CellValue[][] = [[t('tc.field.facility'), t('tc.field.sector')], ...region.rows.map((r) => [label(r, map.facility), label(r, map.sector)])];
  return {
    ...base,
    results: { sheet, top: 0, left: 0, values: labels.map((l, i) => [...l, ...base.results.values[i]!]) },
    labels: { sheet, top: 0, left: 0, rows: labels.length, cols: labelCols },
  };
}

function plan(sheet: string, top: number, resultsLeft: number, summaryAt: { top: number; left: number },
  outcomes: readonly RowOutcome[], summary: PortfolioSummary, settings: DocumentSettings, fillLeft: number, fillCols: number): Plan {
  const [, reason, co2e] = resultHeaders();
  const header: CellValue[] = [coveredHeader(outcomes), reason, co2e];
  const states = outcomes.map(rowState);
  const rowsIn = (state: RowState) => states.flatMap((s, i) => (s === state ? [top + 1 + i] : []));
  return {
    results: { sheet, top, left: resultsLeft, values: [header, ...outcomes.map(resultCells)] },
    summary: { sheet, top: summaryAt.top, left: summaryAt.left, values: summaryValues(summary, settings) },
    coveredRows: rowsIn('covered'),
    notCheckedRows: rowsIn('not-checked'),
    states,
    fillLeft,
    fillCols,
    chart: {
      data: { sheet, top: summaryAt.top + 1, left: summaryAt.left, rows: summary.sectors.length + 1, cols: 3 },
      // Below the whole summary (title, headers, sectors, total, rows not checked), so it hides none of it.
      at: { row: summaryAt.top + summary.sectors.length + 5, col: summaryAt.left },
    },
    shares: shareAreas(summary, sheet, summaryAt.top, summaryAt.left),
    figures: figureAreas(summary, sheet, summaryAt.top, summaryAt.left),
  };
}
