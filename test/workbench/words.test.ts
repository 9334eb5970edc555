import { strict as assert } from 'node:assert';
import { CATALOGUES, sayer } from '../../src/workbench/words';
import { fileTexts } from '../../src/workbench/file-actions';

/** The workbench page's words: both languages complete, and the file messages worded in the page's language. */
describe('workbench: the page\'s words in English and Chinese', () => {
  it('has every word in both languages, none empty, the Chinese in Chinese', () => {
    assert.deepEqual(Object.keys(CATALOGUES['zh-CN']).sort(), Object.keys(CATALOGUES.en).sort());
    for (const [key, text] of Object.entries(CATALOGUES['zh-CN'])) {
      assert.ok(text.trim() !== '' && CATALOGUES.en[key as keyof typeof CATALOGUES.en].trim() !== '', key);
      // Words the page keeps as they are: file types, encodings, keys, function names (SEQUENCE(B1)), the reserved sheet
      // name History and the page's {parameters}.
      const words = text.replace(/\{\w+\}/g, '').replace(/\.xlsx|\.csv|Ctrl\+\w|F2|F9|ETS\.\w+|ETS|functions\.js|Table\[Column\]|Excel|History|CSV|UTF-8|MT|Enter|Delete|Shift|Tab|Escape|[A-Z]{3,}\(\w*\)/g, '');
      assert.ok(!/[A-Za-z]{3,}/.test(words), `${key}: ${text}`);
    }
  });

  it('says what Open did in the page\'s language, with Chinese list marks', () => {
    const zh = fileTexts(sayer('zh-CN'));
    assert.equal(zh.opened('client.xlsx', zh.sheets(['设施', '说明'])) + zh.hidden(1),
      '已将 client.xlsx 打开为2 个新工作表：设施、说明。（其中 1 个为隐藏工作表；点击工作表标签栏中的“隐藏”按钮可显示）');
    assert.equal(zh.savedValues(3, [zh.savedCannot(['CELL', 'INDIRECT'], 3)]),
      '3 个公式显示 Excel 保存的值（CELL()、INDIRECT()：工作台无法计算这些函数（3 个））；将鼠标悬停在单元格上可查看原因。');
    const en = fileTexts();
    assert.equal(en.saved(1, 'ets-workbench.xlsx'), 'Saved the sheet to ets-workbench.xlsx (formulas kept as formulas).');
    assert.equal(en.tooLarge('Huge', 'XFD1048576', 200000, 200),
      'sheet Huge has a cell at XFD1048576, and the workbench holds at most 200,000 rows and 200 columns (A1:GR200000). Nothing was opened.');
  });
});
