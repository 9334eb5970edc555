/** What the pane tells the user after a table check: the verdicts in one sentence, then where everything went. */
import { t } from '../i18n/messages';
import { percent, whole } from '../format';
import type { TableCheckReport } from './table-check';

/**
 * The status line. Under a scheme whose verdict can be "depends" (EU, Korea …) the facilities that depend are
 * counted apart, never folded into "not covered".
 * @example doneMessage(report, 'EU ETS') // "0 of 18 facilities are covered; 18 depend on rules the figures cannot settle (EU ETS) …"
 */
export function doneMessage(report: TableCheckReport, schemeName: string): string {
  const total = report.summary.total;
  const figures = {
    covered: whole(report.covered), rows: whole(report.rows), depends: whole(report.depends), scheme: schemeName,
    coveredEmissions: whole(total.coveredEmissions), emissions: whole(total.emissions), share: percent(total.shareOfTotal),
    dependsEmissions: whole(total.dependsEmissions), shareDepends: percent(total.shareDepends),
  };
  const head = t(report.depends > 0 ? 'tc.done.depends' : 'tc.done', figures);
  const errors = report.errors ? t('tc.errors', { errors: whole(report.errors) }) : '';
  const w = report.written;
  if (!w) return `${head}${errors}${t('tc.nothing')}`;
  const where = w.newSheet
    ? t('tc.where.new', { sheet: w.sheet, results: w.results, summary: w.summary })
    : t('tc.where.here', { results: w.results, refreshed: w.refreshed ? t('tc.refreshed') : '', summary: w.summary });
  return `${head}${errors}${where}`;
}
