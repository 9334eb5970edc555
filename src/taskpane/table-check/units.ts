/**
 * The unit of each emissions column, as its header gives it: 直接排放（万吨CO2）is in 10⁴ t, "Scope 1 (ktCO2e)" in kt. A
 * header without a unit is taken as tonnes (and the pane says so); "MT", which readers take for metric tons or for
 * megatonnes, is left for the user to choose.
 */
import { unitInHeader, type MassUnit } from '../../functions/quantity';
import { EMISSION_FIELDS, type ColumnMap, type EmissionField } from './columns';

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
