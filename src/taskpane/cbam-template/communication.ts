/**
 * A supplier's CBAM communication template (the Commission's workbook for installations, v2.1.1) as the importer's
 * pane reads it: the products of `Summary_Communication` (rows 26–125, one a good, columns D–BA) and the template's
 * version. Pure: the pane reads the cells through its port and hands the grids here; nothing a supplier wrote is used
 * without its checks — a row without a CN code or SEE, direct + indirect ≠ total, a unit other than tonnes — each
 * reported with the row's sheet address, never silently used.
 */
import { fromExcel, isBlank } from '../../functions/coerce';
import { columnIndex, columnLetters, type CellValue } from '../ports/port';

export const SUMMARY_SHEET = 'Summary_Communication';
export const VERSIONS_SHEET = '0_Versions';
/** The first product's sheet row (1-based): the header is the row above it; a hundred products fit. */
const FIRST_PRODUCT_ROW = 26;
/** The product table: sheet rows 26–125, columns D (process) to BA (effective carbon price due). */
export const PRODUCT_AREA = { top: FIRST_PRODUCT_ROW - 1, left: columnIndex('D'), rows: 100, cols: columnIndex('BA') - columnIndex('D') + 1 } as const;
/** The version history's version column: sheet rows 9 on, column E. */
export const VERSION_AREA = { top: 8, left: 4, rows: 60, cols: 1 } as const;

/** Columns of the product table, 0-based within PRODUCT_AREA (D = 0), as the template's header row 25 names them. */
const COL = {
  process: 0, type: 1, cn: 2, cnName: 3, name: 4, seeDirect: 5, seeIndirect: 6, seeTotal: 7, unit: 8, defaultShare: 9,
  electricitySource: 10, embeddedElectricity: 11, electricityFactor: 12,
  instrument: 35, coveredShare: 36, currency: 39, priceDue: 40, rebateType: 42, rebate: 46, effectiveDue: 48,
} as const;

export interface SupplierProduct {
  /** The sheet row (1-based) the product came from, for messages and formulas that point at it. */
  readonly row: number;
  readonly process: string;
  readonly cn: string;
  readonly name: string;
  readonly seeDirect: number;
  readonly seeIndirect: number;
  readonly seeTotal: number;
  /** Share of the embedded emissions that come from default values (0–1), when the supplier gave it. */
  readonly defaultShare?: number;
  readonly embeddedElectricity?: number;
  readonly electricityFactor?: number;
  /** The carbon price section, when filled: instrument, currency, price due, rebate and effective price per t. */
  readonly carbonPrice?: { readonly instrument: string; readonly currency: string; readonly due?: number; readonly rebate?: number; readonly effective?: number };
}

export type IssueKind = 'missing' | 'inconsistent-total' | 'unit' | 'not-number';
export interface ReadIssue {
  readonly row: number;
  readonly kind: IssueKind;
  /** The template column letter(s) the issue is about. */
  readonly columns: string;
  readonly value?: CellValue;
}

/** The template column letters of a product-table column (0 = D). */
const LETTERS = (offset: number): string => columnLetters(PRODUCT_AREA.left + offset);
const text = (v: CellValue | undefined): string => (isBlank(v) ? '' : String(v).trim());
/** A number as the functions read one (numeric text such as "0.85" too); anything else, undefined. */
function numberIn(v: CellValue | undefined): number | undefined {
  const n = fromExcel('number', v);
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}
/** `{ [key]: the column's number }`, or nothing when the cell holds none: for the optional figures. */
const numberField = <K extends string>(key: K, v: CellValue | undefined): Partial<Record<K, number>> => {
  const n = numberIn(v);
  return n === undefined ? {} : ({ [key]: n } as Record<K, number>);
};

/** Direct + indirect may differ from the total by rounding in the template's own cells, not more. */
const TOLERANCE = 1e-6;

/**
 * The products of a template's product table (PRODUCT_AREA's grid), with what could not be used and why. A row
 * whose every cell is blank is not a product (the template holds 100 rows for fewer goods).
 */
export function readProducts(grid: readonly (readonly CellValue[])[]): { products: SupplierProduct[]; issues: ReadIssue[] } {
  const products: SupplierProduct[] = [];
  const issues: ReadIssue[] = [];
  grid.forEach((cells, i) => {
    if (cells.every(isBlank)) return;
    const row = PRODUCT_AREA.top + i + 1;
    const at = (c: number): CellValue | undefined => cells[c];
    const missing = [COL.cn, COL.seeTotal].filter((c) => isBlank(at(c)));
    if (missing.length > 0) {
      issues.push({ row, kind: 'missing', columns: missing.map(LETTERS).join(', ') });
      return;
    }
    const numbers = [COL.seeDirect, COL.seeIndirect, COL.seeTotal].filter((c) => !isBlank(at(c)) && numberIn(at(c)) === undefined);
    if (numbers.length > 0) {
      issues.push({ row, kind: 'not-number', columns: numbers.map(LETTERS).join(', '), value: at(numbers[0]!) ?? null });
      return;
    }
    const unit = text(at(COL.unit)).toLowerCase().replace(/\s+/g, '');
    if (unit !== '' && !/^t(onnes?)?(ofgood)?$/.test(unit) && !/^tco2e?\/t$/.test(unit)) {
      issues.push({ row, kind: 'unit', columns: LETTERS(COL.unit), value: at(COL.unit) ?? null });
      return;
    }
    const direct = numberIn(at(COL.seeDirect)) ?? 0;
    const indirect = numberIn(at(COL.seeIndirect)) ?? 0;
    const total = numberIn(at(COL.seeTotal))!;
    if (Math.abs(direct + indirect - total) > TOLERANCE * Math.max(1, Math.abs(total))) {
      issues.push({ row, kind: 'inconsistent-total', columns: `${LETTERS(COL.seeDirect)}–${LETTERS(COL.seeTotal)}`, value: total });
      return;
    }
    const instrument = text(at(COL.instrument));
    const product: SupplierProduct = {
      row, process: text(at(COL.process)), cn: text(at(COL.cn)), name: text(at(COL.name)) || text(at(COL.cnName)),
      seeDirect: direct, seeIndirect: indirect, seeTotal: total,
      ...numberField('defaultShare', at(COL.defaultShare)),
      ...numberField('embeddedElectricity', at(COL.embeddedElectricity)),
      ...numberField('electricityFactor', at(COL.electricityFactor)),
      ...(instrument === '' ? {} : {
        carbonPrice: {
          instrument, currency: text(at(COL.currency)),
          ...numberField('due', at(COL.priceDue)),
          ...numberField('rebate', at(COL.rebate)),
          ...numberField('effective', at(COL.effectiveDue)),
        },
      }),
    };
    products.push(product);
  });
  return { products, issues };
}

/** The template's version: the last entry of its version history (VERSION_AREA's grid), e.g. "2.1.1". */
export function templateVersion(grid: readonly (readonly CellValue[])[]): string | undefined {
  const versions = grid.map((r) => text(r[0])).filter((v) => /^\d+(\.\d+)*$/.test(v));
  return versions[versions.length - 1];
}
