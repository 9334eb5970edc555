/** The Border exposure view: CBAM certificates and cost per year, as a table and a chart, and into a new sheet. */
import { bundledCountries, EtsError, exposureSchedule, rules, type ExposureRow, type OriginBasis } from '../../core';
import { benchmarkYears, looksLikeCnCode } from '../../core/cbam-goods';
import { fromExcel } from '../../functions/coerce';
import { barChart } from '../chart';
import { byId, fillSelect, setStatus } from '../dom';
import { precise, tonnes, whole } from '../format';
import { CBAM_LABELS, onScreen, PRODUCT_LABELS } from '../i18n/labels';
import type { CellValue, WorkbookPort } from '../ports/port';
import { lineSentence, PRODUCT_HEADER_ROW, productBlock, productSchedule, type ProductInput, type ProductRow, type ProductSchedule } from './cbam-product';
import { findGoods } from './cn-picker';

const GOOD_LABELS: Readonly<Record<rules.CbamGood, string>> = { cement: 'Cement', 'iron-steel': 'Iron and steel', aluminium: 'Aluminium' };
const GOODS = rules.CBAM_GOODS.map((g): [string, string] => [g, GOOD_LABELS[g]]);
const isGood = (v: string): v is rules.CbamGood => (rules.CBAM_GOODS as readonly string[]).includes(v);
/** What the factor column shows when no benchmark is given: there is no free-allocation adjustment for it to scale. */
export const FACTOR_NOT_APPLIED = '— (no benchmark)';

/** The years CBAM's factor covers, for the default span of the schedule. */
function factorYears(): { from: number; to: number } {
  const spans = rules.recordsOf('cbam:factor').map((r) => r.years!);
  return { from: Math.min(...spans.map((s) => s.from)), to: Math.max(...spans.map((s) => s.from)) };
}

interface Read {
  readonly rows: ExposureRow[];
  readonly effective: number;
  readonly origin: OriginBasis;
  /** Product mode: the default-value schedule with the actual one beside it, and what the sheet is built from. */
  readonly product?: { readonly input: ProductInput; readonly schedule: ProductSchedule };
}

const v = (id: string): string => byId<HTMLInputElement>(id).value;
const n = (id: string): unknown => fromExcel('number', v(id));

/** Product mode: a CN code typed or picked; the schedule on default values and, with actual emissions, on those. */
function readProduct(): Read | string {
  if (n('cb-quantity') === undefined || n('cb-price') === undefined) {
    return 'Enter the quantity and the certificate price (the default value comes from the CN code and country).';
  }
  const input: ProductInput = {
    cn: v('cb-cn'), country: v('cb-country'), quantity: n('cb-quantity'), certificatePrice: n('cb-price'), cscf: n('cb-cscf'),
    actual: n('cb-see'), actualBenchmark: n('cb-actual-benchmark'), laterBenchmark: n('cb-later'), originAllocation: n('cb-alloc'), originEmissions: n('cb-emissions'),
    originPrice: n('cb-origin-price'), fromYear: n('cb-from'), toYear: n('cb-to'),
  };
  try {
    const schedule = productSchedule(input);
    return { rows: schedule.rows, effective: schedule.effective, origin: schedule.origin, product: { input, schedule } };
  } catch (e) {
    if (!(e instanceof EtsError)) throw e;
    const last = benchmarkYears().to;
    // The table stops before the CBAM factor does: ask for the assumption in its own field, not in a function's terms.
    if (e.category === 'not-available' && e.argument === 'year' && input.laterBenchmark === undefined && Number(input.toYear) > last) {
      return `The CBAM benchmarks of the regulation stop at ${last}: type your assumed benchmark for the later years in “CBAM benchmark after the regulation's table”, or end the table in ${last}.`;
    }
    return onScreen(e, PRODUCT_LABELS);
  }
}

function read(): Read | string {
  if (looksLikeCnCode(v('cb-cn').trim())) return readProduct();
  if (n('cb-quantity') === undefined || n('cb-see') === undefined || n('cb-price') === undefined) {
    return 'Enter the quantity, the embedded emissions and the certificate price.';
  }
  try {
    const good = byId<HTMLSelectElement>('cb-good').value;
    const s = exposureSchedule({
      good: isGood(good) ? good : undefined,
      quantity: n('cb-quantity'), embeddedIntensity: n('cb-see'), certificatePrice: n('cb-price'),
      cbamBenchmark: fromExcel('number-or-text', v('cb-benchmark')), originAllocation: n('cb-alloc'),
      originEmissions: n('cb-emissions'), originPrice: n('cb-origin-price'), cscf: n('cb-cscf'), fromYear: n('cb-from'), toYear: n('cb-to'),
    });
    return { rows: s.rows, effective: s.effectiveOriginPrice, origin: s.origin };
  } catch (e) {
    if (e instanceof EtsError) return onScreen(e, CBAM_LABELS);
    throw e;
  }
}

/** The schedule as sheet rows: a title, the header, one row a year, and the total. */
export function exposureBlock(rows: readonly ExposureRow[], effective: number): CellValue[][] {
  const total = rows.reduce((t, r) => t + r.cost, 0);
  return [
    ['CBAM exposure by year', '', '', `Origin price effectively paid: ${effective}`],
    ['Year', 'CBAM factor', 'Certificates', 'Cost'],
    ...rows.map((r) => [r.year, r.factorApplied ? r.factor : FACTOR_NOT_APPLIED, r.certificates, r.cost]),
    ['Total', '', '', total],
  ];
}

/** What the origin price rests on, in words: no home figures entered is not the same as a home surplus. */
export function originSentence(r: Pick<Read, 'effective' | 'origin'>): string {
  if (r.origin === 'not-given') return 'No carbon price paid at home entered: nothing is deducted.';
  if (r.effective === 0) return 'Origin price effectively paid: 0 (free allocation covers the emissions at home, so nothing is deducted).';
  return `Origin price effectively paid: ${r.effective} per tCO2e, deducted from the certificates.`;
}

/** The table's header: the product mode adds the default value and, with actual emissions, the comparison. */
function headerCells(r: Read): string[] {
  if (!r.product) return ['Year', 'Factor', 'Certificates', 'Cost'];
  const withActual = r.rows.some((row) => (row as ProductRow).actualCost !== undefined);
  return ['Year', 'Factor', 'Default (t/t)', 'Certificates', 'Cost on default', ...(withActual ? ['Cost on actual', 'Saving'] : [])];
}

function rowCells(r: Read, row: ExposureRow): string[] {
  const factor = row.factorApplied ? String(row.factor) : FACTOR_NOT_APPLIED;
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

/** The picker's list follows what is typed: codes by their digits, goods by words of their description. */
function updatePicker(): void {
  const typed = v('cb-cn');
  const choices = findGoods(typed);
  byId('cb-cn-list').replaceChildren(...choices.map((c) => Object.assign(document.createElement('option'), {
    value: c.text, label: `${c.description.slice(0, 90)}${c.zh ? ` · ${c.zh}` : ''}`,
  })));
  const line = byId('cb-line');
  if (typed.trim() === '') setStatus(line, '');
  else if (!looksLikeCnCode(typed.trim())) {
    setStatus(line, choices.length === 0 ? 'No CBAM good matches: try a CN code or other words.'
      : `${choices.length === 40 ? '40 or more' : choices.length} goods match: pick one from the list (${choices.slice(0, 3).map((c) => c.text).join(', ')} …).`);
  }
}

export function mountBorder(port: WorkbookPort | undefined): void {
  fillSelect(byId('cb-good'), GOODS, 'cement');
  const { from, to } = factorYears();
  byId<HTMLInputElement>('cb-from').value = String(from);
  byId<HTMLInputElement>('cb-to').value = String(to);
  const lastTableYear = benchmarkYears().to;
  byId<HTMLInputElement>('cb-later').placeholder = `for ${lastTableYear + 1} on: the table ends in ${lastTableYear}`;
  byId('cb-countries').replaceChildren(...['China', 'Other', ...bundledCountries().filter((c) => c !== 'China' && !c.startsWith('Other'))]
    .map((name) => Object.assign(document.createElement('option'), { value: name })));
  const status = byId('cb-status');
  const write = byId<HTMLButtonElement>('cb-write');
  let current: Read | undefined;

  const update = (): void => {
    const good = byId<HTMLSelectElement>('cb-good').value;
    // The benchmarks offered are the good's own; another good's is refused with a reason if typed.
    const names = rules.CBAM_BENCHMARK_NAMES.filter((k) => rules.cbamBenchmarkGood(k) === good).map((k) => k.replace(/^cbam:/, ''));
    byId('cb-benchmarks').replaceChildren(...names.map((name) => Object.assign(document.createElement('option'), { value: name })));
    byId('cb-scope').textContent = `Embedded emissions that count: ${String(rules.fixedRule(`cbam:scope:${good}`)?.value ?? '')}.`;
    updatePicker();
    const productMode = looksLikeCnCode(v('cb-cn').trim());
    // With a CN code the benchmark comes from the regulation's table, and the good from the code.
    byId<HTMLInputElement>('cb-benchmark').disabled = productMode;
    byId<HTMLSelectElement>('cb-good').disabled = productMode;
    byId('cb-see').previousElementSibling!.textContent = productMode ? 'Actual embedded (tCO2e/t, optional)' : 'Embedded (tCO2e/t)';
    const r = read();
    if (typeof r === 'string') {
      current = undefined;
      renderTable(undefined);
      byId('cb-chart').replaceChildren();
      if (productMode) setStatus(byId('cb-line'), '');
      setStatus(status, r, !r.startsWith('Enter'));
      write.disabled = true;
      return;
    }
    current = r;
    write.disabled = !port;
    if (r.product) setStatus(byId('cb-line'), lineSentence(r.product.schedule.found, r.product.input.cn));
    renderTable(r);
    byId('cb-chart').replaceChildren(barChart(r.rows.map((x) => `’${String(x.year).slice(2)}`), r.rows.map((x) => x.cost), 'CBAM cost per year'));
    const total = r.rows.reduce((t, x) => t + x.cost, 0);
    const actualTotal = r.product?.input.actual === undefined ? undefined : r.rows.reduce((t, x) => t + ((x as ProductRow).actualCost ?? 0), 0);
    const compared = r.rows.some((x) => (x as ProductRow).actualCost !== undefined);
    const comparison = r.product?.schedule.actualNote ? ` Actual emissions not compared: ${r.product.schedule.actualNote}`
      : actualTotal === undefined || !compared ? '' : ` On actual emissions ${whole(actualTotal)}: reporting actual emissions is worth ${whole(total - actualTotal)}.`;
    setStatus(status, `Total ${whole(total)} over ${r.rows.length} years${r.product ? ' on default values' : ''}.${comparison} ${originSentence(r)}` +
      (r.rows[0]?.factorApplied ? '' : ' No CBAM benchmark given: no free-allocation adjustment, so the CBAM factor does not apply.'));
  };

  write.addEventListener('click', async () => {
    if (!port || !current) return;
    write.disabled = true;
    try {
      if (current.product) {
        const sheet = await port.addSheet('CBAM by CN code');
        const block = productBlock(current.product.input, current.product.schedule, lastTableYear);
        await port.writeFormulas({ sheet, top: 0, left: 0, values: block });
        const years = current.rows.length;
        await port.setNumberFormat({ sheet, top: PRODUCT_HEADER_ROW + 1, left: 2, rows: years, cols: 1 }, '0.0000');
        await port.setNumberFormat({ sheet, top: PRODUCT_HEADER_ROW + 1, left: 3, rows: years, cols: 4 }, '#,##0');
        await port.activate(sheet);
        setStatus(byId('cb-write-status'), `Written to the new sheet “${sheet}” as live ETS formulas: edit the inputs in column B.`);
      } else {
        const sheet = await port.addSheet('CBAM exposure');
        await port.writeValues({ sheet, top: 0, left: 0, values: exposureBlock(current.rows, current.effective) });
        await port.activate(sheet);
        setStatus(byId('cb-write-status'), `Written to the new sheet “${sheet}”.`);
      }
    } catch (e) {
      setStatus(byId('cb-write-status'), `Could not write the table: ${(e as Error).message}`, true);
    } finally {
      write.disabled = false;
    }
  });
  byId('panel-border').addEventListener('input', update);
  byId('panel-border').addEventListener('change', update);
  update();
}
