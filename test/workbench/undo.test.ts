import { strict as assert } from 'node:assert';
import { HyperFormula } from 'hyperformula';
import { HeadlessView } from '../../src/workbench/cell-formats';
import { createEngine, ENGINE_CONFIG } from '../../src/workbench/engine';
import { closeEntry, nextUndo, openEntry, recalculateAll } from '../../src/workbench/engine-internals';
import { EnginePort } from '../../src/workbench/engine-port';
import { History } from '../../src/workbench/undo';
import { CHUNK_ROWS } from '../../src/taskpane/ports/port';

/** Sheet S with A1:B2 filled, a view on it, the history and a port that runs pane actions through it. */
function setUp(engine = HyperFormula.buildEmpty(ENGINE_CONFIG)) {
  const hf = engine;
  const sheet = hf.getSheetId(hf.addSheet('S'))!;
  hf.setCellContents({ sheet, row: 0, col: 0 }, [['Plant', 'Sector'], ['A', 'cement']]);
  hf.clearUndoStack();
  const view = new HeadlessView({ sheet: 'S', top: 0, left: 0, rows: 1, cols: 1 });
  const history = new History(hf, view, view);
  const port = new EnginePort(hf, view, new Map(), history);
  const at = (a1: string, on = 'S') => hf.simpleCellAddressFromString(a1, hf.getSheetId(on)!)!;
  const value = (a1: string, on = 'S') => hf.getCellValue(at(a1, on));
  return { hf, sheet, view, history, port, at, value };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('workbench undo: one step per action, cells and formats together', () => {
  it('HyperFormula still keeps its undo entries where engine-internals.ts reads them', () => {
    const hf = HyperFormula.buildEmpty(ENGINE_CONFIG);
    const sheet = hf.getSheetId(hf.addSheet('S'))!;
    hf.clearUndoStack();
    openEntry(hf);
    hf.setCellContents({ sheet, row: 0, col: 0 }, [[1]]);
    hf.setCellContents({ sheet, row: 1, col: 0 }, [[2]]);
    const entry = closeEntry(hf, false);
    assert.ok(entry, 'an entry with two operations is kept');
    assert.equal(nextUndo(hf), entry);
    hf.undo();
    assert.deepEqual(hf.getSheetValues(sheet), [], 'one undo took both back');
    assert.equal(hf.isThereSomethingToUndo(), false);
    openEntry(hf);
    assert.equal(closeEntry(hf, false), undefined, 'an empty entry is dropped');
    assert.equal(hf.isThereSomethingToUndo(), false);
  });

  it('a pane action written in chunks with ticks between them — cells, sheet, fills, formats, widths, marks — is one undo step; redo brings it all back', async () => {
    const { hf, view, history, port, value } = setUp();
    const rows = CHUNK_ROWS * 2 + 10;
    const sheetName = await port.oneStep(async () => {
      await port.writeValues({ sheet: 'S', top: 0, left: 2, values: [['Covered'], ['yes']] });
      await port.fillRows('S', [1], 0, 3, '#DFF6DD');
      await port.setNumberFormat({ sheet: 'S', top: 1, left: 1, rows: 1, cols: 1 }, '@');
      await port.setColumnWidths('S', 2, [60]);
      await port.setMarks([{ name: 'ETS_TableCheck1_Results', area: { sheet: 'S', top: 0, left: 2, rows: 2, cols: 1 } }]);
      const added = await port.addSheet('Results');
      // Three chunks, with a tick after each: the step stays open across them.
      await port.writeValues({ sheet: added, top: 0, left: 0, values: Array.from({ length: rows }, (_, i) => [i]) });
      await port.activate(added);
      return added;
    });
    assert.equal(sheetName, 'Results');
    assert.equal(value(`A${rows}`, 'Results'), rows - 1);
    assert.equal(view.shown, 'Results');

    assert.equal(history.undo(), true);
    assert.equal(hf.doesSheetExist('Results'), false, 'the added sheet is gone');
    assert.equal(value('C1'), null);
    assert.equal(view.fillAt('S', 1, 0), undefined, 'the fill is gone');
    assert.equal(view.numberFormat('S', 1, 1), 'General');
    assert.equal(view.columnWidth('S', 2), undefined);
    assert.deepEqual(hf.listNamedExpressions(hf.getSheetId('S')), [], 'the mark is gone');
    assert.equal(value('B2'), 'cement', 'what was there before stays');
    assert.equal(history.canUndo(), false, 'one step, one undo');

    assert.equal(history.redo(), true);
    assert.equal(value(`A${rows}`, 'Results'), rows - 1);
    assert.deepEqual([value('C1'), view.fillAt('S', 1, 1), view.numberFormat('S', 1, 1), view.columnWidth('S', 2)],
      ['Covered', '#DFF6DD', '@', 80]);
    assert.deepEqual(hf.listNamedExpressions(hf.getSheetId('S')), ['ETS_TableCheck1_Results']);
    assert.equal(view.shown, 'Results', 'redo shows the sheet the step ended on');
  });

  it('a sheet built in one call (buildSheet) — sheet, cells, fills, formats, widths — is one undo step', async () => {
    const { hf, view, history, port, value } = setUp();
    const sheet = await port.buildSheet({
      name: 'S', block: { top: 0, left: 0, values: [['Year', 'Cost'], [2026, { formula: '=A2*2' }]] },
      fills: [{ rows: [1], left: 0, cols: 1, color: '#DDEBF7' }], formats: [{ area: { top: 1, left: 1, rows: 1, cols: 1 }, format: '#,##0' }],
      widths: { left: 0, widths: [60] }, freezeRows: 1,
    });
    assert.equal(sheet, 'S (2)');
    assert.deepEqual([value('B2', sheet), view.fillAt(sheet, 1, 0), view.numberFormat(sheet, 1, 1), view.columnWidth(sheet, 0), port.frozen.get(sheet)],
      [4052, '#DDEBF7', '#,##0', 80, 1]);
    assert.equal(history.undo(), true);
    assert.equal(hf.doesSheetExist(sheet), false, 'the sheet went with its cells and formats');
    assert.equal(history.canUndo(), false, 'one step, one undo');
  });

  it('a nested step is part of the outer one; edits before and after stay steps of their own', async () => {
    const { hf, sheet, view, history, port, value } = setUp();
    history.edit(() => hf.setCellContents({ sheet, row: 5, col: 0 }, [['before']]));
    await port.oneStep(async () => {
      await port.writeValues({ sheet: 'S', top: 6, left: 0, values: [['outer']] });
      await port.oneStep(async () => {
        await tick();
        await port.fillRows('S', [6], 0, 1, '#FFF4CE');
        await port.writeValues({ sheet: 'S', top: 7, left: 0, values: [['inner']] });
      });
    });
    history.edit(() => hf.setCellContents({ sheet, row: 8, col: 0 }, [['after']]));
    history.undo();
    assert.deepEqual([value('A6'), value('A7'), value('A8'), value('A9')], ['before', 'outer', 'inner', null]);
    history.undo();
    assert.deepEqual([value('A6'), value('A7'), value('A8')], ['before', null, null]);
    assert.equal(view.fillAt('S', 6, 0), undefined, 'the inner step\'s fill went with the outer step');
    history.undo();
    assert.equal(value('A6'), null);
  });

  it('undo waits while a step is running', async () => {
    const { history, port, value } = setUp();
    await history.edit(() => port.writeValues({ sheet: 'S', top: 3, left: 0, values: [['x']] }));
    let release!: () => void;
    const running = port.oneStep(() => new Promise<void>((resolve) => { release = resolve; }));
    assert.equal(history.busy, true);
    assert.equal(history.undo(), false, 'no undo in the middle of a pane action');
    release();
    await running;
    assert.equal(history.undo(), true);
    assert.equal(value('A4'), null);
  });

  it('a step that changed only formats (a column dragged wider) is undone too, and clears what could be redone', () => {
    const { hf, sheet, view, history } = setUp();
    history.edit(() => hf.setCellContents({ sheet, row: 4, col: 0 }, [['typed']]));
    history.undo();
    assert.equal(history.canRedo(), true);
    history.step(() => view.setColumnWidth('S', 1, 150));
    assert.equal(history.canRedo(), false, 'a new step ends what could be redone, as in Excel');
    history.undo();
    assert.equal(view.columnWidth('S', 1), undefined);
    history.redo();
    assert.equal(view.columnWidth('S', 1), 150);
  });

  it('a rename is one step with the formats that follow the sheet', () => {
    const { hf, view, history } = setUp();
    view.fill('S', 0, 0, 2, '#DFF6DD');
    history.step(() => {
      hf.renameSheet(hf.getSheetId('S')!, 'Clients');
      view.renameSheet('S', 'Clients');
    });
    history.undo();
    assert.deepEqual([hf.doesSheetExist('S'), view.fillAt('S', 0, 1)], [true, '#DFF6DD']);
  });

  it('a spill blocked by a cell spills again when an edit clears it; one undo puts the cell back and the #SPILL!', () => {
    const { hf, sheet, history, value } = setUp(createEngine({}));
    history.edit(() => hf.setCellContents({ sheet, row: 0, col: 3 }, [['=SEQUENCE(3)']]));
    history.edit(() => hf.setCellContents({ sheet, row: 1, col: 3 }, [['in the way']]));
    assert.equal((value('D1') as { value: string }).value, '#SPILL!');
    history.edit(() => hf.setCellContents({ sheet, row: 1, col: 3 }, [[null]]));
    assert.deepEqual([value('D1'), value('D2'), value('D3')], [1, 2, 3], 'spilled again, as Excel does');
    history.undo();
    assert.equal((value('D1') as { value: string }).value, '#SPILL!');
    assert.equal(value('D2'), 'in the way');
  });

  it('batch() inside a step joins the step', async () => {
    const { hf, sheet, history, port, value } = setUp();
    await port.oneStep(async () => {
      await port.writeValues({ sheet: 'S', top: 3, left: 0, values: [['one']] });
      hf.batch(() => hf.setCellContents({ sheet, row: 4, col: 0 }, [['two']]));
    });
    history.undo();
    assert.deepEqual([value('A4'), value('A5')], [null, null]);
  });

  it('recalculates every formula without losing the undo history', () => {
    let calls = 0;
    // A function with an outside input, as the ETS functions read the language: only a recalculation shows a change.
    const hf = createEngine({ BALANCE: () => [[(calls += 1)]] });
    const { sheet, history } = setUp(hf);
    history.edit(() => hf.setCellContents({ sheet, row: 3, col: 0 }, [['=ETS.BALANCE()'], ['=A4*10']]));
    const first = hf.getCellValue({ sheet, row: 3, col: 0 }) as number;
    recalculateAll(hf);
    assert.equal(hf.getCellValue({ sheet, row: 3, col: 0 }), first + 1, 'the function ran again');
    assert.equal(hf.getCellValue({ sheet, row: 4, col: 0 }), (first + 1) * 10, 'and what depends on it');
    assert.equal(history.canUndo(), true, 'the history is kept');
    history.undo();
    assert.equal(hf.getCellValue({ sheet, row: 3, col: 0 }), null);
  });

  it('an action from another realm (the pane\'s frame) is still one step: its promise is not this realm\'s Promise', async () => {
    const { history, port, value } = setUp();
    const { runInNewContext } = await import('node:vm');
    const foreign = runInNewContext('(write) => (async () => { await write(1); await new Promise((r) => setTimeout(r, 0)); await write(2); })()',
      { setTimeout }) as (write: (row: number) => Promise<void>) => Promise<void>;
    const step = port.oneStep(() => foreign((row) => port.writeValues({ sheet: 'S', top: row + 2, left: 0, values: [[`row ${row}`]] })));
    assert.equal(history.busy, true, 'the step stays open while the action runs');
    await step;
    history.undo();
    assert.deepEqual([value('A4'), value('A5')], [null, null]);
  });

  it('the set-up before the history starts is not a step: undo on a fresh workbook leaves the example and its sheet (issue 23, item 9)', () => {
    // As the page sets up: the example sheet and its data, then the grid's history; no clearUndoStack in between.
    const hf = HyperFormula.buildEmpty(ENGINE_CONFIG);
    const sheet = hf.getSheetId(hf.addSheet('Facilities'))!;
    hf.setCellContents({ sheet, row: 0, col: 0 }, [['Facility', 'Sector'], ['Kiln', 'cement']]);
    const view = new HeadlessView({ sheet: 'Facilities', top: 0, left: 0, rows: 1, cols: 1 });
    const history = new History(hf, view, view);
    assert.equal(history.canUndo(), false);
    assert.equal(history.undo(), false);
    assert.equal(history.undo(), false);
    assert.deepEqual(hf.getSheetNames(), ['Facilities']);
    assert.equal(hf.getCellValue({ sheet, row: 1, col: 0 }), 'Kiln');
    // And the workbook still works: an edit is a step, and undo takes back that step only.
    history.edit(() => hf.setCellContents({ sheet, row: 1, col: 0 }, [['typed']]));
    assert.equal(history.undo(), true);
    assert.equal(hf.getCellValue({ sheet, row: 1, col: 0 }), 'Kiln');
    assert.equal(history.undo(), false);
  });

  it('never takes back the step that made the only sheet: it stays, with its cells, and says why', () => {
    const hf = HyperFormula.buildEmpty(ENGINE_CONFIG);
    const view = new HeadlessView({ sheet: 'S', top: 0, left: 0, rows: 1, cols: 1 });
    const history = new History(hf, view, view);
    history.step(() => {
      const id = hf.getSheetId(hf.addSheet('S'))!;
      hf.setCellContents({ sheet: id, row: 0, col: 0 }, [['kept']]);
    });
    assert.equal(history.undo(), false);
    assert.equal(history.refusedLastSheet, true);
    assert.deepEqual(hf.getSheetNames(), ['S']);
    assert.equal(hf.getCellValue({ sheet: hf.getSheetId('S')!, row: 0, col: 0 }), 'kept');
    assert.equal(history.canUndo(), false, 'nothing before it to undo');
    assert.equal(history.canRedo(), false);
  });
});
