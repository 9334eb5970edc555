/**
 * The fill handle: the small square at the selection's bottom-right corner. Dragged down or right, it fills the cells
 * it passes over from the selection (fill.ts: formulas shifted, the selection repeated), as Excel's handle copies;
 * number series are not continued. A dashed frame shows the cells it will fill.
 */
import { columnIndex, columnLetters } from '../taskpane/ports/port';
import type { Rect } from './fill';

export type FillDirection = 'down' | 'right';

const cellAt = (x: number, y: number): { row: number; col: number } | undefined => {
  const td = document.elementFromPoint(x, y)?.closest<HTMLElement>('td[data-cell]');
  const m = td && /^([A-Z]+)(\d+)$/.exec(td.dataset.cell!);
  if (!m) return undefined;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]!) };
};

/** The cells a drag to `to` adds to `sel`: below it or to its right, whichever way the pointer went further. */
export function extension(sel: Rect, to: { row: number; col: number }): { area: Rect; direction: FillDirection } | undefined {
  const down = to.row - (sel.top + sel.rows - 1);
  const right = to.col - (sel.left + sel.cols - 1);
  if (down <= 0 && right <= 0) return undefined;
  return down >= right
    ? { area: { top: sel.top + sel.rows, left: sel.left, rows: down, cols: sel.cols }, direction: 'down' }
    : { area: { top: sel.top, left: sel.left + sel.cols, rows: sel.rows, cols: right }, direction: 'right' };
}

export class FillHandle {
  private readonly handle = document.createElement('div');
  private readonly frame = document.createElement('div');
  private dragging = false;

  /** `onFill(area)`: fill `area` from the selection. */
  constructor(private readonly scroll: HTMLElement, title: string, private readonly selection: () => Rect,
    private readonly onFill: (area: Rect) => void) {
    this.handle.className = 'wb-fill-handle';
    this.handle.dataset.testid = 'fill-handle';
    this.handle.title = title;
    this.handle.setAttribute('aria-hidden', 'true');
    this.frame.className = 'wb-fill-frame';
    this.frame.hidden = true;
    this.handle.hidden = true;
    scroll.append(this.handle, this.frame);
    this.handle.addEventListener('mousedown', (e) => this.drag(e));
  }

  /** Where a cell's corner is inside the scrolling box, if the cell is drawn. */
  private box(row: number, col: number): DOMRect | undefined {
    const td = this.scroll.querySelector<HTMLElement>(`td[data-cell="${columnLetters(col)}${row + 1}"]`);
    if (!td) return undefined;
    const r = td.getBoundingClientRect();
    const s = this.scroll.getBoundingClientRect();
    return new DOMRect(r.left - s.left + this.scroll.scrollLeft, r.top - s.top + this.scroll.scrollTop, r.width, r.height);
  }

  /** On the selection's bottom-right cell, or hidden when that cell is not drawn. */
  place(sel: Rect): void {
    if (this.dragging) return;
    const corner = this.box(sel.top + sel.rows - 1, sel.left + sel.cols - 1);
    this.handle.hidden = !corner;
    if (corner) {
      this.handle.style.left = `${corner.right}px`;
      this.handle.style.top = `${corner.bottom}px`;
    }
  }

  private drag(down: MouseEvent): void {
    down.preventDefault();
    down.stopPropagation();
    this.dragging = true;
    const sel = this.selection();
    let target: Rect | undefined;
    const onMove = (m: MouseEvent): void => {
      const to = cellAt(m.clientX, m.clientY);
      const ext = to && extension(sel, to);
      target = ext?.area;
      const first = target && this.box(target.top, target.left);
      const last = target && this.box(target.top + target.rows - 1, target.left + target.cols - 1);
      this.frame.hidden = !(first && last);
      if (first && last) Object.assign(this.frame.style, {
        left: `${first.left}px`, top: `${first.top}px`, width: `${last.right - first.left}px`, height: `${last.bottom - first.top}px`,
      });
    };
    const onUp = (): void => {
      window.removeEventListener('mousemove', onMove);
      window.removeEventListener('mouseup', onUp);
      this.dragging = false;
      this.frame.hidden = true;
      if (target) this.onFill(target);
      this.place(this.selection());
    };
    window.addEventListener('mousemove', onMove);
    window.addEventListener('mouseup', onUp);
  }
}
