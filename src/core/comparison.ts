/** One facility across every scheme, and the scheme table itself, as spreadsheet-ready rows. */
import { coverage } from './coverage';
import { nonNegative } from './inputs';
import { allSchemes, otherSchemeCheck, type SchemeCheck } from './schemes';
import type { SchemeId } from './names';
import { dataText, headerRow, statusWord } from './messages';
import { fixedRule } from './rules';
import { say } from './messages';

/** The English headers (the catalogue has them in each language; these fix the tables' widths). */
export const COMPARE_HEADERS = ['Scheme', 'Covered', 'Rule applied', 'Emissions counted (tCO2e)'] as const;
export const SCHEMES_HEADERS = ['Scheme', 'Name', 'Sectors', 'Gases', 'Threshold', 'Scope 2 covered', 'Allocation', 'Share covered', 'Status'] as const;

/**
 * The same facility under every scheme: covered (TRUE, FALSE or "depends"), the rule applied, and the emissions counted.
 * @example compare('cement', 31200)[0] // { scheme: 'CN', covered: true, … }
 */
export function compare(sector: unknown, direct: unknown, indirect?: unknown): SchemeCheck[] {
  if (indirect !== undefined) nonNegative('indirect_emissions', indirect, say('unit.tco2e-year'));
  return allSchemes().map((info) => {
    if (info.id === 'CN') {
      const c = coverage(sector, direct, 'CN');
      // Reporting-only, unlisted and not-yet-in-force sectors are outside the scheme: nothing of theirs counts.
      const reason = c.reason === 'covered' || c.reason === 'below-threshold' || c.reason === 'not-in-force' ? c.reason : 'not-listed';
      return { scheme: 'CN', covered: c.covered, reason, rule: c.rule, counted: reason === 'not-listed' || reason === 'not-in-force' ? 0 : (direct as number) };
    }
    return otherSchemeCheck(info.id as Exclude<SchemeId, 'CN'>, sector, direct, indirect);
  });
}

/** COMPARE's table: a header row, then one row a scheme. */
export const compareTable = (sector: unknown, direct: unknown, indirect?: unknown): (string | number | boolean)[][] =>
  [headerRow('compare.headers'), ...compare(sector, direct, indirect).map((c) => [c.scheme, c.covered, c.rule, c.counted])];

/** SCHEMES's table: a header row, then one row a scheme with its status. */
export function schemesTable(): string[][] {
  return [headerRow('schemes.headers'), ...allSchemes().map((s) => [
    s.id, ...[s.name, s.sectors, s.gases, s.threshold, s.scope2, s.allocation, s.share].map(dataText), statusWord(fixedRule(`scheme:${s.id}`)!.status),
  ])];
}
