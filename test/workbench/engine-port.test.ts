import { strict as assert } from 'node:assert';
import { DetailedCellError, HyperFormula } from 'hyperformula';
import { EnginePort } from '../../src/workbench/engine-port';
import { HeadlessView } from '../../src/workbench/cell-formats';
import { createEngine, ENGINE_CONFIG } from '../../src/workbench/engine';
import { DEFAULT_SETTINGS } from '../../src/taskpane/settings';
import { loadBundle } from '../functions/bundle';
import { SHEET_ROWS } from '../../src/taskpane/ports/port';

/** A sheet S with a title in A1 and a table in A2:C4, and a port whose selection the test sets. */
function setUp() {
  const hf = HyperFormula.buildEmpty(ENGINE_CONFIG);
  const sheet = hf.getSheetId(hf.addSheet('S'))!;
  hf.setCellContents({ sheet, row: 0, col: 0 }, [
    ['Client list', null, null], ['Plant', 'Sector', 'Emissions'], ['A', 'cement', 30000], ['B', 'steel', 1],
  ]);
  const view = new HeadlessView({ sheet: 'S', top: 2, left: 1, rows: 1, cols: 1 });
  return { hf, sheet, view, port: new EnginePort(hf, view) };
}

describe('workbench port: behaves as the Excel port does', () => {
  it('reads the region around one cell, and only the used part of whole columns', async () => {
    const { port, view } = setUp();
    const around = (await port.readRegion())!;
    assert.deepEqual([around.top, around.left, around.values.length, around.values[0]!.length], [0, 0, 4, 3]);
    view.selected = { sheet: 'S', top: 0, left: 1, rows: SHEET_ROWS, cols: 4 }; // B:E
    const columns = (await port.readRegion())!;
    assert.deepEqual([columns.top, columns.left, columns.values], [1, 1, [['Sector', 'Emissions'], ['cement', 30000], ['steel', 1]]]);
    assert.equal(columns.anchor.rows, SHEET_ROWS);
    view.selected = { sheet: 'S', top: 10, left: 10, rows: SHEET_ROWS - 10, cols: 2 };
    assert.equal(await port.readRegion(), undefined, 'nothing used there');
  });

  it('keeps marks as sheet-scoped names that move with inserted rows and vanish with deleted cells', async () => {
    const { hf, sheet, port } = setUp();
    await port.setMarks([{ name: 'ETS_TableCheck1_Results', area: { sheet: 'S', top: 1, left: 3, rows: 3, cols: 3 } }]);
    await port.setMarks([{ name: 'ETS_TableCheck1_Results', area: { sheet: 'S', top: 1, left: 3, rows: 4, cols: 3 } }]);
    hf.addNamedExpression('UserName', '=S!$A$1', sheet);
    assert.deepEqual((await port.readRegion())!.marks, [{ name: 'ETS_TableCheck1_Results', area: { sheet: 'S', top: 1, left: 3, rows: 4, cols: 3 } }]);
    hf.addRows(sheet, [0, 2]);
    assert.deepEqual((await port.readRegion({ sheet: 'S', top: 4, left: 0, rows: 1, cols: 1 }))!.marks[0]!.area,
      { sheet: 'S', top: 3, left: 3, rows: 4, cols: 3 });
    hf.removeColumns(sheet, [3, 3]);
    assert.deepEqual((await port.readRegion({ sheet: 'S', top: 4, left: 0, rows: 1, cols: 1 }))!.marks, []);
  });

  it('keeps text as text in cells formatted "@", and reads it as typed elsewhere, as Excel does', async () => {
    const { hf, sheet, port } = setUp();
    await port.writeValues({ sheet: 'S', top: 10, left: 0, values: [['00123', 'TRUE', '=1+1']] });
    assert.deepEqual(hf.getRangeValues({ start: { sheet, row: 10, col: 0 }, end: { sheet, row: 10, col: 2 } }), [[123, true, '=1+1']]);
    await port.setNumberFormat({ sheet: 'S', top: 11, left: 0, rows: 1, cols: 3 }, '@');
    await port.writeValues({ sheet: 'S', top: 11, left: 0, values: [['00123', 'TRUE', '=1+1']] });
    assert.deepEqual(hf.getRangeValues({ start: { sheet, row: 11, col: 0 }, end: { sheet, row: 11, col: 2 } }), [['00123', 'TRUE', '=1+1']]);
    assert.equal(hf.getCellFormula({ sheet, row: 11, col: 2 }), undefined);
  });

  it('finds used cells, reads areas past the data as blank, and clears contents or contents and formats', async () => {
    const { port, view } = setUp();
    assert.deepEqual(await port.usedArea({ sheet: 'S', top: 1, left: 2, rows: 100, cols: 5 }), { sheet: 'S', top: 1, left: 2, rows: 3, cols: 1 });
    assert.equal(await port.usedArea({ sheet: 'S', top: 0, left: 3, rows: 100, cols: 5 }), undefined);
    assert.deepEqual(await port.readValues({ sheet: 'S', top: 3, left: 2, rows: 2, cols: 2 }), [[1, ''], ['', '']]);
    await port.fillRows('S', [2, 3], 0, 3, '#DFF6DD');
    await port.clear({ sheet: 'S', top: 2, left: 0, rows: 1, cols: 3 }, 'contents');
    assert.deepEqual([await port.readValues({ sheet: 'S', top: 2, left: 0, rows: 1, cols: 1 }), view.fillAt('S', 2, 0)], [[['']], '#DFF6DD']);
    await port.clear({ sheet: 'S', top: 3, left: 0, rows: 1, cols: 2 }, 'all');
    assert.deepEqual([view.fillAt('S', 3, 0), view.fillAt('S', 3, 2)], [undefined, '#DFF6DD'], 'formats cleared only inside the area');
    await port.clearFills('S', [2], 1, 1);
    assert.deepEqual([view.fillAt('S', 2, 0), view.fillAt('S', 2, 1), view.fillAt('S', 2, 2)], ['#DFF6DD', undefined, '#DFF6DD']);
  });

  it('a new language in the settings recalculates the ETS cells at once; the same language again changes nothing', async () => {
    // The functions read the language from the document settings at every call, as in Excel.
    const stored: Record<string, unknown> = {};
    const hf = createEngine(loadBundle({ displayLanguage: 'en-US', settings: stored }));
    const sheet = hf.getSheetId(hf.addSheet('S'))!;
    hf.setCellContents({ sheet, row: 0, col: 0 }, [['=ETS.COVERED("cemnt",1)']]);
    const message = () => (hf.getCellValue({ sheet, row: 0, col: 0 }) as DetailedCellError).message;
    assert.match(message(), /^sector: "cemnt" is not a known sector/);
    const view = new HeadlessView({ sheet: 'S', top: 0, left: 0, rows: 1, cols: 1 });
    let refreshed = 0;
    view.refresh = () => { refreshed += 1; };
    const port = new EnginePort(hf, view, { get: (name) => stored[name] ?? null, set: (name, v) => { stored[name] = v; } });
    await port.writeSettings({ ...DEFAULT_SETTINGS, language: 'zh-CN' });
    assert.match(message(), /^sector：“cemnt”不是已知的行业/);
    assert.equal(refreshed, 1, 'the grid is redrawn');
    await port.writeSettings({ ...DEFAULT_SETTINGS, language: 'zh-CN', year: 2026 });
    assert.equal(refreshed, 1, 'no recalculation when the language stays');
    await port.writeSettings({ ...DEFAULT_SETTINGS, language: 'en' });
    assert.match(message(), /^sector: "cemnt" is not a known sector/);
    hf.destroy();
  });
});
