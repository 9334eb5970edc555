import { strict as assert } from 'node:assert';
import { DetailedCellError } from 'hyperformula';
import { createEngine, ENGINE_CONFIG } from '../../src/workbench/engine';

/** A sheet S with these rows from A1, and what its cells show. */
function sheet(rows: unknown[][]) {
  const hf = createEngine({});
  const id = hf.getSheetId(hf.addSheet('S'))!;
  hf.setCellContents({ sheet: id, row: 0, col: 0 }, rows as never);
  const at = (a1: string): unknown => {
    const v = hf.getCellValue(hf.simpleCellAddressFromString(a1, id)!);
    return v instanceof DetailedCellError ? v.value : v;
  };
  return { hf, id, at };
}

describe('workbench engine: Excel\'s behaviour where HyperFormula 3.5 differs', () => {
  it('INDEX: one index along a one-row range counts columns; 0 or an empty index is the whole row or column; #REF! outside', () => {
    const { hf, at } = sheet([
      ['x', 'y', 'z', '=INDEX(A1:C1,3)', '=INDEX(A2:A4,2)', '=INDEX(A2:C4,2,3)', '=COUNTIF(INDEX(A2:C4,2,),"y")', '=SUM(INDEX(A2:C4,0,3))'],
      ['a', 1, 10, '=INDEX(A1:C1,4)', '=INDEX(A2:C4,-1,1)', '=MATCH("y",INDEX(A2:C4,2,0),0)', '=INDEX(A2:C4,,2)', '=INDEX(A1:C1,1,2,2)'],
      ['y', 'y', 20, '=INDEX(B2:B4,3)', '=ROWS(INDEX(A2:C4,2))'],
      ['c', 3, 30],
    ]);
    assert.deepEqual(['D1', 'E1', 'F1', 'G1', 'H1'].map(at), ['z', 'y', 20, 2, 60]);
    assert.deepEqual(['D2', 'E2', 'F2', 'H2'].map(at), ['#REF!', '#VALUE!', 1, '#REF!']);
    assert.deepEqual(['D3', 'E3'].map(at), [3, 1]);
    assert.equal(at('G2'), '#VALUE!', 'a whole column in one cell is #VALUE!, as in Excel without spilling');
    hf.destroy();
  });

  it('INDEX over a named range, and over a whole column without copying it', () => {
    const { hf, id, at } = sheet([['Cement', '=INDEX(Goods,2)', '=INDEX(Row,3)', '=INDEX($A:$A,3)'], ['Steel'], ['Aluminium'], [], ['p', 'q', 'r']]);
    hf.addNamedExpression('Goods', '=S!$A$1:$A$3');
    hf.addNamedExpression('Row', '=S!$A$5:$C$5');
    hf.setCellContents({ sheet: id, row: 0, col: 1 }, [['=INDEX(Goods,2)', '=INDEX(Row,3)']]);
    assert.deepEqual(['B1', 'C1', 'D1'].map(at), ['Steel', 'r', 'Aluminium']);
    hf.destroy();
  });

  it('ROWS and COLUMNS of ranges mixing absolute and relative corners (running counters), whole rows and columns', () => {
    const rows: unknown[][] = Array.from({ length: 104 }, () => []);
    rows[100] = [null, null, null, '=ROWS(D$101:D101)', '=COLUMNS($A101:C101)', '=ROWS(E101:E$101)', '=ROWS(A:B)', '=COLUMNS(3:4)', '=ROWS((A1:A4))'];
    rows[102] = [null, null, null, '=ROWS(D$101:D103)', '=COLUMNS($A103:E103)', '=ROWS(E103:E$101)', '=COLUMNS(A:C)', '=ROWS(3:4)', '=ROWS(NoSuchName)'];
    const { hf, at } = sheet(rows);
    assert.deepEqual(['D101', 'E101', 'F101', 'G101', 'H101', 'I101'].map(at), [1, 3, 1, 1048576, 16384, 4]);
    assert.deepEqual(['D103', 'E103', 'F103', 'G103', 'H103', 'I103'].map(at), [3, 5, 3, 3, 2, '#NAME?']);
    hf.destroy();
  });

  it('reads a range over an array formula whose result is an error cell by cell, instead of stopping the engine', () => {
    // HyperFormula 3.5.0 alone throws "Unknown array" at A3 and leaves the engine half evaluated.
    const { hf, at } = sheet([['=NOSUCH()', 1, 1, '=MMULT(A1:B2,C1:C2)'], [1, 1, 1, null], ['=SUM(D1:D2)', '=INDEX(D1:D2,2)', '=ISERROR(D1:D2)', '=D2']]);
    assert.deepEqual(['D1', 'D2', 'A3', 'B3', 'D3'].map(at), ['#VALUE!', '#VALUE!', '#VALUE!', '#VALUE!', '#VALUE!'], 'MMULT of an error is #VALUE!');
    // With array arithmetic on, as in Excel 365, ISERROR over the two cells spills their two answers.
    assert.deepEqual(['C3', 'C4'].map(at), [true, true], 'a range read cell by cell');
    // Once the input is fixed, the array and everything over it computes.
    hf.setCellContents(hf.simpleCellAddressFromString('A1', hf.getSheetId('S')!)!, [[1]]);
    assert.deepEqual(['D1', 'D2', 'A3', 'B3'].map(at), [2, 2, 4, 2]);
    hf.destroy();
  });

  it('MATCH(key, range, 0) from an index of the range, kept right as the range changes; wildcards as Excel reads them', () => {
    const { hf, id, at } = sheet([
      ['Cement', '=MATCH("cement",A1:A5,0)', '=MATCH("ÉTÉ",A1:A5,0)', '=MATCH("ete",A1:A5,0)', '=MATCH(2,A1:A5,0)', '=MATCH("2",A1:A5,0)', 1, 'été'],
      ['été', '=MATCH("St*",A1:A5,0)', '=MATCH(3,G1:G4)', null, '=MATCH(TRUE(),A1:A5,0)', '=MATCH("cement",A1:B2,0)', 2, 'at?'],
      [2, '=MATCH("?t~?",H1:H3,0)', '=MATCH("a.c",H1:H3,0)', null, null, null, 4, 'a.c'],
      ['Steel', null, null, null, null, null, 8],
      [true],
    ]);
    hf.addNamedExpression('Goods', '=S!$A$1:$A$5');
    hf.setCellContents({ sheet: id, row: 1, col: 3 }, [['=MATCH("steel",Goods,0)']]);
    assert.deepEqual(['B1', 'C1', 'D1', 'E1', 'F1'].map(at), [1, 2, '#N/A', 3, '#N/A'], 'no case, but accents, as Excel; numbers are not text');
    assert.deepEqual(['B2', 'B3', 'C3', 'D2', 'E2', 'F2'].map(at), [4, 2, 3, 4, 5, '#N/A'], 'wildcards (~? a question mark), a named range; a table is #N/A');
    assert.equal(at('C2'), 2, 'approximate matches by the engine\'s own MATCH');
    // Each change is seen by the very next calculation.
    hf.setCellContents({ sheet: id, row: 0, col: 0 }, [['Clinker']]);
    assert.deepEqual(['B1', 'D2'].map(at), ['#N/A', 4]);
    hf.setCellContents({ sheet: id, row: 3, col: 0 }, [['Cement']]);
    assert.deepEqual(['B1', 'D2'].map(at), [4, '#N/A'], 'the index follows the changed cells');
    hf.setCellContents({ sheet: id, row: 5, col: 0 }, [['Steel']]);
    assert.equal(at('D2'), '#N/A', 'a cell outside the range changes nothing');
    hf.destroy();
  });

  it('shows 0 for a formula that comes to an empty cell, as Excel does', () => {
    const { hf, at } = sheet([[null, '=A1', '=IF(TRUE(),A1,1)', '=A1&""']]);
    assert.deepEqual(['B1', 'C1', 'D1'].map(at), [0, 0, '']);
    assert.equal(ENGINE_CONFIG.evaluateNullToZero, true);
    hf.destroy();
  });
});
