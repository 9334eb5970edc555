/**
 * The workbench page's own words — its buttons, titles, accessible names, the grid's note and messages, the engine's
 * messages — in English and Simplified Chinese, chosen by the page's ?lang= as the pane's are. The pane has its own
 * catalogue (src/taskpane/i18n); these never reach the add-in's bundles, as only the workbench imports this module.
 * The type gives both languages the same keys; parameters are {name}. DOM-free, so the engine uses it in Node too.
 */

const EN = {
  'page.title': 'ETS Compliance — offline workbench',
  'bar.title': 'ETS Compliance',
  'bar.subtitle': 'offline workbench',
  'bar.functions': '{count} ETS functions loaded from functions.js',
  'pane.hide': 'Hide pane',
  'pane.show': 'Show pane',
  'pane.resize': 'Resize the task pane',
  'pane.frame': 'ETS Compliance task pane',
  'formula.name-box': 'Name box',
  'formula.bar': 'Formula bar',
  'formula.placeholder': 'Select a cell, type a value or a formula such as =ETS.COVERED("cement", 31200), then press Enter',
  'grid.region': 'Worksheet: arrow keys move, type to replace, F2 edits, Delete clears, Ctrl+C and Ctrl+V copy and paste formulas, Ctrl+D and Ctrl+R fill down and right, Ctrl+Z undoes, Ctrl+Y redoes',
  'grid.table': 'Worksheet',
  'grid.corner': 'Row',
  'grid.note': '{rows} rows × {cols} columns of data',
  'grid.fill-handle': 'Drag to fill the cells below or to the right',
  'tabs.nav': 'Sheets',
  'tabs.rename-hint': 'Double-click to rename',
  'tabs.add': 'New sheet',
  'tabs.rename-box': 'New name for sheet {name}',
  'tabs.taken': 'A sheet is already named “{name}”.',
  'tabs.bad-name': '“{name}” cannot be a sheet name: at most 31 characters, none of [ ] : * ? / \\.',
  'engine.spill-grew': 'The result has {rows} rows × {cols} columns, more than the {reservedRows} × {reservedCols} cells reserved for it when the formula was entered: the size of an argument was not known then (it came from a cell’s value, as in SEQUENCE(B1)). Give that argument as a range or an array constant.',
  'engine.no-space': 'The cells this result spills into are not empty: clear them and it spills.',
  // Files (Open and Save): for file-actions.ts, whose messages are routed here when the files work is merged.
  'files.group': 'Files',
  'files.open': 'Open .xlsx / .csv',
  'files.open.title': 'Open an .xlsx or .csv file into new sheets (or drop it on the page)',
  'files.save': 'Save as .xlsx',
  'files.save.title': 'Save every sheet as one .xlsx file, formulas kept',
  'files.opening': 'Opening {name}…',
  'files.opened': 'Opened {name} into {sheets}.',
  'files.opened.one': 'the new sheet {sheet}',
  'files.opened.many': '{count} new sheets: {sheets}',
  'files.no-sheet': '{name} holds no worksheet.',
  'files.open-failed': 'Could not open {name}: {message}',
  'files.only': 'only .xlsx and .csv files can be opened.',
  'files.saving': 'Saving {name}…',
  'files.saved.one': 'Saved the sheet to {name} (formulas kept as formulas).',
  'files.saved.many': 'Saved {count} sheets to {name} (formulas kept as formulas).',
  'files.save-failed': 'Could not save: {message}',
} as const;

export type WordKey = keyof typeof EN;

const ZH: Readonly<Record<WordKey, string>> = {
  'page.title': '碳市场履约——离线工作台',
  'bar.title': '碳市场履约',
  'bar.subtitle': '离线工作台',
  'bar.functions': '已从 functions.js 加载 {count} 个 ETS 函数',
  'pane.hide': '隐藏窗格',
  'pane.show': '显示窗格',
  'pane.resize': '调整任务窗格宽度',
  'pane.frame': '碳市场履约任务窗格',
  'formula.name-box': '名称框',
  'formula.bar': '编辑栏',
  'formula.placeholder': '选择单元格，输入值或公式（如 =ETS.COVERED("水泥", 31200)），然后按 Enter',
  'grid.region': '工作表：方向键移动，键入即替换，F2 编辑，Delete 清除，Ctrl+C 和 Ctrl+V 复制和粘贴公式，Ctrl+D 和 Ctrl+R 向下和向右填充，Ctrl+Z 撤消，Ctrl+Y 恢复',
  'grid.table': '工作表',
  'grid.corner': '行号',
  'grid.note': '数据共 {rows} 行 × {cols} 列',
  'grid.fill-handle': '拖动以填充下方或右侧的单元格',
  'tabs.nav': '工作表标签',
  'tabs.rename-hint': '双击以重命名',
  'tabs.add': '新建工作表',
  'tabs.rename-box': '工作表 {name} 的新名称',
  'tabs.taken': '已有名为“{name}”的工作表。',
  'tabs.bad-name': '“{name}”不能用作工作表名称：最多 31 个字符，且不能包含 [ ] : * ? / \\。',
  'engine.spill-grew': '结果为 {rows} 行 × {cols} 列，超出输入公式时为其保留的 {reservedRows} 行 × {reservedCols} 列：当时某个参数的大小尚不可知（由单元格的值决定，如 SEQUENCE(B1)）。请以区域或常量数组给出该参数。',
  'engine.no-space': '此结果要溢出到的单元格不为空：清除这些单元格即可溢出。',
  'files.group': '文件',
  'files.open': '打开 .xlsx / .csv',
  'files.open.title': '将 .xlsx 或 .csv 文件打开为新工作表（也可拖放到页面上）',
  'files.save': '另存为 .xlsx',
  'files.save.title': '将所有工作表保存为一个 .xlsx 文件，保留公式',
  'files.opening': '正在打开 {name}…',
  'files.opened': '已将 {name} 打开为{sheets}。',
  'files.opened.one': '新工作表 {sheet}',
  'files.opened.many': '{count} 个新工作表：{sheets}',
  'files.no-sheet': '{name} 中没有工作表。',
  'files.open-failed': '无法打开 {name}：{message}',
  'files.only': '只能打开 .xlsx 和 .csv 文件。',
  'files.saving': '正在保存 {name}…',
  'files.saved.one': '已将工作表保存到 {name}（公式保留为公式）。',
  'files.saved.many': '已将 {count} 个工作表保存到 {name}（公式保留为公式）。',
  'files.save-failed': '无法保存：{message}',
};

export type PageLanguage = 'en' | 'zh-CN';
export const CATALOGUES: Readonly<Record<PageLanguage, Readonly<Record<WordKey, string>>>> = { en: EN, 'zh-CN': ZH };

/** The page's language from its ?lang= (or a display language): Chinese for zh, zh-CN, zh-TW …; English otherwise. */
export const pageLanguage = (lang: string | null | undefined): PageLanguage => (/^zh\b/i.test(lang ?? '') ? 'zh-CN' : 'en');

export type Say = (key: WordKey, params?: Readonly<Record<string, string | number>>) => string;

/** The words of one language, with {name} parameters filled in (numbers grouped as the grid shows them). */
export function sayer(lang: string | null | undefined): Say {
  const words = CATALOGUES[pageLanguage(lang)];
  return (key, params = {}) => words[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : typeof v === 'number' ? v.toLocaleString('en-US') : v;
  });
}
