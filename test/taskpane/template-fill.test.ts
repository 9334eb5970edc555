/**
 * The CBAM view's exporter section through the workbench's engine: the Commission's communication template (v2.1.1)
 * opened as the workbench opens it, the installation form written, the grey clinker line typed into it as a user would
 * (text dates and serial dates, "1,000,000", the template's list words for the methods, a blank row in the stream
 * table), then the fill: the template's input cells get templateWrites' values, and the template's own formulas take
 * them to Summary_Communication K26, the hand-worked SEE total 0.84894496 direct + 0.031836 indirect = 0.88078096.
 * A cell already holding another value blocks the write until the user confirms.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HyperFormula } from 'hyperformula';
import { excelSerial } from '../../src/core';
import { SHEETS, templateWrites, type InstallationData } from '../../src/taskpane/cbam-template/fill';
import { FORM_COLS, formLayout, formValues, issueLine, STREAM_COLUMNS } from '../../src/taskpane/cbam-template/form';
import { setLanguage } from '../../src/taskpane/i18n/messages';
import type { CellValue } from '../../src/taskpane/ports/port';
import { fillFromForm, formSheet, overwriteText, writeForm, writeTemplate } from '../../src/taskpane/views/template-fill';
import { HeadlessView } from '../../src/workbench/cell-formats';
import { createEngine } from '../../src/workbench/engine';
import { EnginePort } from '../../src/workbench/engine-port';
import { loadWorkbook } from '../../src/workbench/file-actions';
import { readSuppliers } from '../../src/taskpane/cbam-template/suppliers';
import { writeSupplierSheets } from '../../src/taskpane/views/supplier-templates';
import { readWorkbook } from '../../src/workbench/xlsx';
import { loadBundle } from '../functions/bundle';
import { CLINKER } from '../support/cbam-installations';

const TEMPLATE = join(__dirname, '..', 'fixtures', 'cbam-communication-template-v2.1.1.xlsx');
/** The SEE total the template computes for the clinker line (see the header). */
const SEE_TOTAL = 0.88078096;

const pathValue = (data: InstallationData, path: string): unknown =>
  path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], data);

/** The form's cells with the installation typed in as a user would type it. */
function typed(data: InstallationData): CellValue[][] {
  const layout = formLayout();
  const out: CellValue[][] = Array.from({ length: layout.rows }, () => Array<CellValue>(FORM_COLS).fill(null));
  for (const [path, { row }] of layout.fields) {
    const v = pathValue(data, path);
    if (v === undefined) continue;
    if (path === 'period.end') out[row]![1] = excelSerial(v as string); // Excel turns a typed date into its serial
    else if (path === 'production') out[row]![1] = (v as number).toLocaleString('en-US'); // "1,000,000" typed as text
    else out[row]![1] = v as CellValue;
  }
  data.sourceStreams.forEach((s, k) => {
    const row = layout.streamTop + k * 2; // a blank row between the streams
    STREAM_COLUMNS.forEach((col, c) => {
      const v = col === 'method' ? (s.method === 'combustion' ? 'Combustion' : 'Process emissions') : s[col];
      out[row]![c] = v ?? null;
    });
  });
  return out;
}

describe('CBAM installation form in Chinese', () => {
  afterEach(() => setLanguage('en'));
  it('labels the form in Chinese on the same cells, finds it under either name, and words issues with the form cell', () => {
    setLanguage('en');
    const en = formValues();
    setLanguage('zh-CN');
    const zh = formValues();
    assert.equal(zh.length, en.length);
    const row = formLayout().fields.get('production')!.row;
    assert.equal(zh[row]![0], '报告期产量');
    assert.notEqual(zh[0]![0], en[0]![0]);
    assert.equal(formSheet(['Start', 'CBAM installation data', 'CBAM设施数据 (2)']), 'CBAM设施数据 (2)');
    assert.equal(issueLine({ field: 'production', message: 'production：缺失。' }), `B${row + 1}（报告期产量）：production：缺失。`);
  });
});

describe('CBAM view, exporters: the installation form fills the communication template', function () {
  this.timeout(300000);
  let hf: HyperFormula;
  let port: EnginePort;
  let view: HeadlessView;
  let form: string;
  const at = (sheet: string, address: string) => hf.getCellValue(hf.simpleCellAddressFromString(address, hf.getSheetId(sheet)!)!);
  const put = (sheet: string, address: string, value: CellValue) =>
    hf.setCellContents(hf.simpleCellAddressFromString(address, hf.getSheetId(sheet)!)!, [[value]]);
  /** Types the installation into the form's value cells and stream table. */
  const type = async (data: InstallationData) => {
    const values = typed(data);
    const layout = formLayout();
    for (const { row } of layout.fields.values()) await port.writeValues({ sheet: form, top: row, left: 1, values: [[values[row]![1]!]] });
    await port.writeValues({ sheet: form, top: layout.streamTop, left: 0, values: values.slice(layout.streamTop, layout.streamTop + 4) });
  };

  before(async () => {
    setLanguage('en');
    hf = createEngine(loadBundle());
    hf.addSheet('Start');
    view = new HeadlessView({ sheet: 'Start', top: 0, left: 0, rows: 1, cols: 1 });
    loadWorkbook(hf, view, await readWorkbook(readFileSync(TEMPLATE)));
    port = new EnginePort(hf, view);
  });
  after(() => hf.destroy());

  it('a workbook without the template, or without the form, is told what is missing', async () => {
    const bare = createEngine(loadBundle());
    bare.addSheet('Start');
    try {
      const outcome = await fillFromForm(new EnginePort(bare, new HeadlessView({ sheet: 'Start', top: 0, left: 0, rows: 1, cols: 1 })));
      assert.deepEqual(outcome, { kind: 'no-template', missing: ['A_InstData', 'B_EmInst', 'D_Processes', 'Summary_Communication'] });
    } finally {
      bare.destroy();
    }
    assert.deepEqual(await fillFromForm(port), { kind: 'no-form' });
  });

  it('the Commission\'s blank template, read as a supplier\'s file: its version, no products, nothing to price', async () => {
    const suppliers = await readSuppliers(port);
    assert.deepEqual(suppliers.map((x) => [x.sheet, x.version, x.name, x.products.length, x.issues.length]), [['Summary_Communication', '2.1.1', '', 0, 0]]);
    assert.deepEqual(await writeSupplierSheets(port, suppliers, { price: 80, years: [2026] }), []);
  });

  it('writes the form on a new sheet: labels, blank values (the country excepted), hints', async () => {
    form = await writeForm(port);
    assert.equal(form, 'CBAM installation data');
    assert.equal(formSheet(await port.sheetNames()), form);
    assert.equal(view.shown, form);
    const layout = formLayout();
    const row = (path: string) => layout.fields.get(path)!.row + 1;
    assert.equal(at(form, `A${row('production')}`), 'Production in the period');
    assert.equal(at(form, `B${row('production')}`), null);
    assert.equal(at(form, `C${row('production')}`), 't');
    assert.equal(at(form, `B${row('installation.country')}`), 'China');
    assert.equal(at(form, `B${row('electricity.source')}`), null);
    assert.match(String(at(form, `C${row('electricity.source')}`)), /one of: D\.4\(a\), .*D\.4\.1/);
    assert.equal(at(form, `A${layout.streamTop}`), 'Name');
    // No value cell holds a number: the form prefills nothing but list choices.
    for (const { row: r } of layout.fields.values()) assert.notEqual(typeof at(form, `B${r + 1}`), 'number');
  });

  it('names the form cell of every value to correct, and writes nothing', async () => {
    await type({ ...CLINKER, production: 0 });
    const layout = formLayout();
    const unitRow = layout.streamTop + 2 + 1;
    put(form, `D${unitRow}`, 'kg');
    const outcome = await fillFromForm(port);
    assert.equal(outcome.kind, 'invalid');
    const lines = (outcome as { lines: string[] }).lines;
    const production = layout.fields.get('production')!.row + 1;
    assert.ok(lines.includes(`B${production} (Production in the period): production: must be more than 0 (got 0).`), lines.join('\n'));
    assert.ok(lines.includes(`D${unitRow} (Source streams row 3, Unit): unit “kg” is neither t nor 1000Nm3.`), lines.join('\n'));
    assert.equal(at(SHEETS.inst, 'I20'), null);
    put(form, `D${unitRow}`, null);
  });

  it('fills the template\'s input cells with the fill path\'s values once a filled cell is confirmed; the template computes the SEE', async () => {
    await type(CLINKER);
    const writes = templateWrites(CLINKER);
    // A cell holding another value blocks the write; one holding the same value does not.
    put(SHEETS.inst, 'I20', 'An older name');
    put(SHEETS.inst, 'I26', 'China');
    const outcome = await fillFromForm(port);
    assert.equal(outcome.kind, 'overwrite');
    const pending = outcome as { cells: string[]; writes: typeof writes };
    assert.deepEqual(pending.cells, ['A_InstData!I20']);
    assert.equal(overwriteText(pending.cells), 'Nothing written: the template already holds other values in A_InstData!I20 (1 in all). Overwrite them, or empty them first.');
    assert.equal(at(SHEETS.inst, 'I9'), null, 'nothing written');
    assert.equal(at(SHEETS.communication, 'K26'), '');
    assert.deepEqual(pending.writes, writes, 'the form reads back as the installation');
    // Confirmed (the cf-overwrite button): every value lands, one undo step.
    await writeTemplate(port, pending.writes);
    for (const w of writes) assert.deepEqual(at(w.sheet, w.address), w.value, `${w.sheet}!${w.address}`);
    assert.equal(view.shown, SHEETS.communication);
    const see = at(SHEETS.communication, 'K26');
    assert.ok(typeof see === 'number' && Math.abs(see - SEE_TOTAL) < 1e-9, String(see));
    // Filling again over its own values asks nothing.
    assert.equal((await fillFromForm(port)).kind, 'filled');
  });
});
