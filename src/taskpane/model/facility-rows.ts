/**
 * Facilities for the model builder from a table in the workbook: the rows the user selected, read through the table
 * check's column mapping (facility, sector) and, for what a model needs beyond it, output and intensity columns found
 * by their headers in English or Chinese. Output is read in the unit its header gives (熟料产量（万吨）: ×10⁴); total
 * rows (小计, 合计, Total) are not facilities. Pure.
 */
import { mapColumns, headerKey } from '../table-check/columns';
import { isTotalLabel } from '../table-check/totals';
import { MASS_UNITS, readQuantity, shiftDecimal, unitInHeader } from '../../functions/quantity';
import { names } from '../../core';
import { t } from '../i18n/messages';
import type { CellValue, Region } from '../ports/port';

export interface FacilityRow {
  readonly name: string;
  readonly sector: string;
  readonly output: CellValue;
  readonly intensity: CellValue;
  /** A balance value column, when the table has one. */
  readonly balanceValue: CellValue;
  /**
   * Steel only: the enterprise's direct emissions from the table's emissions column, in tonnes — its allowances multiply
   * them, and its intensity (ironmaking + sintering) cannot give them. Other sectors leave it blank: a plant's direct
   * emissions may hold more than its clinker line's or electrolysis process's.
   */
  readonly emissions: CellValue;
}

const OUTPUT_WORDS = ['output', 'production', 'annual output', 'clinker output', 'product output', '产量', '产品产量', '熟料产量', '年产量'];
const INTENSITY_WORDS = ['intensity', 'carbon intensity', 'emission intensity', 'emissions intensity', '强度', '碳排放强度', '排放强度'];
const BALANCE_WORDS = ['balance value', 'sector balance value', '平衡值', '行业平衡值'];

const columnOf = (headers: readonly unknown[], words: readonly string[]): number | undefined => {
  const i = headers.findIndex((h) => words.includes(headerKey(h)));
  return i >= 0 ? i : undefined;
};

/**
 * The selected rows of a table as facilities, or what the table lacks. `selected` are sheet row indexes (0-based);
 * rows outside the table's data are ignored, and a blank row is skipped.
 */
export function facilityRows(region: Region, selected: { top: number; rows: number }): FacilityRow[] | string {
  const map = mapColumns(region.headers);
  const output = columnOf(region.headers, OUTPUT_WORDS);
  const intensity = columnOf(region.headers, INTENSITY_WORDS);
  const missing = [map.sector === undefined ? t('md.col.sector') : '', output === undefined ? t('md.col.output') : '',
    intensity === undefined ? t('md.col.intensity') : ''].filter(Boolean);
  if (missing.length > 0) {
    return t('md.needs', { columns: missing.join(t('md.col.sep')), plural: t(missing.length > 1 ? 'md.cols' : 'md.col') });
  }
  const balance = columnOf(region.headers, BALANCE_WORDS);
  const found = unitInHeader(region.headers[output!] ?? '');
  if (found === 'ambiguous') return t('md.output-unit', { header: region.headers[output!]! });
  const direct = map.direct === undefined ? undefined : unitInHeader(region.headers[map.direct] ?? '');
  if (direct === 'ambiguous') return t('md.output-unit', { header: region.headers[map.direct!]! });
  /** A quantity in tonnes: the column's unit applied, or the cell's own (2.6万吨). */
  const inTonnes = (unit: keyof typeof MASS_UNITS | undefined) => (v: CellValue | undefined): CellValue => {
    const power = MASS_UNITS[unit ?? 't'];
    if (typeof v === 'number') return shiftDecimal(v, power);
    const q = typeof v === 'string' ? readQuantity(v) : undefined;
    if (q && !('problem' in q)) return q.unit ? q.value : shiftDecimal(q.value, power);
    return v ?? '';
  };
  const tonnes = inTonnes(found);
  const directTonnes = inTonnes(direct);
  const isSteel = (sector: CellValue | undefined): boolean => {
    try {
      return names.sectorId(sector) === 'steel';
    } catch {
      return false;
    }
  };
  const first = region.top + 1;
  const rows: FacilityRow[] = [];
  region.rows.forEach((row, i) => {
    const at = first + i;
    if (at < selected.top || at >= selected.top + selected.rows) return;
    if (row.every((v) => v === '' || v === null) || row.some(isTotalLabel)) return;
    rows.push({
      name: String(map.facility === undefined ? t('md.row', { row: at + 1 }) : row[map.facility] ?? t('md.row', { row: at + 1 })),
      sector: String(row[map.sector!] ?? ''),
      output: tonnes(row[output!]),
      intensity: row[intensity!] ?? '',
      balanceValue: balance === undefined ? '' : row[balance] ?? '',
      emissions: map.direct !== undefined && isSteel(row[map.sector!]) ? directTonnes(row[map.direct]) : '',
    });
  });
  return rows.length > 0 ? rows : t('md.select-rows');
}
