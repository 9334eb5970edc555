import { strict as assert } from 'node:assert';
import { useWorkbench } from './workbench-page';
import { REGISTERED } from '../functions/catalogue';

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

describe('end to end: the workbench page itself in Chinese (?lang=zh-CN)', function () {
  this.timeout(120000);
  const suite = useWorkbench('?lang=zh-CN');
  const page = () => suite.wb.page;
  const attr = (testid: string, name: string) => page().getAttribute(`[data-testid="${testid}"]`, name);
  const text = (testid: string) => page().textContent(`[data-testid="${testid}"]`);

  /**
   * Every word of the page's own controls — texts, titles, accessible names, placeholders — outside the pane (which
   * has its own test), the cells and the sheets' names (data), the file status (files.ts, routed at merge) and the
   * switch to English (a language's own name).
   */
  const ownWords = () => page().evaluate(() => {
    const skip = (el: Element) => el.closest('iframe, td, [data-testid="file-status"], [data-testid="lang-switch"], [data-testid^="sheet-tab-"]');
    const words: string[] = [document.title];
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      if (skip(el)) continue;
      for (const name of ['title', 'aria-label', 'placeholder']) {
        const v = el.getAttribute(name);
        if (v) words.push(v);
      }
      for (const node of Array.from(el.childNodes)) if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) words.push(node.textContent!.trim());
    }
    for (const el of Array.from(document.querySelectorAll('[data-testid^="sheet-tab-"]'))) words.push(el.getAttribute('title') ?? '');
    return words;
  });

  /** Latin words left once what stays Latin in Chinese Excel is taken out: ETS, file types, key names, formulas, fx. */
  const english = (t: string) => t
    .replace(/=ETS\.[A-Z.]+\([^)]*\)|functions\.js|\.xlsx|\.csv|\bETS\b|\bfx\b|Ctrl\+[A-Z]|\b(?:F2|Delete|Enter)\b/g, ' ')
    .match(/[A-Za-z]{2,}/g) ?? [];

  it('labels its own controls in Chinese and leaves no English word on them', async () => {
    assert.equal(await page().getAttribute('html', 'lang'), 'zh-CN');
    assert.equal(await page().title(), '碳市场履约——离线工作台');
    assert.equal(await page().textContent('h1'), '碳市场履约');
    assert.deepEqual([await text('file-open'), await text('file-save'), await text('pane-toggle')], ['打开 .xlsx / .csv', '另存为 .xlsx', '隐藏窗格']);
    assert.equal(await text('function-count'), `已从 functions.js 加载 ${Object.keys(REGISTERED).length} 个 ETS 函数`);
    assert.equal(await attr('formula-input', 'placeholder'), '选择单元格，输入值或公式（如 =ETS.COVERED("水泥", 31200)），然后按 Enter');
    assert.deepEqual([await attr('sheet-add', 'title'), await attr('sheet-tab-Facilities', 'title')], ['新建工作表', '双击以重命名']);
    assert.equal(await page().textContent('#grid-note'), '数据共 19 行 × 5 列');
    assert.equal(await attr('pane-resizer', 'aria-label'), '调整任务窗格宽度');
    assert.equal(await attr('taskpane-frame', 'title'), '碳市场履约任务窗格');
    const left = (await ownWords()).flatMap((t) => english(t).map((w) => `${w} (in “${t}”)`));
    assert.deepEqual(left, []);
  });

  it('says its messages in Chinese too: the pane toggle, a refused sheet name, a spill with its cells taken', async () => {
    await page().click('[data-testid="pane-toggle"]');
    assert.equal(await text('pane-toggle'), '显示窗格');
    await page().click('[data-testid="pane-toggle"]');
    assert.equal(await text('pane-toggle'), '隐藏窗格');
    await page().dblclick('[data-testid="sheet-tab-Facilities"]');
    assert.equal(await attr('sheet-rename', 'aria-label'), '工作表 Facilities 的新名称');
    await page().fill('[data-testid="sheet-rename"]', 'a:b');
    await page().press('[data-testid="sheet-rename"]', 'Enter');
    assert.equal(await text('cell-message'), '“a:b”不能用作工作表名称：最多 31 个字符，不能包含 [ ] : * ? / \\，不能以撇号开头或结尾，也不能是 History（Excel 保留此名称）。');
    await suite.wb.enter('H4', 'x');
    await suite.wb.enter('H2', '=ETS.COMPARE("水泥",31200)');
    await suite.wb.cell('H2').click();
    assert.equal(await text('cell-message'), '#SPILL! 此结果要溢出到的单元格不为空：清除这些单元格即可溢出。');
    assert.equal(await suite.wb.cell('H2').getAttribute('title'), '此结果要溢出到的单元格不为空：清除这些单元格即可溢出。');
    // Cleared, the cell in the way no longer blocks it: the table spills, as in Excel.
    await suite.wb.cell('H4').click();
    await page().keyboard.press('Delete');
    assert.equal(await suite.wb.value('H2'), '碳市场');
    assert.deepEqual([await suite.wb.cell('H3').textContent(), await suite.wb.cell('H4').textContent()], ['CN', 'EU'], 'the schemes, in the cells once in the way too');
  });

  it('kept the console free of errors and made no request off this machine', () => {
    assert.deepEqual(suite.wb.consoleErrors, []);
    assert.deepEqual(suite.wb.outsideRequests, []);
  });
});
