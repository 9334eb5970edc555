/**
 * What the pane wrote, remembered as a short fingerprint per output block (in the document's settings, by sheet and
 * mark), so a re-run can tell its own untouched output — refreshed without asking — from cells the user has since
 * cleared, typed over or edited, which are the user's and are asked about first.
 */
import { inEveryLanguage } from '../i18n/messages';
import type { Area, CellValue, DocumentSettings, WorkbookPort } from '../ports/port';
import { isCoveredHeader } from './results';

/** A cell as read back from any host: blanks as '', numbers to Excel's 15 significant digits, everything as text. */
const cellText = (v: CellValue | undefined): string => {
  if (v === null || v === undefined || v === '') return '';
  if (typeof v === 'number') return String(Number(v.toPrecision(15)));
  return `${typeof v}:${String(v)}`;
};

/** FNV-1a (32 bits) over the cells, row by row, with the block's size: enough to notice any edit, cheap on 50,000 rows. */
export function fingerprint(values: readonly (readonly CellValue[])[]): string {
  let h = 0x811c9dc5;
  const add = (text: string): void => {
    for (let i = 0; i < text.length; i += 1) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  };
  for (const row of values) {
    for (const v of row) add(`${cellText(v)}\u0000`);
    add('\u0001');
  }
  return `${values.length}x${values[0]?.length ?? 0}:${(h >>> 0).toString(36)}`;
}

/** The settings key of an output block: its sheet and mark name (marks are scoped to their sheet). */
export const outputKey = (area: Area, mark: string): string => `${area.sheet}!${mark}`;

/**
 * A block headed as the pane heads its output, in any language: the Covered and Reason headers over results, the
 * summary's title over a summary. What the pane can still tell when it remembers nothing (a file saved by the workbench,
 * which keeps marks but not the document's settings, opened again).
 */
function headedAsOwn(values: readonly (readonly CellValue[])[], part: 'Results' | 'Summary'): boolean {
  const first = values[0] ?? [];
  if (part === 'Results') {
    return first.some(isCoveredHeader) && first.some((v) => typeof v === 'string' && inEveryLanguage('tc.h.reason').includes(v));
  }
  const titles = inEveryLanguage('tc.s.title').map((title) => title.slice(0, title.indexOf('{')).trim()).filter(Boolean);
  return typeof first[0] === 'string' && titles.some((title) => (first[0] as string).startsWith(title));
}

/**
 * Whether a block still holds what the pane wrote there last: exactly (its fingerprint), or — when nothing was
 * remembered — at least under the pane's own headers. A block cleared, typed over or edited is the user's.
 */
export async function untouched(port: WorkbookPort, area: Area, mark: string, stored: DocumentSettings['outputs']): Promise<boolean> {
  const remembered = stored?.[outputKey(area, mark)];
  const values = await port.readValues(area);
  if (remembered !== undefined) return fingerprint(values) === remembered;
  return headedAsOwn(values, mark.endsWith('_Summary') ? 'Summary' : 'Results');
}
