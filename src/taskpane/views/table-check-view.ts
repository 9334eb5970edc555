/**
 * The table check's view: read the table around the selection (across blank rows), find its header block (one to three
 * rows, merged cells included — the user can pick other rows, and must confirm when the pane is not sure), show and
 * correct the column mapping with each emissions column's unit as its header gives it — the pane's own result columns
 * are never offered, and a tie is left for the user — then run, asking before writing over anything that is not the
 * pane's own. Run reads the table again first, so fixed rows count.
 */
import { onLanguageChange, t } from '../i18n/messages';
import { MASS_UNITS, type MassUnit } from '../../functions/quantity';
import { proposedUnit } from '../table-check/units';
import { EMISSION_FIELDS, FIELDS, matchColumns, missingFields, type ColumnMap, type ColumnMatch, type EmissionField, type Field } from '../table-check/columns';
import { HEADER_SCAN_ROWS, locateTable, MAX_HEADER_ROWS, tableAt, type HeaderGuess } from '../table-check/header-row';
import { doneMessage, readNote, rowsText } from '../table-check/messages';
import { ownColumns, regionArea } from '../table-check/output';
import { DONE, runTableCheck, skippedRow, type Choice, type TableCheckUi } from '../table-check/table-check';
import { schemeName } from '../table-check/results';
import { WriteStopped } from '../table-check/write-steps';
import { byId, fillSelect, restoreFocus, setStatus } from '../dom';
import { precise, whole } from '../format';
import { columnLetters, type CellValue, type DocumentSettings, type Region, type SheetRead, type WorkbookPort } from '../ports/port';

/**
 * Resolves with the user's choice from the in-pane confirmation (Office add-ins cannot use window.confirm). The
 * question takes the focus, on its first answer; Escape answers Cancel, as a dialog's does.
 */
function askOverwrite(where: string): Promise<Choice> {
  const box = byId('tc-confirm');
  byId('tc-confirm-text').textContent = t('tc.confirm', { where });
  box.hidden = false;
  byId('tc-new-sheet').focus();
  return new Promise((resolve) => {
    const done = (choice: Choice) => () => {
      box.hidden = true;
      for (const [id, handler] of handlers) byId(id).removeEventListener('click', handler);
      box.removeEventListener('keydown', escape);
      resolve(choice);
    };
    const handlers: Array<[string, () => void]> = [
      ['tc-new-sheet', done('new-sheet')], ['tc-replace', done('replace')], ['tc-cancel', done('cancel')],
    ];
    const cancel = done('cancel');
    const escape = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      cancel();
    };
    for (const [id, handler] of handlers) byId(id).addEventListener('click', handler);
    box.addEventListener('keydown', escape);
  });
}

const columnName = (region: Region, i: number): string => `${region.headers[i] || t('tc.column', { n: i + 1 })} (${columnLetters(region.left + i)})`;

/** Items as a list in the pane's language: "a and b", "a, b and c" / "a和b", "a、b和c". */
function fieldList(items: readonly string[]): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(t('tc.list.sep'))}${t('tc.and')}${items[items.length - 1]}`;
}
const fieldLabel = (field: Field): string => t(`tc.field.${field}`);
const UNITS = Object.keys(MASS_UNITS) as MassUnit[];
const isEmissionField = (f: Field): f is EmissionField => (EMISSION_FIELDS as readonly string[]).includes(f);

function unitCell(field: EmissionField, header: string | undefined, column: readonly CellValue[]): HTMLTableCellElement {
  const td = document.createElement('td');
  const select = document.createElement('select');
  select.id = `tc-unit-${field}`;
  select.dataset.testid = `tc-unit-${field}`;
  select.setAttribute('aria-label', t('tc.unit.label', { field: fieldLabel(field) }));
  const hint = document.createElement('span');
  hint.className = 'muted unit-note';
  hint.id = `tc-unit-note-${field}`;
  hint.dataset.testid = `tc-unit-note-${field}`;
  td.append(select, hint);
  showUnit(field, header, select, hint, column);
  return td;
}

/** The unit chooser of a field for the column now mapped to it: the header's unit, or nothing to choose without a column. */
function showUnit(field: EmissionField, header: string | undefined, select: HTMLSelectElement, hint: HTMLElement,
  column: readonly CellValue[] = [], mapped = header !== undefined): void {
  const { unit, source, median } = proposedUnit(field, header, column);
  fillSelect(select, [...(unit === undefined ? [['', t('tc.unit.choose')] as [string, string]] : []),
    ...UNITS.map((u): [string, string] => [u, t(`tc.unit.${u}`)])], unit ?? '');
  select.disabled = !mapped;
  hint.textContent = mapped ? t(`tc.unit.${source}`, { median: precise(median ?? 0) }) : '';
  hint.classList.toggle('unit-warning', source === 'small' || source === 'ambiguous');
}

/** A column's cells in the table's rows. */
const columnOf = (region: Region, col: number | undefined): CellValue[] => (col === undefined ? [] : region.rows.map((r) => r[col] ?? ''));

function renderMapping(region: Region, map: ColumnMap, own: ReadonlySet<number>): void {
  const options: Array<[string, string]> = [['', t('tc.none')],
    ...region.headers.flatMap((_, i): Array<[string, string]> => (own.has(i) ? [] : [[String(i), columnName(region, i)]]))];
  const rows = FIELDS.map((field) => {
    const tr = document.createElement('tr');
    const th = document.createElement('th');
    th.scope = 'row';
    const label = document.createElement('label');
    label.htmlFor = `tc-map-${field}`;
    label.textContent = fieldLabel(field);
    th.append(label);
    const td = document.createElement('td');
    const select = document.createElement('select');
    select.id = `tc-map-${field}`;
    select.dataset.testid = `tc-map-${field}`;
    fillSelect(select, options, map[field] === undefined ? '' : String(map[field]));
    td.append(select);
    tr.append(th, td);
    if (isEmissionField(field)) tr.append(unitCell(field, map[field] === undefined ? undefined : region.headers[map[field]!] ?? '', columnOf(region, map[field])));
    return tr;
  });
  byId('tc-fields').replaceChildren(...rows);
}

function readMapping(): ColumnMap {
  const map: ColumnMap = {};
  for (const field of FIELDS) {
    const v = byId<HTMLSelectElement>(`tc-map-${field}`).value;
    if (v !== '') map[field as Field] = Number(v);
  }
  return map;
}

/** The unit chosen for each mapped emissions column; fields whose unit is still to be chosen are listed apart. */
function readUnits(map: ColumnMap): { units: Partial<Record<EmissionField, MassUnit>>; open: EmissionField[] } {
  const units: Partial<Record<EmissionField, MassUnit>> = {};
  const open: EmissionField[] = [];
  for (const field of EMISSION_FIELDS) {
    if (map[field] === undefined) continue;
    const v = byId<HTMLSelectElement>(`tc-unit-${field}`).value;
    if (v === '') open.push(field);
    else units[field] = v as MassUnit;
  }
  return { units, open };
}

/** A row of the sheet as the header-row chooser shows it: its number and its first few cells. */
function rowPreview(read: SheetRead, i: number): string {
  const cells = (read.values[i] ?? []).filter((v: CellValue) => v !== '' && v !== null).slice(0, 3).map(String);
  const text = cells.join(' | ');
  return t('tc.row-preview', { row: read.top + i + 1, text: text.length > 48 ? `${text.slice(0, 47)}…` : text || t('tc.empty') });
}

/** The user's headers (the pane's own columns left out), to tell whether the table changed between read and run. */
const userHeaders = (region: Region, own: ReadonlySet<number>): string =>
  JSON.stringify(region.headers.map((h, i) => (own.has(i) ? null : h)).filter((h) => h !== null));

/** Blank rows and rows labelled as totals among the rows read, as the check will skip them (formula totals show at the run). */
function previewCounts(region: Region, map: ColumnMap, own: ReadonlySet<number>): { blank: number; totals: number } {
  const counts = { blank: 0, totals: 0 };
  for (const row of region.rows) {
    const kind = skippedRow(row, map, own)?.kind;
    if (kind === 'blank') counts.blank += 1;
    else if (kind === 'total') counts.totals += 1;
  }
  return counts;
}

interface Loaded {
  read: SheetRead;
  /** Where the table's rows end in the read. */
  to: number;
  /** The header block: first row (an index of the read) and rows. */
  header: number;
  depth: number;
  region: Region;
  own: ReadonlySet<number>;
  /** Fields with two equally good columns, until the user picks one. */
  pending: Set<Field>;
  /** Why the pane is not sure of the header block, until the user confirms it (or picks rows). */
  doubt?: HeaderGuess['doubt'];
}

/** What the view offers the pane: the read its "Read selected table" button makes (for the ribbon's command). */
export interface TableCheck {
  readSelection(): Promise<void>;
}

export function mountTableCheck(port: WorkbookPort | undefined, settings: () => DocumentSettings): TableCheck {
  const status = byId('tc-status');
  const progress = byId<HTMLProgressElement>('tc-progress');
  const read = byId<HTMLButtonElement>('tc-read');
  const run = byId<HTMLButtonElement>('tc-run');
  const headerRow = byId<HTMLSelectElement>('tc-header-row');
  const headerDepth = byId<HTMLSelectElement>('tc-header-depth');
  const hint = byId('tc-header-hint');
  let loaded: Loaded | undefined;
  if (!port) {
    read.disabled = true;
    setStatus(status, t('tc.no-port'));
    onLanguageChange(() => setStatus(status, t('tc.no-port')));
    return { readSelection: async () => undefined };
  }

  const showAmbiguity = (match: ColumnMatch, region: Region): void => {
    const box = byId('tc-ambiguous');
    const open = match.ambiguous.filter((a) => loaded?.pending.has(a.field));
    box.hidden = open.length === 0;
    box.textContent = open.map((a) => t('tc.ambiguous', {
      count: a.columns.length, field: fieldLabel(a.field), columns: fieldList(a.columns.map((i) => columnName(region, i))),
    })).join(' ');
  };

  const showHint = (doubt: HeaderGuess['doubt'] | undefined, first: number, depth: number): void => {
    hint.hidden = doubt === undefined;
    const rows = depth === 1 ? t('tc.rows.one', { row: first }) : t('tc.rows.span', { from: first, to: first + depth - 1 });
    byId('tc-header-hint-text').textContent = doubt === undefined ? '' : t(`tc.header-unsure.${doubt}`, { rows });
  };

  /** Shows the table with its header block on rows [header, header + depth) of the read: mapping, units, notes, what is missing. */
  const show = (sheetRead: SheetRead, to: number, header: number, depth: number, doubt?: HeaderGuess['doubt'], from = header): void => {
    const region = tableAt(sheetRead, header, depth, to);
    if (!region) {
      setStatus(status, t('tc.row-empty', { row: sheetRead.top + header + 1 }), true);
      return;
    }
    const own = ownColumns(regionArea(region), sheetRead.marks);
    const match = matchColumns(region.headers, own);
    loaded = { read: sheetRead, to, header, depth, region, own, pending: new Set(match.ambiguous.map((a) => a.field)), doubt };
    const start = Math.min(from, header);
    fillSelect(headerRow, Array.from({ length: Math.max(0, Math.min(HEADER_SCAN_ROWS, to - start)) },
      (_, i): [string, string] => [String(start + i), rowPreview(sheetRead, start + i)]), String(header));
    fillSelect(headerDepth, Array.from({ length: MAX_HEADER_ROWS }, (_, i): [string, string] =>
      [String(i + 1), i === 0 ? t('tc.depth.one') : t('tc.depth.many', { rows: i + 1 })]), String(depth));
    const firstRow = sheetRead.top + header + 1;
    showHint(doubt, firstRow, depth);
    const ownCols = [...own].sort((x, y) => x - y).map((i) => columnLetters(region.left + i));
    byId('tc-own').hidden = ownCols.length === 0;
    byId('tc-own').textContent = ownCols.length ? t('tc.own', { columns: ownCols.join(t('tc.list.sep')) }) : '';
    renderMapping(region, match.map, own);
    showAmbiguity(match, region);
    const counts = previewCounts(region, match.map, own);
    const facilities = region.rows.length - counts.blank - counts.totals;
    byId('tc-found').textContent = t('tc.found', {
      rows: rowsText(facilities), sheet: region.sheet,
      headers: depth === 1 ? t('tc.rows.one', { row: firstRow }) : t('tc.rows.span', { from: firstRow, to: firstRow + depth - 1 }),
    }) + readNote(counts.blank, counts.totals);
    byId('tc-mapping').hidden = false;
    const missing = missingFields(match.map);
    setStatus(status, missing.length ? t('tc.choose', { fields: fieldList(missing) }) : '');
  };

  /** The button's read; not while a run has it disabled. */
  const readSelection = async (): Promise<void> => {
    if (read.disabled) return;
    byId('tc-found').textContent = '';
    setStatus(status, t('tc.reading-selection'));
    try {
      const sheetRead = await port.readRegion();
      if (!sheetRead) {
        setStatus(status, t('tc.empty-selection'), true);
        return;
      }
      const { from, to, guess } = locateTable(sheetRead);
      show(sheetRead, to, guess.row, guess.depth, guess.doubt, from);
    } catch (e) {
      setStatus(status, t('tc.read-failed', { message: (e as Error).message }), true);
    }
  };
  read.addEventListener('click', readSelection);

  // Another language: the table read is shown again in it, with the columns and units the user chose and the choices
  // still open.
  onLanguageChange(() => {
    if (!loaded) return;
    const { read: r, to, header, depth, doubt } = loaded;
    const from = Number(headerRow.options[0]?.value ?? header);
    const map = readMapping();
    const units = Object.fromEntries(EMISSION_FIELDS.map((f) => [f, byId<HTMLSelectElement>(`tc-unit-${f}`).value]));
    const pending = new Set(loaded.pending);
    show(r, to, header, depth, doubt, from);
    for (const field of FIELDS) byId<HTMLSelectElement>(`tc-map-${field}`).value = map[field] === undefined ? '' : String(map[field]);
    for (const field of EMISSION_FIELDS) {
      const select = byId<HTMLSelectElement>(`tc-unit-${field}`);
      const col = map[field];
      showUnit(field, col === undefined ? undefined : loaded.region.headers[col] ?? '', select, byId(`tc-unit-note-${field}`), columnOf(loaded.region, col));
      if (units[field]) select.value = units[field]!;
    }
    loaded.pending = pending;
    showAmbiguity(matchColumns(loaded.region.headers, loaded.own), loaded.region);
  });

  // Rows chosen by the user are the header: no confirmation is asked for them.
  const chooseRows = (): void => {
    if (!loaded) return;
    const from = Number(headerRow.options[0]?.value ?? loaded.header);
    show(loaded.read, loaded.to, Number(headerRow.value), Number(headerDepth.value), undefined, from);
  };
  headerRow.addEventListener('change', chooseRows);
  headerDepth.addEventListener('change', chooseRows);

  byId('tc-header-confirm').addEventListener('click', () => {
    if (!loaded) return;
    loaded.doubt = undefined;
    hint.hidden = true;
    setStatus(status, '');
    run.focus();
  });

  byId('tc-fields').addEventListener('change', (e) => {
    const id = (e.target as HTMLElement).id;
    if (!loaded || !id.startsWith('tc-map-')) return;
    const field = id.replace(/^tc-map-/, '') as Field;
    // Another column for an emissions field: its unit is read from that column's header.
    if (isEmissionField(field)) {
      const col = byId<HTMLSelectElement>(id).value;
      const index = col === '' ? undefined : Number(col);
      showUnit(field, index === undefined ? undefined : loaded.region.headers[index] ?? '', byId<HTMLSelectElement>(`tc-unit-${field}`),
        byId(`tc-unit-note-${field}`), columnOf(loaded.region, index));
    }
    if (!loaded.pending.delete(field)) return;
    showAmbiguity(matchColumns(loaded.region.headers, loaded.own), loaded.region);
  });

  run.addEventListener('click', async () => {
    if (!loaded) return;
    if (loaded.doubt !== undefined) {
      setStatus(status, t('tc.confirm-header-first'), true);
      return;
    }
    if (loaded.pending.size) {
      setStatus(status, t('tc.choose-first', { fields: fieldList([...loaded.pending].map(fieldLabel)) }), true);
      return;
    }
    const map = readMapping();
    const missing = missingFields(map);
    if (missing.length) {
      setStatus(status, t('tc.choose', { fields: fieldList(missing) }), true);
      return;
    }
    const { units, open } = readUnits(map);
    if (open.length) {
      setStatus(status, t('tc.choose-unit', { fields: fieldList(open.map(fieldLabel)) }), true);
      return;
    }
    const ui: TableCheckUi = {
      progress(message, done, total) {
        progress.hidden = message === DONE;
        progress.value = total ? (done ?? 0) / total : 0;
        // The status after the check is its report, set once it returns.
        if (message !== DONE) setStatus(status, total ? t('tc.p.count', { message, done: whole(done ?? 0), total: whole(total) }) : message);
      },
      confirmOverwrite: askOverwrite,
    };
    run.disabled = true;
    read.disabled = true;
    setStatus(status, t('tc.reading-table'));
    try {
      // Read again: rows fixed since the last read count, and the pane's output from a run before is recognised.
      const before = loaded;
      const fresh = await port.readRegion(before.read.anchor);
      const header = before.read.top + before.header - (fresh?.top ?? 0);
      const place = fresh ? locateTable(fresh) : undefined;
      const region = fresh && header >= 0 ? tableAt(fresh, header, before.depth, Math.max(place!.to, header + before.depth)) : undefined;
      const own = region ? ownColumns(regionArea(region), fresh!.marks) : new Set<number>();
      if (!fresh || !region || region.left !== before.region.left || userHeaders(region, own) !== userHeaders(before.region, before.own)) {
        if (fresh && place) show(fresh, place.to, place.guess.row, place.guess.depth, place.guess.doubt, place.from);
        setStatus(status, t('tc.changed'), true);
        return;
      }
      const report = await runTableCheck(port, region, map, settings(), ui, { units, headers: region.headers });
      setStatus(status, doneMessage(report, schemeName(settings().scheme), unitsUsed(map, units, region)));
    } catch (e) {
      const message = (e as Error).message;
      setStatus(status, e instanceof WriteStopped ? message : t('tc.stopped', { message }), true);
    } finally {
      progress.hidden = true;
      run.disabled = false;
      read.disabled = false;
      // Run was disabled under the focus, and the question hidden with it.
      restoreFocus(run);
    }
  });
  return { readSelection };
}

/** The columns read in a unit other than tonnes, for the status: "直接排放（万吨CO2）in 10⁴ t". */
function unitsUsed(map: ColumnMap, units: Partial<Record<EmissionField, MassUnit>>, region: Region): string[] {
  return EMISSION_FIELDS.flatMap((f) => {
    const unit = units[f];
    const i = map[f];
    return unit && unit !== 't' && i !== undefined ? [t('tc.units.one', { column: region.headers[i] || fieldLabel(f), unit: t(`tc.unit.${unit}`) })] : [];
  });
}
