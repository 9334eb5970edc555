/** Mounts the task pane on a workbook port (Excel or the workbench), or without one (quick check only). */
import { info, rulebookYears } from '../core';
import { mountBorder } from './border-view';
import { mountCompare } from './compare-view';
import { byId, fillSelect, setStatus, wireTabs } from './dom';
import { EXAMPLE_SHEET, exampleModel } from './example-model';
import { mountQuickCheck } from './quick-check';
import { DEFAULT_SETTINGS, gwpOptions, schemeOptions, settingsFrom } from './settings';
import { mountTableCheck } from './table-check-view';
import type { DocumentSettings, WorkbookPort } from './port';

function mountExample(port: WorkbookPort | undefined): void {
  const button = byId<HTMLButtonElement>('ex-insert');
  const status = byId('ex-status');
  if (!port) {
    button.disabled = true;
    return;
  }
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const sheet = await port.addSheet(EXAMPLE_SHEET);
      await port.writeFormulas(exampleModel(sheet));
      await port.activate(sheet);
      setStatus(status, `Added the sheet “${sheet}”. Change the year or the price in column B and the model follows.`);
    } catch (e) {
      setStatus(status, `Could not add the example: ${(e as Error).message}`, true);
    } finally {
      button.disabled = false;
    }
  });
}

function mountSettings(port: WorkbookPort | undefined, current: DocumentSettings, onChange: (s: DocumentSettings) => void): void {
  const { from, to } = rulebookYears();
  const year = byId<HTMLInputElement>('st-year');
  year.min = String(from);
  year.max = String(to);
  fillSelect(byId('st-scheme'), schemeOptions(), current.scheme);
  fillSelect(byId('st-gwp'), gwpOptions(), current.gwpSet);
  year.value = String(current.year);
  byId('st-rulebook').textContent = String(info());
  byId('st-save').addEventListener('click', async () => {
    const status = byId('st-status');
    const wanted = Number(year.value);
    if (!Number.isInteger(wanted) || wanted < from || wanted > to) {
      setStatus(status, `The year must be a whole year from ${from} to ${to}.`, true);
      return;
    }
    const next = settingsFrom({ scheme: byId<HTMLSelectElement>('st-scheme').value, gwpSet: byId<HTMLSelectElement>('st-gwp').value, year: wanted });
    onChange(next);
    try {
      await port?.writeSettings(next);
      setStatus(status, port ? 'Saved in this workbook.' : 'Saved for this session.');
    } catch (e) {
      setStatus(status, `Could not save: ${(e as Error).message}`, true);
    }
  });
}

export async function mountApp(port: WorkbookPort | undefined, hostNote: string): Promise<void> {
  byId('host-note').textContent = hostNote;
  wireTabs(byId('tab-quick').parentElement!);
  let settings = settingsFrom(port ? await port.readSettings().catch(() => ({})) : DEFAULT_SETTINGS);
  const quick = mountQuickCheck(settings);
  mountTableCheck(port, () => settings);
  mountCompare();
  mountBorder(port);
  mountExample(port);
  mountSettings(port, settings, (s) => {
    settings = s;
    quick.applySettings(s);
  });
}
