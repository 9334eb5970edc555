import { dateText } from '../core';
import { language } from './i18n/messages';

/** Numbers as the pane shows them, with formatters built once (a table check formats thousands of figures). */
const formatter = (options: Intl.NumberFormatOptions) => {
  const f = new Intl.NumberFormat('en-US', options);
  return (n: number): string => f.format(n);
};

/** 31,200 */
export const whole = formatter({ maximumFractionDigits: 0 });
/** 27,390.5 — tonnes with one decimal */
export const tonnes = formatter({ maximumFractionDigits: 1 });
/** 27,390.125 — up to three decimals */
export const precise = formatter({ maximumFractionDigits: 3 });
/** 94.5% */
export const percent = formatter({ style: 'percent', maximumFractionDigits: 1 });

/** A calendar date (ISO yyyy-mm-dd) as the pane's language writes it: 31 Dec 2026, or 2026年12月31日. */
export function dateLabel(iso: string): string {
  if (language() !== 'zh-CN') return dateText(iso);
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${y}年${m}月${d}日`;
}
