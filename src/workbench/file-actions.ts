/**
 * The workbench's Open and Save: files (picked, or dropped on the page) into new sheets of the engine, and every sheet
 * back out as one .xlsx, downloaded from memory (nothing leaves the page). loadSheets and engineSheets move sheets
 * between files.ts's shape and the engine; they touch no DOM, so the tests run them in Node.
 */
import { DetailedCellError, type HyperFormula, type RawCellContent } from 'hyperformula';
import type { CellFormats } from './cell-formats';
import { engineText } from './clipboard';
import type { WorkbenchView } from './engine-port';
import {
  decodeText, isError, isFormula, readCsv, readXlsx, renameSheetReferences, uniqueName, writeXlsx, XLSX_MIME,
  type CellContent, type SheetData, type Value,
} from './files';

/** What the actions need from the page: the grid's view, with the number formats it keeps. */
export type FileView = WorkbenchView & Pick<CellFormats, 'numberFormats'>;

/** A cell of a file as the engine takes it. */
export function engineContent(content: CellContent, renamed: ReadonlyMap<string, string> = new Map()): RawCellContent {
  if (content === null || content === undefined) return null;
  if (isFormula(content)) return renameSheetReferences(content.formula, renamed);
  if (isError(content)) return content.error;
  return typeof content === 'string' ? (content === '' ? null : engineText(content)) : content;
}

/** A value of the engine as a file holds it. */
function fileValue(v: unknown): Value {
  if (v instanceof DetailedCellError) return { error: v.value };
  if (v === undefined || v === null) return null;
  return v as Value;
}

/**
 * Adds the sheets to the engine, each under its own name or, when that is taken, "name (2)" …; formulas that name a
 * renamed sheet follow it, and an array formula's cells are left for it to fill. Number formats go to the view.
 * Returns the names given. Throws before adding anything when a sheet is larger than the engine holds.
 */
export function loadSheets(hf: HyperFormula, view: FileView, sheets: readonly SheetData[]): string[] {
  const { maxRows, maxColumns } = hf.getConfig();
  for (const { name, cells } of sheets) {
    const cols = cells.reduce((w, row) => Math.max(w, row.length), 0);
    if (cells.length > maxRows || cols > maxColumns) {
      throw new Error(`sheet ${name} has ${cells.length.toLocaleString('en-US')} rows and ${cols} columns; the workbench holds at most ` +
        `${maxRows.toLocaleString('en-US')} rows and ${maxColumns} columns.`);
    }
  }
  const given: string[] = [];
  const taken = (candidate: string): boolean =>
    hf.doesSheetExist(candidate) || given.some((g) => g.toLowerCase() === candidate.toLowerCase());
  for (const { name } of sheets) given.push(uniqueName(name, taken));
  const renamed = new Map(sheets.map((s, i) => [s.name, given[i]!] as const).filter(([from, to]) => from !== to));
  hf.suspendEvaluation();
  try {
    for (const name of given) hf.addSheet(name);
    sheets.forEach(({ cells }, i) => {
      const id = hf.getSheetId(given[i]!)!;
      const contents = cells.map((row) => row.map((c) => engineContent(c, renamed)));
      // The cells an array formula fills hold its saved results in the file; the engine fills them itself.
      cells.forEach((row, r) => row.forEach((c, col) => {
        if (!isFormula(c) || !c.array) return;
        for (let dr = 0; dr < c.array.rows; dr += 1) {
          for (let dc = 0; dc < c.array.cols; dc += 1) if ((dr || dc) && contents[r + dr]) contents[r + dr]![col + dc] = null;
        }
      }));
      if (contents.length) hf.setCellContents({ sheet: id, row: 0, col: 0 }, contents);
    });
  } finally {
    hf.resumeEvaluation();
  }
  sheets.forEach(({ formats }, i) => {
    for (const { format, ...area } of formats) view.setNumberFormat(given[i]!, area, format);
  });
  return given;
}

/**
 * Every sheet of the engine as files.ts writes it: formulas with their current results (an array formula with the
 * size it fills), values, and the number formats the view keeps.
 */
export function engineSheets(hf: HyperFormula, view: FileView): SheetData[] {
  return hf.getSheetNames().map((name) => {
    const sheet = hf.getSheetId(name)!;
    const values = hf.getSheetValues(sheet);
    // Text typed as "'=…" keeps its prefix here, so only formulas start with "=".
    const raw = hf.getSheetSerialized(sheet);
    const cells = values.map((row, r) => row.map((v, col): CellContent => {
      const formula = raw[r]?.[col];
      if (typeof formula !== 'string' || !formula.startsWith('=')) return fileValue(v);
      const address = { sheet, row: r, col };
      const content: CellContent = { formula, result: fileValue(v) };
      if (hf.isCellPartOfArray(address)) {
        const all = hf.calculateFormula(formula, sheet);
        if (Array.isArray(all) && all.length * (all[0]?.length ?? 0) > 1) content.array = { rows: all.length, cols: all[0]!.length };
      }
      return content;
    }));
    return { name, cells, formats: view.numberFormats(name) };
  });
}

/** The sheets in a file the user chose: an .xlsx file's worksheets, or one sheet named after a .csv file. */
export async function sheetsOfFile(file: File, functionNames: readonly string[], csvFallback: string): Promise<SheetData[]> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (/\.xlsx$/i.test(file.name)) return readXlsx(bytes, functionNames);
  if (/\.csv$/i.test(file.name)) {
    return [{ name: file.name.replace(/\.csv$/i, '') || 'CSV', cells: readCsv(decodeText(bytes, csvFallback)), formats: [] }];
  }
  throw new Error('only .xlsx and .csv files can be opened.');
}

const listed = (names: readonly string[]): string =>
  (names.length === 1 ? `the new sheet ${names[0]}` : `${names.length} new sheets: ${names.join(', ')}`);

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
      say(`Opening ${file.name}…`);
      try {
        const names = loadSheets(hf, view, await sheetsOfFile(file, options.functionNames, options.csvFallback));
        if (names.length) view.showSheet(names[0]!);
        say(names.length ? `Opened ${file.name} into ${listed(names)}.` : `${file.name} holds no worksheet.`);
      } catch (e) {
        say(`Could not open ${file.name}: ${e instanceof Error ? e.message : String(e)}`);
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
    say(`Saving ${options.saveAs}…`);
    try {
      const sheets = engineSheets(hf, view);
      const bytes = await writeXlsx(sheets);
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
      say(`Saved ${sheets.length === 1 ? 'the sheet' : `${sheets.length} sheets`} to ${options.saveAs} (formulas kept as formulas).`);
    } catch (e) {
      say(`Could not save: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      save.disabled = false;
    }
  });
  return openFiles;
}
