/**
 * Puts the page's words (words.ts) into workbench.html, whose elements name them by key: data-words (the text),
 * data-words-title, data-words-aria-label, data-words-placeholder. A key the catalogue lacks is an error, not a blank.
 */
import { CATALOGUES, type Say, type WordKey } from './words';

const ATTRIBUTES = ['title', 'aria-label', 'placeholder'] as const;

const key = (name: string | undefined): WordKey => {
  if (name === undefined || !(name in CATALOGUES.en)) throw new Error(`workbench.html names a word words.ts lacks: ${String(name)}`);
  return name as WordKey;
};

export function applyWords(root: Document, say: Say, lang: string): void {
  root.documentElement.lang = lang;
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-words]'))) el.textContent = say(key(el.dataset.words));
  for (const attribute of ATTRIBUTES) {
    for (const el of Array.from(root.querySelectorAll<HTMLElement>(`[data-words-${attribute}]`))) {
      el.setAttribute(attribute, say(key(el.getAttribute(`data-words-${attribute}`) ?? undefined)));
    }
  }
}
