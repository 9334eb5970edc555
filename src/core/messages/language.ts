/**
 * The language the core writes its messages and reason texts in. Each bundle that holds a copy of the core (the
 * functions, the pane) sets it from the host's display language and the workbook's setting before it calls in.
 */
export type Lang = 'en' | 'zh-CN';

export const LANGS: readonly Lang[] = ['en', 'zh-CN'];

/** zh for any Chinese display language (zh-CN, zh-Hans, zh-TW …), else English; an override other than 'auto' wins. */
export function languageFor(displayLanguage: string | undefined, override?: string): Lang {
  const chosen = override && override !== 'auto' ? override : displayLanguage;
  return /^zh\b/i.test(chosen ?? '') ? 'zh-CN' : 'en';
}

let current: Lang = 'en';

export const useLanguage = (lang: Lang): void => { current = lang; };
export const messageLanguage = (): Lang => current;

/** The workbook setting (Office document settings) that holds the pane's settings, the language override among them. */
export const SETTINGS_KEY = 'ets.settings';
