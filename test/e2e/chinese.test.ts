import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { checkFacility } from '../../src/core';
import facilities from '../../examples/facilities.json';
import { RESULTS } from './browser';
import { useWorkbench } from './workbench-page';

describe('end to end: the pane in Chinese (?lang=zh-CN)', function () {
  this.timeout(120000);
  const suite = useWorkbench('?lang=zh-CN');
  const text = (id: string) => suite.pane.locator(`[data-testid="${id}"]`).textContent();


  it('labels the tabs and the quick check in Chinese, and gives the verdict in Chinese', async () => {
    assert.equal(await suite.pane.locator('html').getAttribute('lang'), 'zh-CN');
    assert.deepEqual(await suite.pane.locator('[role="tab"]').allTextContents(),
      ['快速检查', '表格检查', '碳市场对照', 'CBAM', '履约日历', '模型', '示例', '设置']);
    assert.equal(await text('qc-reason'), '请输入设施的年度排放量，以判断是否纳入。');
    await suite.pane.locator('[data-testid="qc-sector"]').selectOption('cement');
    await suite.pane.locator('[data-testid="qc-direct"]').fill('31200');
    assert.equal(await text('qc-verdict'), '纳入——重点排放单位');
    assert.equal(await text('qc-detail'), '计入的气体：CO2。仅计入直接排放；外购电力和热力产生的间接排放（范围二）不计入。');
    await suite.pane.locator('[data-testid="qc-direct"]').fill('25000');
    assert.equal(await text('qc-verdict'), '未纳入');
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
    assert.deepEqual([await suite.wb.value('J1'), await suite.wb.value('J2')], ['纳入情况汇总（CN ETS，2025年）', '行业']);
    await suite.wb.page.screenshot({ path: join(RESULTS, 'taskpane-zh-table-check.png'), clip: { x: 940, y: 60, width: 340, height: 560 } });
  });

  it('re-runs the check after switching to English: the Chinese output is refreshed in place, not duplicated', async () => {
    await suite.pane.locator('[data-testid="tab-settings"]').click();
    await suite.pane.locator('[data-testid="st-language"]').selectOption('en');
    await suite.pane.locator('[data-testid="st-save"]').click();
    await suite.pane.locator('[data-testid="tab-table"]', { hasText: 'Table check' }).waitFor();
    await suite.pane.locator('[data-testid="tab-table"]').click();
    await suite.wb.cell('B3').click();
    await suite.pane.locator('[data-testid="tc-read"]').click();
    assert.match((await text('tc-own'))!, /^Columns F, G, H hold this pane's results from an earlier check/);
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
  });

  it('works the CBAM view in Chinese: picker, line, table headers and status', async () => {
    await suite.pane.locator('[data-testid="tab-border"]').click();
    const field = (id: string) => suite.pane.locator(`[data-testid="${id}"]`);
    for (const id of ['cb-alloc', 'cb-emissions', 'cb-origin-price', 'cb-see', 'cb-benchmark']) await field(id).fill('');
    await field('cb-cn').fill('热轧');
    assert.match((await text('cb-line'))!, /种货物匹配：请从列表中选择/);
    await field('cb-cn').fill('7208 39 00');
    await field('cb-country').fill('中国');
    await field('cb-quantity').fill('50000');
    await field('cb-price').fill('75.36');
    await field('cb-cscf').fill('1');
    await field('cb-to').fill('2030');
    assert.match((await text('cb-line'))!, /^默认值：中国表，CN 7208 行，路线 C：合计 3\.187 吨二氧化碳当量\/吨（已与《欧盟官方公报》核对）。/);
    assert.deepEqual(await suite.pane.locator('[data-testid="cb-head"] th').allTextContents(), ['年度', '系数', '默认值（吨/吨）', '证书数', '按默认值的成本']);
    // The same figures as in English: 50,000 × (3.187 × 1.1 − 1.370 × 0.975) = 108,497.5 certificates, × 75.36.
    assert.deepEqual(await suite.pane.locator('[data-year="2026"] td').allTextContents(), ['2026', '0.975', '3.506', '108,497.5', '8,176,372']);
    assert.match((await text('cb-status'))!, /^5 年合计 .*（按默认值）。 未输入国内已支付的碳价：不作扣减。$/);
    await suite.wb.page.screenshot({ path: join(RESULTS, 'taskpane-zh-cbam.png'), clip: { x: 940, y: 60, width: 340, height: 700 } });
  });

  it('shows the compliance calendar and the scheme comparison in Chinese', async () => {
    await suite.pane.locator('[data-testid="tab-calendar"]').click();
    const row = (event: string) => suite.pane.locator(`[data-testid="cal-rows"] [data-event="${event}"] td`).allTextContents();
    assert.deepEqual((await row('surrender')).slice(0, 3), ['清缴', '2026年12月31日', '2026年12月31日']);
    assert.match((await text('cal-status'))!, /个环节中有 \d+ 个已公布日期/);
    await suite.pane.locator('[data-testid="tab-compare"]').click();
    assert.equal(await text('cs-status'), '请输入设施的直接排放量，以比较各碳市场。');
  });

  it('builds a model and says so in Chinese', async () => {
    await suite.pane.locator('[data-testid="tab-model"]').click();
    assert.equal(await suite.pane.locator('[data-testid="md-insert"]').textContent(), '在新工作表中生成模型');
    await suite.pane.locator('[data-testid="md-output"]').fill('1500000');
    await suite.pane.locator('[data-testid="md-intensity"]').fill('0.84');
    await suite.pane.locator('[data-testid="md-insert"]').click();
    await suite.pane.locator('[data-testid="md-status"]').filter({ hasText: '已生成模型' }).waitFor();
    assert.match((await text('md-status'))!, /^已生成模型，位于“模型 cement”：12 年，2024–2035。.*第二阶段年份/);
    // The sheet speaks Chinese too: its title, inputs and the year table's headers.
    assert.equal(await suite.wb.value('A1'), 'ETS 配额、成本与 CBAM 模型——cement');
    assert.equal(await suite.wb.value('A4'), '行业');
    await suite.wb.page.screenshot({ path: join(RESULTS, 'taskpane-zh-model.png'), clip: { x: 940, y: 60, width: 340, height: 700 } });
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
