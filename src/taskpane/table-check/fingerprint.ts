/**
 * What the pane wrote, remembered as a short fingerprint per output block (in the document's settings, by sheet and
 * mark), so a re-run can tell its own untouched output — refreshed without asking — from cells the user has since
 * cleared, typed over or edited, which are the user's and are asked about first.
 */
import type { Area, CellValue, DocumentSettings, WorkbookPort } from '../ports/port';

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

/** Whether a block still holds exactly what the pane wrote there last (false when nothing was remembered). */
export async function untouched(port: WorkbookPort, area: Area, mark: string, stored: DocumentSettings['outputs']): Promise<boolean> {
  const remembered = stored?.[outputKey(area, mark)];
  return remembered !== undefined && fingerprint(await port.readValues(area)) === remembered;
}
