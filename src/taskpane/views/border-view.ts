/** The Border exposure view: CBAM certificates and cost per year, as a table and a chart, and into a new sheet. */
import { EtsError, exposureSchedule, rules, type ExposureRow } from '../../core';
import { fromExcel } from '../../functions/coerce';
import { barChart } from '../chart';
import { byId, fillSelect, setStatus } from '../dom';
import { tonnes, whole } from '../format';
import type { CellValue, WorkbookPort } from '../ports/port';

const GOODS: ReadonlyArray<[string, string]> = [['cement', 'Cement'], ['iron-steel', 'Iron and steel'], ['aluminium', 'Aluminium']];

/** The years CBAM's factor covers, for the default span of the schedule. */
function factorYears(): { from: number; to: number } {
  const spans = rules.recordsOf('cbam:factor').map((r) => r.years!);
  return { from: Math.min(...spans.map((s) => s.from)), to: Math.max(...spans.map((s) => s.from)) };
}

interface Read {
  readonly rows: ExposureRow[];
  readonly effective: number;
}

function read(): Read | string {
  const v = (id: string) => byId<HTMLInputElement>(id).value;
  const n = (id: string) => fromExcel('number', v(id));
  if (n('cb-quantity') === undefined || n('cb-see') === undefined || n('cb-price') === undefined) {
    return 'Enter the quantity, the embedded emissions and the certificate price.';
  }
  try {
    const s = exposureSchedule({
      quantity: n('cb-quantity'), embeddedIntensity: n('cb-see'), certificatePrice: n('cb-price'),
      cbamBenchmark: fromExcel('number-or-text', v('cb-benchmark')), originAllocation: n('cb-alloc'),
      originEmissions: n('cb-emissions'), originPrice: n('cb-origin-price'), fromYear: n('cb-from'), toYear: n('cb-to'),
    });
    return { rows: s.rows, effective: s.effectiveOriginPrice };
  } catch (e) {
    if (e instanceof EtsError) return e.message;
    throw e;
  }
}

/** The schedule as sheet rows: a title, the header, one row a year, and the total. */
export function exposureBlock(rows: readonly ExposureRow[], effective: number): CellValue[][] {
  const total = rows.reduce((t, r) => t + r.cost, 0);
  return [
    ['CBAM exposure by year', '', '', `Origin price effectively paid: ${effective}`],
    ['Year', 'CBAM factor', 'Certificates', 'Cost'],
    ...rows.map((r) => [r.year, r.factor, r.certificates, r.cost]),
    ['Total', '', '', total],
  ];
}

export function mountBorder(port: WorkbookPort | undefined): void {
  fillSelect(byId('cb-good'), GOODS, 'cement');
  const names = rules.CBAM_BENCHMARK_NAMES.map((k) => k.replace(/^cbam:/, ''));
  byId('cb-benchmarks').replaceChildren(...names.map((name) => Object.assign(document.createElement('option'), { value: name })));
  const { from, to } = factorYears();
  byId<HTMLInputElement>('cb-from').value = String(from);
  byId<HTMLInputElement>('cb-to').value = String(to);
  const status = byId('cb-status');
  const write = byId<HTMLButtonElement>('cb-write');
  let current: Read | undefined;

  const update = (): void => {
    const good = byId<HTMLSelectElement>('cb-good').value;
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
      for (const text of [String(row.year), String(row.factor), tonnes(row.certificates), whole(row.cost)]) {
        const td = document.createElement('td');
        td.textContent = text;
        tr.append(td);
      }
      tr.dataset.year = String(row.year);
      return tr;
    }));
    byId('cb-chart').replaceChildren(barChart(r.rows.map((x) => `’${String(x.year).slice(2)}`), r.rows.map((x) => x.cost), 'CBAM cost per year'));
    const total = r.rows.reduce((t, x) => t + x.cost, 0);
    setStatus(status, `Total ${whole(total)} over ${r.rows.length} years. Origin price effectively paid: ${r.effective}` +
      (r.effective === 0 ? ' (free allocation covers the emissions at home, so nothing is deducted).' : '.'));
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
