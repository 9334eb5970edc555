/** The quick check: one facility, answered as the user types. */
import { checkFacility, EtsError, gases, ignoredNote, massArgument, scope2Counted, rulebookYears } from '../../core';
import { fromExcel, massText } from '../../functions/coerce';
import { byId, fillSelect } from '../dom';
import { precise } from '../format';
import { onScreen, QUICK_CHECK_LABELS } from '../i18n/labels';
import { onLanguageChange, t } from '../i18n/messages';
import { gwpOptions, schemeOptions, sectorOptions } from '../settings';
import type { DocumentSettings } from '../ports/port';

export interface QuickInput {
  readonly sector: string;
  readonly basis: 'direct' | 'gases';
  readonly direct: string;
  readonly co2: string;
  readonly cf4: string;
  readonly c2f6: string;
  readonly gwpSet: string;
  readonly scheme: string;
  readonly year: string;
}

export interface QuickAnswer {
  /** reporting: a duty to report (and have the report verified) without allowances, e.g. stand-alone EAF steel. */
  readonly state: 'covered' | 'not-covered' | 'reporting' | 'depends' | 'error' | 'empty';
  readonly verdict: string;
  readonly reason: string;
  readonly detail: string;
}


/** The answer for what is in the form; pure, so it is tested without a page. */
export function answer(input: QuickInput): QuickAnswer {
  if ((input.basis === 'direct' ? [input.direct] : [input.co2, input.cf4, input.c2f6]).every((v) => fromExcel('number', v) === undefined)) {
    return { state: 'empty', verdict: '', reason: t('qc.empty'), detail: '' };
  }
  try {
    // Masses as analysts type them: 31,200, 3.1万 or 2.6万吨 (in tonnes).
    const tonnes = (argument: string, v: string): unknown => {
      const n = fromExcel('number', v);
      return typeof n === 'string' ? massText(argument, n, true) ?? n : n;
    };
    const direct = input.basis === 'direct' ? tonnes('direct_emissions', input.direct) : undefined;
    const masses = input.basis === 'gases'
      ? { CO2: tonnes(massArgument('CO2'), input.co2), CF4: tonnes(massArgument('CF4'), input.cf4), C2F6: tonnes(massArgument('C2F6'), input.c2f6) }
      : {};
    const result = checkFacility({
      sector: input.sector, direct, masses, gwpSet: input.gwpSet, scheme: input.scheme, year: fromExcel('number', input.year),
    });
    const reporting = result.reason === 'reporting-only';
    let counted = '';
    try {
      counted = t(reporting ? 'qc.gases.reported' : 'qc.gases', { gases: gases(input.sector, input.scheme, fromExcel('number', input.year)).join(', ') });
    } catch {
      counted = '';
    }
    const scope = scope2Counted(input.scheme)
      ? t('qc.scope.indirect')
      : t('qc.scope.direct');
    const ignored = ignoredNote(result);
    const basis = input.basis === 'gases' ? `${t('qc.co2e', { co2e: precise(result.co2e), gwp: input.gwpSet })}${ignored ? t('qc.ignored', { note: ignored }) : ''}` : '';
    if (result.reason === 'depends') {
      return { state: 'depends', verdict: t('qc.verdict.depends'), reason: result.text, detail: `${basis}${counted}${scope}` };
    }
    if (reporting) return { state: 'reporting', verdict: t('qc.verdict.reporting'), reason: result.text, detail: `${basis}${counted}${scope}` };
    return {
      state: result.covered ? 'covered' : 'not-covered',
      verdict: result.covered ? t('qc.verdict.covered') : t('qc.verdict.not-covered'),
      reason: result.text,
      detail: `${basis}${counted}${scope}`,
    };
  } catch (e) {
    if (!(e instanceof EtsError)) throw e;
    return { state: 'error', verdict: t('qc.verdict.error'), reason: onScreen(e, QUICK_CHECK_LABELS), detail: '' };
  }
}

function read(): QuickInput {
  const value = (id: string): string => byId<HTMLInputElement | HTMLSelectElement>(id).value;
  const basis = document.querySelector<HTMLInputElement>('input[name="qc-basis"]:checked')?.value === 'gases' ? 'gases' : 'direct';
  return {
    sector: value('qc-sector'), basis, direct: value('qc-direct'), co2: value('qc-co2'), cf4: value('qc-cf4'),
    c2f6: value('qc-c2f6'), gwpSet: value('qc-gwp'), scheme: value('qc-scheme'), year: value('qc-year'),
  };
}

function render(a: QuickAnswer): void {
  const verdict = byId('qc-verdict');
  verdict.textContent = a.verdict;
  verdict.className = `verdict ${a.state}`;
  byId('qc-reason').textContent = a.reason;
  byId('qc-detail').textContent = a.detail;
}

export function mountQuickCheck(settings: DocumentSettings): { applySettings(s: DocumentSettings): void } {
  fillSelect(byId('qc-sector'), sectorOptions(), 'cement');
  const { from, to } = rulebookYears();
  const year = byId<HTMLInputElement>('qc-year');
  year.min = String(from);
  year.max = String(to);
  const update = (): void => {
    const basis = read().basis;
    byId('qc-direct-group').hidden = basis !== 'direct';
    byId('qc-gases-group').hidden = basis !== 'gases';
    render(answer(read()));
  };
  const applySettings = (s: DocumentSettings): void => {
    fillSelect(byId('qc-gwp'), gwpOptions(), s.gwpSet);
    fillSelect(byId('qc-scheme'), schemeOptions(), s.scheme);
    year.value = String(s.year);
    update();
  };
  byId('panel-quick').addEventListener('input', update);
  byId('panel-quick').addEventListener('change', update);
  applySettings(settings);
  // Another language: the lists are named again (the choices kept) and the answer given in it.
  onLanguageChange(() => {
    const chosen = read();
    fillSelect(byId('qc-sector'), sectorOptions(), chosen.sector);
    fillSelect(byId('qc-gwp'), gwpOptions(), chosen.gwpSet);
    fillSelect(byId('qc-scheme'), schemeOptions(), chosen.scheme);
    update();
  });
  return { applySettings };
}
