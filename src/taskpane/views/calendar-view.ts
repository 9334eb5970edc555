/**
 * The Calendar view: when each step of a compliance cycle is due in China's ETS, by sector group, with the status of
 * the text that sets it; and the same calendar written to a sheet as live ETS.DEADLINE formulas.
 */
import { onLanguageChange, t } from '../i18n/messages';
import { calendar, dateText, DEFAULT_YEAR, EtsError, GROUP_SECTOR, say, type CalendarRow } from '../../core';
import { byId, restoreFocus, setStatus } from '../dom';
import { onScreen } from '../i18n/labels';
import { formulaBlock, type CellValue, type WorkbookPort } from '../ports/port';

/** How dates show in the sheet the pane writes. */
export const DATE_FORMAT = 'yyyy-mm-dd';

/** A step's name in the pane's language (the calendar sheet is written in it too). */
const eventLabel = (event: CalendarRow['event']): string => t(`cal.event.${event}`);

const GROUPS = ['power', 'industry'] as const;
const groupLabel = (g: (typeof GROUPS)[number]): string => t(`cal.group.${g}`);

/**
 * The calendar as a block of formulas: the year in B2 drives every date, so the user changes one cell to see another
 * cycle (#N/A, with its message, where no date is published).
 */
export function calendarBlock(year: number): CellValue[][] {
  return [
    [t('cal.sheet.title'), '', '', ''],
    [t('cal.sheet.year'), year, '', ''],
    [t('cal.step'), ...GROUPS.map(groupLabel), t('cal.sheet.source')],
    ...calendar(year).map((r) => [
      eventLabel(r.event),
      ...GROUPS.map((g) => `=ETS.DEADLINE("${r.event}",$B$2,"${GROUP_SECTOR[g]}")`),
      `=ETS.SOURCE("deadline:${r.event}",$B$2)`,
    ]),
  ];
}

/** A rule's status (final, draft …) in the pane's language, as the core words it. */
const statusWord = (status: NonNullable<CalendarRow['status']>): string => say(`status.${status}`);

function cell(text: string, title?: string): HTMLTableCellElement {
  const td = document.createElement('td');
  td.textContent = text;
  if (title) td.title = title;
  return td;
}

function rowOf(r: CalendarRow): HTMLTableRowElement {
  const tr = document.createElement('tr');
  tr.dataset.event = r.event;
  tr.append(cell(eventLabel(r.event)));
  for (const g of GROUPS) {
    const iso = r[g];
    tr.append(iso ? cell(dateText(iso)) : cell('—', r.source === undefined ? t('cal.not-published') : t('cal.no-step')));
  }
  tr.append(cell(r.status ? statusWord(r.status) : t('cal.not-published'), r.source));
  return tr;
}

export function mountCalendar(port: WorkbookPort | undefined): void {
  const yearInput = byId<HTMLInputElement>('cal-year');
  yearInput.value = String(DEFAULT_YEAR);
  const rows = byId('cal-rows');
  const status = byId('cal-status');
  const write = byId<HTMLButtonElement>('cal-write');
  const writeStatus = byId('cal-write-status');
  let year: number | undefined;

  const update = (): void => {
    year = undefined;
    try {
      const asked = Number(yearInput.value);
      const shown = calendar(asked);
      year = asked;
      rows.replaceChildren(...shown.map(rowOf));
      const published = shown.filter((r) => r.source !== undefined).length;
      setStatus(status, published === 0 ? t('cal.none', { year: asked }) : t('cal.some', { published, total: shown.length }));
    } catch (e) {
      if (!(e instanceof EtsError)) throw e;
      rows.replaceChildren();
      setStatus(status, onScreen(e, () => ({ year: 'lbl.year' })), true);
    }
    // Headers over no rows say nothing: the table shows only with a calendar in it.
    byId('cal-table').hidden = year === undefined;
    write.disabled = !port || year === undefined;
  };

  write.addEventListener('click', async () => {
    if (!port || year === undefined) return;
    write.disabled = true;
    try {
      const shownYear = year;
      const sheet = await port.oneStep(async () => {
        const added = await port.addSheet(t('cal.sheet'));
        const block = calendarBlock(shownYear);
        await port.writeFormulas(formulaBlock({ sheet: added, top: 0, left: 0, values: block }));
        await port.setNumberFormat({ sheet: added, top: 3, left: 1, rows: block.length - 3, cols: GROUPS.length }, DATE_FORMAT);
        await port.activate(added);
        return added;
      });
      setStatus(writeStatus, t('cal.written', { sheet }));
    } catch (e) {
      setStatus(writeStatus, t('cal.failed', { message: (e as Error).message }), true);
    } finally {
      write.disabled = false;
      restoreFocus(write);
    }
  });
  yearInput.addEventListener('input', update);
  onLanguageChange(update);
  update();
}
