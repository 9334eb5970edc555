/**
 * The language the core writes its messages and reason texts in. Each bundle that holds a copy of the core (the
 * functions, the pane) sets it from the host's display language and the workbook's setting before it calls in.
 */
export type Lang = 'en' | 'zh-CN';

export const LANGS: readonly Lang[] = ['en', 'zh-CN'];

/**
 * The display languages that get Chinese — and exactly the locales manifest.xml overrides for the ribbon, the add-in's
 * name and the functions' metadata (a test holds the two lists equal), so a user sees one language throughout, never a
 * Chinese pane beside English function help. The texts are Simplified Chinese with the MEE's terms; a Traditional
 * Chinese user (zh-TW, zh-HK, zh-MO) reads them more readily than English.
 */
export const CHINESE_LOCALES: readonly string[] = ['zh-CN', 'zh-SG', 'zh-TW', 'zh-HK', 'zh-MO'];

/**
 * zh for a display language in CHINESE_LOCALES (any case), else English. The workbook's setting wins when it is
 * one the pane offers ('en', 'zh-CN'); anything else in it ('auto', or 'zh-TW' from a crafted file) follows the display
 * language — the pane reads the setting by the same rule (settings.ts), so the two never disagree.
 */
export function languageFor(displayLanguage: string | undefined, override?: string): Lang {
  if (override !== undefined && (LANGS as readonly string[]).includes(override)) return override as Lang;
  const tag = (displayLanguage ?? '').toLowerCase();
  return CHINESE_LOCALES.some((l) => l.toLowerCase() === tag) ? 'zh-CN' : 'en';
}

let current: Lang = 'en';

export const useLanguage = (lang: Lang): void => { current = lang; };
export const messageLanguage = (): Lang => current;

/** The workbook setting (Office document settings) that holds the pane's settings, the language override among them. */
export const SETTINGS_KEY = 'ets.settings';
