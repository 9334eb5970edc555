/**
 * The CBAM view's importer section: read every supplier's communication template in the workbook and write one sheet
 * of live ETS formulas a supplier (and a summary for several), priced with the view's certificate price, CSCF,
 * quantity and years. Nothing is written over the user's cells: each sheet is new.
 */
import { benchmarkYears } from '../../core/cbam-goods';
import { fromExcel } from '../../functions/coerce';
import { supplierSheet, summarySheet, type SupplierSheetLayout } from '../cbam-template/supplier-sheet';
import { readSuppliers, type Supplier } from '../cbam-template/suppliers';
import { fitColumns } from '../column-widths';
import { byId, restoreFocus, setStatus } from '../dom';
import { t } from '../i18n/messages';
import { formulaBlock, type WorkbookPort } from '../ports/port';

const numberIn = (id: string): number | undefined => {
  const value = fromExcel('number', byId<HTMLInputElement>(id).value);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
};

/** The years priced: the view's span, cut at the benchmark table's last year (later years need an assumption). */
export function pricedYears(from: number | undefined, to: number | undefined): number[] {
  const table = benchmarkYears();
  const first = Math.max(table.from, Math.trunc(from ?? table.from));
  const last = Math.min(table.to, Math.trunc(to ?? table.to));
  return Array.from({ length: Math.max(0, last - first + 1) }, (_v, i) => first + i);
}

/** One line a supplier for the pane's list: what was read, and what was not used. */
export function supplierLine(s: Supplier): string {
  const version = s.version ? t('sup.found.version', { version: s.version }) : '';
  const found = t('sup.found', { sheet: s.sheet, name: s.name || '—', products: s.products.length, version });
  const issues = s.issues.map((i) => t(`sup.issue.${i.kind}`, { sheet: s.sheet, row: i.row, columns: i.columns, value: String(i.value ?? '') }));
  return issues.length ? `${found} ${issues.join(' ')}` : found;
}

/** Writes one supplier's sheet; returns its name and where its totals are. */
async function writeSupplier(port: WorkbookPort, supplier: Supplier, input: PriceInput):
Promise<{ sheet: string; supplier: Supplier; totals: SupplierSheetLayout['totals'] }> {
  const layout = supplierSheet({ supplier, certificatePrice: input.price, years: input.years,
    ...(input.cscf !== undefined ? { cscf: input.cscf } : {}), ...(input.quantity !== undefined ? { quantity: input.quantity } : {}) });
  const sheet = await port.buildSheet({
    name: t('sup.sheet', { name: supplier.name || supplier.sheet }),
    block: formulaBlock({ top: 0, left: 0, values: layout.values }, layout.dataAreas),
    formats: layout.formats.map((f) => ({ area: { top: f.top, left: f.left, rows: Math.max(1, f.rows), cols: f.cols }, format: f.format })),
    // Titles and notes run over the empty cells to their right: widths from the tables only.
    widths: { left: 0, widths: fitColumns(layout.values.filter((r) => r.filter((v) => v !== '' && v !== null).length > 1), layout.values[0]!.length, { min: 64, max: 260 }) },
  });
  return { sheet, supplier, totals: layout.totals };
}

type PriceInput = { price: number; cscf?: number; quantity?: number; years: number[] };

/**
 * One sheet a supplier with products to price, and a summary when there are several, as one step; the sheets' names.
 * A supplier without a usable product gets no sheet (the pane's list says why).
 */
export async function writeSupplierSheets(port: WorkbookPort, suppliers: readonly Supplier[], input: PriceInput): Promise<string[]> {
  const priced = suppliers.filter((s) => s.products.length > 0);
  if (priced.length === 0) return [];
  return port.oneStep(async () => {
    const out = [];
    for (const s of priced) out.push(await writeSupplier(port, s, input));
    if (out.length === 1) {
      await port.activate(out[0]!.sheet);
      return [out[0]!.sheet];
    }
    const values = summarySheet(out, input.years);
    const sheet = await port.buildSheet({
      name: t('sup.summary.sheet'),
      // Supplier names and sheet names are the suppliers' text: values, never formulas.
      block: formulaBlock({ top: 0, left: 0, values }, [{ top: 3, left: 0, rows: out.length, cols: 2 }]),
      formats: [{ area: { top: 3, left: 3, rows: out.length + 1, cols: 3 }, format: '#,##0' }],
      widths: { left: 0, widths: fitColumns(values.slice(2), 6, { min: 64, max: 260 }) },
    });
    await port.activate(sheet);
    return [...out.map((w) => w.sheet), sheet];
  });
}

export function mountSupplierTemplates(port: WorkbookPort | undefined): void {
  const button = byId<HTMLButtonElement>('sup-read');
  const status = byId('sup-status');
  const list = byId('sup-list');
  button.disabled = !port;
  button.addEventListener('click', async () => {
    if (!port) return;
    const price = numberIn('cb-price');
    if (price === undefined) {
      setStatus(status, t('sup.need-price'), true);
      return;
    }
    button.disabled = true;
    try {
      const suppliers = await readSuppliers(port);
      list.replaceChildren(...suppliers.map((s) => Object.assign(document.createElement('li'), { textContent: supplierLine(s) })));
      if (suppliers.length === 0) {
        setStatus(status, t('sup.none'), true);
        return;
      }
      const cscf = numberIn('cb-cscf');
      const quantity = numberIn('cb-quantity');
      const written = await writeSupplierSheets(port, suppliers, {
        price, years: pricedYears(numberIn('cb-from'), numberIn('cb-to')), ...(cscf !== undefined ? { cscf } : {}), ...(quantity !== undefined ? { quantity } : {}),
      });
      // A template nobody has filled (or whose every row was refused) has nothing to price: no empty sheet for it.
      if (written.length === 0) {
        setStatus(status, t('sup.nothing'), true);
        return;
      }
      setStatus(status, t('sup.written', { sheets: written.map((s) => `“${s}”`).join(t('tc.list.sep')) }));
    } catch (e) {
      setStatus(status, t('sup.write-failed', { message: (e as Error).message }), true);
    } finally {
      button.disabled = false;
      restoreFocus(button);
    }
  });
}
