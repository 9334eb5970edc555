/**
 * Issue 23: what the pane writes into a workbook never runs a user's text as a formula, and the names it makes are ones
 * Excel takes — through the workbench's port (the Excel port has the same tests in test/taskpane/excel-port.test.ts).
 */
import { strict as assert } from 'node:assert';
import { type HyperFormula } from 'hyperformula';
import { HeadlessView } from '../../src/workbench/cell-formats';
import { createEngine } from '../../src/workbench/engine';
import { EnginePort, marksOf } from '../../src/workbench/engine-port';
import { formulaBlock, freeSheetName, isSheetNameAllowed } from '../../src/taskpane/ports/port';
import { buildModel } from '../../src/taskpane/model/build-model';
import { INPUT_KEYS } from '../../src/taskpane/model/model-sheet';
import { CEMENT, YEARS } from '../taskpane/model-fixture';
import { loadBundle } from '../functions/bundle';

const HOSTILE = ['=HYPERLINK("http://example.invalid","x")', "=cmd|' /C calc'!A0", '=SUM(1,2)', '+1+2', '@A1', '-2+3'];

describe('workbench port: hostile text is written as text, names are ones Excel takes', () => {
  const functions = loadBundle();
  let hf: HyperFormula;
  let port: EnginePort;
  beforeEach(() => {
    hf = createEngine(functions);
    hf.addSheet('S');
    port = new EnginePort(hf, new HeadlessView({ sheet: 'S', top: 0, left: 0, rows: 1, cols: 1 }));
  });
  afterEach(() => hf.destroy());
  const at = (sheet: string, row: number, col: number) => ({ sheet: hf.getSheetId(sheet)!, row, col });

  it('writes formula-like text as text through writeValues and writeFormulas; only composed formulas run', async () => {
    await port.writeValues({ sheet: 'S', top: 0, left: 0, values: [HOSTILE] });
    await port.writeFormulas(formulaBlock({ sheet: 'S', top: 1, left: 0, values: [[...HOSTILE, '=1+1']] },
      [{ top: 0, left: 0, rows: 1, cols: HOSTILE.length }]));
    for (const row of [0, 1]) {
      HOSTILE.forEach((text, col) => {
        assert.equal(hf.doesCellHaveFormula(at('S', row, col)), false, `${text} in row ${row + 1}`);
        assert.equal(hf.getCellValue(at('S', row, col)), text);
      });
    }
    assert.equal(hf.getCellValue(at('S', 1, HOSTILE.length)), 2, 'the composed formula runs');
  });

  it('builds a model for a facility named like a formula: its name and sector are text, its year rows still formulas', async () => {
    const hostile = { ...CEMENT, sector: '=HYPERLINK("http://example.invalid","cement")' };
    const { sheet, layout } = await buildModel(port, hostile, YEARS, "=cmd|' /C calc'!A0'");
    const sectorRow = layout.inputs.top + INPUT_KEYS.indexOf('sector');
    assert.equal(hf.doesCellHaveFormula(at(sheet, sectorRow, 1)), false);
    assert.equal(hf.getCellValue(at(sheet, sectorRow, 1)), hostile.sector);
    assert.equal(hf.doesCellHaveFormula(at(sheet, layout.firstYearRow + 1, 6)), true, 'the allocation is a formula');
    assert.ok(!/^'|'$/.test(sheet) && !/[[\]:*?/\\]/.test(sheet) && sheet.length <= 31, sheet);
  });

  it('keeps its marks on a sheet whose name holds a comma or an apostrophe', async () => {
    for (const name of ['a,b', "it's, here"]) {
      hf.addSheet(name);
      await port.setMarks([{ name: 'ETS_TableCheck1_Results', area: { sheet: name, top: 1, left: 3, rows: 2, cols: 1 } }]);
      assert.deepEqual(marksOf(hf, name), [{ name: 'ETS_TableCheck1_Results', area: { sheet: name, top: 1, left: 3, rows: 2, cols: 1 } }]);
    }
  });

  it('makes sheet names Excel takes: no apostrophe at either end, never History, 31 characters with the (2) suffix', async () => {
    const none = (): boolean => false;
    assert.equal(freeSheetName("Plant A'", none), 'Plant A');
    assert.equal(freeSheetName("'quoted'", none), 'quoted');
    assert.equal(freeSheetName('History', none), 'History 1');
    assert.equal(freeSheetName('a/b:c', none), 'a b c');
    assert.equal(freeSheetName("''", none), 'Sheet');
    const long = 'Model Qingshan Cement Line Number 1';
    const taken = new Set([long.slice(0, 31).toLowerCase()]);
    const second = freeSheetName(long, (l) => taken.has(l));
    assert.equal(second, 'Model Qingshan Cement Line (2)');
    assert.ok(second.length <= 31);
    assert.equal(await port.addSheet('History'), 'History 1');
    // The grid's rename takes only names Excel saves (a sheet named History made Save fail).
    for (const bad of ['History', 'history', "Plant A'", "'x", 'a/b', 'x'.repeat(32), '']) assert.equal(isSheetNameAllowed(bad), false, bad);
    for (const good of ['a,b', "it's", 'Histories', '排放', 'x'.repeat(31)]) assert.equal(isSheetNameAllowed(good), true, good);
  });
});
