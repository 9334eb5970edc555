/**
 * What the table check writes: three cells per row (Covered, Reason, CO2e) and the summary block. Covered is TRUE or
 * FALSE where the rules give a verdict; where they do not — the scheme's rule cannot be settled from the figures, or
 * the row could not be checked — it says so in words, and the column's header then says why it holds text.
 */
import { dataText, EtsError, ignoredNote, schemeInfo, sectorName, type FacilityResult, type PortfolioSummary, type SectorSummary } from '../../core';
import { inEveryLanguage, t } from '../i18n/messages';
import type { Area, CellValue, DocumentSettings } from '../ports/port';

/** A row the check leaves out: blank inside the table, or a total or subtotal of the rows above it. */
export class SkippedRow {
  constructor(readonly kind: 'blank' | 'total', readonly why = '') {}
}

export type RowOutcome = FacilityResult | EtsError | SkippedRow;

/** The facilities among the outcomes: what is counted and summed. */
export const facilitiesOf = (outcomes: readonly RowOutcome[]): Array<FacilityResult | EtsError> =>
  outcomes.filter((o): o is FacilityResult | EtsError => !(o instanceof SkippedRow));

export const COVERED_FILL = '#DFF6DD';
export const NOT_CHECKED_FILL = '#FDE7E9';
/** The words the Covered column holds where there is no TRUE/FALSE, in the pane's language. */
export const dependsWord = (): string => t('tc.depends');
export const notCheckedWord = (): string => t('tc.not-checked');
export const totalRowWord = (): string => t('tc.total-row');
/** The three result headers, in the pane's language (their number fixes the results block's width). */
export const resultHeaders = (): [string, string, string] => [t('tc.h.covered'), t('tc.h.reason'), t('tc.h.co2e')];
export const RESULT_WIDTH = 3;
export const PERCENT_FORMAT = '0.0%';

/** How a row is highlighted: covered, not checked, or not at all. */
export type RowState = 'covered' | 'not-checked' | 'plain';

export function rowState(outcome: RowOutcome): RowState {
  if (outcome instanceof SkippedRow) return 'plain';
  if (outcome instanceof EtsError) return 'not-checked';
  return outcome.covered ? 'covered' : 'plain';
}

/** A row's state from the Covered cell an earlier run wrote, in whichever language it ran. */
export function stateOfCell(v: CellValue | undefined): RowState {
  if (v === true) return 'covered';
  return typeof v === 'string' && inEveryLanguage('tc.not-checked').includes(v) ? 'not-checked' : 'plain';
}

/** Is this the Covered header an earlier run wrote, in any language (with or without its note on words)? */
export const isCoveredHeader = (v: CellValue | undefined): boolean =>
  typeof v === 'string' && inEveryLanguage('tc.h.covered').some((h) => v.startsWith(h));

/** The result cells of one row: the verdict, the reason (or why the row was not checked), and the CO2e that counts. */
export function resultCells(outcome: RowOutcome): CellValue[] {
  if (outcome instanceof SkippedRow) return outcome.kind === 'blank' ? ['', '', ''] : [totalRowWord(), outcome.why, ''];
  if (outcome instanceof EtsError) return [notCheckedWord(), t('tc.reason.not-checked', { message: outcome.message }), ''];
  const note = ignoredNote(outcome);
  return [outcome.reason === 'depends' ? dependsWord() : outcome.covered, note ? t('tc.reason.note', { text: outcome.text, note }) : outcome.text, outcome.co2e];
}

/** "Covered", or — when some rows have no TRUE/FALSE — a header that says which words stand in for one. */
export function coveredHeader(outcomes: readonly RowOutcome[]): string {
  const words = [dependsWord(), notCheckedWord(), totalRowWord()].filter((w) => outcomes.some((o) => resultCells(o)[0] === w));
  return words.length
    ? t('tc.h.covered-words', { words: words.map((word) => t('tc.word', { word })).join(t('tc.words.sep')) })
    : t('tc.h.covered');
}

const SUMMARY_HEADERS = ['tc.s.sector', 'tc.s.covered-emissions', 'tc.s.emissions', 'tc.s.entities', 'tc.s.covered-entities', 'tc.s.share'] as const;
const DEPENDS_HEADERS = ['tc.s.depends-entities', 'tc.s.depends-emissions', 'tc.s.depends-share'] as const;
/** Columns of the summary holding shares (0–1), formatted as percentages. */
const SHARE_COLUMNS = [5, 8];
/** Columns of the summary holding tonnes and counts, grouped (9,000, not 9000: Excel's General format does not group). */
const FIGURE_COLUMNS = [1, 2, 3, 4, 6, 7];
export const FIGURE_FORMAT = '#,##0';

/** Depends columns appear only when a row depends: under CN they would be zeros that say nothing. */
const showsDepends = (summary: PortfolioSummary): boolean => summary.total.dependsEntities > 0;

/** The scheme's name in the pane's language: 全国碳市场 in Chinese, not "CN ETS". */
export function schemeName(id: string): string {
  if (id === 'CN') return t('tc.cn-name');
  try {
    return dataText(schemeInfo(id).name);
  } catch {
    return `${id} ETS`;
  }
}

/** The summary block: a title row, headers, one row per sector, a total, and the count of rows not checked. */
export function summaryValues(summary: PortfolioSummary, settings: DocumentSettings): CellValue[][] {
  const depends = showsDepends(summary);
  const width = SUMMARY_HEADERS.length + (depends ? DEPENDS_HEADERS.length : 0);
  const line = (s: SectorSummary): CellValue[] => [
    s.sector === 'total' ? t('tc.s.total') : sectorName(s.sector), s.coveredEmissions, s.emissions, s.entities, s.coveredEntities, s.shareOfTotal,
    ...(depends ? [s.dependsEntities, s.dependsEmissions, s.shareDepends] : []),
  ];
  const pad = (row: CellValue[]): CellValue[] => [...row, ...new Array<CellValue>(width - row.length).fill('')];
  return [
    pad([t('tc.s.title', { scheme: schemeName(settings.scheme), year: settings.year })]),
    [...SUMMARY_HEADERS, ...(depends ? DEPENDS_HEADERS : [])].map((key) => t(key)),
    ...summary.sectors.map(line),
    line(summary.total),
    pad([t('tc.s.not-checked', { errors: summary.errors })]),
  ];
}

/** The share cells of a summary written at (top, left): sector rows and the total, in each share column. */
export function shareAreas(summary: PortfolioSummary, sheet: string, top: number, left: number): Area[] {
  return summaryColumns(SHARE_COLUMNS, summary, sheet, top, left);
}

/** The tonnes and count cells of a summary written at (top, left). */
export function figureAreas(summary: PortfolioSummary, sheet: string, top: number, left: number): Area[] {
  return summaryColumns(FIGURE_COLUMNS, summary, sheet, top, left);
}

/** Cells of the given summary columns: sector rows and the total (the depends columns only when shown). */
function summaryColumns(columns: readonly number[], summary: PortfolioSummary, sheet: string, top: number, left: number): Area[] {
  return columns.filter((c) => c < SUMMARY_HEADERS.length || showsDepends(summary))
    .map((c) => ({ sheet, top: top + 2, left: left + c, rows: summary.sectors.length + 1, cols: 1 }));
}
