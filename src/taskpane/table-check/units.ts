/**
 * The unit of each emissions column, as its header gives it: 直接排放（万吨CO2）is in 10⁴ t, "Scope 1 (ktCO2e)" in kt. A
 * header without a unit is taken as tonnes (and the pane says so) unless its figures are small for tonnes; "MT",
 * which readers take for metric tons or for megatonnes, is left for the user to choose, as are those small figures.
 */
import { fromExcel } from '../../functions/coerce';
import { unitInHeader, type MassUnit } from '../../functions/quantity';
import type { CellValue, Region } from '../ports/port';
import { EMISSION_FIELDS, type ColumnMap, type EmissionField } from './columns';

/** Below this, a typical figure is small for a facility's emissions in tonnes: a list in 万吨 without its unit. */
const SMALL_FOR_TONNES = 1000;

/**
 * The median of a column's figures when it is small for tonnes of emissions (a key emitting entity emits tens of
 * thousands of tonnes; a list in 万吨 shows 3.1, 120.5 …), so the pane can ask about a header that names no unit.
 * @example smallForTonnes([3.1, 120.5, 2.5]) // 3.1
 */
export function smallForTonnes(column: readonly CellValue[]): number | undefined {
  const figures = column.map((v) => fromExcel('number', v)).filter((v): v is number => typeof v === 'number' && v > 0).sort((a, b) => a - b);
  if (figures.length === 0) return undefined;
  const median = figures[Math.floor(figures.length / 2)]!;
  return median < SMALL_FOR_TONNES ? median : undefined;
}

/**
 * Where the unit proposed for a column comes from: its header; tonnes assumed (no unit in the header); or nothing
 * proposed — the header's "MT" is ambiguous, or it names no unit over figures small for tonnes (`small`, their median).
 */
export type UnitSource = 'from-header' | 'assumed' | 'ambiguous' | 'small';

/**
 * The unit the pane proposes for an emissions column, from its header and, when the header names none, its figures:
 * 直接排放（万吨CO2）is 10⁴ t; "Direct emissions" over 31,000 … is tonnes; over 3.1, 1.9 … it asks. Gas masses such
 * as CF4 are small in tonnes anyway, so only direct emissions and CO2 are judged by their size.
 * @example proposedUnit('direct', '直接排放', [3.1, 1.9]) // { source: 'small', median: 3.1 }
 */
export function proposedUnit(field: EmissionField, header: string | undefined, column: readonly CellValue[] = []):
  { unit?: MassUnit; source: UnitSource; median?: number } {
  const found = header ? unitInHeader(header) : undefined;
  if (found === 'ambiguous') return { source: 'ambiguous' };
  if (found) return { unit: found, source: 'from-header' };
  const median = field === 'direct' || field === 'co2' ? smallForTonnes(column) : undefined;
  return median === undefined ? { unit: 't', source: 'assumed' } : { source: 'small', median };
}

/** The units the pane proposes for the mapped emissions columns of a table (a field it asks about is left out). */
export function proposedUnits(region: Region, map: ColumnMap): Partial<Record<EmissionField, MassUnit>> {
  const units: Partial<Record<EmissionField, MassUnit>> = {};
  for (const field of EMISSION_FIELDS) {
    const i = map[field];
    const unit = i === undefined ? undefined : proposedUnit(field, region.headers[i], region.rows.map((r) => r[i] ?? '')).unit;
    if (unit) units[field] = unit;
  }
  return units;
}
