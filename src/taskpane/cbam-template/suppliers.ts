/**
 * Finding and reading suppliers' communication templates in the open workbook. A supplier's file opened as it came
 * has one `Summary_Communication`; an importer who gathers several copies their summary sheets into one workbook
 * (Excel names the copies "Summary_Communication (2)" … or the user renames them), so a sheet counts as a supplier's
 * summary by its product table's header row, not by its name.
 */
import { isoDate } from '../../core';
import type { CellValue, WorkbookPort } from '../ports/port';
import { PRODUCT_AREA, readProducts, SUMMARY_SHEET, templateVersion, VERSION_AREA, VERSIONS_SHEET, type ReadIssue, type SupplierProduct } from './communication';

/**
 * The installation block of Summary_Communication: G12 (name) … G21 (reporting period end), one value a row. Both
 * G15 and G16 are labelled "Country:" in v2.1.1, but G15 holds the city (Summary_Processes!G13) and G16 the country
 * code chosen in A_InstData (S26): the code is the country.
 */
const INSTALLATION_AREA = { top: 11, left: 6, rows: 10, cols: 1 } as const;
const INSTALLATION_ROW = { name: 0, city: 3, country: 4, periodStart: 8, periodEnd: 9 } as const;

/** The product table's header row (row 25), columns D–K: process … SEE (total), as the template writes it in English. */
const HEADER_AREA = { top: PRODUCT_AREA.top - 1, left: PRODUCT_AREA.left, rows: 1, cols: 8 } as const;
const HEADER_CHECKS: ReadonlyArray<[number, RegExp]> = [[2, /^CN Codes?$/i], [5, /^SEE \(direct\)$/i], [7, /^SEE \(total\)$/i]];

export interface Supplier {
  readonly sheet: string;
  readonly name: string;
  readonly country: string;
  readonly period: string;
  /** The template's version, where its version sheet came along (a copied summary sheet leaves it behind). */
  readonly version?: string;
  readonly products: SupplierProduct[];
  readonly issues: ReadIssue[];
}

const text = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : String(v).trim());

/** Whether a header row read from HEADER_AREA is the communication template's product table. */
export const isProductHeader = (row: readonly CellValue[] | undefined): boolean =>
  HEADER_CHECKS.every(([col, pattern]) => pattern.test(text(row?.[col]).replace(/\s+/g, ' ')));

/** A date cell as "YYYY-MM-DD" (Excel gives a serial); text as it is. */
const dateText = (v: CellValue | undefined): string => (typeof v === 'number' ? isoDate(v) : text(v));

/** One supplier from its summary sheet's grids (pure: the port reads, this decides). */
export function supplierFrom(sheet: string, installation: readonly (readonly CellValue[])[], products: readonly (readonly CellValue[])[],
  versions?: readonly (readonly CellValue[])[]): Supplier {
  const at = (row: number): CellValue | undefined => installation[row]?.[0];
  const start = dateText(at(INSTALLATION_ROW.periodStart));
  const end = dateText(at(INSTALLATION_ROW.periodEnd));
  const version = versions ? templateVersion(versions) : undefined;
  return {
    sheet, name: text(at(INSTALLATION_ROW.name)), country: text(at(INSTALLATION_ROW.country)) || text(at(INSTALLATION_ROW.city)),
    period: start && end ? `${start} – ${end}` : start || end,
    ...(version ? { version } : {}),
    ...readProducts(products),
  };
}

/** Every supplier's summary sheet in the workbook, read; none → an empty list. */
export async function readSuppliers(port: WorkbookPort): Promise<Supplier[]> {
  const names = await port.sheetNames();
  const suppliers: Supplier[] = [];
  for (const sheet of names) {
    const header = (await port.readValues({ sheet, ...HEADER_AREA }))[0];
    if (!isProductHeader(header)) continue;
    const installation = await port.readValues({ sheet, ...INSTALLATION_AREA });
    const products = await port.readValues({ sheet, ...PRODUCT_AREA });
    // The version history belongs to the file: it speaks for its own Summary_Communication only.
    const versions = sheet === SUMMARY_SHEET && names.includes(VERSIONS_SHEET) ? await port.readValues({ sheet: VERSIONS_SHEET, ...VERSION_AREA }) : undefined;
    suppliers.push(supplierFrom(sheet, installation, products, versions));
  }
  return suppliers;
}
