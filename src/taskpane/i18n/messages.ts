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
  // Static texts of the pane's panels (data-i18n in taskpane.html).
  "ui.label.qc-co2": "CO2 (t)",
  "ui.label.qc-cf4": "CF4 (t)",
  "ui.label.qc-c2f6": "C2F6 (t)",
  "ui.label.tc-header-row": "Header row",
  "ui.label.cs-sector": "Sector",
  "ui.label.cs-direct": "Direct (tCO2e)",
  "ui.label.cs-indirect": "Indirect (tCO2e)",
  "ui.label.cb-cn": "CN code or description",
  "ui.label.cb-country": "Country of origin",
  "ui.label.cb-actual-benchmark": "Benchmark with actual data (process + precursors, tCO2e/t; to compare actual emissions of a complex good)",
  "ui.label.cb-later": "CBAM benchmark after the regulation's table (your assumption, tCO2e/t)",
  "ui.label.cb-good": "Good",
  "ui.label.cb-quantity": "Quantity (t a year)",
  "ui.label.cb-benchmark": "CBAM benchmark",
  "ui.label.cb-cscf": "CSCF (with a benchmark)",
  "ui.label.cb-price": "Certificate price",
  "ui.label.cb-alloc": "Allocation (t)",
  "ui.label.cb-emissions": "Verified (t)",
  "ui.label.cb-origin-price": "Carbon price at home (in the certificate price's currency)",
  "ui.label.cb-from": "From year",
  "ui.label.cb-to": "To year",
  "ui.label.cal-year": "Compliance year",
  "ui.label.md-sector": "Sector",
  "ui.label.md-output": "Output, first year (t)",
  "ui.label.md-output-change": "Output change a year",
  "ui.label.md-intensity": "Intensity, first year (tCO2e/t)",
  "ui.label.md-intensity-change": "Intensity change a year",
  "ui.label.md-balance": "Sector balance value, Phase I",
  "ui.label.md-price": "CEA price, first year (CNY/t)",
  "ui.label.md-benchmark": "Phase II benchmark (tCO2e/t)",
  "ui.label.md-benchmark-change": "Benchmark change a year",
  "ui.label.md-price-change": "CEA price change a year",
  "ui.label.md-discount": "Discount rate",
  "ui.label.md-export": "Share of output exported",
  "ui.label.md-cn": "CN code",
  "ui.label.md-country": "Country of origin",
  "ui.label.md-eua": "Certificate price (EUR)",
  "ui.label.md-cscf": "CSCF (with exports)",
  "ui.label.md-from": "First year",
  "ui.label.md-to": "Last year",
  "ui.label.st-scheme": "Scheme",
  "ui.label.st-gwp": "GWP set",
  "ui.label.st-year": "Compliance year",
  "ui.legend.product-optional-the-commission-s-defaul": "Product (optional): the Commission's default values by CN code and country",
  "ui.legend.at-home-optional-the-price-effectively-p": "At home (optional): the price effectively paid",
  "ui.legend.facility": "Facility",
  "ui.legend.allocation-and-prices-your-assumptions-w": "Allocation and prices (your assumptions where no rule is published)",
  "ui.legend.exports-to-the-eu-optional": "Exports to the EU (optional)",
  "ui.button.tc-read": "Read selected table",
  "ui.button.tc-run": "Check and write results",
  "ui.button.tc-new-sheet": "Use a new sheet",
  "ui.button.tc-replace": "Replace those cells",
  "ui.button.tc-cancel": "Cancel",
  "ui.button.cb-write": "Write table to a new sheet",
  "ui.button.cal-write": "Write calendar to a new sheet",
  "ui.button.md-insert": "Build the model on a new sheet",
  "ui.button.md-from-table": "Build for the selected facilities",
  "ui.button.ex-insert": "Insert example model",
  "ui.button.st-save": "Save settings",
  "ui.intro.select-a-cell-in-a-table-of-facilities-o": "Select a cell in a table of facilities (or whole columns), then read it. The pane finds the header row and the columns, shows what it found, and writes Covered, Reason and CO2e beside the table — only into empty cells or over its own earlier results, unless you say otherwise.",
  "ui.intro.how-one-facility-is-treated-scheme-by-sc": "How one facility is treated scheme by scheme: covered or not, the rule applied and the emissions that count there. Other schemes come from a comparison table of secondary sources.",
  "ui.intro.a-multi-year-model-of-one-facility-on-a-": "A multi-year model of one facility on a new sheet: allowances, balance, compliance cost, penalty exposure and CBAM, year by year as live ETS formulas, with totals, a discounted total and three scenarios. Blank fields start blank on the sheet; fill them there.",
  "ui.intro.defaults-for-the-checks-in-this-pane-kep": "Defaults for the checks in this pane, kept in this workbook.",
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
  // Static texts of the pane's panels (data-i18n in taskpane.html).
  "ui.label.qc-co2": "CO2（吨）",
  "ui.label.qc-cf4": "CF4（吨）",
  "ui.label.qc-c2f6": "C2F6（吨）",
  "ui.label.tc-header-row": "表头行",
  "ui.label.cs-sector": "行业",
  "ui.label.cs-direct": "直接排放（吨二氧化碳当量）",
  "ui.label.cs-indirect": "间接排放（吨二氧化碳当量）",
  "ui.label.cb-cn": "CN 编码或货物描述",
  "ui.label.cb-country": "原产国",
  "ui.label.cb-actual-benchmark": "实际数据基准值（工序 + 前体，吨二氧化碳当量/吨；用于比较复杂货物的实际排放）",
  "ui.label.cb-later": "法规表格以后年份的 CBAM 基准值（您的假设，吨二氧化碳当量/吨）",
  "ui.label.cb-good": "货物",
  "ui.label.cb-quantity": "数量（吨/年）",
  "ui.label.cb-benchmark": "CBAM 基准值",
  "ui.label.cb-cscf": "CSCF（有基准值时）",
  "ui.label.cb-price": "证书价格",
  "ui.label.cb-alloc": "配额（吨）",
  "ui.label.cb-emissions": "经核查排放量（吨）",
  "ui.label.cb-origin-price": "国内碳价（以证书价格币种计）",
  "ui.label.cb-from": "起始年度",
  "ui.label.cb-to": "截止年度",
  "ui.label.cal-year": "履约年度",
  "ui.label.md-sector": "行业",
  "ui.label.md-output": "首年产量（吨）",
  "ui.label.md-output-change": "产量年变化率",
  "ui.label.md-intensity": "首年碳排放强度（吨二氧化碳当量/吨）",
  "ui.label.md-intensity-change": "强度年变化率",
  "ui.label.md-balance": "行业平衡值（第一阶段）",
  "ui.label.md-price": "首年全国碳市场配额价格（元/吨）",
  "ui.label.md-benchmark": "第二阶段基准值（吨二氧化碳当量/吨）",
  "ui.label.md-benchmark-change": "基准值年变化率",
  "ui.label.md-price-change": "配额价格年变化率",
  "ui.label.md-discount": "折现率",
  "ui.label.md-export": "出口产量比例",
  "ui.label.md-cn": "CN 编码",
  "ui.label.md-country": "原产国",
  "ui.label.md-eua": "证书价格（欧元）",
  "ui.label.md-cscf": "CSCF（有出口时）",
  "ui.label.md-from": "首年",
  "ui.label.md-to": "末年",
  "ui.label.st-scheme": "碳市场",
  "ui.label.st-gwp": "GWP 取值版本",
  "ui.label.st-year": "履约年度",
  "ui.legend.product-optional-the-commission-s-defaul": "产品（可选）：欧盟委员会按 CN 编码和国家公布的默认值",
  "ui.legend.at-home-optional-the-price-effectively-p": "国内（可选）：实际支付的碳价",
  "ui.legend.facility": "设施",
  "ui.legend.allocation-and-prices-your-assumptions-w": "配额与价格（无公布规则处为您的假设）",
  "ui.legend.exports-to-the-eu-optional": "对欧盟出口（可选）",
  "ui.button.tc-read": "读取所选表格",
  "ui.button.tc-run": "检查并写入结果",
  "ui.button.tc-new-sheet": "使用新工作表",
  "ui.button.tc-replace": "覆盖这些单元格",
  "ui.button.tc-cancel": "取消",
  "ui.button.cb-write": "将表格写入新工作表",
  "ui.button.cal-write": "将日历写入新工作表",
  "ui.button.md-insert": "在新工作表中生成模型",
  "ui.button.md-from-table": "为所选设施生成模型",
  "ui.button.ex-insert": "插入示例模型",
  "ui.button.st-save": "保存设置",
  "ui.intro.select-a-cell-in-a-table-of-facilities-o": "选择设施表中的一个单元格（或整列），然后读取。任务窗格会找到表头行和各列，显示识别结果，并在表格旁写入“是否纳入”“理由”和“CO2e”——只写入空白单元格或覆盖它自己此前的结果，除非您另行确认。",
  "ui.intro.how-one-facility-is-treated-scheme-by-sc": "同一设施在各碳市场下的情况：是否纳入、适用的规则及计入的排放量。其他碳市场的数据来自二手来源对照表。",
  "ui.intro.a-multi-year-model-of-one-facility-on-a-": "在新工作表中生成单个设施的多年度模型：配额、盈缺、履约成本、罚款风险和 CBAM，逐年以实时 ETS 公式计算，含合计、折现合计和三个情景。空白字段在工作表中保持空白，可在表中填写。",
  "ui.intro.defaults-for-the-checks-in-this-pane-kep": "本任务窗格中检查的默认设置，保存在本工作簿中。",
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
