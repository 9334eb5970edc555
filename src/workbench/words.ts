/**
 * The workbench's own words — so far the engine's messages — in English and Simplified Chinese, chosen by the page's
 * ?lang= as the pane's are. The pane has its own catalogue (src/taskpane/i18n); these never reach the add-in's
 * bundles, as only the workbench imports this module. The type gives both languages the same keys; parameters are
 * {name}. DOM-free, so the engine uses it in Node too.
 */

const EN = {
  'engine.spill-grew': 'The result has {rows} rows × {cols} columns, more than the {reservedRows} × {reservedCols} cells reserved for it when the formula was entered: the size of an argument was not known then (it came from a cell’s value, as in SEQUENCE(B1)). Give that argument as a range or an array constant.',
} as const;

export type WordKey = keyof typeof EN;

const ZH: Readonly<Record<WordKey, string>> = {
  'engine.spill-grew': '结果为 {rows} 行 × {cols} 列，超出输入公式时为其保留的 {reservedRows} 行 × {reservedCols} 列：当时某个参数的大小尚不可知（由单元格的值决定，如 SEQUENCE(B1)）。请以区域或常量数组给出该参数。',
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
