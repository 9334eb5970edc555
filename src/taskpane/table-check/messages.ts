/** What the pane tells the user after a table check: the verdicts in one sentence, then where everything went. */
import { t } from '../i18n/messages';
import { percent, whole } from '../format';
import type { TableCheckReport } from './table-check';

/** "1 row" / "2 rows" (行 in Chinese). */
export const rowsText = (n: number): string => t(n === 1 ? 'tc.n.row' : 'tc.n.rows', { n: whole(n) });

/** What the table holds besides facilities: " 2 blank rows skipped; 3 total rows left out of every count and sum." */
export function readNote(blank: number, totals: number): string {
  const parts = [
    ...(blank ? [t('tc.skipped.blank', { rows: rowsText(blank) })] : []),
    ...(totals ? [t('tc.skipped.totals', { rows: rowsText(totals) })] : []),
  ];
  return parts.length ? t('tc.skipped', { parts: parts.join(t('tc.w.sep')) }) : '';
}

/**
 * The status line. Under a scheme whose verdict can be "depends" (EU, Korea …) the facilities that depend are
 * counted apart, never folded into "not covered". `units` names the columns read in a unit other than tonnes.
 * @example doneMessage(report, 'EU ETS') // "0 of 18 facilities are covered; 18 depend on rules the figures cannot settle (EU ETS) …"
 */
export function doneMessage(report: TableCheckReport, schemeName: string, units: readonly string[] = []): string {
  const total = report.summary.total;
  const figures = {
    covered: whole(report.covered), rows: whole(report.rows), depends: whole(report.depends), scheme: schemeName,
    coveredEmissions: whole(total.coveredEmissions), emissions: whole(total.emissions), share: percent(total.shareOfTotal),
    dependsEmissions: whole(total.dependsEmissions), shareDepends: percent(total.shareDepends),
  };
  const one = report.rows === 1;
  const head = t(report.depends > 0 ? (one ? 'tc.done.depends.one' : 'tc.done.depends') : (one ? 'tc.done.one' : 'tc.done'), figures);
  const errors = report.errors ? t(report.errors === 1 ? 'tc.errors.one' : 'tc.errors', { errors: whole(report.errors) }) : '';
  const read = readNote(report.blank ?? 0, report.totals ?? 0);
  const scaled = units.length ? t('tc.units', { units: units.join(t('tc.w.sep')) }) : '';
  const w = report.written;
  if (!w) return `${head}${errors}${read}${scaled}${t('tc.nothing')}`;
  const where = w.newSheet
    ? t('tc.where.new', { sheet: w.sheet, results: w.results, summary: w.summary })
    : t('tc.where.here', { results: w.results, refreshed: w.refreshed ? t('tc.refreshed') : '', summary: w.summary });
  return `${head}${errors}${read}${scaled}${where}`;
}
