/** The Border exposure view: CBAM certificates and cost per year, as a table and a chart, and into a new sheet. */
import { bundledCountries, dataText, EtsError, exposureSchedule, rules, say, type ExposureRow, type OriginBasis } from '../../core';
import { benchmarkYears, cbamSectorOf, cnDigits, looksLikeCnCode } from '../../core/cbam-goods';
import { fromExcel } from '../../functions/coerce';
import { barChart } from '../chart';
import { byId, fillSelect, restoreFocus, setStatus } from '../dom';
import { precise, tonnes, whole } from '../format';
import { CBAM_LABELS, onScreen, PRODUCT_LABELS } from '../i18n/labels';
import { inEveryLanguage, language, onLanguageChange, t } from '../i18n/messages';
import { formulaBlock, type CellValue, type WorkbookPort } from '../ports/port';
import { fitColumns } from '../column-widths';
import { lineSentence, PRODUCT_HEADER_ROW, PRODUCT_INPUTS, productBlock, productSchedule, type ProductInput, type ProductRow, type ProductSchedule } from './cbam-product';
import { findGoods, goodsLoaded, loadGoods, type CnChoice } from './cn-picker';

/** The CBAM sector of a CN code as typed, or undefined while it is not yet a code. */
function sectorOfCode(text: string): string | undefined {
  const digits = cnDigits(text);
  return digits === undefined ? undefined : cbamSectorOf(digits);
}

const goods = (): Array<[string, string]> => rules.CBAM_GOODS.map((g): [string, string] => [g, t(`cb.good.${g}`)]);
const isGood = (v: string): v is rules.CbamGood => (rules.CBAM_GOODS as readonly string[]).includes(v);
/** What the factor column shows when no benchmark is given: there is no free-allocation adjustment for it to scale. */
export const factorNotApplied = (): string => t('cb.factor-na');

/** The years CBAM's factor covers, for the default span of the schedule. */
function factorYears(): { from: number; to: number } {
  const spans = rules.recordsOf('cbam:factor').map((r) => r.years!);
  return { from: Math.min(...spans.map((s) => s.from)), to: Math.max(...spans.map((s) => s.from)) };
}

interface Read {
  readonly rows: ExposureRow[];
  readonly effective: number;
  /** The carbon price paid per t of good, when the output at home was given: the deduction rests on it. */
  readonly paidPerTonne?: number;
  readonly origin: OriginBasis;
  /** Product mode: the default-value schedule with the actual one beside it, and what the sheet is built from. */
  readonly product?: { readonly input: ProductInput; readonly schedule: ProductSchedule };
}

const v = (id: string): string => byId<HTMLInputElement>(id).value;
const n = (id: string): unknown => fromExcel('number', v(id));

/** What the view says instead of a schedule: a prompt for what is still missing, or a problem with what was typed. */
interface Said {
  readonly text: string;
  readonly problem: boolean;
}
const prompt = (text: string): Said => ({ text, problem: false });
const problem = (text: string): Said => ({ text, problem: true });

/** Product mode: a CN code typed or picked; the schedule on default values and, with actual emissions, on those. */
function readProduct(): Read | Said {
  if (n('cb-quantity') === undefined || n('cb-price') === undefined) return prompt(t('cb.enter.product'));
  const input: ProductInput = {
    cn: v('cb-cn'), country: v('cb-country'), quantity: n('cb-quantity'), certificatePrice: n('cb-price'), cscf: n('cb-cscf'),
    actual: n('cb-see'), actualBenchmark: n('cb-actual-benchmark'), laterBenchmark: n('cb-later'), originAllocation: n('cb-alloc'), originEmissions: n('cb-emissions'),
    originPrice: n('cb-origin-price'), originOutput: n('cb-output'), fromYear: n('cb-from'), toYear: n('cb-to'),
  };
  try {
    const schedule = productSchedule(input);
    return { rows: schedule.rows, effective: schedule.effective, ...perTonne(schedule.paidPerTonne), origin: schedule.origin, product: { input, schedule } };
  } catch (e) {
    if (!(e instanceof EtsError)) throw e;
    // A default value with something paid at home deducts per t of good: the output is still to come, not a mistake.
    if (e.argument === 'origin_output' && input.originOutput === undefined) return prompt(t('cb.enter.output'));
    const last = benchmarkYears().to;
    // The table stops before the CBAM factor does: ask for the assumption in its own field, not in a function's terms.
    if (e.category === 'not-available' && e.argument === 'year' && input.laterBenchmark === undefined && Number(input.toYear) > last) {
      return problem(t('cb.table-ends', { last }));
    }
    return problem(onScreen(e, PRODUCT_LABELS));
  }
}

function read(): Read | Said {
  if (looksLikeCnCode(v('cb-cn').trim())) return readProduct();
  if (n('cb-quantity') === undefined || n('cb-see') === undefined || n('cb-price') === undefined) return prompt(t('cb.enter'));
  try {
    const good = byId<HTMLSelectElement>('cb-good').value;
    const s = exposureSchedule({
      good: isGood(good) ? good : undefined,
      quantity: n('cb-quantity'), embeddedIntensity: n('cb-see'), certificatePrice: n('cb-price'),
      cbamBenchmark: fromExcel('number-or-text', v('cb-benchmark')), originAllocation: n('cb-alloc'),
      originEmissions: n('cb-emissions'), originPrice: n('cb-origin-price'), originOutput: n('cb-output'), cscf: n('cb-cscf'), fromYear: n('cb-from'), toYear: n('cb-to'),
    });
    return { rows: s.rows, effective: s.effectiveOriginPrice, ...perTonne(s.paidPerTonne), origin: s.origin };
  } catch (e) {
    if (e instanceof EtsError) return problem(onScreen(e, CBAM_LABELS));
    throw e;
  }
}

/** The price paid per t of good, as an optional field of Read. */
const perTonne = (value: number | undefined): { paidPerTonne?: number } => (value === undefined ? {} : { paidPerTonne: value });

/** The schedule as sheet rows: a title, the header, one row a year, and the total. */
export function exposureBlock(rows: readonly ExposureRow[], effective: number, paidPerTonne?: number): CellValue[][] {
  const total = rows.reduce((t, r) => t + r.cost, 0);
  return [
    [t('cb.block.title'), '', '', paidPerTonne === undefined ? t('cb.block.origin', { effective }) : t('cb.block.origin-per-t', { perTonne: paidPerTonne })],
    [t('cb.h.year'), t('cb.h.cbam-factor'), t('cb.h.certificates'), t('cb.h.cost')],
    ...rows.map((r) => [r.year, r.factorApplied ? r.factor : factorNotApplied(), r.certificates, r.cost]),
    [t('cb.h.total'), '', '', total],
  ];
}

/** What the origin price rests on, in words: no home figures entered is not the same as a home surplus. */
export function originSentence(r: Pick<Read, 'effective' | 'origin' | 'paidPerTonne'>): string {
  if (r.origin === 'not-given') return t('cb.origin.none');
  if (r.effective === 0) return t('cb.origin.zero');
  if (r.paidPerTonne !== undefined) return t('cb.origin.paid-per-t', { perTonne: r.paidPerTonne, effective: r.effective });
  return t('cb.origin.paid', { effective: r.effective });
}

/** The table's header: the product mode adds the default value and, with actual emissions, the comparison. */
function headerCells(r: Read): string[] {
  if (!r.product) return [t('cb.h.year'), t('cb.h.factor'), t('cb.h.certificates'), t('cb.h.cost')];
  const withActual = r.rows.some((row) => (row as ProductRow).actualCost !== undefined);
  return [t('cb.h.year'), t('cb.h.factor'), t('cb.h.default'), t('cb.h.certificates'), t('cb.h.cost-default'),
    ...(withActual ? [t('cb.h.cost-actual'), t('cb.h.saving')] : [])];
}

function rowCells(r: Read, row: ExposureRow): string[] {
  const factor = row.factorApplied ? String(row.factor) : factorNotApplied();
  if (!r.product) return [String(row.year), factor, tonnes(row.certificates), whole(row.cost)];
  const p = row as ProductRow;
  const actual = p.actualCost === undefined ? [] : [whole(p.actualCost), whole(row.cost - p.actualCost)];
  return [String(row.year), factor, precise(p.defaultValue), tonnes(row.certificates), whole(row.cost), ...actual];
}

function renderTable(r: Read | undefined): void {
  const head = document.createElement('tr');
  head.append(...(r ? headerCells(r) : headerCells({ rows: [], effective: 0, origin: 'not-given' })).map((text) => {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = text;
    return th;
  }));
  byId('cb-head').replaceChildren(head);
  // No schedule, no table: a header row with no data under it says nothing (the status says what is missing).
  byId('cb-head').closest('table')!.hidden = !r?.rows.length;
  byId('cb-rows').replaceChildren(...(r?.rows ?? []).map((row) => {
    const tr = document.createElement('tr');
    for (const text of rowCells(r!, row)) {
      const td = document.createElement('td');
      td.textContent = text;
      tr.append(td);
    }
    tr.dataset.year = String(row.year);
    return tr;
  }));
}

/** A good as the picker lists it: the annex's description, with the heading's Chinese name after it or, in Chinese, first. */
export function choiceLabel(c: CnChoice): string {
  const description = c.description.slice(0, 90);
  if (!c.zh) return description;
  return language() === 'zh-CN' ? `${c.zh} · ${description}` : `${description} · ${c.zh}`;
}

/** The picker's list follows what is typed: codes by their digits, goods by words of their description. */
function updatePicker(): void {
  const typed = v('cb-cn');
  if (typed.trim() !== '' && !goodsLoaded()) void loadGoods().then(updatePicker, () => undefined);
  const choices = findGoods(typed);
  byId('cb-cn-list').replaceChildren(...choices.map((c) => Object.assign(document.createElement('option'), {
    value: c.text, label: choiceLabel(c),
  })));
  const line = byId('cb-line');
  if (typed.trim() === '') setStatus(line, '');
  else if (!looksLikeCnCode(typed.trim())) {
    setStatus(line, choices.length === 0 ? t('cb.pick.none')
      : t('cb.pick.some', { count: choices.length === 40 ? t('cb.pick.many') : choices.length, first: choices.slice(0, 3).map((c) => c.text).join(', ') }));
  }
}

export function mountBorder(port: WorkbookPort | undefined): void {
  const words = (): void => {
    fillSelect(byId('cb-good'), goods(), byId<HTMLSelectElement>('cb-good').value || 'cement');
    const last = benchmarkYears().to;
    byId<HTMLInputElement>('cb-later').placeholder = t('cb.later.placeholder', { next: last + 1, last });
    // Offered as the pane's language writes them (the functions read either); the bundled tables are China's and Other.
    byId('cb-countries').replaceChildren(...[...new Set([t('cb.country.china'), t('cb.country.other'), ...bundledCountries().filter((c) => c !== say('cbam.other'))])]
      .map((name) => Object.assign(document.createElement('option'), { value: name })));
    // China, as the pane's language names it, unless the user typed another country.
    const country = byId<HTMLInputElement>('cb-country');
    if (country.value === '' || inEveryLanguage('cb.country.china').includes(country.value)) country.value = t('cb.country.china');
    // The intro's first year is the rulebook's (the first year of CBAM's factor), so it is written here, not in the HTML.
    byId('cb-intro').textContent = t('ui.intro.border', { from: factorYears().from });
  };
  words();
  const { from, to } = factorYears();
  byId<HTMLInputElement>('cb-from').value = String(from);
  byId<HTMLInputElement>('cb-to').value = String(to);
  const lastTableYear = benchmarkYears().to;
  const status = byId('cb-status');
  const write = byId<HTMLButtonElement>('cb-write');
  let current: Read | undefined;

  const update = (): void => {
    const productMode = looksLikeCnCode(v('cb-cn').trim());
    // With a CN code the good is the code's: the field and the "what counts" line follow it (aluminium 7601: direct only).
    const goodOfCode = productMode ? sectorOfCode(v('cb-cn')) : undefined;
    if (goodOfCode !== undefined && isGood(goodOfCode)) byId<HTMLSelectElement>('cb-good').value = goodOfCode;
    const good = byId<HTMLSelectElement>('cb-good').value;
    // The benchmarks offered are the good's own; another good's is refused with a reason if typed.
    const names = rules.CBAM_BENCHMARK_NAMES.filter((k) => rules.cbamBenchmarkGood(k) === good).map((k) => k.replace(/^cbam:/, ''));
    byId('cb-benchmarks').replaceChildren(...names.map((name) => Object.assign(document.createElement('option'), { value: name })));
    byId('cb-scope').textContent = t('cb.scope', { scope: dataText(String(rules.fixedRule(`cbam:scope:${good}`)?.value ?? '')) });
    updatePicker();
    // With a CN code the benchmark comes from the regulation's table, and the good from the code.
    byId<HTMLInputElement>('cb-benchmark').disabled = productMode;
    byId<HTMLSelectElement>('cb-good').disabled = productMode;
    byId('cb-see').previousElementSibling!.textContent = t(productMode ? 'cb.see.actual' : 'cb.see.embedded');
    const r = read();
    if ('text' in r) {
      current = undefined;
      renderTable(undefined);
      byId('cb-chart').replaceChildren();
      if (productMode) setStatus(byId('cb-line'), '');
      setStatus(status, r.text, r.problem);
      write.disabled = true;
      return;
    }
    current = r;
    write.disabled = !port;
    if (r.product) setStatus(byId('cb-line'), lineSentence(r.product.schedule.found, r.product.input.cn));
    renderTable(r);
    byId('cb-chart').replaceChildren(barChart(r.rows.map((x) => `’${String(x.year).slice(2)}`), r.rows.map((x) => x.cost), t('cb.chart')));
    const total = r.rows.reduce((t, x) => t + x.cost, 0);
    const actualTotal = r.product?.input.actual === undefined ? undefined : r.rows.reduce((t, x) => t + ((x as ProductRow).actualCost ?? 0), 0);
    const compared = r.rows.some((x) => (x as ProductRow).actualCost !== undefined);
    const comparison = r.product?.schedule.actualNote ? t('cb.not-compared', { note: r.product.schedule.actualNote })
      : actualTotal === undefined || !compared ? '' : t('cb.compared', { actual: whole(actualTotal), saving: whole(total - actualTotal) });
    const totalText = t('cb.total', { total: whole(total), years: r.rows.length, onDefault: r.product ? t('cb.on-default') : '' });
    setStatus(status, t('cb.status', { total: totalText, comparison, origin: originSentence(r), noBenchmark: r.rows[0]?.factorApplied ? '' : t('cb.no-benchmark') }));
  };

  write.addEventListener('click', async () => {
    if (!port || !current) return;
    write.disabled = true;
    try {
      const shown = current;
      if (shown.product) {
        const product = shown.product;
        const sheet = await port.oneStep(async () => {
          const added = await port.addSheet(t('cb.sheet.product'));
          const block = productBlock(product.input, product.schedule, lastTableYear);
          // The inputs in column B are what the user typed: values, never formulas.
          await port.writeFormulas(formulaBlock({ sheet: added, top: 0, left: 0, values: block }, [PRODUCT_INPUTS]));
          const years = shown.rows.length;
          await port.setNumberFormat({ sheet: added, top: PRODUCT_HEADER_ROW + 1, left: 2, rows: years, cols: 1 }, '0.0000');
          // The year rows and the totals row below them.
          await port.setNumberFormat({ sheet: added, top: PRODUCT_HEADER_ROW + 1, left: 3, rows: years + 1, cols: 4 }, '#,##0');
          // Labels in A (the inputs), values in B, the schedule's headers from C on; the title runs over the empty cells.
          await port.setColumnWidths(added, 0, fitColumns(block.slice(1), 7, { min: 64, max: 300 }));
          await port.activate(added);
          return added;
        });
        setStatus(byId('cb-write-status'), t('cb.written.formulas', { sheet }));
      } else {
        const sheet = await port.oneStep(async () => {
          const added = await port.addSheet(t('cb.sheet.exposure'));
          const block = exposureBlock(shown.rows, shown.effective, shown.paidPerTonne);
          await port.writeValues({ sheet: added, top: 0, left: 0, values: block });
          await port.setColumnWidths(added, 0, fitColumns(block.slice(1), 4, { min: 64, max: 200 }));
          await port.activate(added);
          return added;
        });
        setStatus(byId('cb-write-status'), t('cb.written', { sheet }));
      }
    } catch (e) {
      setStatus(byId('cb-write-status'), t('cb.write-failed', { message: (e as Error).message }), true);
    } finally {
      write.disabled = false;
      restoreFocus(write);
    }
  });
  byId('panel-border').addEventListener('input', update);
  byId('panel-border').addEventListener('change', update);
  onLanguageChange(() => {
    words();
    update();
  });
  update();
  // The CN picker's descriptions arrive in their own chunk: the view is brought up to date when they do. A failed
  // load is tried again as the user types a code or a word (updatePicker).
  void loadGoods().then(update, () => undefined);
}
