/**
 * The workbench's Open and Save: files (picked, or dropped on the page) into new sheets of the engine, and every sheet
 * back out as one .xlsx, downloaded from memory (nothing leaves the page). open-workbook.ts moves workbooks in and
 * out of the engine; this module reads and writes the files and says what happened. loadWorkbook, loadSheets and
 * engineSheets touch no DOM, so the tests run them in Node.
 */
import type { HyperFormula } from 'hyperformula';
import { decodeText, isError, readCsv, type SheetData, type Value, type WorkbookData } from './files';
import {
  EngineFailure, openInEngine, saveFromEngine, type FileView, type OpenResult, type SavedReason,
} from './open-workbook';
import { readWorkbook, SheetTooLargeError, writeXlsx } from './xlsx';
import { columnLetters } from '../taskpane/ports/port';
import { XLSX_MIME } from './files';

export { engineContent, type FileView } from './open-workbook';

const count = (n: number): string => n.toLocaleString('en-US');
const list = (items: readonly string[]): string => items.join(', ');

/** A value as a note quotes it: text in quotes, errors by their code, an empty cell as such. */
function shown(v: Value): string {
  if (v === null) return 'an empty cell';
  if (isError(v)) return v.error;
  if (typeof v === 'string') return `"${v}"`;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/** Every text this module shows the user, in one place (the workbench's UI is being translated). */
export const TEXTS = {
  opening: (file: string) => `Opening ${file}…`,
  computing: (file: string) => `Computing the formulas of ${file}…`,
  opened: (file: string, into: string) => `Opened ${file} into ${into}.`,
  oneSheet: (name: string) => `the new sheet ${name}`,
  /** The new sheets, named when they are few. */
  sheets: (names: readonly string[]) => (names.length <= 8
    ? `${names.length} new sheets: ${list(names)}`
    : `${names.length} new sheets: ${list(names.slice(0, 5))} and ${count(names.length - 5)} more`),
  /** After the sheets' names: how many of them stay hidden. */
  hidden: (n: number) => ` (${n === 1 ? 'one of them is hidden' : `${count(n)} of them are hidden`}; the tab bar's "hidden" button shows them)`,
  noSheet: (file: string) => `${file} holds no worksheet.`,
  couldNotOpen: (file: string, why: string) => `Could not open ${file}: ${why}`,
  onlyTypes: 'only .xlsx and .csv files can be opened.',
  tooLarge: (sheet: string, cell: string, rows: number, cols: number) =>
    `sheet ${sheet} has a cell at ${cell}, and the workbench holds at most ${count(rows)} rows and ${count(cols)} columns (A1:${columnLetters(cols - 1)}${rows}). Nothing was opened.`,
  engineFailed: (message: string) => `the spreadsheet engine failed on it (${message}). Nothing was opened.`,
  /** After "Opened …": the formulas kept as their saved values, by why. */
  savedValues: (n: number, why: readonly string[]) =>
    ` ${n === 1 ? 'One formula shows' : `${count(n)} formulas show`} the value Excel saved (${list(why)}); hover over a cell for why.`,
  savedCannot: (functions: readonly string[], n: number) => `${functions.map((f) => `${f}()`).join(', ')}: the workbench cannot compute ${functions.length === 1 ? 'it' : 'them'} (${count(n)})`,
  savedOther: (what: string, n: number) => `${what} (${count(n)})`,
  groupExternal: 'links to other workbooks',
  groupTable: 'table references',
  groupName: 'names the workbench could not take',
  groupSyntax: 'formulas the workbench cannot read',
  groupDiffers: 'results the workbench computes differently',
  groupEngine: 'the engine failed on this workbook',
  namesNotTaken: (names: readonly string[]) => ` ${names.length === 1 ? 'The name' : 'The names'} ${list(names)} could not be used here; kept for saving.`,
  saving: (file: string) => `Saving ${file}…`,
  saved: (sheets: number, file: string) => `Saved ${sheets === 1 ? 'the sheet' : `${sheets} sheets`} to ${file} (formulas kept as formulas).`,
  couldNotSave: (why: string) => `Could not save: ${why}`,
  /** The note over a formula kept as its saved value. */
  note: (why: string, formula: string) => `Saved value from the file: ${why}. The file's formula: ${formula.length > 300 ? `${formula.slice(0, 300)}…` : formula}`,
  whyFunction: (names: readonly string[]) => `the workbench cannot compute ${names.map((n) => `${n}()`).join(', ')}`,
  whyExternal: 'the formula refers to another workbook',
  whyTable: 'the formula uses a table reference (Table[Column]), which the workbench does not have',
  whyName: (names: readonly string[]) => `the formula uses ${list(names)}, a name the workbench could not take`,
  whySyntax: 'the workbench cannot read this formula',
  whyDiffers: (engine: string, saved: string) => `the workbench computes ${engine} here, where Excel saved ${saved}`,
  whyEngine: (message: string) => `the spreadsheet engine failed on this workbook (${message})`,
};

/** The note over a formula kept as its saved value. */
export function savedNote(reason: SavedReason, formula: string): string {
  const why = {
    function: () => TEXTS.whyFunction(reason.kind === 'function' ? reason.names : []),
    external: () => TEXTS.whyExternal,
    table: () => TEXTS.whyTable,
    name: () => TEXTS.whyName(reason.kind === 'name' ? reason.names : []),
    syntax: () => TEXTS.whySyntax,
    differs: () => (reason.kind === 'differs' ? TEXTS.whyDiffers(shown(reason.engine), shown(reason.saved)) : ''),
    engine: () => TEXTS.whyEngine(reason.kind === 'engine' ? reason.message : ''),
  }[reason.kind]();
  return TEXTS.note(why, formula);
}

/** What the status line says after "Opened …": hidden sheets, saved values by why, names not taken. */
export function openedDetails(result: OpenResult): string {
  let text = '';
  if (result.saved.length) {
    const functions = new Map<string, number>();
    const others = new Map<string, number>();
    for (const { reason } of result.saved) {
      if (reason.kind === 'function') for (const f of reason.names) functions.set(f, (functions.get(f) ?? 0) + 1);
      else {
        const group = { external: TEXTS.groupExternal, table: TEXTS.groupTable, name: TEXTS.groupName, syntax: TEXTS.groupSyntax, differs: TEXTS.groupDiffers, engine: TEXTS.groupEngine }[reason.kind];
        others.set(group, (others.get(group) ?? 0) + 1);
      }
    }
    const why: string[] = [];
    const byFunction = result.saved.filter((s) => s.reason.kind === 'function').length;
    if (functions.size) why.push(TEXTS.savedCannot([...functions.keys()].sort(), byFunction));
    for (const [group, n] of others) why.push(TEXTS.savedOther(group, n));
    text += TEXTS.savedValues(result.saved.length, why);
  }
  if (result.namesNotTaken.length) text += TEXTS.namesNotTaken(result.namesNotTaken);
  return text;
}

/** Opens a workbook into new sheets (see openInEngine), with the notes worded here. */
export function loadWorkbook(hf: HyperFormula, view: FileView, book: WorkbookData): OpenResult {
  return openInEngine(hf, view, book, { note: savedNote });
}

/** Opens sheets (no names) into the engine; returns the names given. */
export function loadSheets(hf: HyperFormula, view: FileView, sheets: readonly SheetData[]): string[] {
  return loadWorkbook(hf, view, { sheets: [...sheets], names: [] }).sheets;
}

/** Every sheet and name of the engine as a file holds them (see saveFromEngine). */
export const engineWorkbook = saveFromEngine;
export const engineSheets = (hf: HyperFormula, view: FileView): SheetData[] => saveFromEngine(hf, view).sheets;

/** The workbook in a file the user chose: an .xlsx file, or one sheet named after a .csv file. */
export async function workbookOfFile(file: File, functionNames: readonly string[], csvFallback: string,
  limits: { rows: number; cols: number }): Promise<WorkbookData> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (/\.xlsx$/i.test(file.name)) return readWorkbook(bytes, { functionNames, limits });
  if (/\.csv$/i.test(file.name)) {
    return { sheets: [{ name: file.name.replace(/\.csv$/i, '') || 'CSV', cells: readCsv(decodeText(bytes, csvFallback)), formats: [] }], names: [] };
  }
  throw new Error(TEXTS.onlyTypes);
}

/** Why a file could not be opened, as the status line says it. */
function whyNot(e: unknown): string {
  if (e instanceof SheetTooLargeError) return TEXTS.tooLarge(e.sheet, e.address, e.limits.rows, e.limits.cols);
  if (e instanceof EngineFailure) return TEXTS.engineFailed(e.message);
  return e instanceof Error ? e.message : String(e);
}

/** A moment for the page to paint the status line before a long step (a frame, or a tenth of a second in a hidden tab). */
const paint = (): Promise<void> => new Promise((resolve) => {
  const timer = setTimeout(resolve, 100);
  requestAnimationFrame(() => setTimeout(() => { clearTimeout(timer); resolve(); }, 0));
});

export interface FileControls {
  open: HTMLButtonElement;
  input: HTMLInputElement;
  save: HTMLButtonElement;
  status: HTMLElement;
  /** Where files can be dropped. */
  dropZone: HTMLElement;
}

export interface FileOptions {
  /** The ETS functions' names ("ETS.COVERED" …), for formulas Excel saved without the add-in loaded. */
  functionNames: readonly string[];
  /** The encoding of a CSV file that is not UTF-8 (Excel's "CSV" is in the system's code page). */
  csvFallback: string;
  /** The name the saved file gets. */
  saveAs: string;
}

/**
 * Wires the Open and Save buttons, the hidden file input and dropping files on the page. Returns the opener, for
 * files dropped on the pane's frame (framed-pane.js hands them here).
 */
export function wireFiles(hf: HyperFormula, view: FileView, controls: FileControls, options: FileOptions): (files: readonly File[]) => Promise<void> {
  const { open, input, save, status, dropZone } = controls;
  const say = (text: string): void => { status.textContent = text; };

  async function openFiles(files: readonly File[]): Promise<void> {
    for (const file of files) {
      say(TEXTS.opening(file.name));
      await paint();
      try {
        const { maxRows, maxColumns } = hf.getConfig();
        const book = await workbookOfFile(file, options.functionNames, options.csvFallback, { rows: maxRows, cols: maxColumns });
        say(TEXTS.computing(file.name));
        await paint();
        const result = loadWorkbook(hf, view, book);
        if (result.show !== undefined) view.showSheet(result.show);
        else view.refresh();
        const { sheets, hidden } = result;
        if (!sheets.length) {
          say(TEXTS.noSheet(file.name));
          continue;
        }
        const into = (sheets.length === 1 ? TEXTS.oneSheet(sheets[0]!) : TEXTS.sheets(sheets)) + (hidden.length ? TEXTS.hidden(hidden.length) : '');
        say(TEXTS.opened(file.name, into) + openedDetails(result));
      } catch (e) {
        say(TEXTS.couldNotOpen(file.name, whyNot(e)));
      }
    }
  }

  open.addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    const files = Array.from(input.files ?? []);
    // Cleared, so choosing the same file again opens it again.
    input.value = '';
    void openFiles(files);
  });

  const carriesFiles = (e: DragEvent): boolean => Array.from(e.dataTransfer?.types ?? []).includes('Files');
  dropZone.addEventListener('dragover', (e) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    e.dataTransfer!.dropEffect = 'copy';
    dropZone.classList.add('wb-dropping');
  });
  dropZone.addEventListener('dragleave', (e) => {
    if (e.target === dropZone || !dropZone.contains(e.relatedTarget as Node | null)) dropZone.classList.remove('wb-dropping');
  });
  dropZone.addEventListener('drop', (e) => {
    dropZone.classList.remove('wb-dropping');
    if (!carriesFiles(e)) return;
    e.preventDefault();
    void openFiles(Array.from(e.dataTransfer!.files));
  });

  save.addEventListener('click', async () => {
    save.disabled = true;
    say(TEXTS.saving(options.saveAs));
    await paint();
    try {
      const book = saveFromEngine(hf, view);
      const bytes = await writeXlsx(book.sheets, book.names);
      const url = URL.createObjectURL(new Blob([bytes], { type: XLSX_MIME }));
      const link = document.createElement('a');
      link.href = url;
      link.download = options.saveAs;
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      // The download has its own copy once it starts; the URL only needs to outlive the click.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      say(TEXTS.saved(book.sheets.length, options.saveAs));
    } catch (e) {
      say(TEXTS.couldNotSave(e instanceof Error ? e.message : String(e)));
    } finally {
      save.disabled = false;
    }
  });
  return openFiles;
}
