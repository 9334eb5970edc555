import { strict as assert } from 'node:assert';
import { leftoverEnglish } from '../helpers';
import { useWorkbench } from './workbench-page';

/**
 * The ribbon's "Check selected table" in the workbench, whose title bar carries the add-in's ribbon commands and runs
 * them through the same handler Excel calls (src/commands/check-table.ts): a user selects a cell in the example
 * facilities and presses it, with the pane hidden and on another tab.
 */
describe('end to end: the ribbon command "Check selected table"', function () {
  this.timeout(120000);
  const suite = useWorkbench();
  const testid = (id: string) => suite.pane.locator(`[data-testid="${id}"]`);
  const ribbon = () => suite.wb.page.locator('[data-testid="ribbon-check-table"]');

  it('shows the pane on its Table check and reads the table around the selected cell', async () => {
    const { page } = suite.wb;
    assert.equal(await ribbon().textContent(), 'Check selected table');
    assert.equal(await testid('tab-quick').getAttribute('aria-selected'), 'true', 'the pane starts on Quick check');
    await page.click('[data-testid="pane-toggle"]');
    assert.equal(await page.locator('[data-testid="taskpane-frame"]').isHidden(), true);

    await suite.wb.cell('C5').click();
    await ribbon().click();
    await testid('tc-found').filter({ hasText: / rows? on / }).waitFor();
    assert.equal(await page.locator('[data-testid="taskpane-frame"]').isVisible(), true, 'the pane is shown');
    assert.equal(await page.getAttribute('[data-testid="pane-toggle"]', 'aria-expanded'), 'true');
    assert.equal(await testid('tab-table').getAttribute('aria-selected'), 'true');
    assert.equal(await suite.pane.locator('#panel-table').isVisible(), true);
    assert.equal(await suite.pane.locator('#panel-quick').isHidden(), true);
    assert.match((await testid('tc-found').textContent())!, /^18 rows on Facilities, headers in row 1\./);
    assert.equal(await testid('tc-map-direct').inputValue(), '4', 'the columns are mapped, as the pane\'s own read maps them');
    assert.equal(await page.inputValue('[data-testid="name-box"]'), 'C5', 'the selection is left where it was');
  });

  it('reads again on a second press, as the pane\'s button does, and leaves the page without errors', async () => {
    await testid('tc-found').evaluate((el) => { el.textContent = ''; });
    await ribbon().click();
    await testid('tc-found').filter({ hasText: /^18 rows on Facilities/ }).waitFor();
    assert.deepEqual(suite.wb.consoleErrors, []);
    assert.deepEqual(suite.wb.outsideRequests, []);
  });
});

describe('end to end: the ribbon command in Chinese (?lang=zh-CN)', function () {
  this.timeout(120000);
  const suite = useWorkbench('?lang=zh-CN');

  it('says its name and what it does in Chinese, and the pane reports the table it found in Chinese', async () => {
    const { page } = suite.wb;
    const ribbon = page.locator('[data-testid="ribbon-check-table"]');
    assert.equal(await ribbon.textContent(), '检查所选表格');
    const title = (await ribbon.getAttribute('title'))!;
    assert.match(title, /表格检查/);
    assert.deepEqual(leftoverEnglish(title), []);
    await suite.wb.cell('B3').click();
    await ribbon.click();
    const found = suite.pane.locator('[data-testid="tc-found"]');
    await found.filter({ hasText: /“Facilities”上共/ }).waitFor();
    assert.equal(await suite.pane.locator('[data-testid="tab-table"]').getAttribute('aria-selected'), 'true');
    assert.deepEqual(leftoverEnglish((await found.textContent())!), []);
  });
});
