/**
 * A value over cells kept as runs along each row (a fill, a font): setting or clearing columns of a row cuts the runs
 * it overlaps, a cell's value is found among its row's few runs, and the whole can be given back as rectangles.
 * DOM-free.
 */
import type { Rect } from './files';

interface Run<T> { left: number; cols: number; value: T }

/** Runs with columns left … left + cols − 1 taken out. */
function cut<T>(runs: readonly Run<T>[], left: number, cols: number): Run<T>[] {
  return runs.flatMap((run) => [
    { ...run, cols: Math.min(run.cols, left - run.left) },
    { ...run, left: Math.max(run.left, left + cols), cols: run.left + run.cols - Math.max(run.left, left + cols) },
  ].filter((x) => x.cols > 0));
}

export class RowRuns<T> {
  private readonly rows = new Map<number, Run<T>[]>();

  set(row: number, left: number, cols: number, value: T): void {
    const runs = this.rows.get(row);
    const run = { left, cols, value };
    // Areas from a file never overlap: most runs go in as they are.
    if (runs && !runs.some((r) => r.left < left + cols && left < r.left + r.cols)) runs.push(run);
    else this.rows.set(row, [...cut(runs ?? [], left, cols), run]);
  }

  clear(row: number, left: number, cols: number): void {
    const kept = cut(this.rows.get(row) ?? [], left, cols);
    if (kept.length) this.rows.set(row, kept);
    else this.rows.delete(row);
  }

  /** A copy that shares no runs with this one (the values themselves are shared: fills and fonts are never changed in place). */
  copy(): RowRuns<T> {
    const copy = new RowRuns<T>();
    for (const [row, runs] of this.rows) copy.rows.set(row, runs.map((r) => ({ ...r })));
    return copy;
  }

  at(row: number, col: number): T | undefined {
    return this.rows.get(row)?.find((r) => col >= r.left && col < r.left + r.cols)?.value;
  }

  /**
   * The runs as rectangles: a run continues the rectangle above it when it spans the same columns with the same
   * value (`same`), so a filled block of 1,000 rows is one area.
   */
  areas(same: (a: T, b: T) => boolean = (a, b) => a === b): Array<Rect & { value: T }> {
    const areas: Array<Rect & { value: T }> = [];
    let open = new Map<string, Rect & { value: T }>(); // by "left:cols", the areas reaching the previous row
    let previous = -2;
    for (const row of [...this.rows.keys()].sort((a, b) => a - b)) {
      const next = new Map<string, Rect & { value: T }>();
      for (const { left, cols, value } of this.rows.get(row)!) {
        const key = `${left}:${cols}`;
        const above = row === previous + 1 ? open.get(key) : undefined;
        if (above && same(above.value, value)) {
          above.rows += 1;
          next.set(key, above);
        } else {
          const area = { top: row, left, rows: 1, cols, value };
          areas.push(area);
          next.set(key, area);
        }
      }
      open = next;
      previous = row;
    }
    return areas;
  }
}
