/**
 * The language the core writes its messages and reason texts in. Each bundle that holds a copy of the core (the
 * functions, the pane) sets it from the host's display language and the workbook's setting before it calls in.
 */
export type Lang = 'en' | 'zh-CN';

export const LANGS: readonly Lang[] = ['en', 'zh-CN'];

/**
 * zh for any Chinese display language (zh-CN, zh-Hans, zh-TW …), else English. The workbook's setting wins when it is
 * one the pane offers ('en', 'zh-CN'); anything else in it ('auto', or 'zh-TW' from a crafted file) follows the display
 * language — the pane reads the setting by the same rule (settings.ts), so the two never disagree.
 */
export function languageFor(displayLanguage: string | undefined, override?: string): Lang {
  if (override !== undefined && (LANGS as readonly string[]).includes(override)) return override as Lang;
  return /^zh\b/i.test(displayLanguage ?? '') ? 'zh-CN' : 'en';
}

let current: Lang = 'en';

export const useLanguage = (lang: Lang): void => { current = lang; };
export const messageLanguage = (): Lang => current;

/** The workbook setting (Office document settings) that holds the pane's settings, the language override among them. */
export const SETTINGS_KEY = 'ets.settings';
