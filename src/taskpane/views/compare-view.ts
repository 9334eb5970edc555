/** The Compare schemes view: one facility, every scheme, as the user types. */
import { compare, EtsError, type SchemeCheck } from '../../core';
import { fromExcel } from '../../functions/coerce';
import { byId, fillSelect, setStatus } from '../dom';
import { whole } from '../format';
import { onLanguageChange, t } from '../i18n/messages';
import { SECTOR_OPTIONS } from '../settings';


/** Verdict words and the badge class for a check. */
export function verdictLabel(c: SchemeCheck): { text: string; tone: string } {
  if (c.covered === 'depends') return { text: t('cmp.depends'), tone: 'depends' };
  return c.covered ? { text: t('cmp.covered'), tone: 'yes' } : { text: t('cmp.not-covered'), tone: 'no' };
}

function item(c: SchemeCheck): HTMLLIElement {
  const li = document.createElement('li');
  li.dataset.scheme = c.scheme;
  const head = document.createElement('div');
  head.className = 'head';
  const name = document.createElement('span');
  name.textContent = c.scheme;
  const badge = document.createElement('span');
  const v = verdictLabel(c);
  badge.className = `badge ${v.tone}`;
  badge.textContent = v.text;
  head.append(name, badge);
  const rule = document.createElement('p');
  rule.className = 'rule';
  rule.textContent = t('cmp.counted', { rule: c.rule, counted: whole(c.counted) });
  li.append(head, rule);
  return li;
}

export function mountCompare(): void {
  fillSelect(byId('cs-sector'), SECTOR_OPTIONS, 'cement');
  const status = byId('cs-status');
  const list = byId('cs-results');
  const update = (): void => {
    const direct = fromExcel('number', byId<HTMLInputElement>('cs-direct').value);
    const indirect = fromExcel('number', byId<HTMLInputElement>('cs-indirect').value);
    if (direct === undefined) {
      list.replaceChildren();
      setStatus(status, t('cmp.enter'));
      return;
    }
    try {
      list.replaceChildren(...compare(byId<HTMLSelectElement>('cs-sector').value, direct, indirect).map(item));
      setStatus(status, indirect === undefined ? t('cmp.need-indirect') : '');
    } catch (e) {
      if (!(e instanceof EtsError)) throw e;
      list.replaceChildren();
      setStatus(status, e.message, true);
    }
  };
  byId('panel-compare').addEventListener('input', update);
  byId('panel-compare').addEventListener('change', update);
  onLanguageChange(update);
  update();
}
