/**
 * The core's message catalogue: say(key, params) writes a message in the current language; dataText gives rulebook
 * text (labels, sources, notes) in it. One catalogue per language, with the same keys.
 */
import { EN, type Catalogue, type MessageKey } from './en';
import { messageLanguage, type Lang } from './language';
import { ZH } from './zh-CN';
import { ownEntry } from '../lookup';
import { DATA_ZH } from '../rules/zh-CN';

export { CHINESE_LOCALES, languageFor, LANGS, messageLanguage, SETTINGS_KEY, useLanguage, type Lang } from './language';
export type { MessageKey } from './en';

export const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { en: EN, 'zh-CN': ZH };

/** A message in the current language. */
export function say<K extends MessageKey>(key: K, ...params: Parameters<Catalogue[K]>): string {
  return (CATALOGUES[messageLanguage()][key] as (...p: unknown[]) => string)(...params);
}

/** A message in a given language, whatever the current one. */
export function sayIn<K extends MessageKey>(lang: Lang, key: K, ...params: Parameters<Catalogue[K]>): string {
  return (CATALOGUES[lang][key] as (...p: unknown[]) => string)(...params);
}

/**
 * A rulebook text (a label, a source, a note) in the current language. The Chinese comes from rules/zh-CN.ts, keyed by
 * the English text (data-zh.test.ts holds it complete); English where no translation is held.
 */
export const dataText = (text: string): string => (messageLanguage() === 'zh-CN' ? ownEntry(DATA_ZH, text) ?? text : text);

/** A list joined as the language writes it: "a, b or c" / "a、b或c". */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return say('list.or', { head: items.slice(0, -1).join(say('list.sep')), last: items[items.length - 1]! });
}

export function andList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return say('list.and', { head: items.slice(0, -1).join(say('list.sep')), last: items[items.length - 1]! });
}

/** A year span as the language writes it: 2024–2026 / 2024—2026年; from a year on; all years. */
export function spanWords(span: { from: number; to?: number; open?: boolean } | undefined): string {
  if (span === undefined) return say('span.all');
  if (span.open) return say('span.open', { from: span.from });
  return span.to === undefined || span.to === span.from ? say('span.one', { year: span.from }) : say('span.range', { from: span.from, to: span.to });
}

/** A text in brackets as the language writes them: " (text)" / "（text）". */
export const bracketed = (text: string): string => say('bracket', { text });

/** A table's header row in the current language (the catalogue holds it tab-separated). */
export const headerRow = (key: 'compare.headers' | 'schemes.headers' | 'position.headers'): string[] => say(key).split('\t');

/** A rule record's status (final, draft, secondary, open) as the language says it. */
export const statusWord = (status: string): string =>
  (['final', 'draft', 'secondary', 'open'].includes(status) ? say(`status.${status}` as 'status.final') : status);

/** A record's source with its note, in the current language: "source; note". */
export const sourceText = (r: { readonly source: string; readonly note?: string }): string =>
  `${dataText(r.source)}${r.note ? `${say('list.semicolon')}${dataText(r.note)}` : ''}`;
