import { strict as assert } from 'node:assert';
import { display, parseAddress } from '../../src/workbench/grid';
import { SHEET_COLS, SHEET_ROWS } from '../../src/taskpane/ports/port';

describe('workbench grid: the name box and what cells show', () => {
  it('takes cells, ranges, whole columns and whole rows, as Excel\'s name box does', () => {
    assert.deepEqual(parseAddress('B3'), { top: 2, left: 1, rows: 1, cols: 1 });
    assert.deepEqual(parseAddress('d10:b3'), { top: 2, left: 1, rows: 8, cols: 3 });
    assert.deepEqual(parseAddress('A:E'), { top: 0, left: 0, rows: SHEET_ROWS, cols: 5 });
    assert.deepEqual(parseAddress('$C:$B'), { top: 0, left: 1, rows: SHEET_ROWS, cols: 2 });
    assert.deepEqual(parseAddress('3:3'), { top: 2, left: 0, rows: 1, cols: SHEET_COLS });
    assert.deepEqual(parseAddress('5:3'), { top: 2, left: 0, rows: 3, cols: SHEET_COLS });
    for (const bad of ['', 'A0', '0:1', 'A1:', '3:1048577', 'hello']) assert.equal(parseAddress(bad), undefined, bad);
  });

  it('shows numbers in a percentage format as percentages, others plainly', () => {
    assert.equal(display(0.9452, '0.0%').text, '94.5%');
    assert.equal(display(1, '0%').text, '100%');
    assert.equal(display(0.9452, 'General').text, '0.9452');
    assert.equal(display('00123', '@').text, '00123');
  });
});
