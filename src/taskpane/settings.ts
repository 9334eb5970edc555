/** The pane's defaults (scheme, GWP set, year), kept in the document and checked against the rulebook on load. */
import { allSchemes, DEFAULT_GWP_SET, DEFAULT_YEAR, rulebookYears, rules } from '../core';
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

/** Every scheme of the comparison table; CN first, as the default. */
export const schemeOptions = (): Array<[string, string]> => allSchemes().map((s) => [s.id, `${s.id} — ${s.name}`]);

export const gwpOptions = (): Array<[string, string]> =>
  rules.GWP_SETS.map((s) => [s, s === DEFAULT_GWP_SET ? t('set.gwp-default', { set: s }) : s]);

/** Sectors for the quick check, with their Chinese names. */
export const SECTOR_OPTIONS: ReadonlyArray<[string, string]> = [
  ['power', 'Power generation 发电'],
  ['cement', 'Cement 水泥'],
  ['steel', 'Iron and steel 钢铁'],
  ['aluminium', 'Electrolytic aluminium 电解铝'],
  ['steel-eaf', 'Stand-alone EAF steel 电炉钢'],
  ['petrochemicals', 'Petrochemicals 石化'],
  ['chemicals', 'Chemicals 化工'],
  ['flat-glass', 'Flat glass 平板玻璃'],
  ['copper-smelting', 'Copper smelting 铜冶炼'],
  ['paper', 'Paper 造纸'],
  ['civil-aviation', 'Civil aviation 民航'],
];


