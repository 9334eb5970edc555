import { language } from './i18n/messages';

/**
 * Numbers as the pane shows them, in its language's conventions (zh-CN groups and writes percentages as en-US does),
 * with one formatter per language built once (a table check formats thousands of figures).
 */
const formatter = (options: Intl.NumberFormatOptions) => {
  const built = new Map<string, Intl.NumberFormat>();
  return (n: number): string => {
    const lang = language() === 'zh-CN' ? 'zh-CN' : 'en-US';
    let f = built.get(lang);
    if (!f) built.set(lang, (f = new Intl.NumberFormat(lang, options)));
    return f.format(n);
  };
};

/** 31,200 */
export const whole = formatter({ maximumFractionDigits: 0 });
/** 27,390.5 — tonnes with one decimal */
export const tonnes = formatter({ maximumFractionDigits: 1 });
/** 27,390.125 — up to three decimals */
export const precise = formatter({ maximumFractionDigits: 3 });
/** 94.5% */
export const percent = formatter({ style: 'percent', maximumFractionDigits: 1 });

