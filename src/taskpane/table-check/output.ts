/**
 * The pane's own output on a sheet, found by the marks it writes (never by header text): each check's results block
 * and summary carry the names ETS_TableCheck<n>_Results and ETS_TableCheck<n>_Summary, scoped to their sheet.
 */
import { intersection } from '../ports/area';
import { MARK_PREFIX, type Area, type Mark, type Region } from '../ports/port';

export interface Output {
  readonly id: number;
  readonly results?: Area;
  readonly summary?: Area;
}

const NAME = new RegExp(`^${MARK_PREFIX}(\\d+)_(Results|Summary)$`);

export const markName = (id: number, part: 'Results' | 'Summary' | 'Chart'): string => `${MARK_PREFIX}${id}_${part}`;

/** The outputs the marks describe, by id. */
export function outputsOf(marks: readonly Mark[]): Output[] {
  const byId = new Map<number, { id: number; results?: Area; summary?: Area }>();
  for (const { name, area } of marks) {
    const m = NAME.exec(name);
    if (!m) continue;
    const id = Number(m[1]);
    const out = byId.get(id) ?? { id };
    if (m[2] === 'Results') out.results = area;
    else out.summary = area;
    byId.set(id, out);
  }
  return [...byId.values()].sort((x, y) => x.id - y.id);
}

/** An id no output on the sheet uses yet. */
export const nextId = (outputs: readonly Output[]): number => Math.max(0, ...outputs.map((o) => o.id)) + 1;

/** Columns of an area (indexes from its left edge) that lie in one of the marked areas. */
export function ownColumns(area: Area, marks: readonly Mark[]): Set<number> {
  const own = new Set<number>();
  for (const { area: marked } of marks) {
    const cut = intersection(area, marked);
    for (let c = cut?.left ?? 0; cut && c < cut.left + cut.cols; c += 1) own.add(c - area.left);
  }
  return own;
}

/** The area a table takes on its sheet, header row included. */
export const regionArea = (region: Region): Area =>
  ({ sheet: region.sheet, top: region.top, left: region.left, rows: region.rows.length + 1, cols: region.headers.length });

/** Columns of the table that are the user's: everything up to the last column that is not the pane's own. */
export function tableWidth(region: Region): number {
  const own = ownColumns(regionArea(region), region.marks ?? []);
  let width = region.headers.length;
  while (width > 0 && own.has(width - 1)) width -= 1;
  return width;
}

/** The earlier output of this table: a results block on its header row, inside the table or just right of it. */
export function outputOf(region: Region): Output | undefined {
  const right = region.left + tableWidth(region);
  return outputsOf(region.marks ?? []).find(({ results: r }) =>
    r !== undefined && r.sheet === region.sheet && r.top === region.top && r.left >= region.left && r.left <= right);
}
