/** The table check's view: read the selection, show and correct the column mapping, run, ask before overwriting. */
import { FIELD_LABELS, FIELDS, mapColumns, missingFields, type ColumnMap, type Field } from '../table-check/columns';
import { byId, fillSelect, setStatus } from '../dom';
import { percent, whole } from '../format';
import { runTableCheck, type Choice, type TableCheckUi } from '../table-check/table-check';
import type { DocumentSettings, Region, WorkbookPort } from '../ports/port';


/** Resolves with the user's choice from the in-pane confirmation (Office add-ins cannot use window.confirm). */
function askOverwrite(where: string): Promise<Choice> {
  const box = byId('tc-confirm');
  byId('tc-confirm-text').textContent = `These cells are not empty: ${where}. Nothing has been written. Where should the results go?`;
  box.hidden = false;
  byId('tc-new-sheet').focus();
  return new Promise((resolve) => {
    const done = (choice: Choice) => () => {
      box.hidden = true;
      for (const [id, handler] of handlers) byId(id).removeEventListener('click', handler);
      resolve(choice);
    };
    const handlers: Array<[string, () => void]> = [
      ['tc-new-sheet', done('new-sheet')], ['tc-replace', done('replace')], ['tc-cancel', done('cancel')],
    ];
    for (const [id, handler] of handlers) byId(id).addEventListener('click', handler);
  });
}

function renderMapping(region: Region, map: ColumnMap): void {
  const options: Array<[string, string]> = [['', '(none)'], ...region.headers.map((h, i): [string, string] => [String(i), h || `Column ${i + 1}`])];
  const rows = FIELDS.map((field) => {
    const tr = document.createElement('tr');
    const th = document.createElement('th');
    const label = document.createElement('label');
    label.htmlFor = `tc-map-${field}`;
    label.textContent = FIELD_LABELS[field];
    th.append(label);
    const td = document.createElement('td');
    const select = document.createElement('select');
    select.id = `tc-map-${field}`;
    select.dataset.testid = `tc-map-${field}`;
    fillSelect(select, options, map[field] === undefined ? '' : String(map[field]));
    td.append(select);
    tr.append(th, td);
    return tr;
  });
  byId('tc-fields').replaceChildren(...rows);
}

function readMapping(): ColumnMap {
  const map: ColumnMap = {};
  for (const field of FIELDS) {
    const v = byId<HTMLSelectElement>(`tc-map-${field}`).value;
    if (v !== '') map[field as Field] = Number(v);
  }
  return map;
}

export function mountTableCheck(port: WorkbookPort | undefined, settings: () => DocumentSettings): void {
  const status = byId('tc-status');
  const progress = byId<HTMLProgressElement>('tc-progress');
  const read = byId<HTMLButtonElement>('tc-read');
  const run = byId<HTMLButtonElement>('tc-run');
  let region: Region | undefined;
  if (!port) {
    read.disabled = true;
    setStatus(status, 'Open this pane in Excel (or the workbench) to check a table.');
    return;
  }

  read.addEventListener('click', async () => {
    try {
      region = await port.readRegion();
      if (!region) {
        setStatus(status, 'The selection is empty. Select a cell inside a table of facilities with a header row.', true);
        return;
      }
      const map = mapColumns(region.headers);
      renderMapping(region, map);
      byId('tc-found').textContent = `${whole(region.rows.length)} rows on ${region.sheet}. Check the columns below, then run the check.`;
      byId('tc-mapping').hidden = false;
      const missing = missingFields(map);
      setStatus(status, missing.length ? `Please choose ${missing.join(' and ')}.` : '');
    } catch (e) {
      setStatus(status, `Could not read the selection: ${(e as Error).message}`, true);
    }
  });

  run.addEventListener('click', async () => {
    if (!region) return;
    const map = readMapping();
    const missing = missingFields(map);
    if (missing.length) {
      setStatus(status, `Please choose ${missing.join(' and ')}.`, true);
      return;
    }
    const ui: TableCheckUi = {
      progress(message, done, total) {
        progress.hidden = message === 'Done';
        progress.value = total ? (done ?? 0) / total : 0;
        setStatus(status, total ? `${message}: ${whole(done ?? 0)} of ${whole(total)}…` : message);
      },
      confirmOverwrite: askOverwrite,
    };
    run.disabled = true;
    read.disabled = true;
    try {
      const report = await runTableCheck(port, region, map, settings(), ui);
      const t = report.summary.total;
      const head = `${whole(report.covered)} of ${whole(report.rows)} facilities are covered: ${whole(t.coveredEmissions)} of ` +
        `${whole(t.emissions)} tCO2e (${percent(t.shareOfTotal)}).`;
      const errors = report.errors ? ` ${whole(report.errors)} rows could not be checked; their Reason cell says why.` : '';
      setStatus(status, report.written ? `${head}${errors} Results in ${report.written.results}.` : `${head} Nothing was written.`);
    } catch (e) {
      setStatus(status, `The check stopped: ${(e as Error).message}`, true);
    } finally {
      progress.hidden = true;
      run.disabled = false;
      read.disabled = false;
    }
  });
}
