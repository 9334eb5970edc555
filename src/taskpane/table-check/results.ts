/**
 * What the table check writes: three cells per row (Covered, Reason, CO2e) and the summary block. Covered is TRUE or
 * FALSE where the rules give a verdict; where they do not — the scheme's rule cannot be settled from the figures, or
 * the row could not be checked — it says so in words, and the column's header then says why it holds text.
 */
import { EtsError, ignoredNote, type FacilityResult, type PortfolioSummary, type SectorSummary } from '../../core';
import type { Area, CellValue, DocumentSettings } from '../ports/port';

export type RowOutcome = FacilityResult | EtsError;

export const COVERED_FILL = '#DFF6DD';
export const NOT_CHECKED_FILL = '#FDE7E9';
export const DEPENDS = 'depends';
export const NOT_CHECKED = 'not checked';
export const RESULT_HEADERS = ['Covered', 'Reason', 'CO2e (tCO2e)'] as const;
export const PERCENT_FORMAT = '0.0%';

/** How a row is highlighted: covered, not checked, or not at all. */
export type RowState = 'covered' | 'not-checked' | 'plain';

export function rowState(outcome: RowOutcome): RowState {
  if (outcome instanceof EtsError) return 'not-checked';
  return outcome.covered ? 'covered' : 'plain';
}

/** A row's state from the Covered cell an earlier run wrote. */
export function stateOfCell(v: CellValue | undefined): RowState {
  if (v === true) return 'covered';
  return v === NOT_CHECKED ? 'not-checked' : 'plain';
}

/** The result cells of one row: the verdict, the reason (or why the row was not checked), and the CO2e that counts. */
export function resultCells(outcome: RowOutcome): CellValue[] {
  if (outcome instanceof EtsError) return [NOT_CHECKED, `Not checked: ${outcome.message}`, ''];
  const note = ignoredNote(outcome);
  return [outcome.reason === 'depends' ? DEPENDS : outcome.covered, note ? `${outcome.text}. ${note}` : outcome.text, outcome.co2e];
}

/** "Covered", or — when some rows have no TRUE/FALSE — a header that says which words stand in for one. */
export function coveredHeader(outcomes: readonly RowOutcome[]): string {
  const words = [DEPENDS, NOT_CHECKED].filter((w) => outcomes.some((o) => resultCells(o)[0] === w));
  return words.length ? `Covered (TRUE/FALSE, or ${words.map((w) => `"${w}"`).join(' / ')}: see Reason)` : RESULT_HEADERS[0];
}

const SUMMARY_HEADERS = ['Sector', 'Covered emissions (tCO2e)', 'Emissions (tCO2e)', 'Entities', 'Covered entities', 'Share of total covered'];
const DEPENDS_HEADERS = ['Entities that depend', 'Emissions that depend (tCO2e)', 'Share of total that depends'];
/** Columns of the summary holding shares (0–1), formatted as percentages. */
const SHARE_COLUMNS = [5, 8];

/** Depends columns appear only when a row depends: under CN they would be zeros that say nothing. */
const showsDepends = (summary: PortfolioSummary): boolean => summary.total.dependsEntities > 0;

/** The summary block: a title row, headers, one row per sector, a total, and the count of rows not checked. */
export function summaryValues(summary: PortfolioSummary, settings: DocumentSettings): CellValue[][] {
  const depends = showsDepends(summary);
  const width = SUMMARY_HEADERS.length + (depends ? DEPENDS_HEADERS.length : 0);
  const line = (s: SectorSummary): CellValue[] => [
    s.sector === 'total' ? 'Total' : s.sector, s.coveredEmissions, s.emissions, s.entities, s.coveredEntities, s.shareOfTotal,
    ...(depends ? [s.dependsEntities, s.dependsEmissions, s.shareDepends] : []),
  ];
  const pad = (row: CellValue[]): CellValue[] => [...row, ...new Array<CellValue>(width - row.length).fill('')];
  return [
    pad([`Coverage summary (${settings.scheme} ETS, ${settings.year})`]),
    [...SUMMARY_HEADERS, ...(depends ? DEPENDS_HEADERS : [])],
    ...summary.sectors.map(line),
    line(summary.total),
    pad([`Rows not checked: ${summary.errors}`]),
  ];
}

/** The share cells of a summary written at (top, left): sector rows and the total, in each share column. */
export function shareAreas(summary: PortfolioSummary, sheet: string, top: number, left: number): Area[] {
  const columns = SHARE_COLUMNS.filter((c) => c < SUMMARY_HEADERS.length || showsDepends(summary));
  return columns.map((c) => ({ sheet, top: top + 2, left: left + c, rows: summary.sectors.length + 1, cols: 1 }));
}
