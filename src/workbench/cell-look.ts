/**
 * How a drawn cell looks beyond its value: its fill and font, its part in a merged area (the first cell's value shows
 * across the area, the lines inside it are not drawn), and the note of a formula kept as its saved value. cellLook
 * works it out from CellFormats (DOM-free, tested in Node); paintCell puts it on the grid's <td>.
 */
import type { CellFormats } from './cell-formats';
import type { Font } from './files';

export interface CellLook {
  fill?: string;
  font?: Font;
  /** In a merged area: whether the cell is its first, and whether the area goes on to its right and below it. */
  merge?: { first: boolean; columns: number[]; more: { right: boolean; below: boolean } };
  /** Why the cell shows the value Excel saved. */
  note?: string;
}

/** White is the grid's own background: a file's white fill is not painted, so the selection still shows. */
const WHITE = /^#?F{6}$/i;

export function cellLook(formats: CellFormats, sheet: string, row: number, col: number): CellLook {
  const look: CellLook = {};
  const fill = formats.fillAt(sheet, row, col);
  if (fill && !WHITE.test(fill)) look.fill = fill;
  const font = formats.fontAt(sheet, row, col);
  if (font) look.font = font;
  const m = formats.mergeAt(sheet, row, col);
  if (m && m.rows * m.cols > 1) {
    look.merge = {
      first: m.top === row && m.left === col,
      columns: Array.from({ length: m.cols }, (_, i) => m.left + i),
      more: { right: col < m.left + m.cols - 1, below: row < m.top + m.rows - 1 },
    };
  }
  const note = formats.savedAt(sheet, row, col)?.note;
  if (note) look.note = note;
  return look;
}

/** Puts a cell's look on its <td> (its text and value hover already there); `width` gives a column's width in pixels. */
export function paintCell(td: HTMLTableCellElement, look: CellLook, width: (col: number) => number): void {
  if (look.fill) td.style.background = look.fill;
  const { font, merge, note } = look;
  if (font) {
    if (font.bold) td.style.fontWeight = '700';
    if (font.italic) td.style.fontStyle = 'italic';
    const lines = [font.underline ? 'underline' : '', font.strike ? 'line-through' : ''].filter(Boolean).join(' ');
    if (lines) td.style.textDecoration = lines;
    if (font.color && !/^#0{6}$/.test(font.color)) td.style.color = font.color;
  }
  if (merge) {
    if (merge.more.right) td.classList.add('wb-merge-r');
    if (merge.more.below) td.classList.add('wb-merge-b');
    if (merge.first && td.textContent) {
      // The value across the whole area: a box as wide as its columns, over the (empty) cells to the right.
      const text = document.createElement('span');
      text.className = 'wb-merge-text';
      text.textContent = td.textContent;
      text.style.width = `${merge.columns.reduce((w, c) => w + width(c), 0)}px`;
      td.classList.add('wb-merge-first');
      td.replaceChildren(text);
    }
  }
  if (note) {
    td.classList.add('wb-saved');
    td.title = td.title ? `${note}\n${td.title}` : note;
  }
}
