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
