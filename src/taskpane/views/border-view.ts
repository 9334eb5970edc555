/** The Border exposure view: CBAM certificates and cost per year, as a table and a chart, and into a new sheet. */
import { EtsError, exposureSchedule, rules, type ExposureRow, type OriginBasis } from '../../core';
import { fromExcel } from '../../functions/coerce';
import { barChart } from '../chart';
import { byId, fillSelect, setStatus } from '../dom';
import { tonnes, whole } from '../format';
import { CBAM_LABELS, onScreen } from '../i18n/labels';
import type { CellValue, WorkbookPort } from '../ports/port';

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
}

function read(): Read | string {
  const v = (id: string) => byId<HTMLInputElement>(id).value;
  const n = (id: string) => fromExcel('number', v(id));
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

export function mountBorder(port: WorkbookPort | undefined): void {
  fillSelect(byId('cb-good'), GOODS, 'cement');
  const { from, to } = factorYears();
  byId<HTMLInputElement>('cb-from').value = String(from);
  byId<HTMLInputElement>('cb-to').value = String(to);
  const status = byId('cb-status');
  const write = byId<HTMLButtonElement>('cb-write');
  let current: Read | undefined;

  const update = (): void => {
    const good = byId<HTMLSelectElement>('cb-good').value;
    // The benchmarks offered are the good's own; another good's is refused with a reason if typed.
    const names = rules.CBAM_BENCHMARK_NAMES.filter((k) => rules.cbamBenchmarkGood(k) === good).map((k) => k.replace(/^cbam:/, ''));
    byId('cb-benchmarks').replaceChildren(...names.map((name) => Object.assign(document.createElement('option'), { value: name })));
    byId('cb-scope').textContent = `Embedded emissions that count: ${String(rules.fixedRule(`cbam:scope:${good}`)?.value ?? '')}.`;
    const r = read();
    if (typeof r === 'string') {
      current = undefined;
      byId('cb-rows').replaceChildren();
      byId('cb-chart').replaceChildren();
      setStatus(status, r, !r.startsWith('Enter'));
      write.disabled = true;
      return;
    }
    current = r;
    write.disabled = !port;
    byId('cb-rows').replaceChildren(...r.rows.map((row) => {
      const tr = document.createElement('tr');
      for (const text of [String(row.year), row.factorApplied ? String(row.factor) : FACTOR_NOT_APPLIED, tonnes(row.certificates), whole(row.cost)]) {
        const td = document.createElement('td');
        td.textContent = text;
        tr.append(td);
      }
      tr.dataset.year = String(row.year);
      return tr;
    }));
    byId('cb-chart').replaceChildren(barChart(r.rows.map((x) => `’${String(x.year).slice(2)}`), r.rows.map((x) => x.cost), 'CBAM cost per year'));
    const total = r.rows.reduce((t, x) => t + x.cost, 0);
    setStatus(status, `Total ${whole(total)} over ${r.rows.length} years. ${originSentence(r)}` +
      (r.rows[0]?.factorApplied ? '' : ' No CBAM benchmark given: no free-allocation adjustment, so the CBAM factor does not apply.'));
  };

  write.addEventListener('click', async () => {
    if (!port || !current) return;
    write.disabled = true;
    try {
      const sheet = await port.addSheet('CBAM exposure');
      await port.writeValues({ sheet, top: 0, left: 0, values: exposureBlock(current.rows, current.effective) });
      await port.activate(sheet);
      setStatus(byId('cb-write-status'), `Written to the new sheet “${sheet}”.`);
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
