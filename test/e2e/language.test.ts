import { strict as assert } from 'node:assert';
import { useWorkbench } from './workbench-page';

describe('end to end: the pane\'s language setting recalculates the ETS cells', function () {
  this.timeout(120000);
  const suite = useWorkbench();
  const message = async (address: string) => (await suite.wb.value(address) as { message: string }).message;

  it('an English error message becomes Chinese when Settings switch to 中文, without typing anything', async () => {
    await suite.wb.enter('H2', '=ETS.COVERED("cemnt",1)');
    await suite.wb.enter('H3', '=ETS.COMPARE("cement",31200)');
    assert.match(await message('H2'), /^sector: "cemnt" is not a known sector/);
    assert.equal(await suite.wb.value('H3'), 'Scheme');
    await suite.wb.cell('H2').click();
    await suite.pane.locator('[data-testid="tab-settings"]').click();
    await suite.pane.locator('[data-testid="st-language"]').selectOption('zh-CN');
    await suite.pane.locator('[data-testid="st-save"]').click();
    await suite.pane.locator('[data-testid="tab-settings"]', { hasText: '设置' }).waitFor();
    assert.match(await message('H2'), /^sector：“cemnt”不是已知的行业/);
    assert.match((await suite.wb.cell('H2').getAttribute('title'))!, /不是已知的行业/, 'the grid shows it');
    assert.match((await suite.wb.page.textContent('[data-testid="cell-message"]'))!, /^#VALUE! sector：“cemnt”不是已知的行业/, 'and the message line');
    assert.equal(await suite.wb.value('H3'), '碳市场', 'a spilled table\'s headers too');
    assert.equal(await suite.wb.page.evaluate(() => window.etsWorkbench!.grid.history.canUndo()), true, 'the undo history is kept');
    await suite.pane.locator('[data-testid="st-language"]').selectOption('en');
    await suite.pane.locator('[data-testid="st-save"]').click();
    await suite.pane.locator('[data-testid="tab-settings"]', { hasText: 'Settings' }).waitFor();
    assert.match(await message('H2'), /^sector: "cemnt" is not a known sector/);
  });

  it('kept the console free of errors and made no request off this machine', () => {
    assert.deepEqual(suite.wb.consoleErrors, []);
    assert.deepEqual(suite.wb.outsideRequests, []);
  });
});
