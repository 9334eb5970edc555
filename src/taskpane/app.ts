/** Mounts the task pane on a workbook port (Excel or the workbench), or without one (quick check only). */
import { byId, wireTabs } from './dom';
import { DEFAULT_SETTINGS, settingsFrom } from './settings';
import { mountBorder } from './views/border-view';
import { mountCalendar } from './views/calendar-view';
import { mountCompare } from './views/compare-view';
import { mountExample } from './views/example-view';
import { mountModel } from './views/model-view';
import { mountQuickCheck } from './views/quick-check';
import { mountSettings } from './views/settings-view';
import { mountTableCheck } from './views/table-check-view';
import type { WorkbookPort } from './ports/port';

export async function mountApp(port: WorkbookPort | undefined, hostNote: string): Promise<void> {
  byId('host-note').textContent = hostNote;
  wireTabs(byId('tab-quick').parentElement!);
  let settings = settingsFrom(port ? await port.readSettings().catch(() => ({})) : DEFAULT_SETTINGS);
  const quick = mountQuickCheck(settings);
  mountTableCheck(port, () => settings);
  mountCompare();
  mountBorder(port);
  mountCalendar(port);
  mountModel(port);
  mountExample(port);
  mountSettings(port, settings, (s) => {
    settings = s;
    quick.applySettings(s);
  });
}
