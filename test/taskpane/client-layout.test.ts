import { strict as assert } from 'node:assert';
import type { Area, CellValue, SheetRead } from '../../src/taskpane/ports/port';
import { blockLabels, firstTable, guessHeader, locateTable, tableExtent } from '../../src/taskpane/table-check/header-row';
import { matchColumns } from '../../src/taskpane/table-check/columns';

/**
 * Client lists as Chinese clients send them: titles, headers over two or three rows with merged cells, blank rows
 * inside the table, notes and a second table below. Where the table is, and which rows are its headers.
 */
const area = (top: number, left: number, rows = 1, cols = 1): Area => ({ sheet: 'S', top, left, rows, cols });
const read = (values: CellValue[][], anchor: Area = area(0, 0), merges: Area[] = [], top = 0): SheetRead =>
  ({ sheet: 'S', top, left: 0, values, marks: [], anchor, merges });

describe('task pane: header blocks of client lists', () => {
  // The case: a merged 2024年排放量（tCO2e） over 范围二 | 范围一, Scope 2 LEFT of Scope 1, name and sector merged down.
  const MERGED: CellValue[][] = [
    ['企业名称', '行业', '2024年排放量（tCO2e）', ''],
    ['', '', '范围二（外购电力）', '范围一（直接）'],
    ['甲水泥', '水泥', 9000, 31000],
    ['乙钢铁', '钢铁', 50000, 20000],
    ['丙铝业', '电解铝', 80000, 40000],
  ];
  const MERGED_AREAS = [area(0, 0, 2, 1), area(0, 1, 2, 1), area(0, 2, 1, 2)];

  it('takes a merged two-row header as one block and maps Direct to 范围一, never to the Scope 2 column', () => {
    const guess = guessHeader(MERGED, new Set(), MERGED_AREAS);
    assert.deepEqual(guess, { row: 0, depth: 2, sure: true });
    const labels = blockLabels(MERGED, 0, 2, MERGED_AREAS);
    assert.deepEqual(labels, ['企业名称', '行业', '2024年排放量（tCO2e） 范围二（外购电力）', '2024年排放量（tCO2e） 范围一（直接）']);
    assert.deepEqual(matchColumns(labels).map, { facility: 0, sector: 1, direct: 3 });
    const region = firstTable(read(MERGED, area(3, 1), MERGED_AREAS))!;
    assert.equal(region.top, 1, 'results go level with the block\'s last row');
    assert.deepEqual(region.rows.map((r) => r[0]), ['甲水泥', '乙钢铁', '丙铝业'], 'the sub-header row is not data');
  });

  it('builds the same labels without merge information from the layout, and asks the user to confirm', () => {
    // A CSV of the same list: no merges, the group header only over its first column.
    const guess = guessHeader(MERGED);
    assert.deepEqual(guess, { row: 0, depth: 2, sure: false, doubt: 'layout' });
    assert.deepEqual(matchColumns(blockLabels(MERGED, 0, 2)).map, { facility: 0, sector: 1, direct: 3 });
  });

  it('reads a unit row under an English header as part of the header', () => {
    const values: CellValue[][] = [
      ['Facility', 'Sector', 'Direct emissions', 'Indirect emissions'],
      ['', '', '(10⁴ t CO2e)', '(10⁴ t CO2e)'],
      ['Kiln 1', 'cement', 3.1, 1.2],
      ['Kiln 2', 'cement', 2.4, 0.9],
    ];
    assert.deepEqual(guessHeader(values), { row: 0, depth: 2, sure: false, doubt: 'layout' });
    assert.deepEqual(blockLabels(values, 0, 2), ['Facility', 'Sector', 'Direct emissions (10⁴ t CO2e)', 'Indirect emissions (10⁴ t CO2e)']);
  });

  it('takes a three-row block with group headers, and leaves two equally good columns for the user', () => {
    const values: CellValue[][] = [
      ['企业信息', '', '排放数据', '', '', ''],
      ['名称', '行业', '2024年', '', '2025年', ''],
      ['', '', '范围一', '范围二', '范围一', '范围二'],
      ['甲', '水泥', 31000, 100, 32000, 120],
    ];
    const merges = [area(0, 0, 1, 2), area(0, 2, 1, 4), area(1, 2, 1, 2), area(1, 4, 1, 2)];
    assert.deepEqual(guessHeader(values, new Set(), merges), { row: 0, depth: 3, sure: true });
    const labels = blockLabels(values, 0, 3, merges);
    assert.deepEqual(labels, ['企业信息 名称', '企业信息 行业', '排放数据 2024年 范围一', '排放数据 2024年 范围二', '排放数据 2025年 范围一', '排放数据 2025年 范围二']);
    const match = matchColumns(labels);
    assert.deepEqual(match.ambiguous, [{ field: 'direct', columns: [2, 4] }]);
  });

  it('does not take a first data row with words where numbers belong for more header', () => {
    const values: CellValue[][] = [
      ['Plant', 'Sector', 'Direct emissions (t)'],
      ['Kiln A', 'cement', 'pending verification'],
      ['Kiln B', 'cement', 31000],
    ];
    assert.deepEqual(guessHeader(values), { row: 0, depth: 1, sure: true });
    // A facility whose emissions cell is blank is a data row too: it fills its label columns.
    assert.equal(guessHeader([['Plant', 'Sector', 'Emissions'], ['Kiln A', 'cement', ''], ['Kiln B', 'cement', 31000]]).depth, 1);
  });

  it('skips a title merged across the whole table', () => {
    const values: CellValue[][] = [['2024年重点排放单位排放量汇总表', '', ''], ['企业名称', '行业', '直接排放（万吨CO2）'], ['甲', '水泥', 3.1]];
    assert.deepEqual(guessHeader(values, new Set(), [area(0, 0, 1, 3)]), { row: 1, depth: 1, sure: true });
  });
});

describe('task pane: a table across blank rows', () => {
  /** 300 facilities under a title, with a blank row after every 40 and a gap of three rows in the middle, notes below. */
  function longList(): CellValue[][] {
    const rows: CellValue[][] = [['Client facilities 2025', '', ''], ['', '', ''], ['Facility', 'Sector', 'Direct emissions (t)']];
    for (let i = 1; i <= 300; i += 1) {
      rows.push([`Plant ${i}`, i % 2 ? 'cement' : 'steel', 20000 + i * 100]);
      if (i % 40 === 0) rows.push(['', '', '']);
      if (i === 150) rows.push(['', '', ''], ['', '', '']);
    }
    rows.push(['', '', ''], ['', '', ''], ['Note: figures are unverified.', '', '']);
    return rows;
  }

  it('runs from the header to the last data row whichever cell is clicked, blank rows inside, notes and title outside', () => {
    const values = longList();
    const header = 2;
    const last = values.findIndex((r) => r[0] === 'Plant 300');
    for (const clicked of [header, header + 5, 180, last]) {
      assert.deepEqual(tableExtent(values, clicked), { from: header, to: last + 1 }, `clicked row ${clicked + 1}`);
    }
    const place = locateTable(read(values, area(200, 1)));
    assert.deepEqual(place.guess, { row: header, depth: 1, sure: true }, 'clicked mid-table: the header is still the header');
    const region = firstTable(read(values, area(200, 1)))!;
    const filled = region.rows.filter((r) => r.some((v) => v !== ''));
    assert.equal(filled.length, 300);
    assert.equal(region.rows.length, 300 + 7 + 2, 'the blank rows inside stay in place, for the check to skip');
  });

  it('stops at a second table below, and at a gap longer than a few rows', () => {
    const values: CellValue[][] = [
      ['Facility', 'Sector', 'Emissions'], ['A', 'cement', 30000], ['', '', ''],
      ['Facility', 'Sector', 'Emissions'], ['B', 'steel', 20000],
    ];
    assert.deepEqual(tableExtent(values, 1), { from: 0, to: 2 });
    assert.deepEqual(tableExtent(values, 4), { from: 3, to: 5 });
    const far: CellValue[][] = [['Facility', 'Sector', 'Emissions'], ['A', 'cement', 30000], ...Array.from({ length: 6 }, () => ['', '', '']), ['B', 'steel', 1]];
    assert.deepEqual(tableExtent(far, 1), { from: 0, to: 2 });
  });

  it('reads a sector merged down over its facilities as the sector of each', () => {
    const values: CellValue[][] = [['企业名称', '行业', '直接排放（吨）'], ['甲', '水泥', 31000], ['乙', '', 27000], ['丙', '钢铁', 12000]];
    const region = firstTable(read(values, area(1, 0), [area(1, 1, 2, 1)]))!;
    assert.deepEqual(region.rows.map((r) => r[1]), ['水泥', '水泥', '钢铁']);
  });
});
