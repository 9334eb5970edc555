import { strict as assert } from 'node:assert';
import { display, newSheetName, parseAddress } from '../../src/workbench/grid';
import { csvFields, engineText, parseBlock, pastedValue, toTsv } from '../../src/workbench/clipboard';
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

  it('shows General numbers grouped with sensible decimals, years as typed, and honours fixed formats', () => {
    assert.equal(display(2026).text, '2026');
    assert.equal(display(31200).text, '31,200');
    assert.deepEqual(display(1008823.5294117647), { text: '1,008,823.53', title: '1008823.5294117647', kind: 'number' });
    assert.equal(display(0.84).text, '0.84');
    assert.equal(display(1.23456789).text, '1.2346');
    assert.equal(display(0.000123456789).text, '0.000123457');
    assert.equal(display(-45000).text, '-45,000');
    assert.equal(display(1234.5, '#,##0').text, '1,235');
    assert.equal(display(-1234.5, '#,##0;[Red]-#,##0').text, '-1,235');
    assert.equal(display(0.84, '0.0000').text, '0.8400');
    assert.equal(display(1234.5, '#,##0.00').text, '1,234.50');
  });

  it('reads a block from the clipboard as spreadsheets put it there: tabs between cells, quotes and line breaks inside cells', () => {
    assert.deepEqual(csvFields('a\tb\r\nc\td\r\n', '\t'), [['a', 'b'], ['c', 'd']]);
    // A copied cell may hold a comma: tabs separate the cells, and a line without tabs is one cell, as Excel pastes it.
    assert.deepEqual(parseBlock('1,250,000\tx, y\r\n'), [['1,250,000', 'x, y']]);
    assert.deepEqual(parseBlock('"x, y"\t2\n"say ""hi"""\t"two\nlines"\n3'), [['x, y', '2'], ['say "hi"', 'two\nlines'], ['3', '']]);
    assert.deepEqual(parseBlock('a\tb\n\tc'), [['a', 'b'], ['', 'c']]);
    assert.deepEqual(parseBlock(''), []);
  });

  it('turns pasted text into what a spreadsheet holds', () => {
    assert.equal(pastedValue('1,250,000'), 1250000);
    assert.equal(pastedValue('1.2E6'), 1200000);
    assert.equal(pastedValue(' -3.5 '), -3.5);
    assert.equal(pastedValue('12%'), 0.12);
    assert.equal(pastedValue('TRUE'), true);
    assert.equal(pastedValue('false'), false);
    assert.equal(pastedValue('=ETS.COVERED(B2,E2)'), '=ETS.COVERED(B2,E2)');
    assert.equal(pastedValue(''), null);
    for (const text of ['00123', '1,25', '7208 10 00', 'cement', '1.2.3', '12,34,567', 'x%']) assert.equal(pastedValue(text), text, text);
    // Kept as text where the engine would read it as something else; other text goes in as it is.
    assert.deepEqual(['00123', '2026-12-31', 'TRUE', '+86 10', 'Kiln 9'].map(engineText), ["'00123", "'2026-12-31", "'TRUE", "'+86 10", 'Kiln 9']);
  });

  it('copies a block out as Excel reads it, quoting what needs quotes', () => {
    assert.equal(toTsv([['Facility', 31200, true], ['a\tb', null, 'say "hi"']]), 'Facility\t31200\tTRUE\r\n"a\tb"\t\t"say ""hi"""\r\n');
    // What the workbench copies it pastes back unchanged.
    const rows = [['x', 'y\nz'], ['"q"', '1']];
    assert.deepEqual(parseBlock(toTsv(rows)), rows);
  });

  it('names a new sheet after those there are', () => {
    assert.equal(newSheetName(['Facilities']), 'Sheet2');
    assert.equal(newSheetName(['Facilities', 'Sheet2']), 'Sheet3');
    assert.equal(newSheetName(['Sheet3', 'sheet2']), 'Sheet4');
  });
});
