/**
 * End to end: the ETS functions answer in the workbench host's language (?lang=zh-CN reports zh-CN as Chinese Excel
 * does), and the pane's language setting, saved in the workbook, switches them at the next recalculation.
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { RESULTS } from './browser';
import { useWorkbench } from './workbench-page';

describe('end to end: the functions in Chinese (?lang=zh-CN)', function () {
  this.timeout(120000);
  const suite = useWorkbench('?lang=zh-CN');

  it('=ETS.COVERED("香蕉", 1) shows a Chinese message naming the argument', async () => {
    await suite.wb.enter('H2', '=ETS.COVERED("香蕉", 1)');
    const v = await suite.wb.value('H2');
    assert.equal(typeof v === 'object' && v !== null ? v.error : v, '#VALUE!');
    assert.match(typeof v === 'object' && v !== null ? v.message : '', /^sector：“香蕉”不是已知的行业。可接受：/);
    await suite.wb.select('H2');
    assert.match((await suite.wb.page.locator('[data-testid="cell-message"]').textContent())!, /“香蕉”不是已知的行业/);
    await suite.wb.page.screenshot({ path: join(RESULTS, 'workbench-zh-error.png'), clip: { x: 0, y: 0, width: 940, height: 160 } });
  });

  it('writes COVERAGE reasons and the COMPARE headers in Chinese, with the same numbers', async () => {
    await suite.wb.enter('H3', '=ETS.COVERAGE("水泥", 31200, , 2025)');
    assert.match(String(await suite.wb.value('H3')), /^纳入：水泥，直接排放 31,200 吨二氧化碳当量 ≥ 纳入门槛 26,000（全国碳市场，2025年）$/);
    await suite.wb.enter('J2', '=ETS.COMPARE("cement", 31200)');
    assert.deepEqual([await suite.wb.value('J2'), await suite.wb.value('K2'), await suite.wb.value('K3')], ['碳市场', '是否纳入', true]);
  });

  it('answers in English once the pane\'s language setting says English, at the next calculation', async () => {
    await suite.pane.locator('[data-testid="tab-settings"]').click();
    await suite.pane.locator('[data-testid="st-language"]').selectOption('en');
    await suite.pane.locator('[data-testid="st-save"]').click();
    await suite.pane.locator('[data-testid="tab-quick"]').filter({ hasText: 'Quick check' }).waitFor();
    await suite.wb.enter('H2', '=ETS.COVERED("香蕉", 1)');
    const v = await suite.wb.value('H2');
    assert.match(typeof v === 'object' && v !== null ? v.message : '', /^sector: "香蕉" is not a known sector\./);
  });
});
