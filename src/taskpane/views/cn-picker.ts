/**
 * Finding a CBAM good by what a user knows of it: the start of its CN code ("7208", "7208 39"), or words of its
 * description in English ("hot-rolled coil") or Chinese ("热轧"). Pure: the view renders what this returns.
 *
 * The annex's descriptions (a quarter of the pane's code) come in a chunk of their own, loaded when the CBAM view is
 * mounted (loadGoods), so the pane starts without them; until they arrive, the picker lists nothing and a code has
 * no description.
 */
import { cnText } from '../../core';
import { CN_HEADINGS_ZH } from '../../core/rules/cbam-data/headings-zh';

export interface CnChoice {
  readonly code: string;
  /** The code as printed: 7208 39 00. */
  readonly text: string;
  readonly description: string;
  /** The heading's Chinese name, where the picker has one. */
  readonly zh?: string;
}

let CHOICES: readonly CnChoice[] = [];
let SEARCH: readonly string[] = [];
let loading: Promise<void> | undefined;

const haystack = (c: CnChoice): string => `${c.description} ${c.zh ?? ''}`.toLowerCase();

/**
 * Loads the descriptions once; every later call gets the same promise. A load that failed (the host unreachable for a
 * moment) is forgotten, so the next call tries again instead of leaving the picker empty for the session.
 */
export function loadGoods(): Promise<void> {
  loading ??= import(/* webpackChunkName: "cn-descriptions" */ '../../core/rules/cbam-data/descriptions').then(({ CN_DESCRIPTIONS }) => {
    CHOICES = CN_DESCRIPTIONS.map(([code, description]) => {
      const zh = CN_HEADINGS_ZH[code.slice(0, 4)];
      return { code, text: cnText(code), description, ...(zh ? { zh } : {}) };
    });
    SEARCH = CHOICES.map(haystack);
  }, (e: unknown) => {
    loading = undefined;
    throw e;
  });
  return loading;
}

/** Whether the descriptions are here (until then the picker lists nothing and codes have no description). */
export const goodsLoaded = (): boolean => CHOICES.length > 0;

/** At most `limit` goods: codes that start with the digits typed, else descriptions holding every word typed. */
export function findGoods(query: string, limit = 40): CnChoice[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  const digits = q.replace(/[\s.]/g, '');
  if (/^\d+$/.test(digits)) return CHOICES.filter((c) => c.code.startsWith(digits)).slice(0, limit);
  // Chinese has no spaces between words: each run of CJK characters is searched as typed.
  const words = q.split(/\s+/).filter(Boolean);
  return CHOICES.filter((_, i) => words.every((w) => SEARCH[i]!.includes(w))).slice(0, limit);
}

/** The Chinese name of a code's heading (its first four digits), where the picker has one. */
export const headingZh = (digits: string): string | undefined => CN_HEADINGS_ZH[digits.slice(0, 4)];

/** The description the annex gives a code, or its heading's, for a line title. */
export function describeCode(digits: string): string | undefined {
  for (let length = Math.min(digits.length, 8); length >= 4; length -= 2) {
    const hit = CHOICES.find((c) => c.code === digits.slice(0, length));
    if (hit) return hit.description;
  }
  return CHOICES.find((c) => c.code.startsWith(digits))?.description;
}
