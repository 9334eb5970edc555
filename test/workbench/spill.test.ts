import { strict as assert } from 'node:assert';
import { DetailedCellError, type HyperFormula } from 'hyperformula';
import { createEngine } from '../../src/workbench/engine';
import { loadBundle, FakeExcelError, type ExcelFunction } from '../functions/bundle';
import { CATALOGUE } from '../functions/catalogue';
import { allExamples, argTexts, expected, parseArgs } from '../functions/doc-examples';
import { DEPRECATED } from '../functions/catalogue';

/** A value as compared here: errors by code and message, blanks as null. */
function plain(v: unknown): unknown {
  if (v instanceof DetailedCellError) return { error: v.value, message: v.message };
  if (v instanceof FakeExcelError) return { error: v.code, message: v.message ?? '' };
  return v === undefined || v === '' ? null : v;
}

/**
 * The spill of a formula at A1 of a fresh sheet, read over the result's size plus a margin: the cells it fills and,
 * past them, what the engine left there.
 */
function spill(hf: HyperFormula, formula: string, inputs: ReadonlyArray<readonly [string, unknown[][]]> = [], margin = 2) {
  const name = `S${hf.countSheets() + 1}`;
  const sheet = hf.getSheetId(hf.addSheet(name))!;
  for (const [at, values] of inputs) hf.setCellContents(hf.simpleCellAddressFromString(at, sheet)!, values as never);
  hf.setCellContents({ sheet, row: 0, col: 0 }, [[formula]]);
  const read = (rows: number, cols: number) => hf.getRangeValues({
    start: { sheet, row: 0, col: 0 }, end: { sheet, row: rows + margin - 1, col: cols + margin - 1 },
  }).map((row) => row.map(plain));
  return { sheet, read };
}

/** The wrapper's own result padded with blanks to rows × cols: what the engine must show. */
const padded = (grid: unknown[][], rows: number, cols: number): unknown[][] =>
  Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => plain(grid[r]?.[c] ?? null)));

describe('workbench engine: every function spills its whole result, as in Excel', () => {
  const fns = loadBundle();
  const hf = createEngine(fns);
  after(() => hf.destroy());

  /** A formula through the engine against the wrapper called with the same arguments: equal, cell for cell. */
  function sameAsWrapper(id: string, formula: string, args: unknown[], inputs: ReadonlyArray<readonly [string, unknown[][]]> = []) {
    const direct = (fns[id] as ExcelFunction)(...args);
    const rows = direct.length;
    const cols = direct[0]!.length;
    const { read } = spill(hf, formula, inputs);
    const shown = read(rows, cols);
    assert.deepEqual(shown, padded(direct, rows + 2, cols + 2), formula);
    return shown[0]![0];
  }

  it('the docs\' worked examples, typed as written, give the documented result and the wrapper\'s whole table', () => {
    const examples = allExamples();
    // A deprecated alias has no examples of its own: names.test.ts holds it equal to the function it names.
    for (const id of Object.keys(fns).filter((f) => !(f in DEPRECATED))) assert.ok(examples.some((e) => e.id === id), `no worked example for ETS.${id}`);
    for (const { id, args, result } of examples) {
      const formula = `=ETS.${id}(${args})`;
      assert.equal(sameAsWrapper(id, formula, parseArgs(args)), expected(result), formula);
    }
  });

  it('every function with each argument in turn a range of two cells: the wrapper\'s result, whole', () => {
    let checked = 0;
    for (const { id, args } of allExamples()) {
      const texts = argTexts(args);
      const values = parseArgs(args);
      texts.forEach((text, i) => {
        const value = values[i] as unknown[][] | null;
        if (!value || value.length * value[0]!.length !== 1) return;
        // The argument as a range: the value twice, in column Z.
        const range = [[value[0]![0]], [value[0]![0]]];
        const formula = `=ETS.${id}(${texts.map((t, j) => (j === i ? 'Z1:Z2' : t)).join(',')})`;
        sameAsWrapper(id, formula, values.map((v, j) => (j === i ? range : v)), [['Z1', range]]);
        checked += 1;
      });
    }
    assert.ok(checked >= 2 * Object.keys(CATALOGUE).length, `${checked} variants`);
  });

  it('ETS.POSITION, the docs\' example: a header row and one row a year, 5 × 7', () => {
    const { read } = spill(hf, '=ETS.POSITION("cement", {2024;2025;2026;2027}, 1500000, 0.84, 80, 0.86, 0.8)');
    const table = read(5, 7);
    assert.deepEqual(table[0]!.slice(0, 7), ['Year', 'Phase', 'Verified emissions', 'Allocation', 'Balance', 'Cost', 'Penalty exposure']);
    // 2024: A = E = 1,500,000 × 0.84. 2027 (Phase II): A = 1,500,000 × 0.8 = 1,200,000, short 60,000: cost 60,000 × 80,
    // penalty exposure 5 × that.
    assert.deepEqual(table[1]!.slice(0, 7), [2024, 'I', 1260000, 1260000, 0, 0, 0]);
    assert.deepEqual(table[4]!.slice(0, 7), [2027, 'II', 1260000, 1200000, -60000, 4800000, 24000000]);
    assert.equal(table[2]![3], 1264395); // ⌊1,264,395.35⌋
    assert.deepEqual([table[5]![0], table[0]![7]], [null, null], 'nothing past the table');
  });

  it('a result whose size follows the values: POSITION skips blank years inside the cells reserved, and grows back', () => {
    const years = [[2024], [null], [2026]];
    const { sheet, read } = spill(hf, '=ETS.POSITION("cement", Z1:Z3, 1000, 0.9, 80)', [['Z1', years]]);
    const direct = (fns.POSITION as ExcelFunction)([['cement']], years, [[1000]], [[0.9]], [[80]]);
    assert.equal(direct.length, 3, 'header and two years');
    assert.deepEqual(read(4, 7), padded(direct, 6, 9), 'the blank year\'s row left empty, nothing cut');
    hf.setCellContents(hf.simpleCellAddressFromString('Z2', sheet)!, [[2025]]);
    assert.deepEqual(read(4, 7).map((r) => r[0]), ['Year', 2024, 2025, 2026, null, null]);
  });

  it('a result larger than the engine could foresee is a #SPILL! saying so, in its first cell, never a cut-off table', () => {
    // SEQUENCE's size comes from B1's value: the engine knows it only when computing.
    const { read } = spill(hf, '=ETS.POSITION("cement", SEQUENCE(Z1,1,2024), 1000, 0.9, 80)', [['Z1', [[3]]]]);
    const [first, ...rest] = read(2, 7).flat();
    assert.equal((first as { error: string }).error, '#SPILL!');
    assert.match((first as { message: string }).message, /^The result has 4 rows × 7 columns, more than the 2 × 7 cells reserved/);
    assert.ok(rest.every((v) => v === null), 'no part of the table shown');
  });

  it('occupied cells in the way give #SPILL! (and undo.test.ts: it spills again once they are cleared)', () => {
    const { read } = spill(hf, '=ETS.COMPARE("cement", 31200)', [['B3', [['in the way']]]]);
    assert.deepEqual(read(1, 1)[0]![0], { error: '#SPILL!', message: 'No space for array result.' });
  });

  it('a function that adds up ranges into one value takes one cell: the cells below stay free', () => {
    const { sheet, read } = spill(hf, '=ETS.POWER.ENTITY(Z1:Z2, Z3:Z4, Z5:Z6)', [['Z1', [['gas'], ['gas'], [1000], [2000], [500], [900]]]]);
    hf.setCellContents(hf.simpleCellAddressFromString('A2', sheet)!, [['a note']]);
    const shown = read(2, 1);
    assert.equal(typeof shown[0]![0], 'number', JSON.stringify(shown[0]![0]));
    assert.equal(shown[1]![0], 'a note');
  });

  it('a table function given a range answers with one error cell, reserving no table', () => {
    const { read } = spill(hf, '=ETS.COMPARE(Z1:Z2, 31200)', [['Z1', [['cement'], ['steel']]]]);
    const shown = read(1, 1);
    assert.equal((shown[0]![0] as { error: string }).error, '#VALUE!');
    assert.deepEqual([shown[0]![1], shown[1]![0]], [null, null]);
  });

  it('paths as array arithmetic, as the docs write them: output growing 2% a year', () => {
    const { read } = spill(hf, '=ETS.POSITION("cement", Z1:Z3, 1500000*(1+2%)^(Z1:Z3-Z1), 0.84, 80, 0.86)', [['Z1', [[2024], [2025], [2026]]]]);
    // Verified emissions = output × 0.84: 1,500,000, then × 1.02, then × 1.02².
    const emissions = read(4, 7).slice(1, 4).map((r) => Math.round((r[2] as number) * 1000) / 1000);
    assert.deepEqual(emissions, [1260000, 1285200, 1310904]);
  });
});
