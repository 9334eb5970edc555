/**
 * Suppliers' communication templates read from a workbook and written as supplier sheets of live ETS formulas, then
 * computed by the workbench's engine with the built functions. Figures worked out by hand:
 * - grey clinker 2523 10 00 90, China, 10,000 t, SEE 0.85 direct + 0.05 indirect = 0.90 (cement counts both), 2026:
 *   factor 0.975, Column A = B = 0.666 → free allocation 10,000 × 0.666 × 0.975 = 6,493.5;
 *   actual: 9,000 − 6,493.5 = 2,506.5 certificates × 80 = 200,520;
 *   default: China 1.390 × (1 + 10% mark-up) = 1.529 → 15,290 − 6,493.5 = 8,796.5 × 80 = 703,720; worth 503,200.
 * - hot-rolled 7208 39 00, SEE 1.9 direct + 0.3 indirect (steel counts direct only): a complex good, so Column A asks
 *   for the whole benchmark; with 1.37 typed: 19,000 − 10,000 × 1.37 × 0.975 = 5,642.5 certificates.
 */
import { strict as assert } from 'node:assert';
import { DetailedCellError, type HyperFormula } from 'hyperformula';
import { supplierSheet } from '../../src/taskpane/cbam-template/supplier-sheet';
import { readSuppliers } from '../../src/taskpane/cbam-template/suppliers';
import { setLanguage } from '../../src/taskpane/i18n/messages';
import { writeSupplierSheets } from '../../src/taskpane/views/supplier-templates';
import { formulaBlock, type CellValue } from '../../src/taskpane/ports/port';
import { HeadlessView } from '../../src/workbench/cell-formats';
import { createEngine } from '../../src/workbench/engine';
import { EnginePort } from '../../src/workbench/engine-port';
import { ExcelPort } from '../../src/taskpane/ports/excel-port';
import { FakeWorkbook } from './fake-excel';
import { loadBundle } from '../functions/bundle';

/** A summary sheet as the template lays it out: installation in G12:G21 (G15 the city, G16 the country code), header row 25, products from row 26. */
function summarySheet(hf: HyperFormula, name: string, installation: string, products: CellValue[][]): void {
  hf.addSheet(name);
  const id = hf.getSheetId(name)!;
  hf.setCellContents({ sheet: id, row: 11, col: 6 }, [[installation], ['Road 1'], ['Cement'], ['Wuhu'], ['CN']]);
  hf.setCellContents({ sheet: id, row: 19, col: 6 }, [['2025-01-01'], ['2025-12-31']]);
  hf.setCellContents({ sheet: id, row: 24, col: 3 }, [['Production process from which the products arise', 'Type of aggregated good or precursor', 'CN Codes', 'CN Name',
    'Product name', 'SEE (direct)', 'SEE (indirect)', 'SEE (total)', 'Unit']]);
  hf.setCellContents({ sheet: id, row: 25, col: 3 }, products);
}

describe('CBAM supplier sheets: templates read and priced by live formulas', () => {
  let hf: HyperFormula;
  let port: EnginePort;
  beforeEach(() => {
    setLanguage('en');
    hf = createEngine(loadBundle());
    hf.addSheet('Start');
    port = new EnginePort(hf, new HeadlessView({ sheet: 'Start', top: 0, left: 0, rows: 1, cols: 1 }));
  });
  afterEach(() => hf.destroy());

  async function written(quantity?: number) {
    const [supplier] = await readSuppliers(port);
    const layout = supplierSheet({ supplier: supplier!, certificatePrice: 80, cscf: 1, years: [2026, 2027], ...(quantity !== undefined ? { quantity } : {}) });
    const sheet = await port.addSheet('CBAM supplier');
    await port.writeFormulas(formulaBlock({ sheet, top: 0, left: 0, values: layout.values }, layout.dataAreas));
    const id = hf.getSheetId(sheet)!;
    const at = (a1: string) => hf.getCellValue(hf.simpleCellAddressFromString(a1, id)!);
    const find = (text: string) => layout.values.findIndex((r) => r[0] === text);
    return { supplier: supplier!, layout, id, at, find };
  }

  it('finds a template by its header row, reads the installation and products, and prices them on actual and default values', async () => {
    summarySheet(hf, 'Summary_Communication', 'Anhui Clinker Co.', [['P1', 'Cement clinker', '2523 10 00 90', 'Cement clinker', 'Grey clinker', 0.85, 0.05, 0.9, 't CO2e/t']]);
    // The carbon-price section: AM instrument, AQ currency, AZ effective carbon price due per t.
    const id = hf.getSheetId('Summary_Communication')!;
    for (const [col, v] of [[38, 'National ETS'], [42, 'CNY'], [51, 2.4]] as const) hf.setCellContents({ sheet: id, row: 25, col }, [[v]]);
    hf.addSheet('Notes');
    const s = await written(10000);
    assert.equal(s.supplier.name, 'Anhui Clinker Co.');
    assert.equal(s.supplier.country, 'CN', 'G16 holds the country code; G15, also labelled Country, the city');
    assert.equal(s.supplier.period, '2025-01-01 – 2025-12-31');
    assert.equal(s.supplier.products.length, 1);
    // The product row: the code with its default line's route, SEE counted = total for cement.
    assert.equal(s.at('B11'), '2523 10 00 90 A');
    assert.equal(s.at('G11'), 0.9);
    const certificates = s.find('Certificates on the supplier’s actual values (Column A benchmarks)') + 3;
    const actual = s.find('Cost on the supplier’s actual values') + 3;
    const onDefault = s.find('Cost on the Commission’s default values (Column B benchmarks)') + 3;
    const worth = s.find('What the supplier’s data is worth (cost on default − cost on actual)') + 3;
    assert.equal(s.at(`C${certificates}`), 2506.5);
    assert.equal(s.at(`C${actual}`), 200520);
    assert.equal(s.at(`C${onDefault}`), 703720);
    assert.equal(s.at(`C${worth}`), 503200);
    // The totals row sums the years, and the grand total sits where the layout says.
    assert.equal(s.at(s.layout.totals.worth), (s.at(`C${worth}`) as number) + (s.at(`D${worth}`) as number));
    // The supplier's carbon price paid at home (AZ, effective due per t, 2.4 CNY/t) comes off the certificates on
    // actual values once an exchange rate is typed: 10,000 × 2.4 / 8 / 80 = 37.5 certificates; none on default values.
    assert.equal(s.at('J11'), 2.4);
    assert.equal(s.at('K11'), 'CNY');
    hf.setCellContents(hf.simpleCellAddressFromString('B8', s.id)!, [[8]]);
    assert.equal(s.at(`C${certificates}`), 2469);
    assert.equal(s.at(`C${onDefault}`), 703720);
    hf.setCellContents(hf.simpleCellAddressFromString('B8', s.id)!, [[null]]);
    // Live: a new price reprices every block.
    hf.setCellContents(hf.simpleCellAddressFromString('B5', s.id)!, [[100]]);
    assert.equal(s.at(`C${actual}`), 250650);
  });

  it('steel counts direct emissions only; a complex good asks for its whole benchmark until it is typed', async () => {
    summarySheet(hf, 'Summary_Communication (2)', 'Hebei Steel', [['P1', 'Flat-rolled products', '7208 39 00', '', 'HRC', 1.9, 0.3, 2.2, 't CO2e/t']]);
    const s = await written(10000);
    assert.equal(s.at('G11'), 1.9);
    const certificates = s.find('Certificates on the supplier’s actual values (Column A benchmarks)') + 3;
    const asks = s.at(`C${certificates}`);
    assert.ok(asks instanceof DetailedCellError && /complex good/.test(asks.message), String(asks));
    hf.setCellContents(hf.simpleCellAddressFromString('H11', s.id)!, [[1.37]]);
    assert.equal(s.at(`C${certificates}`), 5642.5);
  });

  it('reports rows it cannot use and prices the rest; blank quantities leave the cells blank, not zero', async () => {
    summarySheet(hf, 'Summary_Communication', 'Mixed', [
      ['P1', 'Cement clinker', '2523 10 00 90', '', 'Grey', 0.85, 0.05, 0.95, 't CO2e/t'],
      ['P1', 'Cement clinker', '', '', 'No code', 0.85, 0.05, 0.9, 't CO2e/t'],
      ['P2', 'Cement', '2523 29 00', '', 'CEM I', 0.7, 0.05, 0.75, 'MWh'],
      ['P2', 'Cement', '2523 29 00', '', 'CEM II', 0.6, 0.05, 0.65, 't CO2e/t'],
    ]);
    const s = await written();
    assert.deepEqual(s.supplier.issues.map((i) => [i.row, i.kind]), [[26, 'inconsistent-total'], [27, 'missing'], [28, 'unit']]);
    assert.equal(s.supplier.products.length, 1);
    assert.ok(s.layout.values.some((r) => typeof r[0] === 'string' && r[0].includes('row 26: SEE direct + indirect ≠ total')));
    const certificates = s.find('Certificates on the supplier’s actual values (Column A benchmarks)') + 3;
    assert.equal(s.at(`C${certificates}`), '');
    assert.equal(s.at('I11'), null);
  });

  it('several suppliers: one sheet each and a summary whose totals point at theirs; one with nothing to price gets none', async () => {
    summarySheet(hf, 'Summary_Communication', 'Anhui Clinker Co.', [['P1', 'Cement clinker', '2523 10 00 90', '', 'Grey clinker', 0.85, 0.05, 0.9, 't CO2e/t']]);
    summarySheet(hf, "Supplier's copy", 'Jiangsu Clinker', [['P1', 'Cement clinker', '2523 10 00 90', '', 'Grey clinker', 0.8, 0.05, 0.85, 't CO2e/t']]);
    summarySheet(hf, 'Summary_Communication (3)', 'Not filled yet', []);
    const suppliers = await readSuppliers(port);
    assert.deepEqual(suppliers.map((x) => x.sheet), ['Summary_Communication', "Supplier's copy", 'Summary_Communication (3)']);
    const sheets = await writeSupplierSheets(port, suppliers, { price: 80, cscf: 1, quantity: 10000, years: [2026] });
    assert.deepEqual(sheets, ['CBAM Anhui Clinker Co.', 'CBAM Jiangsu Clinker', 'CBAM suppliers']);
    const at = (a1: string) => hf.getCellValue(hf.simpleCellAddressFromString(a1, hf.getSheetId('CBAM suppliers')!)!);
    // Anhui: 200,520 on actual (above). Jiangsu: 8,500 − 6,493.5 = 2,006.5 × 80 = 160,520; default 703,720 for both.
    assert.deepEqual([at('A4'), at('B4'), at('D4'), at('E4'), at('F4')], ['Anhui Clinker Co.', 'CBAM Anhui Clinker Co.', 200520, 703720, 503200]);
    assert.deepEqual([at('A5'), at('D5'), at('E5'), at('F5')], ['Jiangsu Clinker', 160520, 703720, 543200]);
    assert.deepEqual([at('C6'), at('D6'), at('E6'), at('F6')], [2, 361040, 1407440, 1046400]);
    // The summary follows a supplier's sheet: a new price there reprices its row and the total.
    hf.setCellContents(hf.simpleCellAddressFromString('B5', hf.getSheetId('CBAM Jiangsu Clinker')!)!, [[100]]);
    assert.equal(at('D5'), 200650);
    // Nothing to price at all: no sheet.
    assert.deepEqual(await writeSupplierSheets(port, suppliers.slice(2), { price: 80, years: [2026] }), []);
    // In Excel each sheet is one batch of two syncs (the names taken, then the sheet and its steps); activating the
    // summary is one more.
    const book = new FakeWorkbook('Sheet1');
    assert.deepEqual(await writeSupplierSheets(new ExcelPort(book.run), suppliers, { price: 80, cscf: 1, quantity: 10000, years: [2026] }), sheets);
    assert.deepEqual([book.runs, book.syncLog.length, book.failures, book.activated], [4, 7, [], 'CBAM suppliers']);
    assert.equal(book.sheet('CBAM suppliers').numberFormatAt(5, 5), '#,##0');
  });

  it('a workbook without a template has no suppliers', async () => {
    hf.setCellContents({ sheet: 0, row: 24, col: 5 }, [['CN Codes']]);
    assert.deepEqual(await readSuppliers(port), []);
  });
});
