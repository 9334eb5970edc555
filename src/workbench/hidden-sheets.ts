/**
 * The tab bar's control for hidden sheets: hidden sheets have no tab, but their cells are there for the formulas that
 * use them; "N hidden" says so, and lists them to unhide one.
 */

/** Every text this control shows the user, in one place (the workbench's UI is being translated). */
export const TEXTS = {
  summary: (n: number) => `${n} hidden`,
  title: 'Sheets of this workbook that are hidden, as Excel hides them: their cells are there for formulas',
  unhide: (name: string) => `Unhide ${name}`,
  veryHidden: (name: string) => `Unhide ${name} (very hidden: Excel shows it only to macros)`,
};

/** The control, or undefined when no sheet is hidden. `unhide` is called with the sheet the user picks. */
export function hiddenSheetsControl(hidden: ReadonlyArray<{ name: string; veryHidden: boolean }>,
  unhide: (name: string) => void): HTMLElement | undefined {
  if (hidden.length === 0) return undefined;
  const control = document.createElement('details');
  control.className = 'wb-hidden-sheets';
  control.dataset.testid = 'sheet-hidden';
  const summary = document.createElement('summary');
  summary.textContent = TEXTS.summary(hidden.length);
  summary.title = TEXTS.title;
  const list = document.createElement('div');
  list.className = 'wb-hidden-list';
  list.dataset.testid = 'sheet-hidden-list';
  for (const { name, veryHidden } of hidden) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = veryHidden ? TEXTS.veryHidden(name) : TEXTS.unhide(name);
    button.dataset.testid = `sheet-unhide-${name}`;
    button.addEventListener('click', () => unhide(name));
    list.append(button);
  }
  control.append(summary, list);
  return control;
}
