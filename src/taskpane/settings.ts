/** The pane's defaults (scheme, GWP set, year), kept in the document and checked against the rulebook on load. */
import { allSchemes, dataText, DEFAULT_GWP_SET, DEFAULT_YEAR, rulebookYears, rules } from '../core';
import type { DocumentSettings } from './ports/port';
import { t } from './i18n/messages';

export const DEFAULT_SETTINGS: DocumentSettings = { scheme: 'CN', gwpSet: DEFAULT_GWP_SET, year: DEFAULT_YEAR, language: 'auto' };
const LANGUAGES = ['auto', 'en', 'zh-CN'] as const;

/** Stored settings made safe: anything unknown falls back to the default. */
export function settingsFrom(stored: Partial<DocumentSettings>): DocumentSettings {
  const scheme = allSchemes().some((s) => s.id === stored.scheme) ? String(stored.scheme) : DEFAULT_SETTINGS.scheme;
  const gwpSet = (rules.GWP_SETS as readonly string[]).includes(String(stored.gwpSet)) ? String(stored.gwpSet) : DEFAULT_SETTINGS.gwpSet;
  const { from, to } = rulebookYears();
  const year = Number.isInteger(stored.year) && stored.year! >= from && stored.year! <= to ? stored.year! : DEFAULT_SETTINGS.year;
  const language = LANGUAGES.find((l) => l === stored.language) ?? 'auto';
  return { scheme, gwpSet, year, language };
}

/** Every scheme of the comparison table, named in the pane's language; CN first, as the default. */
export const schemeOptions = (): Array<[string, string]> => allSchemes().map((s) => [s.id, `${s.id} — ${dataText(s.name)}`]);

export const gwpOptions = (): Array<[string, string]> =>
  rules.GWP_SETS.map((s) => [s, s === DEFAULT_GWP_SET ? t('set.gwp-default', { set: s }) : s]);

const SECTORS = ['power', 'cement', 'steel', 'aluminium', 'steel-eaf', 'steel-rolling', 'cement-non-portland', 'petrochemicals', 'chemicals',
  'flat-glass', 'copper-smelting', 'paper', 'civil-aviation'] as const;

/** Sectors for the quick check and the comparison: in English with their Chinese names, or in Chinese. */
export const sectorOptions = (): Array<[string, string]> => SECTORS.map((id) => [id, t(`sector.${id}`)]);
