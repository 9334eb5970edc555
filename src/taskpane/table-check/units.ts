/**
 * The unit of each emissions column, as its header gives it: 直接排放（万吨CO2）is in 10⁴ t, "Scope 1 (ktCO2e)" in kt. A
 * header without a unit is taken as tonnes (and the pane says so); "MT", which readers take for metric tons or for
 * megatonnes, is left for the user to choose.
 */
import { unitInHeader, type MassUnit } from '../../functions/quantity';
import type { CellValue } from '../ports/port';
import { EMISSION_FIELDS, type ColumnMap, type EmissionField } from './columns';

/** Below this, a typical figure is small for a facility's emissions in tonnes: a list in 万吨 without its unit. */
const SMALL_FOR_TONNES = 1000;

/**
 * The median of a column's figures when it is small for tonnes of emissions (a key emitting entity emits tens of
 * thousands of tonnes; a list in 万吨 shows 3.1, 120.5 …), so the pane can ask about a header that names no unit.
 * @example smallForTonnes([3.1, 120.5, 2.5]) // 3.1
 */
export function smallForTonnes(column: readonly CellValue[]): number | undefined {
  const figures = column.filter((v): v is number => typeof v === 'number' && v > 0).sort((a, b) => a - b);
  if (figures.length === 0) return undefined;
  const median = figures[Math.floor(figures.length / 2)]!;
  return median < SMALL_FOR_TONNES ? median : undefined;
}

export type UnitSource = 'from-header' | 'assumed' | 'ambiguous';

/** A column's unit from its header, and where it came from; no unit when the header is ambiguous. */
export function columnUnit(header: string | undefined): { unit?: MassUnit; source: UnitSource } {
  const found = header ? unitInHeader(header) : undefined;
  if (found === 'ambiguous') return { source: 'ambiguous' };
  return found ? { unit: found, source: 'from-header' } : { unit: 't', source: 'assumed' };
}

/** The units of the mapped emissions columns, read from their headers (an ambiguous one is left out). */
export function headerUnits(headers: readonly string[], map: ColumnMap): Partial<Record<EmissionField, MassUnit>> {
  const units: Partial<Record<EmissionField, MassUnit>> = {};
  for (const field of EMISSION_FIELDS) {
    const i = map[field];
    const unit = i === undefined ? undefined : columnUnit(headers[i]).unit;
    if (unit) units[field] = unit;
  }
  return units;
}
