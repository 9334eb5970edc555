/**
 * The offline workbench: the engine with the ETS functions (registered from functions.js through shim.ts), an example
 * facilities sheet, the grid, and the real task pane beside it, talking to the engine through the same WorkbookPort
 * interface the pane uses in Excel.
 */
import facilities from '../../examples/facilities.json';
import { checkSelectedTable } from '../commands/check-table';
import { byId } from '../taskpane/dom';
import { EnginePort } from './engine-port';
import { createEngine, formulaName } from './engine';
import { wireFiles } from './file-actions';
import { Grid } from './grid';
import { wirePaneLayout } from './pane-layout';
import { applyWords } from './page-words';
import { pageLanguage, sayer } from './words';

declare global {
  interface Window {
    etsWorkbench?: { hf: ReturnType<typeof createEngine>; grid: Grid };
    /** Opens files into new sheets: for files dropped on the pane's frame (see framed-pane.js). */
    etsWorkbenchOpenFiles?: (files: readonly File[]) => Promise<void>;
  }
}

// ?lang=zh-CN makes the workbench report a Chinese display language, as Chinese Excel does, and speak Chinese itself.
const lang = new URLSearchParams(window.location.search).get('lang') ?? 'en-US';
const say = sayer(lang);
applyWords(document, say, pageLanguage(lang));

const functions = window.etsRegisteredFunctions ?? {};
const hf = createEngine(functions, {}, say);

// The example facilities: name, sector, output, intensity and direct emissions as a formula.
const sheet = hf.getSheetId(hf.addSheet('Facilities'))!;
hf.setCellContents({ sheet, row: 0, col: 0 }, [
  ['Facility', 'Sector', 'Output', 'Intensity (tCO2e/unit)', 'Direct emissions (tCO2e)'],
  ...facilities.rows.map(([name, sector, output, intensity], i) => [name, sector, output, intensity, `=C${i + 2}*D${i + 2}`]),
] as never);

// The example is where the workbench starts, not a step to undo: the grid's history starts after it (undo.ts).
const grid = new Grid(hf, {
  table: byId<HTMLTableElement>('grid'),
  scroll: byId('grid-scroll'),
  formula: byId<HTMLInputElement>('formula-input'),
  nameBox: byId<HTMLInputElement>('name-box'),
  message: byId('cell-message'),
  tabs: byId('sheet-tabs'),
  note: byId('grid-note'),
}, say);

// The settings the pane saves are the host's document settings (shim.ts), where the functions read the language.
window.etsWorkbenchPort = new EnginePort(hf, grid, window.etsWorkbenchSettings, grid.history);
// The pane hears the same display language; the link switches it.
window.etsWorkbenchLanguage = lang;
const switcher = byId<HTMLAnchorElement>('lang-switch');
const chinese = pageLanguage(lang) === 'zh-CN';
switcher.href = chinese ? '?lang=en-US' : '?lang=zh-CN';
switcher.textContent = chinese ? 'English' : '中文';
switcher.lang = chinese ? 'en' : 'zh-CN';
window.etsWorkbench = { hf, grid };
const showPane = wirePaneLayout(byId('taskpane'), byId('pane-resizer'), byId<HTMLButtonElement>('pane-toggle'), { show: say('pane.show'), hide: say('pane.hide') });
// The ribbon's "Check selected table", run by the add-in's own handler: the pane shown, then asked through its frame.
byId('ribbon-check-table').addEventListener('click', () => void checkSelectedTable({ completed: () => undefined }, {
  showTaskpane: async () => showPane(),
  pane: () => byId<HTMLIFrameElement>('taskpane').contentWindow,
}));
// Open (.xlsx, .csv: the button or a drop on the page) into new sheets, and Save every sheet as one .xlsx.
window.etsWorkbenchOpenFiles = wireFiles(hf, grid, {
  open: byId<HTMLButtonElement>('file-open'),
  input: byId<HTMLInputElement>('file-input'),
  save: byId<HTMLButtonElement>('file-save'),
  status: byId('file-status'),
  dropZone: document.body,
}, { functionNames: Object.keys(functions).map(formulaName), saveAs: 'ets-workbench.xlsx', say,
  step: (action) => grid.history.step(action) });
byId('function-count').textContent = say('bar.functions', { count: Object.keys(functions).length });

// The task pane loads only now, so it finds the port when it boots.
byId<HTMLIFrameElement>('taskpane').src = 'workbench-taskpane.html';
