/**
 * The task pane's message catalogue: every text the pane shows that is not built by the core, in English (en.ts) and
 * in Simplified Chinese (zh-CN.ts). One place for the words; the type makes a key without a translation a compile
 * error, and the catalogue test checks no text is empty. Parameters are {name}.
 */
import { useLanguage, type Lang } from '../../core';
import { EN, type MessageKey } from './en';
import { ZH } from './zh-CN';

export { languageFor, type Lang } from '../../core';
export type { MessageKey } from './en';

export const CATALOGUES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { en: EN, 'zh-CN': ZH };

let current: Lang = 'en';

const listeners: Array<() => void> = [];

/** Views that build words in code (options, placeholders, statuses) redo them when the language changes. */
export const onLanguageChange = (redo: () => void): void => { listeners.push(redo); };

/** The pane speaks the language the core writes its reasons and messages in: both are set together. */
export const setLanguage = (lang: Lang): void => {
  const changed = lang !== current;
  current = lang;
  useLanguage(lang);
  if (changed) for (const redo of listeners) redo();
};
export const language = (): Lang => current;

/** A text in every language the pane speaks: for recognising what the pane wrote in a workbook under another language. */
export const inEveryLanguage = (key: MessageKey): string[] => Object.values(CATALOGUES).map((c) => c[key]);

/** A message in the pane's language, with {name} parameters filled in. */
export function t(key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return CATALOGUES[current][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** Puts the catalogue's texts into the page: data-i18n for text, data-i18n-placeholder for placeholders. */
export function applyStatic(root: ParentNode): void {
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-i18n]'))) el.textContent = t(el.dataset.i18n as MessageKey);
  for (const el of Array.from(root.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]'))) el.placeholder = t(el.dataset.i18nPlaceholder as MessageKey);
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-i18n-title]'))) el.title = t(el.dataset.i18nTitle as MessageKey);
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-i18n-aria-label]'))) el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel as MessageKey));
  document.documentElement.lang = current;
  document.title = t('app.title');
}
