/**
 * The tab bar's control for hidden sheets: hidden sheets have no tab, but their cells are there for the formulas that
 * use them; "N hidden" says so, and lists them to unhide one.
 */

import { sayer, type Say } from './words';

/** The control, or undefined when no sheet is hidden. `unhide` is called with the sheet the user picks. */
export function hiddenSheetsControl(hidden: ReadonlyArray<{ name: string; veryHidden: boolean }>,
  unhide: (name: string) => void, say: Say = sayer('en')): HTMLElement | undefined {
  if (hidden.length === 0) return undefined;
  const control = document.createElement('details');
  control.className = 'wb-hidden-sheets';
  control.dataset.testid = 'sheet-hidden';
  const summary = document.createElement('summary');
  summary.textContent = say('hidden.summary', { count: hidden.length });
  summary.title = say('hidden.title');
  const list = document.createElement('div');
  list.className = 'wb-hidden-list';
  list.dataset.testid = 'sheet-hidden-list';
  for (const { name, veryHidden } of hidden) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = say(veryHidden ? 'hidden.very' : 'hidden.unhide', { name });
    button.dataset.testid = `sheet-unhide-${name}`;
    button.addEventListener('click', () => unhide(name));
    list.append(button);
  }
  control.append(summary, list);
  return control;
}
