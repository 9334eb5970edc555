/** What the pane tells the user after a table check: the verdicts in one sentence, then where everything went. */
import { percent, whole } from '../format';
import type { TableCheckReport } from './table-check';

/**
 * The status line. Under a scheme whose verdict can be "depends" (EU, Korea …) the facilities that depend are
 * counted apart, never folded into "not covered".
 * @example doneMessage(report, 'EU ETS') // "0 of 18 facilities are covered; 18 depend on rules the figures cannot settle (EU ETS) …"
 */
export function doneMessage(report: TableCheckReport, schemeName: string): string {
  const t = report.summary.total;
  const head = report.depends > 0
    ? `${whole(report.covered)} of ${whole(report.rows)} facilities are covered; ${whole(report.depends)} depend on rules the figures ` +
      `cannot settle (${schemeName}). Covered: ${whole(t.coveredEmissions)} of ${whole(t.emissions)} tCO2e (${percent(t.shareOfTotal)}); ` +
      `depending: ${whole(t.dependsEmissions)} tCO2e (${percent(t.shareDepends)}).`
    : `${whole(report.covered)} of ${whole(report.rows)} facilities are covered: ${whole(t.coveredEmissions)} of ` +
      `${whole(t.emissions)} tCO2e (${percent(t.shareOfTotal)}).`;
  const errors = report.errors ? ` ${whole(report.errors)} rows could not be checked: their Covered cell says "not checked" and their Reason why.` : '';
  const w = report.written;
  if (!w) return `${head}${errors} Nothing was written.`;
  const where = w.newSheet
    ? ` Results and summary are on the new sheet “${w.sheet}”: results in ${w.results}, summary in ${w.summary}.`
    : ` Results in ${w.results}${w.refreshed ? ' (refreshed in place)' : ''}; summary in ${w.summary}.`;
  return `${head}${errors}${where}`;
}
