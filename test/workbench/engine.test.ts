import { strict as assert } from 'node:assert';
import { DetailedCellError } from 'hyperformula';
import { createEngine } from '../../src/workbench/engine';
import { loadBundle } from '../functions/bundle';

describe('workbench engine: HyperFormula with the wrappers from dist/functions.js', () => {
  const hf = createEngine(loadBundle());
  const sheet = hf.getSheetId(hf.addSheet('Test'))!;
  const at = (a1: string) => hf.simpleCellAddressFromString(a1, sheet)!;
  const set = (a1: string, v: unknown) => hf.setCellContents(at(a1), [[v as never]]);
  const get = (a1: string) => hf.getCellValue(at(a1));

  after(() => hf.destroy());

  it('computes a scalar ETS formula', () => {
    set('A1', '=ETS.ALLOCATION("cement",1250000,0.8,1,0.85)');
    assert.equal(get('A1'), 1008823); // ⌊1,008,823.53⌋: 2025 allowances are whole tonnes
  });

  it('spills element-wise results over ranges, broadcasting single cells', () => {
    hf.setCellContents(at('C1'), [['CO2', 1], ['CF4', 2], ['C2F6', 0.5]]);
    set('E1', '=ETS.CO2E(C1:C3,D1:D3)');
    assert.deepEqual([get('E1'), get('E2'), get('E3')], [1, 13260, 5550]);
    set('F1', '=ETS.CO2E(C1:C3,D1:D3,"AR4")');
    assert.equal(get('F2'), 14780);
  });

  it('shows errors with their codes and the wrappers\' messages', () => {
    set('A2', '=ETS.ALLOCATION("power",1,1)');
    const e = get('A2') as DetailedCellError;
    assert.ok(e instanceof DetailedCellError);
    assert.equal(e.value, '#VALUE!');
    assert.match(e.message, /needs the unit category/);
    set('A3', '=ETS.PHASE(2041)');
    assert.equal((get('A3') as DetailedCellError).value, '#NUM!');
    set('A4', '=ETS.BENCHMARK("power:gas",2027)');
    assert.equal((get('A4') as DetailedCellError).value, '#N/A');
    set('A5', '=ETS.COVERED()');
    assert.match((get('A5') as DetailedCellError).message, /^sector: blank — a value is required/);
  });

  it('treats empty cells and empty arguments as omitted, and recalculates a dependency chain', () => {
    set('H1', 1250000);
    set('H2', '=ETS.ALLOCATION("cement",H1,0.8,,H3)'); // H3 empty: α = 0, year = default
    assert.equal(get('H2'), 1000000);
    set('H3', 0.85);
    assert.equal(get('H2'), 1008823);
    set('H4', '=ETS.BALANCE(H2, 1000000)');
    set('H1', 2500000);
    assert.equal(get('H4'), 1017647); // ⌊2,000,000 × 1.00882…⌋ − 1,000,000
  });

  it('passes an error in an input cell through', () => {
    set('J1', '=1/0');
    set('J2', '=ETS.BALANCE(J1, 1)');
    assert.equal((get('J2') as DetailedCellError).value, '#DIV/0!');
  });

  it('works inside Excel built-ins: IF, SUM over a spill', () => {
    set('K1', '=IF(ETS.COVERED("cement",30000),ETS.ALLOCATION("cement",1000,0.9,,,2024),0)');
    assert.equal(get('K1'), 900);
    set('K2', '=SUM(ETS.CO2E(C1:C3,D1:D3))');
    assert.equal(get('K2'), 18811);
  });

  it('a second set of wrappers replaces the first, instead of the engine keeping the old ones', () => {
    const calls: string[] = [];
    // Two declared parameters, as every wrapper declares its own (the engine reads their number).
    const spy = (a: unknown, b: unknown) => { calls.push(`${String(a)},${String(b)}`); return [[42]]; };
    const other = createEngine({ BALANCE: spy });
    const s = other.getSheetId(other.addSheet('S'))!;
    other.setCellContents({ sheet: s, row: 0, col: 0 }, [['=ETS.BALANCE(1,2)']]);
    assert.equal(other.getCellValue({ sheet: s, row: 0, col: 0 }), 42);
    assert.equal(calls.length, 1);
    other.destroy();
    const again = createEngine(loadBundle());
    const t = again.getSheetId(again.addSheet('T'))!;
    again.setCellContents({ sheet: t, row: 0, col: 0 }, [['=ETS.BALANCE(5,2)']]);
    assert.equal(again.getCellValue({ sheet: t, row: 0, col: 0 }), 3);
    again.destroy();
  });

  it('an error cell inside a range is that row\'s error; the other rows compute', () => {
    hf.setCellContents(at('P1'), [[30000], ['=NA()'], [20000]]);
    set('Q1', '=ETS.COVERED("cement",P1:P3)');
    assert.equal(get('Q1'), true);
    const e = get('Q2') as DetailedCellError;
    assert.ok(e instanceof DetailedCellError, String(e));
    assert.equal(e.value, '#N/A');
    assert.match(e.message, /^direct_emissions: the input is #N\/A/);
    assert.equal(get('Q3'), false);
  });

  it('refuses mismatched shapes with one #VALUE!', () => {
    set('L1', '=ETS.CO2E(C1:C3,D1:D2)');
    const e = get('L1') as DetailedCellError;
    assert.equal(e.value, '#VALUE!');
    assert.match(e.message, /gas is 3×1, mass_t is 2×1/);
  });
});
