/**
 * The workbench's Open and Save: files (picked, or dropped on the page) into new sheets of the engine, and every sheet
 * back out as one .xlsx, downloaded from memory (nothing leaves the page). open-workbook.ts moves workbooks in and
 * out of the engine; this module reads and writes the files and says what happened. loadWorkbook, loadSheets and
 * engineSheets touch no DOM, so the tests run them in Node.
 */
import type { HyperFormula } from 'hyperformula';
import {
  decodeCsv, encodingName, isError, readCsvText, UnknownEncodingError, type SheetData, type Value, type WorkbookData,
} from './files';
import {
  EngineFailure, openInEngine, saveFromEngine, type FileView, type OpenResult, type SavedReason,
} from './open-workbook';
import { FileTooLargeError, readWorkbook, SheetTooLargeError, writeXlsx } from './xlsx';
import { columnLetters } from '../taskpane/ports/port';
import { XLSX_MIME } from './files';
import { sayer, type Say } from './words';

const ENGLISH = sayer('en');

export { engineContent, type FileView } from './open-workbook';

/** Every text this module shows the user, in the page's language (words.ts). */
export function fileTexts(say: Say = ENGLISH) {
  const list = (items: readonly string[]): string => items.join(say('files.list.sep'));
  const calls = (names: readonly string[]): string => list(names.map((f) => `${f}()`));
  return {
    opening: (file: string) => say('files.opening', { name: file }),
    computing: (file: string) => say('files.computing', { name: file }),
    opened: (file: string, into: string) => say('files.opened', { name: file, sheets: into }),
    oneSheet: (name: string) => say('files.opened.one', { sheet: name }),
    /** The new sheets, named when they are few. */
    sheets: (names: readonly string[]) => (names.length <= 8
      ? say('files.opened.many', { count: names.length, sheets: list(names) })
      : say('files.opened.many-more', { count: names.length, sheets: list(names.slice(0, 5)), more: names.length - 5 })),
    /** After the sheets' names: how many of them stay hidden. */
    hidden: (n: number) => say(n === 1 ? 'files.hidden.one' : 'files.hidden.many', { count: n }),
    noSheet: (file: string) => say('files.no-sheet', { name: file }),
    couldNotOpen: (file: string, why: string) => say('files.open-failed', { name: file, message: why }),
    onlyTypes: say('files.only'),
    tooLarge: (sheet: string, cell: string, rows: number, cols: number) =>
      say('files.too-large', { sheet, cell, rows, cols, range: `A1:${columnLetters(cols - 1)}${rows}` }),
    engineFailed: (message: string) => say('files.engine-failed', { message }),
    unknownEncoding: (candidates: readonly string[]) => say('csv.unknown-encoding', { candidates: list(candidates) }),
    /** After "Opened …": the formulas kept as their saved values, by why. */
    savedValues: (n: number, why: readonly string[]) => say(n === 1 ? 'files.saved-values.one' : 'files.saved-values.many', { count: n, why: list(why) }),
    savedCannot: (functions: readonly string[], n: number) =>
      say(functions.length === 1 ? 'files.saved-cannot.one' : 'files.saved-cannot.many', { functions: calls(functions), count: n }),
    savedOther: (what: string, n: number) => say('files.saved-other', { what, count: n }),
    groupExternal: say('files.group.external'),
    groupTable: say('files.group.table'),
    groupName: say('files.group.name'),
    groupSyntax: say('files.group.syntax'),
    groupDiffers: say('files.group.differs'),
    groupEngine: say('files.group.engine'),
    groupTooLarge: say('files.group.too-large'),
    namesNotTaken: (names: readonly string[]) => say(names.length === 1 ? 'files.names-not-taken.one' : 'files.names-not-taken.many', { names: list(names) }),
    saving: (file: string) => say('files.saving', { name: file }),
    saved: (sheets: number, file: string) => say(sheets === 1 ? 'files.saved.one' : 'files.saved.many', { count: sheets, name: file }),
    couldNotSave: (why: string) => say('files.save-failed', { message: why }),
    /** The note over a formula kept as its saved value. */
    note: (why: string, formula: string) => say('files.note', { why, formula: formula.length > 300 ? `${formula.slice(0, 300)}…` : formula }),
    whyFunction: (names: readonly string[]) => say('files.why.function', { functions: calls(names) }),
    whyExternal: say('files.why.external'),
    whyTable: say('files.why.table'),
    whyName: (names: readonly string[]) => say('files.why.name', { names: list(names) }),
    whySyntax: say('files.why.syntax'),
    whyDiffers: (engine: string, saved: string) => say('files.why.differs', { engine, saved }),
    whyEngine: (message: string) => say('files.why.engine', { message }),
    whyTooLarge: (message: string) => say('files.why.too-large', { message }),
    emptyCell: say('files.empty-cell'),
  };
}
type FileTexts = ReturnType<typeof fileTexts>;

/** A value as a note quotes it: text in quotes, errors by their code, an empty cell as such. */
function shown(v: Value, texts: FileTexts): string {
  if (v === null) return texts.emptyCell;
  if (isError(v)) return v.error;
  if (typeof v === 'string') return `"${v}"`;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/** The note over a formula kept as its saved value. */
export function savedNote(reason: SavedReason, formula: string, texts: FileTexts = fileTexts()): string {
  const why = {
    function: () => texts.whyFunction(reason.kind === 'function' ? reason.names : []),
    external: () => texts.whyExternal,
    table: () => texts.whyTable,
    name: () => texts.whyName(reason.kind === 'name' ? reason.names : []),
    syntax: () => texts.whySyntax,
    differs: () => (reason.kind === 'differs' ? texts.whyDiffers(shown(reason.engine, texts), shown(reason.saved, texts)) : ''),
    engine: () => texts.whyEngine(reason.kind === 'engine' ? reason.message : ''),
    'too-large': () => texts.whyTooLarge(reason.kind === 'too-large' ? reason.message : ''),
  }[reason.kind]();
  return texts.note(why, formula);
}

/** What the status line says after "Opened …": hidden sheets, saved values by why, names not taken. */
export function openedDetails(result: OpenResult, texts: FileTexts = fileTexts()): string {
  let text = '';
  if (result.saved.length) {
    const functions = new Map<string, number>();
    const others = new Map<string, number>();
    for (const { reason } of result.saved) {
      if (reason.kind === 'function') for (const f of reason.names) functions.set(f, (functions.get(f) ?? 0) + 1);
      else {
        const group = { external: texts.groupExternal, table: texts.groupTable, name: texts.groupName, syntax: texts.groupSyntax, differs: texts.groupDiffers, engine: texts.groupEngine, 'too-large': texts.groupTooLarge }[reason.kind];
        others.set(group, (others.get(group) ?? 0) + 1);
      }
    }
    const why: string[] = [];
    const byFunction = result.saved.filter((s) => s.reason.kind === 'function').length;
    if (functions.size) why.push(texts.savedCannot([...functions.keys()].sort(), byFunction));
    for (const [group, n] of others) why.push(texts.savedOther(group, n));
    text += texts.savedValues(result.saved.length, why);
  }
  if (result.namesNotTaken.length) text += texts.namesNotTaken(result.namesNotTaken);
  return text;
}

/** Opens a workbook into new sheets (see openInEngine), with the notes worded here (in the page's language). */
export function loadWorkbook(hf: HyperFormula, view: FileView, book: WorkbookData, say: Say = ENGLISH): OpenResult {
  const texts = fileTexts(say);
  return openInEngine(hf, view, book, { note: (reason, formula) => savedNote(reason, formula, texts) });
}

/** Opens sheets (no names) into the engine; returns the names given. */
export function loadSheets(hf: HyperFormula, view: FileView, sheets: readonly SheetData[]): string[] {
  return loadWorkbook(hf, view, { sheets: [...sheets], names: [] }).sheets;
}

/** Every sheet and name of the engine as a file holds them (see saveFromEngine). */
export const engineWorkbook = saveFromEngine;
export const engineSheets = (hf: HyperFormula, view: FileView): SheetData[] => saveFromEngine(hf, view).sheets;

/**
 * A .csv file as a workbook of one sheet named after it, with notes of what reading it decided: an encoding other than
 * UTF-8, bytes that were not UTF-8, decimal commas, numbers kept as text because they read two ways. Throws
 * UnknownEncodingError when the encoding cannot be told.
 */
export function csvWorkbook(bytes: Uint8Array, fileName: string, say: Say = ENGLISH): WorkbookData {
  const decoded = decodeCsv(bytes);
  const reading = readCsvText(decoded.text);
  const notes: string[] = [];
  if (decoded.invalid) notes.push(say('csv.invalid-utf8', { count: decoded.invalid.count, line: decoded.invalid.line }));
  else if (decoded.encoding !== 'utf-8') notes.push(say('csv.encoding', { encoding: encodingName(decoded.encoding) }));
  if (reading.decimalComma) notes.push(say('csv.decimal-comma', { example: reading.decimalComma.example, value: String(reading.decimalComma.value) }));
  if (reading.ambiguous) {
    const { columns, example, comma, thousands } = reading.ambiguous;
    const header = reading.rows[0] ?? [];
    const named = columns.map((c) => (typeof header[c] === 'string' && header[c] !== '' ? `${columnLetters(c)} (${header[c] as string})` : columnLetters(c)));
    notes.push(say('csv.ambiguous', { columns: named.join(say('files.list.sep')), example, comma, thousands }));
  }
  return { sheets: [{ name: fileName.replace(/\.csv$/i, '') || 'CSV', cells: reading.rows, formats: [] }], names: [], ...(notes.length ? { notes } : {}) };
}

/** The workbook in a file the user chose: an .xlsx file, or one sheet named after a .csv file. */
export async function workbookOfFile(file: File, functionNames: readonly string[],
  limits: { rows: number; cols: number }, say: Say = ENGLISH): Promise<WorkbookData> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (/\.xlsx$/i.test(file.name)) return readWorkbook(bytes, { functionNames, limits });
  if (/\.csv$/i.test(file.name)) return csvWorkbook(bytes, file.name, say);
  throw new Error(fileTexts(say).onlyTypes);
}

/** Why a file could not be opened, as the status line says it. */
function whyNot(e: unknown, texts: FileTexts, say: Say): string {
  if (e instanceof FileTooLargeError) return say(e.key, e.params);
  if (e instanceof SheetTooLargeError) return texts.tooLarge(e.sheet, e.address, e.limits.rows, e.limits.cols);
  if (e instanceof EngineFailure) return texts.engineFailed(e.message);
  if (e instanceof UnknownEncodingError) return texts.unknownEncoding(e.candidates);
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
  /** The name the saved file gets. */
  saveAs: string;
  /** The page's words (words.ts), English when not given. */
  say?: Say;
  /** Runs an action as one undo step (the grid's history), so one Ctrl+Z takes an opened file back whole. */
  step?: <T>(action: () => T) => T;
}

/**
 * Wires the Open and Save buttons, the hidden file input and dropping files on the page. Returns the opener, for
 * files dropped on the pane's frame (framed-pane.js hands them here).
 */
export function wireFiles(hf: HyperFormula, view: FileView, controls: FileControls, options: FileOptions): (files: readonly File[]) => Promise<void> {
  const { open, input, save, status, dropZone } = controls;
  const words = options.say ?? ENGLISH;
  const texts = fileTexts(words);
  const tell = (text: string): void => { status.textContent = text; };

  async function openFiles(files: readonly File[]): Promise<void> {
    for (const file of files) {
      tell(texts.opening(file.name));
      await paint();
      try {
        const { maxRows, maxColumns } = hf.getConfig();
        const book = await workbookOfFile(file, options.functionNames, { rows: maxRows, cols: maxColumns }, words);
        tell(texts.computing(file.name));
        await paint();
        const result = (options.step ?? ((action) => action()))(() => {
          const opened = loadWorkbook(hf, view, book, words);
          if (opened.show !== undefined) view.showSheet(opened.show);
          else view.refresh();
          return opened;
        });
        const { sheets, hidden } = result;
        if (!sheets.length) {
          tell(texts.noSheet(file.name));
          continue;
        }
        const into = (sheets.length === 1 ? texts.oneSheet(sheets[0]!) : texts.sheets(sheets)) + (hidden.length ? texts.hidden(hidden.length) : '');
        tell(texts.opened(file.name, into) + openedDetails(result, texts) + (book.notes ?? []).join(''));
      } catch (e) {
        tell(texts.couldNotOpen(file.name, whyNot(e, texts, words)));
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
    tell(texts.saving(options.saveAs));
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
      tell(texts.saved(book.sheets.length, options.saveAs));
    } catch (e) {
      tell(texts.couldNotSave(e instanceof Error ? e.message : String(e)));
    } finally {
      save.disabled = false;
    }
  });
  return openFiles;
}
