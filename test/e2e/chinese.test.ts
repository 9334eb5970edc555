import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { checkFacility } from '../../src/core';
import facilities from '../../examples/facilities.json';
import { leftoverEnglish } from '../helpers';
import { RESULTS } from './browser';
import { useWorkbench } from './workbench-page';

describe('end to end: the pane in Chinese (?lang=zh-CN)', function () {
  this.timeout(120000);
  const suite = useWorkbench('?lang=zh-CN');
  const text = (id: string) => suite.pane.locator(`[data-testid="${id}"]`).textContent();
  const field = (id: string) => suite.pane.locator(`[data-testid="${id}"]`);
  /** Scrolls the pane so that an element (a result) sits where the screenshot sees it. */
  const scrollTo = (id: string, block: ScrollLogicalPosition) => field(id).evaluate((el, at) => el.scrollIntoView({ block: at }), block);

  it('labels the tabs and the quick check in Chinese, and gives the verdict in Chinese', async () => {
    assert.equal(await suite.pane.locator('html').getAttribute('lang'), 'zh-CN');
    assert.deepEqual(await suite.pane.locator('[role="tab"]').allTextContents(),
      ['快速检查', '表格检查', '碳市场对照', 'CBAM', '履约日历', '模型', '排放核算', '示例', '设置']);
    assert.equal(await text('qc-reason'), '请输入设施的年度排放量，以判断是否纳入。');
    await suite.pane.locator('[data-testid="qc-sector"]').selectOption('cement');
    await suite.pane.locator('[data-testid="qc-direct"]').fill('31200');
    assert.equal(await text('qc-verdict'), '纳入——重点排放单位');
    assert.equal(await text('qc-detail'), '计入的气体：CO2。仅计入直接排放；外购电力和热力产生的间接排放（范围二）不计入。');
    await suite.pane.locator('[data-testid="qc-direct"]').fill('25000');
    assert.equal(await text('qc-verdict'), '未纳入');
    await suite.pane.locator('[data-testid="qc-sector"]').selectOption('steel-rolling');
    await suite.pane.locator('[data-testid="qc-direct"]').fill('31200');
    assert.equal(await text('qc-verdict'), '有报告义务——无配额清缴义务');
    assert.match((await text('qc-reason'))!, /^仅报告：独立钢压延加工，直接排放 31,200 吨二氧化碳当量 ≥ 门槛 26,000：有报告义务/);
    await suite.pane.locator('[data-testid="qc-sector"]').selectOption('cement');
    await suite.pane.locator('[data-testid="qc-direct"]').fill('25000');
    await suite.wb.page.screenshot({ path: join(RESULTS, 'taskpane-zh-quick-check.png'), clip: { x: 940, y: 60, width: 340, height: 560 } });
  });

  it('reports a table check in Chinese', async () => {
    await suite.wb.cell('B3').click();
    await suite.pane.locator('[data-testid="tab-table"]').click();
    await suite.pane.locator('[data-testid="tc-read"]').click();
    await suite.pane.locator('[data-testid="tc-run"]').click();
    const status = suite.pane.locator('[data-testid="tc-status"]');
    await status.filter({ hasText: '个设施中有' }).waitFor();
    const covered = facilities.rows.filter(([, sector, output, intensity]) =>
      checkFacility({ sector, direct: Number(output) * Number(intensity) }).covered).length;
    assert.match((await status.textContent())!, new RegExp(`^18 个设施中有 ${covered} 个纳入：`));
    // What it wrote beside the table is in Chinese too: headers, verdicts' reasons, the summary.
    assert.deepEqual([await suite.wb.value('F1'), await suite.wb.value('G1'), await suite.wb.value('H1')], ['是否纳入', '理由', 'CO2e（吨二氧化碳当量）']);
    assert.match(String(await suite.wb.value('G2')), /^纳入：发电，直接排放 2,624,000 吨二氧化碳当量 ≥ 纳入门槛 26,000（全国碳市场，2025年）$/);
    assert.deepEqual([await suite.wb.value('J1'), await suite.wb.value('J2')], ['纳入情况汇总（全国碳市场，2025年）', '行业']);
    // Title, headers, one row per sector, the total and the rows not checked.
    const sectors = new Set(facilities.rows.map(([, sector, output, intensity]) => checkFacility({ sector, direct: Number(output) * Number(intensity) }).sector));
    const totalRow = 3 + sectors.size;
    assert.deepEqual([await suite.wb.value(`J${totalRow}`), await suite.wb.value(`N${totalRow}`), await suite.wb.value(`J${totalRow + 1}`)],
      ['合计', covered, '未检查的行数：0']);
    await suite.wb.shot('table-check-zh');
    await scrollTo('tc-status', 'center');
    await suite.wb.page.screenshot({ path: join(RESULTS, 'taskpane-zh-table-check.png'), clip: { x: 940, y: 60, width: 340, height: 740 } });
  });

  it('re-runs the check in English and again in Chinese: its output is refreshed in place each time, never duplicated', async () => {
    await suite.pane.locator('[data-testid="tab-settings"]').click();
    await suite.pane.locator('[data-testid="st-language"]').selectOption('en');
    await suite.pane.locator('[data-testid="st-save"]').click();
    await suite.pane.locator('[data-testid="tab-table"]', { hasText: 'Table check' }).waitFor();
    await suite.pane.locator('[data-testid="tab-table"]').click();
    await suite.wb.cell('B3').click();
    await suite.pane.locator('[data-testid="tc-read"]').click();
    assert.match((await text('tc-own'))!, /^Columns F, G, H hold this pane's results from an earlier check/);
    // The Chinese columns are the pane's own, known by their marks: never offered as input.
    assert.deepEqual(await field('tc-map-direct').locator('option').allTextContents(),
      ['(none)', 'Facility (A)', 'Sector (B)', 'Output (C)', 'Intensity (tCO2e/unit) (D)', 'Direct emissions (tCO2e) (E)']);
    await suite.pane.locator('[data-testid="tc-run"]').click();
    const status = suite.pane.locator('[data-testid="tc-status"]');
    await status.filter({ hasText: 'facilities are covered' }).waitFor();
    assert.match((await status.textContent())!, /Results in Facilities!F1:H19 \(refreshed in place\)/);
    assert.deepEqual([await suite.wb.value('F1'), await suite.wb.value('I1')], ['Covered', null]);
    // Words the views build in code follow the switch too, not only the page's fixed labels.
    assert.equal(await suite.pane.locator('[data-testid="cb-good"] option[value="iron-steel"]').textContent(), 'Iron and steel');
    await suite.pane.locator('[data-testid="tab-settings"]').click();
    await suite.pane.locator('[data-testid="st-language"]').selectOption('auto');
    await suite.pane.locator('[data-testid="st-save"]').click();
    await suite.pane.locator('[data-testid="tab-table"]', { hasText: '表格检查' }).waitFor();
    assert.equal(await suite.pane.locator('[data-testid="cb-good"] option[value="iron-steel"]').textContent(), '钢铁');
    // And back in Chinese: the English columns are refreshed in place, in Chinese.
    await field('tab-table').click();
    await field('tc-read').click();
    await field('tc-found').filter({ hasText: '表头在第 1 行' }).waitFor();
    assert.match((await text('tc-own'))!, /^F、G、H 列是本任务窗格此前检查写入的结果/);
    await field('tc-run').click();
    await field('tc-status').filter({ hasText: '已原位更新' }).waitFor();
    assert.deepEqual([await suite.wb.value('F1'), await suite.wb.value('G1'), await suite.wb.value('I1')], ['是否纳入', '理由', null]);
    assert.equal(await suite.wb.value('J1'), '纳入情况汇总（全国碳市场，2025年）');
  });

  it('works the CBAM view in Chinese: picker, line, table headers and status', async () => {
    await suite.pane.locator('[data-testid="tab-border"]').click();
    for (const id of ['cb-alloc', 'cb-emissions', 'cb-origin-price', 'cb-see', 'cb-benchmark']) await field(id).fill('');
    // China, as the pane's language names it, is the country to start with.
    assert.equal(await field('cb-country').inputValue(), '中国');
    await field('cb-cn').fill('热轧');
    assert.match((await text('cb-line'))!, /种货物匹配：请从列表中选择/);
    await field('cb-cn').fill('7208 39 00');
    await field('cb-quantity').fill('50000');
    await field('cb-price').fill('75.36');
    await field('cb-cscf').fill('1');
    await field('cb-to').fill('2030');
    assert.match((await text('cb-line'))!, /^默认值：中国表，CN 7208 行，路线 C：合计 3\.187 吨二氧化碳当量\/吨（已与《欧盟官方公报》核对）。/);
    assert.deepEqual(await suite.pane.locator('[data-testid="cb-head"] th').allTextContents(), ['年度', '系数', '默认值（吨/吨）', '证书数', '按默认值的成本']);
    // The same figures as in English: 50,000 × (3.187 × 1.1 − 1.370 × 0.975) = 108,497.5 certificates, × 75.36.
    assert.deepEqual(await suite.pane.locator('[data-year="2026"] td').allTextContents(), ['2026', '0.975', '3.506', '108,497.5', '8,176,372']);
    const status = (await text('cb-status'))!;
    assert.match(status, /^5 年合计 [\d,]+（按默认值）。未输入国内已支付的碳价：不作扣减。$/);
    assert.deepEqual(leftoverEnglish(status), []);
    await scrollTo('cb-status', 'start');
    await suite.wb.page.screenshot({ path: join(RESULTS, 'taskpane-zh-cbam.png'), clip: { x: 940, y: 60, width: 340, height: 700 } });
    // The sheet it writes is Chinese too, and the functions read its Chinese country name: the same cost in 2026.
    await field('cb-write').click();
    await field('cb-write-status').filter({ hasText: 'CBAM（按CN编码）' }).waitFor();
    assert.equal(await suite.wb.value('A1'), '各年度 CBAM 成本：CN 7208 热轧铁或非合金钢平板轧材（宽≥600毫米）');
    assert.deepEqual([await suite.wb.value('A4'), await suite.wb.value('B4'), await suite.wb.value('A14')], ['原产国', '中国', '年度']);
    assert.ok(Math.abs((await suite.wb.value('E15')) as number - 8176371.6) < 1e-6, String(await suite.wb.value('E15')));
  });

  it('shows the compliance calendar and the scheme comparison in Chinese', async () => {
    await suite.pane.locator('[data-testid="tab-calendar"]').click();
    const row = (event: string) => suite.pane.locator(`[data-testid="cal-rows"] [data-event="${event}"] td`).allTextContents();
    assert.deepEqual(await row('surrender'), ['清缴', '2026年12月31日', '2026年12月31日', '正式']);
    assert.match((await text('cal-status'))!, /个环节中有 \d+ 个已公布日期/);
    await suite.pane.locator('[data-testid="tab-compare"]').click();
    assert.equal(await text('cs-status'), '请输入设施的直接排放量，以比较各碳市场。');
    await field('cs-direct').fill('30000');
    assert.match((await suite.pane.locator('[data-scheme="CN"] .rule').textContent())!, /。计入排放量：30,000 吨二氧化碳当量。$/);
  });

  it('builds a model and says so in Chinese', async () => {
    await suite.pane.locator('[data-testid="tab-model"]').click();
    assert.equal(await suite.pane.locator('[data-testid="md-insert"]').textContent(), '在新工作表中生成模型');
    await suite.pane.locator('[data-testid="md-output"]').fill('1500000');
    await suite.pane.locator('[data-testid="md-intensity"]').fill('0.84');
    // A balance value below the intensity: a shortfall in Phase I, so the cost chart has bars.
    await field('md-balance').fill('0.8');
    await field('md-price').fill('80');
    await suite.pane.locator('[data-testid="md-insert"]').click();
    await suite.pane.locator('[data-testid="md-status"]').filter({ hasText: '已生成模型' }).waitFor();
    assert.match((await text('md-status'))!, /^已生成模型，位于“模型 cement”：12 年，2024–2035。.*第二阶段年份/);
    // The sheet speaks Chinese too: its title, inputs and the year table's headers.
    assert.equal(await suite.wb.value('A1'), 'ETS 配额、成本与 CBAM 模型——cement');
    assert.equal(await suite.wb.value('A4'), '行业');
    // Inputs from row 4 (27 of them), a blank row, the scenario title, header and three rows, a blank row: the year
    // header in row 38, 2024 in row 39.
    assert.deepEqual([await suite.wb.value('A38'), await suite.wb.value('B38'), await suite.wb.value('A39')], ['年度', '阶段', 2024]);
    await scrollTo('md-status', 'center');
    await suite.wb.page.screenshot({ path: join(RESULTS, 'taskpane-zh-model.png'), clip: { x: 940, y: 60, width: 340, height: 740 } });
  });

  it('writes the monthly activity sheet in Chinese, with names the functions read, and the same figures', async () => {
    await field('tab-emissions').click();
    assert.equal(await field('em-write').textContent(), '写入活动数据表');
    assert.match((await field('em-source-bituminous').locator('xpath=..').textContent())!, /^\s*烟煤（吨）$/);
    await field('em-sector').selectOption('steel');
    await field('em-year').fill('2025');
    await field('em-write').click();
    await field('em-status').filter({ hasText: '已将活动数据表写入“排放核算 2025”' }).waitFor();
    assert.deepEqual([await suite.wb.value('A1'), await suite.wb.value('B2'), await suite.wb.value('A7'), await suite.wb.value('C6')],
      ['排放核算：钢铁，2025 年', '钢铁', '烟煤', '1月']);
    await suite.wb.enter('C7', '10000');
    assert.equal(await suite.wb.value('S7'), 22784.98);
    assert.deepEqual([await suite.wb.value('B25'), await suite.wb.value('B27')], [22785, false]);
  });

  it('leaves no English sentence in any view (data the user typed and the annex\'s descriptions aside)', async () => {
    const leftovers: string[] = [];
    for (const tab of ['quick', 'table', 'compare', 'border', 'calendar', 'model', 'emissions', 'example', 'settings']) {
      await field(`tab-${tab}`).click();
      const texts = await suite.pane.locator(`#panel-${tab}`).evaluate((panel) => {
        // What the user's table holds (row previews, column names) and the CN picker's list are data, not the pane's words.
        const data = '#tc-header-row, #tc-fields, #cb-cn-list';
        const out: string[] = [];
        const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (!n.parentElement!.closest(data) && n.textContent!.trim()) out.push(n.textContent!.trim());
        }
        for (const el of Array.from(panel.querySelectorAll('[placeholder], [title], [aria-label]'))) {
          if (el.closest(data)) continue;
          for (const a of ['placeholder', 'title', 'aria-label']) if (el.getAttribute(a)) out.push(el.getAttribute(a)!);
        }
        return out;
      });
      for (const s of texts) if (leftoverEnglish(s).length) leftovers.push(`${tab}: ${s}`);
    }
    assert.deepEqual(leftovers, []);
  });

  it('switches back to English from the workbench\'s language link', async () => {
    assert.equal(await suite.wb.page.locator('[data-testid="lang-switch"]').textContent(), 'English');
    await suite.wb.page.locator('[data-testid="lang-switch"]').click();
    await suite.pane.locator('[data-testid="tab-quick"]', { hasText: 'Quick check' }).waitFor();
    assert.equal(await suite.wb.page.locator('[data-testid="lang-switch"]').textContent(), '中文');
  });

  it('kept the console free of errors and made no request off this machine', () => {
    assert.deepEqual(suite.wb.consoleErrors, []);
    assert.deepEqual(suite.wb.outsideRequests, []);
  });
});
