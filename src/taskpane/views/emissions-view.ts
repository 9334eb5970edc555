/**
 * The Emissions view: a sector, the sources its works has, and a data year give a monthly activity sheet on a new
 * sheet — months to fill, annual totals and per-source tCO2 as live ETS formulas, and the annual report with the
 * listing verdict under it. The pane works out no emissions itself: the sheet's formulas do, as the user types.
 */
import { EtsError } from '../../core';
import { year as yearOf } from '../../core/inputs';
import { byId, fillSelect, restoreFocus, setStatus } from '../dom';
import { onScreen } from '../i18n/labels';
import { onLanguageChange, t } from '../i18n/messages';
import { a1, type WorkbookPort } from '../ports/port';
import { TOTAL_COL, type ActivityLayout } from '../emissions/activity-sheet';
import { writeActivitySheet } from '../emissions/write-activity';
import {
  EMISSION_SECTORS, needingMeasuredValues, SECTOR_SOURCES, sectorName, sourceName, sourceUnit, type EmissionSector, type Source,
} from '../emissions/sources';

/** One checkbox a source, checked to start with: a works has most of its sector's typical sources. */
function sourceBox(source: Source, sector: EmissionSector, checked: boolean): HTMLLabelElement {
  const label = document.createElement('label');
  label.className = 'inline';
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.value = source.id;
  box.checked = checked;
  box.dataset.testid = `em-source-${source.id}`;
  const text = document.createElement('span');
  text.textContent = t('em.source', { name: sourceName(source), unit: sourceUnit(source, sector) });
  label.append(box, text);
  return label;
}

export function mountEmissions(port: WorkbookPort | undefined): void {
  const sectorSelect = byId<HTMLSelectElement>('em-sector');
  const list = byId('em-source-list');
  const yearInput = byId<HTMLInputElement>('em-year');
  const write = byId<HTMLButtonElement>('em-write');
  const status = byId('em-status');
  yearInput.value = String(yearOf(undefined));

  const sector = (): EmissionSector => sectorSelect.value as EmissionSector;
  const boxes = (): HTMLInputElement[] => Array.from(list.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
  const chosen = (): Source[] => {
    const on = new Set(boxes().filter((b) => b.checked).map((b) => b.value));
    return SECTOR_SOURCES[sector()].filter((s) => on.has(s.id));
  };
  /** The sources of the sector; `keep` keeps what was ticked (a language change), else every source is ticked. */
  const listSources = (keep: boolean): void => {
    const ticked = new Set(boxes().filter((b) => b.checked).map((b) => b.value));
    list.replaceChildren(...SECTOR_SOURCES[sector()].map((s) => sourceBox(s, sector(), keep ? ticked.has(s.id) : true)));
  };

  /** The year typed, or the core's message about it (its argument named by the field's label). */
  const year = (): number | string => {
    try {
      return yearOf(yearInput.value.trim() === '' ? undefined : Number(yearInput.value));
    } catch (e) {
      if (!(e instanceof EtsError)) throw e;
      return onScreen(e, () => ({ year: 'lbl.year' }));
    }
  };

  /** What the guideline leaves to the works: said before and after writing, so a #N/A on the sheet is no surprise. */
  const measured = (sources: readonly Source[], y: number): string => {
    const fuels = needingMeasuredValues(sector(), sources, y);
    return fuels.length === 0 ? '' : t('em.measured', { fuels: fuels.map(sourceName).join(t('tc.list.sep')) });
  };

  const update = (): void => {
    const y = year();
    const count = chosen().length;
    if (typeof y === 'string') setStatus(status, y, true);
    else if (count === 0) setStatus(status, t('em.none'), true);
    else setStatus(status, t('em.ready', { count, year: y }) + measured(chosen(), y));
    write.disabled = !port || typeof y === 'string' || count === 0;
  };

  const words = (): void => {
    fillSelect(sectorSelect, EMISSION_SECTORS.map((s) => [s, sectorName(s)]), sectorSelect.value || 'steel');
    listSources(true);
    update();
  };
  fillSelect(sectorSelect, EMISSION_SECTORS.map((s) => [s, sectorName(s)]), 'steel');
  listSources(false);
  update();
  onLanguageChange(words);
  sectorSelect.addEventListener('change', () => {
    listSources(false);
    update();
  });
  list.addEventListener('change', update);
  yearInput.addEventListener('input', update);

  /** The sheet written last: its report hands its figures to Quick check and the model builder. */
  let last: { sheet: string; sector: EmissionSector; year: number; layout: ActivityLayout } | undefined;
  const handOver = byId('em-hand-over');
  const toModel = byId<HTMLButtonElement>('em-to-model');

  /** A cell of the last sheet as computed now (the user may have typed since it was written). */
  const cell = async (row: number, col: number): Promise<unknown> => (await port!.readValues({ sheet: last!.sheet, top: row, left: col, rows: 1, cols: 1 }))[0]?.[0];
  const figures = async (): Promise<{ total: number; output?: number } | undefined> => {
    const total = await cell(last!.layout.lines.total, 1);
    if (typeof total !== 'number') {
      setStatus(status, t('em.hand-over.not-yet', { sheet: last!.sheet, value: String(total ?? '') }), true);
      return undefined;
    }
    const output = last!.layout.output === undefined ? undefined : await cell(last!.layout.output, TOTAL_COL);
    return typeof output === 'number' && output > 0 ? { total, output } : { total };
  };
  /** Fills a form field and tells its view, as typing would. */
  const fill = (id: string, value: string): void => {
    const field = byId<HTMLInputElement | HTMLSelectElement>(id);
    field.value = value;
    // A select fires both when a user picks; views listen for either.
    for (const type of field instanceof HTMLSelectElement ? ['input', 'change'] : ['input']) field.dispatchEvent(new Event(type, { bubbles: true }));
  };

  byId('em-to-quick').addEventListener('click', async () => {
    if (!port || !last) return;
    const got = await figures();
    if (!got) return;
    const { sheet, sector: s, year: y } = last;
    byId('tab-quick').click();
    document.querySelector<HTMLInputElement>('input[name="qc-basis"][value="direct"]')?.click();
    fill('qc-sector', s);
    fill('qc-year', String(y));
    fill('qc-direct', String(got.total));
    setStatus(status, t('em.hand-over.quick', { sector: sectorName(s), total: got.total.toLocaleString('en-US'), year: y, sheet }));
  });

  toModel.addEventListener('click', async () => {
    if (!port || !last) return;
    const got = await figures();
    if (!got) return;
    const { sheet, sector: s } = last;
    byId('tab-model').click();
    fill('md-sector', s);
    fill('md-emissions', String(got.total));
    if (got.output !== undefined) fill('md-output', String(got.output));
    const output = got.output === undefined ? '' : t('em.hand-over.output', { output: got.output.toLocaleString('en-US') });
    setStatus(status, t('em.hand-over.model', { sector: sectorName(s), total: got.total.toLocaleString('en-US'), output, sheet }));
  });

  write.addEventListener('click', async () => {
    const y = year();
    const sources = chosen();
    if (!port || typeof y === 'string' || sources.length === 0) return;
    write.disabled = true;
    try {
      const written = await port.oneStep(async () => {
        const done = await writeActivitySheet(port, sector(), sources, y, t('em.sheet', { year: y }));
        await port.activate(done.sheet);
        return done;
      });
      const { months, report } = written.layout;
      last = { sheet: written.sheet, sector: sector(), year: y, layout: written.layout };
      handOver.hidden = false;
      // The model builder models cement, steel and aluminium; power has its own functions.
      toModel.hidden = sector() === 'power';
      setStatus(status, t('em.written', { sheet: written.sheet, months: a1(months.top, months.left, months.rows, months.cols), report: a1(report, 0) }) + measured(sources, y));
    } catch (e) {
      setStatus(status, t('em.failed', { message: (e as Error).message }), true);
    } finally {
      write.disabled = false;
      restoreFocus(write);
    }
  });
}
