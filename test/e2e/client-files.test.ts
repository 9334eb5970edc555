import { strict as assert } from 'node:assert';
import { Workbook, type Worksheet } from 'exceljs';
import type { Locator } from 'playwright-core';
import { useWorkbench } from './workbench-page';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The table check on client lists as Chinese clients send them, opened as .xlsx files in the workbench: emissions in
 * 万吨, a merged two-row header with Scope 2 left of Scope 1, subtotal rows that add up the rows above, 300 facilities
 * with blank rows clicked in the middle, and captive power plants. Verdicts worked out by hand against the CN
 * threshold of 26,000 tCO2e of direct emissions a year.
 */
describe('end to end: the table check on client files', function () {
  this.timeout(120000);
  const session = useWorkbench();
  const testid = (id: string): Locator => session.pane.locator(`[data-testid="${id}"]`);
  const status = () => testid('tc-status');

  /** Opens a workbook of one sheet built by `fill` and shows it. */
  async function open(name: string, fill: (ws: Worksheet) => void): Promise<void> {
    const book = new Workbook();
    fill(book.addWorksheet(name));
    const buffer = Buffer.from(await book.xlsx.writeBuffer());
    const fileStatus = session.wb.page.locator('[data-testid="file-status"]');
    await session.wb.page.setInputFiles('[data-testid="file-input"]', { name: `${name}.xlsx`, mimeType: XLSX, buffer });
    await fileStatus.filter({ hasText: new RegExp(`^(Opened|Could not).*${name}`) }).waitFor();
    assert.match((await fileStatus.textContent())!, /^Opened/);
  }

  /** Selects a cell (through the name box: a cell far down is not drawn yet), reads the table around it. */
  async function read(cell: string): Promise<string> {
    await session.wb.select(cell);
    await testid('tc-read').click();
    await testid('tc-found').filter({ hasText: ' on ' }).waitFor();
    return (await testid('tc-found').textContent())!;
  }

  async function run(): Promise<string> {
    await testid('tc-run').click();
    await status().filter({ hasText: /Results in|on the new sheet|Choose|Please|changed|stopped|Confirm/ }).waitFor();
    return (await status().textContent())!;
  }

  const column = async (col: string, from: number, to: number): Promise<unknown[]> => {
    const out = [];
    for (let r = from; r <= to; r += 1) out.push(await session.wb.value(`${col}${r}`));
    return out;
  };

  before(async () => {
    await testid('tab-table').click();
  });

  it('reads 直接排放（万吨CO2） in 10⁴ t, shows the unit, and says so in the status and the reasons', async () => {
    await open('Units', (ws) => {
      ws.addRows([
        ['2024年重点排放单位排放量', '', ''],
        ['企业名称', '行业', '直接排放（万吨CO2）'],
        ['甲水泥', '水泥', 3.1],
        ['乙钢铁', '钢铁', 120.5],
        ['丙铝业', '电解铝', 2.5],
        ['丁水泥', '水泥', '2.6万吨'],
      ]);
      ws.mergeCells('A1:C1');
    });
    assert.match(await read('B4'), /^4 rows on Units, headers in row 2\./);
    assert.equal(await testid('tc-unit-direct').inputValue(), '10kt');
    assert.equal(await testid('tc-unit-note-direct').textContent(), 'read from the header');
    const text = await run();
    assert.match(text, /^3 of 4 facilities are covered: 1,262,000 of 1,287,000 tCO2e \(98\.1%\)\. Figures read in the unit of their column: 直接排放（万吨CO2） in 10⁴ t \(万吨\)\./);
    // 31,000 t ≥ 26,000; 1,205,000 t; 25,000 t below; 2.6万吨 carries its own unit: 26,000 t.
    assert.deepEqual(await column('D', 3, 6), [true, true, false, true]);
    assert.deepEqual(await column('F', 3, 6), [31000, 1205000, 25000, 26000]);
    assert.match(String(await session.wb.value('E3')), /\(read as 3\.1 × 10⁴ t = 31,000 t\)$/);
    // The user can change the unit: read as tonnes, the figures are far below the threshold — but for 2.6万吨, whose
    // cell says its own unit.
    await read('B4');
    await testid('tc-unit-direct').selectOption('t');
    assert.match(await run(), /^1 of 4 facilities are covered: 26,000 of 26,126 tCO2e/);
  });

  it('asks for the unit when the header names none and the figures are small for tonnes', async () => {
    await open('NoUnit', (ws) => ws.addRows([
      ['企业名称', '行业', '直接排放'],
      ['甲水泥', '水泥', 3.1],
      ['乙钢铁', '钢铁', 1.9],
    ]));
    await read('A2');
    assert.equal(await testid('tc-unit-direct').inputValue(), '', 'not assumed: asked');
    assert.match((await testid('tc-unit-note-direct').textContent())!, /figures are small for tonnes \(half are 3\.1 or less\)/);
    assert.match(await run(), /^Choose the unit of Direct emissions first/);
    assert.equal(await session.wb.value('D2'), null, 'nothing written');
    await testid('tc-unit-direct').selectOption('10kt');
    assert.match(await run(), /^1 of 2 facilities are covered: 31,000 of 50,000 tCO2e/);
  });

  it('maps Direct to 范围一 under a merged 2024年排放量 header with Scope 2 on its left: three verdicts right', async () => {
    await open('Merged', (ws) => {
      ws.addRows([
        ['企业名称', '行业', '2024年排放量（tCO2e）', null],
        [null, null, '范围二（外购电力）', '范围一（直接）'],
        ['甲水泥', '水泥', 90000, 31000],
        ['乙钢铁', '钢铁', 50000, 20000],
        ['丙铝业', '电解铝', 80000, 40000],
      ]);
      ws.mergeCells('A1:A2');
      ws.mergeCells('B1:B2');
      ws.mergeCells('C1:D1');
    });
    assert.match(await read('C4'), /^3 rows on Merged, headers in rows 1–2\./);
    assert.equal(await testid('tc-header-hint').isHidden(), true, 'merged cells say where the header ends: no question');
    assert.equal(await testid('tc-map-direct').inputValue(), '3');
    const direct = await testid('tc-map-direct').locator('option:checked').textContent();
    assert.equal(direct, '2024年排放量（tCO2e） 范围一（直接） (D)');
    assert.match(await run(), /^2 of 3 facilities are covered: 71,000 of 91,000 tCO2e/);
    assert.deepEqual(await column('E', 3, 5), [true, false, true]);
    assert.equal(await session.wb.value('E2'), 'Covered', 'results level with the header block\'s last row');
  });

  it('asks before running when a two-row header is read from the layout alone', async () => {
    // The same list saved as values without merges (as a CSV export would be).
    await open('Unmerged', (ws) => ws.addRows([
      ['企业名称', '行业', '2024年排放量（tCO2e）', null],
      [null, null, '范围二（外购电力）', '范围一（直接）'],
      ['甲水泥', '水泥', 90000, 31000],
    ]));
    await read('A3');
    assert.equal(await testid('tc-header-hint').isHidden(), false);
    assert.match((await testid('tc-header-hint-text').textContent())!, /seem to span rows 1–2/);
    assert.match(await run(), /^Confirm the header rows first/);
    assert.equal(await session.wb.value('E3'), null, 'nothing written');
    await testid('tc-header-confirm').click();
    assert.match(await run(), /^1 of 1 facility is covered: 31,000 of 31,000 tCO2e/);
  });

  it('leaves 小计 and 合计 rows and SUMs of the rows above out: 2 of 3 facilities, 70,000 of 90,000 t', async () => {
    await open('Subtotals', (ws) => {
      ws.addRows([
        ['Facility', 'Sector', 'Direct emissions (t)'],
        ['Kiln 1', 'cement', 30000],
        ['Kiln 2', 'cement', 20000],
        ['水泥小计', null, { formula: 'SUM(C2:C3)', result: 50000 }],
        ['Mill 1', 'steel', 40000],
        ['钢铁小计', null, { formula: 'C5', result: 40000 }],
        [null, null, { formula: 'C4+C6', result: 90000 }],
      ]);
    });
    await read('A2');
    const text = await run();
    assert.match(text, /^2 of 3 facilities are covered: 70,000 of 90,000 tCO2e \(77\.8%\)\. 3 rows of totals or subtotals left out of every count and sum\./);
    assert.deepEqual(await column('D', 2, 7), [true, false, 'total row', true, 'total row', 'total row']);
    assert.equal(await session.wb.background('A4'), '', 'a total row is not painted');
    // The summary counts facilities only.
    assert.deepEqual([await session.wb.value('H5'), await session.wb.value('J5'), await session.wb.value('K5')], ['Total', 90000, 3]);
  });

  it('reads 300 facilities with blank rows from a cell clicked mid-table, and a check run twice refreshes in place', async () => {
    let covered = 0;
    await open('Long', (ws) => {
      ws.addRow(['客户设施清单（2025年）']);
      ws.addRow([]);
      ws.addRow(['企业名称', '行业', '直接排放（吨）']);
      for (let i = 1; i <= 300; i += 1) {
        const emissions = 20000 + ((i * 37) % 120) * 100;
        if (emissions >= 26000) covered += 1;
        ws.addRow([`企业${i}`, '水泥', emissions]);
        if (i % 50 === 0 && i < 300) ws.addRows([[], []]);
      }
    });
    assert.match(await read('B200'), /^300 rows on Long, headers in row 3\. .* 10 rows blank inside the table skipped\./);
    const first = await run();
    assert.match(first, new RegExp(`^${covered} of 300 facilities are covered: .* 10 rows blank inside the table skipped\\. Results in Long!D3:F`));
    // A blank row inside (rows 54–55, after the 50th facility) gets no result and no colour.
    await session.wb.select('A54');
    assert.deepEqual([await session.wb.value('A54'), await session.wb.value('D54'), await session.wb.background('A54')], [null, null, '']);
    await read('B200');
    assert.match(await run(), /\(refreshed in place\)/);
    assert.equal(await session.wb.value('G3'), null, 'no second results block beside the first');
  });

  it('takes captive power plants as power', async () => {
    await open('Captive', (ws) => ws.addRows([
      ['企业名称', '行业', '直接排放（万吨）'],
      ['甲集团自备电厂', '企业自备电厂', 12.4],
      ['乙铝业自备电厂', '铝冶炼企业自备电厂', 1.9],
      ['丙电厂', 'captive power plant', 2.7],
    ]));
    await read('A2');
    assert.match(await run(), /^2 of 3 facilities are covered/);
    assert.deepEqual(await column('D', 2, 4), [true, false, true]);
    assert.match(String(await session.wb.value('E2')), /^Covered: power generation, 124,000 tCO2e direct ≥ 26,000 threshold/);
  });

  it('kept the console free of errors and made no request off this machine', () => {
    assert.deepEqual(session.wb.consoleErrors, []);
    assert.deepEqual(session.wb.outsideRequests, []);
  });
});
