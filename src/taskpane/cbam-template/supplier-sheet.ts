/**
 * A supplier's sheet: the products read from its communication template, one row each, and year by year the CBAM
 * certificates and cost on the supplier's actual values (Column A benchmarks) beside the cost on the Commission's
 * default values — what the supplier's data is worth to the importer. Every figure is a live ETS formula over the
 * sheet's own input cells, so the importer can change a quantity, the price or a CN code and see it follow.
 */
import { cnText, dataText, defaultValueLine, EtsError, rules } from '../../core';
import { cnDigits, countsIndirect } from '../../core/cbam-goods';
import { t } from '../i18n/messages';
import { columnLetters, type CellValue } from '../ports/port';
import { codeWithRoute } from '../views/cbam-product';
import type { SupplierProduct } from './communication';
import type { Supplier } from './suppliers';

export interface SupplierSheetInput {
  readonly supplier: Supplier;
  readonly certificatePrice: number;
  readonly cscf?: number;
  /** Tonnes imported of each product, when the pane has one figure; blank cells otherwise, for the importer to fill. */
  readonly quantity?: number;
  readonly years: readonly number[];
}

/** Inputs: labels in A, values in B, from sheet row 5. */
const FIRST_INPUT_ROW = 5;
const INPUTS = ['sup.in.price', 'sup.in.cscf', 'sup.in.country', 'sup.in.rate'] as const;
const inputRef = (key: (typeof INPUTS)[number]): string => `$B$${FIRST_INPUT_ROW + INPUTS.indexOf(key)}`;
/** The product table's header row (1-based) and its columns. */
const PRODUCT_HEADER_ROW = FIRST_INPUT_ROW + INPUTS.length + 1;
const PRODUCT_HEADERS = ['sup.h.row', 'sup.h.cn', 'sup.h.product', 'sup.h.direct', 'sup.h.indirect', 'sup.h.see-total', 'sup.h.counted', 'sup.h.benchmark', 'sup.h.quantity', 'sup.h.paid', 'sup.h.currency'] as const;
const P = { cn: 'B', name: 'C', direct: 'D', indirect: 'E', total: 'F', counted: 'G', benchmark: 'H', quantity: 'I', paid: 'J' } as const;

/** Where a written sheet keeps what others point at: the grand totals of each block (A1 addresses). */
export interface SupplierSheetLayout {
  readonly values: CellValue[][];
  /** The input cells (0-based area in the block) that hold values typed by the user or read from the template. */
  readonly dataAreas: ReadonlyArray<{ top: number; left: number; rows: number; cols: number }>;
  readonly totals: { readonly actual: string; readonly onDefault: string; readonly worth: string };
  /** 0-based rows of the product table and of each block's body, for number formats. */
  readonly formats: ReadonlyArray<{ top: number; left: number; rows: number; cols: number; format: string }>;
}

/**
 * The code the formulas take: with the default line's route where the supplier's country has one (benchmarks need
 * it), else the supplier's code as given — a code the annex splits further then asks, in the cell, which one.
 */
export function formulaCode(product: SupplierProduct, country: string): { code: string; resolved: boolean } {
  const digits = cnDigits(product.cn);
  if (digits === undefined) return { code: product.cn, resolved: false };
  try {
    return { code: codeWithRoute(defaultValueLine(product.cn, country, 'cbam_benchmark', 'embedded_intensity'), product.cn), resolved: true };
  } catch (e) {
    if (e instanceof EtsError) return { code: cnText(digits), resolved: false };
    throw e;
  }
}

/** Whether the product's SEE counts its indirect emissions (cement) or its direct emissions only (steel, aluminium). */
function withIndirect(product: SupplierProduct): boolean {
  const digits = cnDigits(product.cn);
  return digits !== undefined && countsIndirect(digits);
}

/** The sheet, as rows of values and formula texts (formulaBlock marks the formulas), with where its totals sit. */
export function supplierSheet(input: SupplierSheetInput): SupplierSheetLayout {
  const { supplier, years } = input;
  const products = supplier.products;
  const width = Math.max(PRODUCT_HEADERS.length, years.length + 3);
  const pad = (row: CellValue[]): CellValue[] => [...row, ...Array<CellValue>(width - row.length).fill(null)];
  const rows: CellValue[][] = [];
  const push = (row: CellValue[]): number => rows.push(pad(row));
  const formats: Array<{ top: number; left: number; rows: number; cols: number; format: string }> = [];

  push([t('sup.title', { name: supplier.name || supplier.sheet })]);
  push([t('sup.source', { sheet: supplier.sheet, version: supplier.version ?? t('sup.version-unknown'), period: supplier.period || '—', count: products.length })]);
  push([]);
  push([t('sup.inputs')]);
  const price = inputRef('sup.in.price');
  const cscf = inputRef('sup.in.cscf');
  const country = inputRef('sup.in.country');
  push([t('sup.in.price'), input.certificatePrice]);
  push([t('sup.in.cscf'), input.cscf ?? null]);
  push([t('sup.in.country'), supplier.country || null]);
  const rate = inputRef('sup.in.rate');
  push([t('sup.in.rate'), null]);
  push([]);
  push(PRODUCT_HEADERS.map((k) => t(k)));
  const firstProduct = PRODUCT_HEADER_ROW + 1;
  const codes = products.map((p) => formulaCode(p, supplier.country));
  products.forEach((p, i) => {
    const r = firstProduct + i;
    push([t('sup.row', { sheet: supplier.sheet, row: p.row }), codes[i]!.code, p.name, p.seeDirect, p.seeIndirect, p.seeTotal,
      `=${withIndirect(p) ? P.total : P.direct}${r}`, null, input.quantity ?? null, p.carbonPrice?.effective ?? null, p.carbonPrice?.currency || null]);
  });
  formats.push({ top: firstProduct - 1, left: 3, rows: products.length, cols: 4, format: '0.000' });
  for (const issue of supplier.issues) push([t(`sup.issue.${issue.kind}`, { sheet: supplier.sheet, row: issue.row, columns: issue.columns, value: String(issue.value ?? '') })]);
  push([]);

  // Four blocks over the same products and years; each cell refers to its product's row above (r) and its year's
  // header cell (col, header row).
  type Cell = (r: number, col: string, header: number) => string;
  const block = (title: string, format: string, cell: Cell): { total: string; row: (r: number) => number } => {
    push([title]);
    const header = rows.length + 1;
    push([t('sup.h.cn'), t('sup.h.product'), ...years, t('sup.h.sum')]);
    const first = rows.length + 1;
    const yearCols = years.map((_y, j) => columnLetters(2 + j));
    const sumCol = columnLetters(2 + years.length);
    products.forEach((_p, i) => {
      const r = firstProduct + i;
      const row = rows.length + 1;
      push([`=${P.cn}${r}`, `=${P.name}${r}`, ...yearCols.map((col) => cell(r, col, header)), `=SUM(C${row}:${yearCols[yearCols.length - 1] ?? 'C'}${row})`]);
    });
    const last = rows.length;
    push([t('sup.h.total'), null, ...[...yearCols, sumCol].map((c) => (products.length ? `=SUM(${c}${first}:${c}${last})` : 0))]);
    push([]);
    formats.push({ top: first - 1, left: 2, rows: products.length + 1, cols: years.length + 1, format });
    return { total: `${sumCol}${last + 1}`, row: (r) => first + (r - firstProduct) };
  };

  const q = (r: number): string => `$${P.quantity}${r}`;
  // The carbon price the supplier paid at home per t of good (the template's effective carbon price due), in the
  // certificate price's currency; a blank price or exchange rate deducts nothing (the sheet says so in its label).
  const paid = (r: number): string => `IF(OR($${P.paid}${r}="",${rate}=""),"",$${P.paid}${r}/${rate})`;
  const certificates = block(t('sup.block.certificates'), '#,##0.00', (r, col, header) =>
    `=IF(${q(r)}="","",ETS.CBAM.CERTIFICATES(${q(r)},$${P.counted}${r},${col}$${header},IF($${P.benchmark}${r}="",$${P.cn}${r},$${P.benchmark}${r}),,${price},${cscf},${paid(r)}))`);
  const actual = block(t('sup.block.actual'), '#,##0', (r, col) => {
    const n = `${col}${certificates.row(r)}`;
    return `=IF(${n}="","",${n}*${price})`;
  });
  const onDefault = block(t('sup.block.default'), '#,##0', (r, col, header) =>
    `=IF(${q(r)}="","",ETS.CBAM.COST(${q(r)},${country},${col}$${header},${price},$${P.cn}${r},,${cscf}))`);
  const worth = block(t('sup.block.worth'), '#,##0', (r, col) => {
    const [a, d] = [`${col}${actual.row(r)}`, `${col}${onDefault.row(r)}`];
    return `=IF(OR(${a}="",${d}=""),"",${d}-${a})`;
  });
  if (codes.some((c) => !c.resolved)) push([t('sup.note.codes')]);
  push([t('sup.note.complex', { source: dataText(rules.fixedRule('cbam:precursors')!.source) })]);
  push([t('sup.note.paid')]);

  return {
    values: rows,
    dataAreas: [{ top: FIRST_INPUT_ROW - 1, left: 1, rows: INPUTS.length, cols: 1 }, { top: firstProduct - 1, left: 0, rows: products.length, cols: 6 },
      { top: firstProduct - 1, left: 7, rows: products.length, cols: 4 }],
    totals: { actual: actual.total, onDefault: onDefault.total, worth: worth.total },
    formats,
  };
}

/** Quotes a sheet name for a formula: 'name' with its apostrophes doubled. */
const quoted = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'`;

/** The summary over several suppliers' sheets: one row each, pointing at its sheet's grand totals. */
export function summarySheet(written: ReadonlyArray<{ sheet: string; supplier: Supplier; totals: SupplierSheetLayout['totals'] }>, years: readonly number[]): CellValue[][] {
  const first = 4;
  const last = first + written.length - 1;
  return [
    [t('sup.summary.title', { from: years[0] ?? '', to: years[years.length - 1] ?? '' }), null, null, null, null, null],
    [],
    [t('sup.summary.h.supplier'), t('sup.summary.h.sheet'), t('sup.summary.h.products'), t('sup.summary.h.actual'), t('sup.summary.h.default'), t('sup.summary.h.worth')],
    ...written.map((w) => [w.supplier.name || w.supplier.sheet, w.sheet, w.supplier.products.length,
      `=${quoted(w.sheet)}!${w.totals.actual}`, `=${quoted(w.sheet)}!${w.totals.onDefault}`, `=${quoted(w.sheet)}!${w.totals.worth}`]),
    [t('sup.h.total'), null, `=SUM(C${first}:C${last})`, `=SUM(D${first}:D${last})`, `=SUM(E${first}:E${last})`, `=SUM(F${first}:F${last})`],
  ];
}
