/**
 * The table check's view: read the selection, find the header row (the user can pick another), show and correct the
 * column mapping — the pane's own result columns are never offered, and a tie is left for the user — then run, asking
 * before writing over anything that is not the pane's own. Run reads the table again first, so fixed rows count.
 */
import { onLanguageChange, t } from '../i18n/messages';
import { allSchemes } from '../../core';
import { FIELDS, matchColumns, missingFields, type ColumnMap, type ColumnMatch, type Field } from '../table-check/columns';
import { guessHeaderRow, HEADER_SCAN_ROWS, ownColumnsOfRead, tableAt } from '../table-check/header-row';
import { doneMessage } from '../table-check/messages';
import { ownColumns, regionArea } from '../table-check/output';
import { DONE, runTableCheck, type Choice, type TableCheckUi } from '../table-check/table-check';
import { WriteStopped } from '../table-check/write-steps';
import { byId, fillSelect, restoreFocus, setStatus } from '../dom';
import { whole } from '../format';
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

/** Fields as a list in the pane's language: "a and b" / "a和b". */
const fieldList = (fields: readonly string[]): string => fields.join(t('tc.and'));
const fieldLabel = (field: Field): string => t(`tc.field.${field}`);

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

/** A row of the sheet as the header-row chooser shows it: its number and its first few cells. */
function rowPreview(read: SheetRead, i: number): string {
  const cells = (read.values[i] ?? []).filter((v: CellValue) => v !== '' && v !== null).slice(0, 3).map(String);
  const text = cells.join(' | ');
  return t('tc.row-preview', { row: read.top + i + 1, text: text.length > 48 ? `${text.slice(0, 47)}…` : text || t('tc.empty') });
}

/** The user's headers (the pane's own columns left out), to tell whether the table changed between read and run. */
const userHeaders = (region: Region, own: ReadonlySet<number>): string =>
  JSON.stringify(region.headers.map((h, i) => (own.has(i) ? null : h)).filter((h) => h !== null));

const schemeName = (id: string): string => allSchemes().find((s) => s.id === id)?.name ?? `${id} ETS`;

interface Loaded {
  read: SheetRead;
  region: Region;
  own: ReadonlySet<number>;
  /** Fields with two equally good columns, until the user picks one. */
  pending: Set<Field>;
}

export function mountTableCheck(port: WorkbookPort | undefined, settings: () => DocumentSettings): void {
  const status = byId('tc-status');
  const progress = byId<HTMLProgressElement>('tc-progress');
  const read = byId<HTMLButtonElement>('tc-read');
  const run = byId<HTMLButtonElement>('tc-run');
  const headerRow = byId<HTMLSelectElement>('tc-header-row');
  let loaded: Loaded | undefined;
  if (!port) {
    read.disabled = true;
    setStatus(status, t('tc.no-port'));
    onLanguageChange(() => setStatus(status, t('tc.no-port')));
    return;
  }

  const showAmbiguity = (match: ColumnMatch, region: Region): void => {
    const box = byId('tc-ambiguous');
    const open = match.ambiguous.filter((a) => loaded?.pending.has(a.field));
    box.hidden = open.length === 0;
    box.textContent = open.map((a) => t('tc.ambiguous', {
      count: a.columns.length, field: fieldLabel(a.field), columns: fieldList(a.columns.map((i) => columnName(region, i))),
    })).join(' ');
  };

  /** Shows the table with its header on row `header` of the read: mapping, notes and what is missing. */
  const show = (sheetRead: SheetRead, header: number, sure: boolean): void => {
    const region = tableAt(sheetRead, header);
    if (!region) {
      setStatus(status, t('tc.row-empty', { row: sheetRead.top + header + 1 }), true);
      return;
    }
    const own = ownColumns(regionArea(region), sheetRead.marks);
    const match = matchColumns(region.headers, own);
    loaded = { read: sheetRead, region, own, pending: new Set(match.ambiguous.map((a) => a.field)) };
    fillSelect(headerRow, Array.from({ length: Math.min(HEADER_SCAN_ROWS, sheetRead.values.length) },
      (_, i): [string, string] => [String(i), rowPreview(sheetRead, i)]), String(header));
    const hint = byId('tc-header-hint');
    hint.hidden = sure;
    hint.textContent = sure ? '' : t('tc.header-unsure');
    const ownCols = [...own].sort((x, y) => x - y).map((i) => columnLetters(region.left + i));
    byId('tc-own').hidden = ownCols.length === 0;
    byId('tc-own').textContent = ownCols.length
      ? t('tc.own', { columns: ownCols.join(', ') })
      : '';
    renderMapping(region, match.map, own);
    showAmbiguity(match, region);
    byId('tc-found').textContent = t('tc.found', { rows: whole(region.rows.length), sheet: region.sheet, row: region.top + 1 });
    byId('tc-mapping').hidden = false;
    const missing = missingFields(match.map);
    setStatus(status, missing.length ? t('tc.choose', { fields: fieldList(missing) }) : '');
  };

  read.addEventListener('click', async () => {
    byId('tc-found').textContent = '';
    setStatus(status, t('tc.reading-selection'));
    try {
      const sheetRead = await port.readRegion();
      if (!sheetRead) {
        setStatus(status, t('tc.empty-selection'), true);
        return;
      }
      const guess = guessHeaderRow(sheetRead.values, ownColumnsOfRead(sheetRead));
      show(sheetRead, guess.row, guess.sure);
    } catch (e) {
      setStatus(status, t('tc.read-failed', { message: (e as Error).message }), true);
    }
  });

  // Another language: the table read is shown again in it, with the columns the user chose and the choices still open.
  onLanguageChange(() => {
    if (!loaded) return;
    const [map, pending, sure] = [readMapping(), new Set(loaded.pending), byId('tc-header-hint').hidden];
    show(loaded.read, Number(headerRow.value), sure);
    for (const field of FIELDS) byId<HTMLSelectElement>(`tc-map-${field}`).value = map[field] === undefined ? '' : String(map[field]);
    loaded.pending = pending;
    showAmbiguity(matchColumns(loaded.region.headers, loaded.own), loaded.region);
  });

  headerRow.addEventListener('change', () => {
    if (loaded) show(loaded.read, Number(headerRow.value), true);
  });

  byId('tc-fields').addEventListener('change', (e) => {
    const field = (e.target as HTMLElement).id.replace(/^tc-map-/, '') as Field;
    if (!loaded?.pending.delete(field)) return;
    showAmbiguity(matchColumns(loaded.region.headers, loaded.own), loaded.region);
  });

  run.addEventListener('click', async () => {
    if (!loaded) return;
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
      const header = before.region.top - (fresh?.top ?? 0);
      const region = fresh && header >= 0 ? tableAt(fresh, header) : undefined;
      const own = region ? ownColumns(regionArea(region), fresh!.marks) : new Set<number>();
      if (!fresh || !region || region.left !== before.region.left || userHeaders(region, own) !== userHeaders(before.region, before.own)) {
        if (fresh) {
          const guess = guessHeaderRow(fresh.values, ownColumnsOfRead(fresh));
          show(fresh, guess.row, guess.sure);
        }
        setStatus(status, t('tc.changed'), true);
        return;
      }
      const report = await runTableCheck(port, region, map, settings(), ui);
      setStatus(status, doneMessage(report, schemeName(settings().scheme)));
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
}
