/**
 * The CBAM view's exporter section: write the installation form on a new sheet, then fill the Commission's
 * communication template open in the workbook from it (cbam-template/fill.ts gives the input cells and their values).
 * Values only, never formulas; a target cell already holding something else is never overwritten without the user's
 * say-so (the cf-overwrite button).
 */
import { FillError, SHEETS, TEMPLATE_SHEETS, templateWrites, type CellWrite, type FillIssue } from '../cbam-template/fill';
import { countsBySheet, FORM_COLS, formLayout, formValues, issueLine, overwrites, readForm, targetAreas, writeBlocks } from '../cbam-template/form';
import { fitColumns } from '../column-widths';
import { byId, restoreFocus, setStatus } from '../dom';
import { inEveryLanguage, t } from '../i18n/messages';
import type { WorkbookPort } from '../ports/port';

/** Cells named in the overwrite message at most. */
const SHOWN = 5;

/** The form's sheet: the last one named as the pane names it, in any language (with Excel's " (2)" when taken). */
export function formSheet(names: readonly string[]): string | undefined {
  const bases = inEveryLanguage('cf.sheet').map((n) => n.toLowerCase());
  return [...names].reverse().find((n) => bases.includes(n.toLowerCase().replace(/ \(\d+\)$/, '')));
}

/** Writes the form on a new sheet; returns its name. */
export async function writeForm(port: WorkbookPort): Promise<string> {
  return port.oneStep(async () => {
    const values = formValues();
    const sheet = await port.addSheet(t('cf.sheet'));
    // Every cell is the pane's text or blank: values, never formulas.
    await port.writeValues({ sheet, top: 0, left: 0, values });
    await port.setColumnWidths(sheet, 0, fitColumns(values.slice(2), FORM_COLS, { min: 64, max: 260 }));
    await port.activate(sheet);
    return sheet;
  });
}

/** What a fill came to: the form's issues, cells it would overwrite (nothing written), or the cells written. */
export type FillOutcome =
  | { kind: 'no-template'; missing: string[] }
  | { kind: 'no-form' }
  | { kind: 'invalid'; sheet: string; lines: string[] }
  | { kind: 'overwrite'; cells: string[]; writes: CellWrite[] }
  | { kind: 'filled'; writes: CellWrite[] };

/** Writes the values, one block a run of adjacent cells, as one step; shows Summary_Communication. */
export async function writeTemplate(port: WorkbookPort, writes: readonly CellWrite[]): Promise<void> {
  await port.oneStep(async () => {
    for (const block of writeBlocks(writes)) await port.writeValues(block);
    await port.activate(SHEETS.communication);
  });
}

/** Reads the form, checks it, and fills the template unless that would overwrite cells holding other values. */
export async function fillFromForm(port: WorkbookPort): Promise<FillOutcome> {
  const names = await port.sheetNames();
  const missing = TEMPLATE_SHEETS.filter((s) => !names.includes(s));
  if (missing.length > 0) return { kind: 'no-template', missing };
  const sheet = formSheet(names);
  if (!sheet) return { kind: 'no-form' };
  const values = await port.readValues({ sheet, top: 0, left: 0, rows: formLayout().rows, cols: FORM_COLS });
  const { data, issues, streamRows } = readForm(values);
  // The form's own issues and the fill path's, each worded with the form's cell.
  let writes: CellWrite[] = [];
  let fillIssues: readonly FillIssue[] = [];
  try {
    writes = templateWrites(data);
  } catch (e) {
    if (!(e instanceof FillError)) throw e;
    fillIssues = e.issues;
  }
  const problems = [...issues, ...fillIssues];
  if (problems.length > 0) return { kind: 'invalid', sheet, lines: problems.map((i) => issueLine(i, streamRows)) };
  const absent = [...new Set(writes.map((w) => w.sheet))].filter((s) => !names.includes(s));
  if (absent.length > 0) return { kind: 'no-template', missing: absent };
  const read = [];
  for (const area of targetAreas(writes)) read.push({ area, values: await port.readValues(area) });
  const cells = overwrites(writes, read);
  if (cells.length > 0) return { kind: 'overwrite', cells, writes };
  await writeTemplate(port, writes);
  return { kind: 'filled', writes };
}

export const filledText = (writes: readonly CellWrite[]): string => t('cf.filled', { count: writes.length, sheets: countsBySheet(writes) });

export function overwriteText(cells: readonly string[]): string {
  const more = cells.length > SHOWN ? t('cf.more', { count: cells.length - SHOWN }) : '';
  return t('cf.would-overwrite', { count: cells.length, cells: cells.slice(0, SHOWN).join(t('tc.list.sep')), more });
}

export function mountTemplateFill(port: WorkbookPort | undefined): void {
  const formButton = byId<HTMLButtonElement>('cf-form');
  const fillButton = byId<HTMLButtonElement>('cf-fill');
  const overwriteButton = byId<HTMLButtonElement>('cf-overwrite');
  const status = byId('cf-status');
  const list = byId('cf-list');
  formButton.disabled = !port;
  fillButton.disabled = !port;
  overwriteButton.hidden = true;
  let pending: CellWrite[] | undefined;
  const show = (message: string, isError = false, lines: readonly string[] = []): void => {
    setStatus(status, message, isError);
    list.replaceChildren(...lines.map((line) => Object.assign(document.createElement('li'), { textContent: line })));
  };
  const settle = (): void => {
    pending = undefined;
    overwriteButton.hidden = true;
  };

  /** A button's action: the button off while it runs, a failure said in the status, focus back where it was. */
  const onClick = (button: HTMLButtonElement, run: (port: WorkbookPort) => Promise<void>, focus = button): void => {
    button.addEventListener('click', async () => {
      if (!port) return;
      button.disabled = true;
      try {
        await run(port);
      } catch (e) {
        show(t('cf.failed', { message: (e as Error).message }), true);
      } finally {
        button.disabled = false;
        restoreFocus(focus);
      }
    });
  };

  onClick(formButton, async (p) => {
    settle();
    show(t('cf.form.written', { sheet: await writeForm(p) }));
  });

  onClick(fillButton, async (p) => {
    settle();
    const outcome = await fillFromForm(p);
    if (outcome.kind === 'no-template') show(t('cf.no-template', { sheets: outcome.missing.join(t('tc.list.sep')) }), true);
    else if (outcome.kind === 'no-form') show(t('cf.no-form'), true);
    else if (outcome.kind === 'invalid') show(t('cf.invalid', { count: outcome.lines.length, sheet: outcome.sheet }), true, outcome.lines);
    else if (outcome.kind === 'overwrite') {
      pending = outcome.writes;
      show(overwriteText(outcome.cells), true);
      overwriteButton.textContent = t('cf.overwrite', { count: outcome.cells.length });
      overwriteButton.hidden = false;
    } else show(filledText(outcome.writes));
  });

  // The overwrite writes what the status named; focus returns to the fill button, as the overwrite button hides.
  onClick(overwriteButton, async (p) => {
    const writes = pending;
    if (!writes) return;
    try {
      await writeTemplate(p, writes);
      show(filledText(writes));
    } finally {
      settle();
    }
  }, fillButton);
}
