/**
 * The Model view: a facility's inputs in a short form, and a model sheet built from them — inputs, one row a year of
 * ETS formulas, totals, scenarios and a chart. The sheet is new each time (the pane never writes over cells).
 */
import { rules } from '../../core';
import { fromExcel } from '../../functions/coerce';
import { barChart } from '../chart';
import { byId, fillSelect, restoreFocus, setStatus } from '../dom';
import { whole } from '../format';
import { onLanguageChange, t } from '../i18n/messages';
import { buildModel } from '../model/build-model';
import { facilityRows } from '../model/facility-rows';
import { firstTable } from '../table-check/header-row';
import { INPUT_KEYS, type InputKey, type ModelValues } from '../model/model-sheet';
import type { CellValue, WorkbookPort } from '../ports/port';

/** Form fields by input; inputs without a field start blank on the sheet, for the user to fill there. */
const FIELDS: Partial<Record<InputKey, string>> = {
  sector: 'md-sector', firstYear: 'md-from', lastYear: 'md-to', output: 'md-output', outputChange: 'md-output-change',
  intensity: 'md-intensity', intensityChange: 'md-intensity-change', emissions: 'md-emissions', balanceValue: 'md-balance', benchmark: 'md-benchmark',
  benchmarkChange: 'md-benchmark-change', ceaPrice: 'md-price', ceaPriceChange: 'md-price-change', exportShare: 'md-export',
  cnCode: 'md-cn', country: 'md-country', euaPrice: 'md-eua', cscf: 'md-cscf', discountRate: 'md-discount',
};
const TEXT_INPUTS: readonly InputKey[] = ['sector', 'cnCode', 'country'];
const sectors = (): Array<[string, string]> => [['cement', t('cb.good.cement')], ['steel', t('md.sector.steel')], ['aluminium', t('cb.good.aluminium')]];

/** A field as a cell value: numbers as numbers (12% → 0.12), text as typed, blank as blank. */
function fieldValue(key: InputKey): CellValue {
  const id = FIELDS[key];
  if (!id) return key === 'openingBank' ? 0 : '';
  const text = byId<HTMLInputElement>(id).value.trim();
  if (text === '') return '';
  if (TEXT_INPUTS.includes(key)) return text;
  const n = fromExcel('number', text);
  return typeof n === 'number' ? n : text;
}

/** The years of the table, from the form: whole years, first ≤ last, within the rulebook's span. */
function yearsOf(values: ModelValues): number[] | string {
  const { from, to } = rules.fixedValue<{ from: number; to: number }>('rulebook-years');
  const [first, last] = [values.firstYear, values.lastYear];
  if (typeof first !== 'number' || typeof last !== 'number' || !Number.isInteger(first) || !Number.isInteger(last) || first > last || first < from || last > to) {
    return t('md.bad-years', { from, to });
  }
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

export function mountModel(port: WorkbookPort | undefined): void {
  const words = (): void => fillSelect(byId('md-sector'), sectors(), byId<HTMLSelectElement>('md-sector').value || 'cement');
  words();
  onLanguageChange(words);
  const phaseOne = rules.recordsOf('phase').find((r) => r.value === 'I')!.years!;
  byId<HTMLInputElement>('md-from').value = String(phaseOne.from);
  // To a year past the end of the CBAM phase-in, so the steady state (no free allocation left in the EU) shows.
  const noFreeAllocation = Math.max(...rules.recordsOf('cbam:factor').map((r) => r.years!.from));
  byId<HTMLInputElement>('md-to').value = String(noFreeAllocation + 1);
  const button = byId<HTMLButtonElement>('md-insert');
  const status = byId('md-status');
  if (!port) {
    button.disabled = true;
    byId<HTMLButtonElement>('md-from-table').disabled = true;
    return;
  }
  const fromTable = byId<HTMLButtonElement>('md-from-table');
  const formValues = (): ModelValues => Object.fromEntries(INPUT_KEYS.map((k) => [k, fieldValue(k)])) as ModelValues;

  /**
   * Builds one model per facility, then shows the last and draws its cost; errors end up in the status line. The
   * button pressed gets the focus back if it lost it while disabled.
   */
  const build = async (models: ReadonlyArray<{ name: string; values: ModelValues }>, pressed: HTMLButtonElement): Promise<void> => {
    const years = yearsOf(models[0]!.values);
    if (typeof years === 'string') {
      setStatus(status, years, true);
      return;
    }
    button.disabled = true;
    fromTable.disabled = true;
    try {
      // Every model of one press is one step: one Undo takes them all back.
      const built = await port.oneStep(async () => {
        const sheets = [];
        for (const m of models) sheets.push(await buildModel(port, m.values, years, sheetName(m.name)));
        await port.activate(sheets[sheets.length - 1]!.sheet);
        return sheets;
      });
      const { sheet, layout } = built[built.length - 1]!;
      const chart = await port.readValues({ ...layout.chartData, sheet, top: layout.chartData.top + 1, rows: years.length });
      const costs = chart.map((row) => (typeof row[2] === 'number' ? row[2] : 0));
      byId('md-chart').replaceChildren(barChart(years.map((y) => `’${String(y).slice(2)}`), costs, t('md.chart.cost')));
      const missing = chart.filter((row) => typeof row[2] !== 'number').length;
      const where = built.length === 1 ? t('md.where.one', { sheet })
        : t('md.where.many', { count: built.length, sheets: built.map((b) => `“${b.sheet}”`).join(', ') });
      setStatus(status, t('md.built', {
        where, years: years.length, from: years[0]!, to: years[years.length - 1]!,
        on: built.length > 1 ? t('md.on', { sheet }) : '', total: whole(costs.reduce((sum, c) => sum + c, 0)),
      }) + (missing > 0 ? t('md.missing', { missing }) : ''));
    } catch (e) {
      setStatus(status, t('md.failed', { message: (e as Error).message }), true);
    } finally {
      button.disabled = false;
      fromTable.disabled = false;
      restoreFocus(pressed);
    }
  };

  button.addEventListener('click', () => {
    const values = formValues();
    void build([{ name: String(values.sector), values }], button);
  });

  // The selected rows of a facility table, read through the table check's column mapping; the form gives the rest.
  fromTable.addEventListener('click', async () => {
    // The selection says which rows; the table around its first cell says what the columns are.
    const selection = await port.readRegion();
    const read = selection && await port.readRegion({ ...selection.anchor, rows: 1, cols: 1 });
    const region = read && firstTable(read);
    if (!selection || !read || !region) {
      setStatus(status, t('md.select'), true);
      return;
    }
    const rows = facilityRows(region, selection.anchor);
    if (typeof rows === 'string') {
      setStatus(status, rows, true);
      return;
    }
    const base = formValues();
    void build(rows.map((f) => ({
      name: f.name,
      values: { ...base, sector: f.sector, output: f.output, intensity: f.intensity, balanceValue: f.balanceValue === '' ? base.balanceValue : f.balanceValue,
        emissions: f.emissions === '' ? base.emissions : f.emissions },
    })), fromTable);
  });
}

/** The model's sheet name; the port makes it one Excel takes (no []:*?/\, no apostrophe at either end, ≤ 31 characters). */
const sheetName = (name: string): string => t('md.sheet', { name });
