import { strict as assert } from 'node:assert';
import { address, subtract, subtractAll } from '../../src/taskpane/ports/area';
import { cellBytes, payloadChunks, readBlockRows } from '../../src/taskpane/ports/payload';
import { a1, type Area, type CellValue, type SheetRead } from '../../src/taskpane/ports/port';
import { firstTable, guessHeader, tableAt } from '../../src/taskpane/table-check/header-row';
import { outputOf, outputsOf, ownColumns, tableWidth } from '../../src/taskpane/table-check/output';
import { carryOut, WriteStopped, type Step } from '../../src/taskpane/table-check/write-steps';
import { doneMessage } from '../../src/taskpane/table-check/messages';
import { summarise, checkFacility } from '../../src/core';

const area = (top: number, left: number, rows: number, cols: number, sheet = 'S'): Area => ({ sheet, top, left, rows, cols });
const read = (values: CellValue[][], top = 0, left = 0, marks: SheetRead['marks'] = []): SheetRead =>
  ({ sheet: 'S', top, left, values, marks, anchor: area(top, left, 1, 1) });

describe('task pane: areas and payloads', () => {
  it('names areas as Excel does, whole columns and rows included', () => {
    assert.equal(a1(0, 0, 1048576, 5), 'A:E');
    assert.equal(a1(2, 0, 1, 16384), '3:3');
    assert.equal(address(area(0, 5, 19, 3, 'Facilities')), 'Facilities!F1:H19');
  });

  it('takes one area out of another as at most four rectangles, covering exactly the rest', () => {
    // F1:H20 minus F1:H19 leaves the new last row F20:H20.
    assert.deepEqual(subtract(area(0, 5, 20, 3), area(0, 5, 19, 3)), [area(19, 5, 1, 3)]);
    // A 4×4 block minus its 2×2 middle: bands above and below, then left and right: 16 − 4 = 12 cells.
    const parts = subtract(area(0, 0, 4, 4), area(1, 1, 2, 2));
    assert.deepEqual(parts, [area(0, 0, 1, 4), area(3, 0, 1, 4), area(1, 0, 2, 1), area(1, 3, 2, 1)]);
    assert.deepEqual(subtract(area(0, 0, 2, 2), area(5, 5, 1, 1)), [area(0, 0, 2, 2)], 'apart: all of it');
    assert.deepEqual(subtract(area(0, 0, 2, 2), area(0, 0, 2, 2, 'T')), [area(0, 0, 2, 2)], 'another sheet: all of it');
    assert.deepEqual(subtractAll(area(0, 0, 3, 1), [area(0, 0, 1, 1), area(2, 0, 1, 1)]), [area(1, 0, 1, 1)]);
  });

  it('estimates the JSON bytes of values and cuts writes by payload as well as by rows', () => {
    assert.deepEqual([cellBytes('ab'), cellBytes('水泥'), cellBytes(12.5), cellBytes(true), cellBytes(null)], [5, 9, 5, 6, 5]);
    const long = 'x'.repeat(997); // 1,000 bytes as a cell
    const rows: CellValue[][] = Array.from({ length: 10 }, () => [long]);
    // 1,002 bytes a row: a 3,000-byte budget takes two rows a chunk.
    assert.deepEqual(payloadChunks(rows, 3000), [[0, 2], [2, 4], [4, 6], [6, 8], [8, 10]]);
    assert.deepEqual(payloadChunks(Array.from({ length: 12000 }, () => [1])), [[0, 5000], [5000, 10000], [10000, 12000]]);
    assert.deepEqual(payloadChunks([[long]], 10), [[0, 1]], 'a row larger than the budget still goes, alone');
  });

  it('sizes read blocks by the 5,000,000-cell limit and by the largest row read so far', () => {
    assert.equal(readBlockRows(10, 40), 100000, '4,000,000 bytes / 40 a row; the cell limit would allow 500,000');
    assert.equal(readBlockRows(1000, 500), 5000, '5,000,000 cells / 1,000 columns; the payload would allow 8,000');
    assert.equal(readBlockRows(2, 1000), 4000);
    assert.equal(readBlockRows(5, undefined), 12500, 'before any read: 64 bytes a cell assumed');
  });
});

describe('task pane: header row', () => {
  const TITLE: CellValue[][] = [
    ['Client facilities 2025 — confidential', '', ''],
    ['Plant', 'Sector', 'Scope 1 emissions (t)'],
    ['A', 'cement', 30000],
    ['B', 'steel', 20000],
  ];

  it('finds the header row below a title line, and is sure of it', () => {
    assert.deepEqual(guessHeader(TITLE), { row: 1, depth: 1, sure: true });
    const region = firstTable(read(TITLE, 4, 1))!;
    assert.deepEqual([region.top, region.headers, region.rows.length], [5, ['Plant', 'Sector', 'Scope 1 emissions (t)'], 2]);
  });

  it('takes the first row of a plain table', () => {
    assert.deepEqual(guessHeader(TITLE.slice(1)), { row: 0, depth: 1, sure: true });
  });

  it('is unsure when no row names a sector and emissions, and when two rows name as many fields', () => {
    assert.deepEqual(guessHeader([['x', 'y'], [1, 2]]), { row: 0, depth: 1, sure: false, doubt: 'incomplete' });
    const twoHeaders: CellValue[][] = [['Facility', 'Sector', 'Emissions'], ['Plant', 'Industry', 'Scope 1'], ['A', 'cement', 1]];
    assert.deepEqual(guessHeader(twoHeaders), { row: 0, depth: 1, sure: false, doubt: 'rival' });
  });

  it('leaves the pane\'s own columns out of the scoring: its result headers are not a header row of the user\'s', () => {
    const values: CellValue[][] = [['Title', '', '', 'Covered', 'Reason', 'CO2e (tCO2e)'], ['Name', 'Sector', 'Emissions', '', '', '']];
    assert.equal(guessHeader(values, new Set([3, 4, 5])).row, 1);
  });

  it('gives the rows below the chosen header, without trailing blank rows, or nothing for a blank header row', () => {
    const r = tableAt(read([...TITLE, ['', '', ''], ['', '', '']]), 1)!;
    assert.equal(r.rows.length, 2);
    assert.equal(tableAt(read([['', ''], ['a', 'b']]), 0), undefined);
  });
});

describe('task pane: the pane\'s own output, by its marks', () => {
  const marks = [
    { name: 'ETS_TableCheck1_Results', area: area(0, 5, 19, 3) },
    { name: 'ETS_TableCheck1_Summary', area: area(0, 9, 9, 6) },
    { name: 'ETS_TableCheck2_Results', area: area(30, 5, 4, 3) },
    { name: 'ETS_TableCheckX_Results', area: area(40, 0, 1, 1) },
  ];

  it('groups marks by check, ignoring names it did not write', () => {
    assert.deepEqual(outputsOf(marks), [
      { id: 1, results: area(0, 5, 19, 3), summary: area(0, 9, 9, 6) }, { id: 2, results: area(30, 5, 4, 3) },
    ]);
  });

  it('knows which columns of a table are its own and how wide the user\'s part is', () => {
    assert.deepEqual([...ownColumns(area(0, 0, 19, 8), marks)], [5, 6, 7]);
    const region = { sheet: 'S', top: 0, left: 0, headers: ['a', 'b', 'c', 'd', 'e', 'Covered', 'Reason', 'CO2e'], rows: [], marks };
    assert.equal(tableWidth(region), 5);
    assert.equal(outputOf(region)?.id, 1);
  });

  it('does not take another table\'s output, or output on another header row, for this table\'s', () => {
    const region = { sheet: 'S', top: 1, left: 0, headers: ['a', 'b', 'c', 'd', 'e'], rows: [], marks };
    assert.equal(outputOf(region), undefined);
  });
});

describe('task pane: writes carried out with a log', () => {
  const step = (what: string, a?: Area, fail?: { after: number }): Step => ({
    what, area: a, overwrites: a !== undefined,
    async run(progress) {
      if (fail) {
        if (fail.after) progress(fail.after);
        throw new Error('GeneralException: the request failed');
      }
      if (a) progress(a.rows);
    },
  });

  it('says what was written, what was not, and which replaced cells were overwritten', async () => {
    const results = area(0, 5, 18001, 3, 'F');
    const steps = [step('results', results, { after: 5000 }), step('highlights'), step('summary', area(0, 9, 9, 6, 'F'))];
    const replaced = [area(3, 6, 1, 1, 'F'), area(9000, 6, 1, 1, 'F')];
    const error = await carryOut(steps, replaced).then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof WriteStopped);
    assert.deepEqual(error.written, ['results, rows 1–5,000 of 18,001 (F!F1:H5000)']);
    assert.deepEqual(error.notWritten, ['results, rows 5,001–18,001 of 18,001 (F!F5001:H18001)', 'highlights', 'summary (F!J1:O9)']);
    assert.match(error.message, /^Writing stopped: GeneralException: the request failed\. Written: results, rows 1–5,000/);
    assert.match(error.message, /Of the cells you chose to replace \(F!G4, F!G9001\), F!G4 now hold results: what was there is gone; F!G9001 are as they were\./);
  });

  it('says nothing was written when the first write fails at once', async () => {
    const error = await carryOut([step('results', area(0, 0, 3, 3), { after: 0 })], [area(1, 1, 1, 1)]).then(() => undefined, (e: WriteStopped) => e);
    assert.ok(error instanceof WriteStopped);
    assert.match(error.message, /Written: nothing\. Not written: results \(S!A1:C3\)\. None of the cells you chose to replace \(S!B2\) was written over\./);
  });
});

describe('task pane: the status after a check', () => {
  const written = { sheet: 'Facilities', results: 'Facilities!F1:H3', summary: 'Facilities!J1:O6', refreshed: true, newSheet: false };

  it('counts the facilities that depend apart, with their emissions, under a scheme like the EU\'s', () => {
    const outcomes = [checkFacility({ sector: 'cement', direct: 30000, scheme: 'EU' }), checkFacility({ sector: 'steel', direct: 10000, scheme: 'EU' })];
    const summary = summarise(outcomes);
    const text = doneMessage({ rows: 2, covered: 0, depends: 2, errors: 0, summary, written }, 'EU ETS');
    assert.equal(text, '0 of 2 facilities are covered; 2 depend on rules the figures cannot settle (EU ETS). ' +
      'Covered: 0 of 40,000 tCO2e (0%); depending: 40,000 tCO2e (100%). Results in Facilities!F1:H3 (refreshed in place); summary in Facilities!J1:O6.');
  });

  it('says where a new sheet put everything, and how many rows were not checked', () => {
    const summary = summarise([checkFacility({ sector: 'cement', direct: 30000 })]);
    const text = doneMessage({ rows: 2, covered: 1, depends: 0, errors: 1, summary,
      written: { ...written, sheet: 'ETS coverage', results: 'ETS coverage!A1:E3', summary: 'ETS coverage!G1:L5', refreshed: false, newSheet: true } }, 'China national ETS');
    assert.equal(text, '1 of 2 facilities are covered: 30,000 of 30,000 tCO2e (100%). 1 row could not be checked: its Covered cell says ' +
      '"not checked" and its Reason why. Results and summary are on the new sheet “ETS coverage”: results in ETS coverage!A1:E3, summary in ETS coverage!G1:L5.');
  });
});
