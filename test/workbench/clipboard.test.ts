import { strict as assert } from 'node:assert';
import { CELLS_FLAVOUR, clipboardOf, csvFields, parseBlock, pastedBlock, toTsv } from '../../src/workbench/clipboard';
import { HeadlessView } from '../../src/workbench/cell-formats';
import { createEngine } from '../../src/workbench/engine';
import { History } from '../../src/workbench/undo';

/**
 * Hostile and odd clipboards (issue 23, item 5): one copied cell holding a comma, text that looks like a formula, a
 * paste of 150,000 lines. What is copied pastes back as it was, cell for cell; nothing is lost without a word.
 */
describe('workbench clipboard: what is copied pastes back as it was', () => {
  it('pastes one copied cell holding a comma as one cell, not two over its neighbour', () => {
    assert.deepEqual(parseBlock(toTsv([['Kiln 3, east']])), [['Kiln 3, east']]);
    const { text } = clipboardOf([['Kiln 3, east']]);
    assert.equal(text, 'Kiln 3, east\r\n', 'Excel copies it unquoted: tab-separated text needs no quotes for a comma');
    assert.deepEqual(pastedBlock(text), [['Kiln 3, east']]);
    assert.deepEqual(pastedBlock('a,b\nc;d\n'), [['a,b'], ['c;d']], 'a line without tabs is one cell');
  });

  it('marks copied text that looks like a formula or a value, so a workbench pastes it back as text; other programs get the plain text', () => {
    const rows = [['=HYPERLINK("http://x.example","click")', "=cmd|' /C calc'!A0", 'Kiln'], ['00123', '12%', 'TRUE'], [31200, true, null]];
    const { text, marks } = clipboardOf(rows);
    assert.equal(text, '"=HYPERLINK(""http://x.example"",""click"")"\t=cmd|\' /C calc\'!A0\tKiln\r\n00123\t12%\tTRUE\r\n31200\tTRUE\t\r\n');
    assert.ok(marks, `marks for the ${CELLS_FLAVOUR} flavour`);
    assert.deepEqual(JSON.parse(marks).textCells, [[0, 0], [0, 1], [1, 1], [1, 2]], 'the text cells a plain paste would change');
    // With the marks: text stays text (the engine's ' prefix), the number and the boolean stay values.
    assert.deepEqual(pastedBlock(text, marks), [
      ['\'=HYPERLINK("http://x.example","click")', "'=cmd|' /C calc'!A0", 'Kiln'], ["'00123", "'12%", "'TRUE"], [31200, true, null],
    ]);
    // Without them (text from another program) a formula is a formula, as Excel pastes it.
    assert.equal(pastedBlock(text)[0]![0], '=HYPERLINK("http://x.example","click")');
    // Marks made for other text are not applied.
    assert.equal(pastedBlock('=1+1\r\n', marks)[0]![0], '=1+1');
    assert.equal(clipboardOf([['Kiln', 1]]).marks, undefined, 'nothing to mark, no flavour');
  });

  it('keeps a quote inside an unquoted cell literal, as Excel pastes 12" Mill', () => {
    assert.deepEqual(parseBlock('12" Mill\tsteel\t30000\r\nKiln\tcement\t1\r\n'), [['12" Mill', 'steel', '30000'], ['Kiln', 'cement', '1']]);
  });

  it('parses 150,000 pasted lines without overflowing the stack', () => {
    const lines = 150_000;
    const text = Array.from({ length: lines }, (_, i) => `Plant ${i + 1}\tcement\t${1000 + i}`).join('\r\n');
    assert.equal(parseBlock(text).length, lines);
    const block = pastedBlock(text);
    assert.equal(block.length, lines);
    assert.deepEqual(block[lines - 1], [`Plant ${lines}`, 'cement', 1000 + lines - 1]);
    assert.equal(csvFields(text, '\t').length, lines);
  });
});

describe('workbench clipboard: the engine takes a 150,000-line paste in one undoable write', () => {
  it('writes every line and one undo takes them all back', () => {
    const hf = createEngine({});
    hf.addSheet('S');
    hf.clearUndoStack();
    const view = new HeadlessView({ sheet: 'S', top: 0, left: 0, rows: 1, cols: 1 });
    const history = new History(hf, view, view);
    const block = pastedBlock(Array.from({ length: 150_000 }, (_, i) => `P${i}\t${i}`).join('\n'));
    history.edit(() => hf.setCellContents({ sheet: 0, row: 0, col: 0 }, block));
    assert.deepEqual(hf.getSheetDimensions(0), { height: 150_000, width: 2 });
    assert.equal(hf.getCellValue({ sheet: 0, row: 149_999, col: 1 }), 149_999);
    assert.equal(history.undo(), true);
    assert.deepEqual([hf.getCellValue({ sheet: 0, row: 0, col: 0 }), hf.getCellValue({ sheet: 0, row: 149_999, col: 1 })], [null, null]);
    hf.destroy();
  });
});
