/** The Settings view: the pane's defaults (scheme, GWP set, year), checked against the rulebook and kept in the document. */
import { info, rulebookYears } from '../../core';
import { byId, fillSelect, setStatus } from '../dom';
import { onLanguageChange, t } from '../i18n/messages';
import { gwpOptions, schemeOptions, settingsFrom } from '../settings';
import type { DocumentSettings, WorkbookPort } from '../ports/port';

export function mountSettings(port: WorkbookPort | undefined, current: DocumentSettings, onChange: (s: DocumentSettings) => void): void {
  const { from, to } = rulebookYears();
  const year = byId<HTMLInputElement>('st-year');
  year.min = String(from);
  year.max = String(to);
  fillSelect(byId('st-scheme'), schemeOptions(), current.scheme);
  year.value = String(current.year);
  const words = (gwp: string, language: string): void => {
    fillSelect(byId('st-gwp'), gwpOptions(), gwp);
    fillSelect(byId('st-language'), [['auto', t('set.language.auto')], ['en', t('set.language.en')], ['zh-CN', t('set.language.zh')]], language);
  };
  words(current.gwpSet, current.language ?? 'auto');
  byId('st-rulebook').textContent = String(info());
  // The scheme names and the rulebook's line come from the core, in the language it now speaks.
  onLanguageChange(() => {
    words(byId<HTMLSelectElement>('st-gwp').value, byId<HTMLSelectElement>('st-language').value);
    fillSelect(byId('st-scheme'), schemeOptions(), byId<HTMLSelectElement>('st-scheme').value);
    byId('st-rulebook').textContent = String(info());
  });
  byId('st-save').addEventListener('click', async () => {
    const status = byId('st-status');
    const wanted = Number(year.value);
    if (!Number.isInteger(wanted) || wanted < from || wanted > to) {
      setStatus(status, t('set.bad-year', { from, to }), true);
      return;
    }
    const next = settingsFrom({
      scheme: byId<HTMLSelectElement>('st-scheme').value, gwpSet: byId<HTMLSelectElement>('st-gwp').value, year: wanted,
      language: byId<HTMLSelectElement>('st-language').value as DocumentSettings['language'],
    });
    onChange(next);
    try {
      // The pane's remembered outputs stay: the form only sets scheme, GWP set, year and language.
      const outputs = port ? (await port.readSettings()).outputs : undefined;
      await port?.writeSettings(outputs ? { ...next, outputs } : next);
      setStatus(status, t(port ? 'set.saved' : 'set.saved-session'));
    } catch (e) {
      setStatus(status, t('set.failed', { message: (e as Error).message }), true);
    }
  });
}
