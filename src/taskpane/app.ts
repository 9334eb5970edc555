/** Mounts the task pane on a workbook port (Excel or the workbench), or without one (quick check only). */
import { byId, wireTabs } from './dom';
import { DEFAULT_SETTINGS, settingsFrom } from './settings';
import { mountBorder } from './views/border-view';
import { mountSupplierTemplates } from './views/supplier-templates';
import { mountTemplateFill } from './views/template-fill';
import { mountCalendar } from './views/calendar-view';
import { mountCompare } from './views/compare-view';
import { mountEmissions } from './views/emissions-view';
import { mountExample } from './views/example-view';
import { mountModel } from './views/model-view';
import { mountQuickCheck } from './views/quick-check';
import { mountSettings } from './views/settings-view';
import { mountTableCheck } from './views/table-check-view';
import { answerCommands } from './pane-api';
import { applyStatic, languageFor, setLanguage } from './i18n/messages';
import type { DocumentSettings, WorkbookPort } from './ports/port';

/** The pane in the language chosen: the setting when it overrides, else the host's display language. */
function speak(displayLanguage: string | undefined, settings: DocumentSettings): void {
  setLanguage(languageFor(displayLanguage, settings.language));
  applyStatic(document);
}

/** The pane on its host: `hostNote` says which (a catalogue key; none in Excel), kept in the pane's language. */
export async function mountApp(port: WorkbookPort | undefined, hostNote: 'host.workbench' | 'host.none' | undefined, displayLanguage?: string): Promise<void> {
  // The note's words follow the language; its data-host says which host whatever the language (tests wait on it).
  if (hostNote) Object.assign(byId('host-note').dataset, { i18n: hostNote, host: hostNote.replace(/^host\./, '') });
  const selectTab = wireTabs(byId('tab-quick').parentElement!);
  let settings = settingsFrom(port ? await port.readSettings().catch(() => ({})) : DEFAULT_SETTINGS);
  speak(displayLanguage, settings);
  const quick = mountQuickCheck(settings);
  const tableCheck = mountTableCheck(port, () => settings);
  mountCompare();
  mountBorder(port);
  mountSupplierTemplates(port);
  mountTemplateFill(port);
  mountCalendar(port);
  mountModel(port);
  mountEmissions(port);
  mountExample(port);
  mountSettings(port, settings, (s) => {
    settings = s;
    speak(displayLanguage, s);
    quick.applySettings(s);
  });
  // The ribbon's "Check selected table" (src/commands): the Table check tab, and the read its button makes.
  answerCommands(window, () => {
    selectTab('tab-table');
    return tableCheck.readSelection();
  });
}
