/**
 * The task pane's message catalogue: every text the pane shows that is not built by the core, in English and in
 * Simplified Chinese with the MEE's terms (重点排放单位, 配额, 清缴 …). One place for the words; the type makes a key
 * without a translation a compile error, and the catalogue test checks no text is empty. Parameters are {name}.
 */
export type Lang = 'en' | 'zh-CN';

const EN = {
  'tab.quick': 'Quick check', 'tab.table': 'Table check', 'tab.compare': 'Compare', 'tab.border': 'CBAM', 'tab.calendar': 'Calendar',
  'tab.model': 'Model', 'tab.example': 'Example', 'tab.settings': 'Settings',
  'qc.intro': 'Is one facility a key emitting entity? The answer updates as you type.',
  'qc.sector': 'Sector', 'qc.emissions': 'Emissions', 'qc.basis.direct': 'Direct emissions', 'qc.basis.gases': 'Gas masses',
  'qc.direct': 'Direct emissions (tCO2e a year)', 'qc.direct.placeholder': 'e.g. 31,200', 'qc.gwp': 'GWP set', 'qc.scheme': 'Scheme', 'qc.year': 'Year',
  'qc.empty': 'Enter the facility’s annual emissions to see whether it is covered.',
  'qc.verdict.covered': 'Covered — key emitting entity', 'qc.verdict.not-covered': 'Not covered',
  'qc.verdict.depends': 'Depends — the figures cannot settle it', 'qc.verdict.error': 'Check the input',
  'qc.scope.indirect': 'This scheme counts indirect (Scope 2) emissions too: compare with them in the Compare tab.',
  'qc.scope.direct': 'Only direct emissions count; indirect (Scope 2) emissions from purchased power and heat do not.',
  'qc.gases': 'Gases counted: {gases}. ',
  'tc.done': '{covered} of {rows} facilities are covered: {coveredEmissions} of {emissions} tCO2e ({share}).',
  'tc.done.depends': '{covered} of {rows} facilities are covered; {depends} depend on rules the figures cannot settle ({scheme}). Covered: {coveredEmissions} of {emissions} tCO2e ({share}); depending: {dependsEmissions} tCO2e ({shareDepends}).',
  'tc.errors': ' {errors} rows could not be checked: their Covered cell says "not checked" and their Reason why.',
  'tc.nothing': ' Nothing was written.',
  'tc.where.new': ' Results and summary are on the new sheet “{sheet}”: results in {results}, summary in {summary}.',
  'tc.where.here': ' Results in {results}{refreshed}; summary in {summary}.',
  'tc.refreshed': ' (refreshed in place)',
  'tc.reading-selection': 'Reading the selection…', 'tc.reading-table': 'Reading the table…',
  'set.language': 'Language', 'set.language.auto': 'As Office (display language)', 'set.language.en': 'English', 'set.language.zh': '中文（简体）',
} as const;

export type MessageKey = keyof typeof EN;

const ZH: Readonly<Record<MessageKey, string>> = {
  'tab.quick': '快速检查', 'tab.table': '表格检查', 'tab.compare': '碳市场对照', 'tab.border': 'CBAM', 'tab.calendar': '履约日历',
  'tab.model': '模型', 'tab.example': '示例', 'tab.settings': '设置',
  'qc.intro': '某一设施是否为重点排放单位？输入时即时更新结果。',
  'qc.sector': '行业', 'qc.emissions': '排放量', 'qc.basis.direct': '直接排放量', 'qc.basis.gases': '各气体质量',
  'qc.direct': '直接排放量（吨二氧化碳当量/年）', 'qc.direct.placeholder': '例如 31,200', 'qc.gwp': 'GWP 取值版本', 'qc.scheme': '碳市场', 'qc.year': '年度',
  'qc.empty': '请输入设施的年度排放量，以判断是否纳入。',
  'qc.verdict.covered': '纳入——重点排放单位', 'qc.verdict.not-covered': '未纳入',
  'qc.verdict.depends': '视情况而定——现有数据无法判断', 'qc.verdict.error': '请检查输入',
  'qc.scope.indirect': '该碳市场也计入间接排放（范围二）：请在“碳市场对照”中一并比较。',
  'qc.scope.direct': '仅计入直接排放；外购电力和热力产生的间接排放（范围二）不计入。',
  'qc.gases': '计入的气体：{gases}。',
  'tc.done': '{rows} 个设施中有 {covered} 个纳入：纳入排放量 {coveredEmissions} 吨，占 {emissions} 吨二氧化碳当量的 {share}。',
  'tc.done.depends': '{rows} 个设施中有 {covered} 个纳入；{depends} 个取决于现有数据无法判断的规则（{scheme}）。纳入排放量 {coveredEmissions} 吨，占 {emissions} 吨二氧化碳当量的 {share}；待定 {dependsEmissions} 吨（{shareDepends}）。',
  'tc.errors': ' {errors} 行无法检查：其“是否纳入”单元格显示 "not checked"，并在“理由”中说明原因。',
  'tc.nothing': ' 未写入任何内容。',
  'tc.where.new': ' 结果和汇总已写入新工作表“{sheet}”：结果在 {results}，汇总在 {summary}。',
  'tc.where.here': ' 结果在 {results}{refreshed}；汇总在 {summary}。',
  'tc.refreshed': '（已原位更新）',
  'tc.reading-selection': '正在读取所选区域…', 'tc.reading-table': '正在读取表格…',
  'set.language': '语言', 'set.language.auto': '跟随 Office（显示语言）', 'set.language.en': 'English', 'set.language.zh': '中文（简体）',
};

export const CATALOGUES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { en: EN, 'zh-CN': ZH };

let current: Lang = 'en';

/** The language the pane speaks: zh for any Chinese display language (zh-CN, zh-Hans, zh-TW …), else English. */
export function languageFor(displayLanguage: string | undefined, override?: string): Lang {
  const chosen = override && override !== 'auto' ? override : displayLanguage;
  return /^zh\b/i.test(chosen ?? '') ? 'zh-CN' : 'en';
}

export const setLanguage = (lang: Lang): void => { current = lang; };
export const language = (): Lang => current;

/** A message in the pane's language, with {name} parameters filled in. */
export function t(key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return CATALOGUES[current][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** Puts the catalogue's texts into the page: data-i18n for text, data-i18n-placeholder for placeholders. */
export function applyStatic(root: ParentNode): void {
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-i18n]'))) el.textContent = t(el.dataset.i18n as MessageKey);
  for (const el of Array.from(root.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]'))) el.placeholder = t(el.dataset.i18nPlaceholder as MessageKey);
  document.documentElement.lang = current;
}
