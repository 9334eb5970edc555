/**
 * The host objects functions.js needs. CustomFunctions collects the associations the bundle makes, exactly as Excel
 * would receive them, so the engine registers the same wrappers. Office.context reports the display language (the
 * page's ?lang=, en-US by default) and holds the document settings, as Excel's shared runtime does.
 */
import { ExcelError, type ExcelFunction } from './excel-values';

declare global {
  interface Window {
    etsRegisteredFunctions?: Record<string, ExcelFunction>;
  }
}

const registered: Record<string, ExcelFunction> = {};
window.etsRegisteredFunctions = registered;

(window as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  associate(idOrMap: string | Record<string, ExcelFunction>, fn?: ExcelFunction) {
    if (typeof idOrMap === 'string') registered[idOrMap] = fn!;
    else Object.assign(registered, idOrMap);
  },
  Error: ExcelError,
  ErrorCode: {
    divisionByZero: '#DIV/0!', invalidName: '#NAME?', invalidNumber: '#NUM!', invalidReference: '#REF!',
    invalidValue: '#VALUE!', notAvailable: '#N/A', nullReference: '#NULL!',
  },
};

/** Document settings as Office.Settings keeps them: by name, in memory, saved with the workbook. */
export class WorkbenchSettings {
  private readonly values = new Map<string, unknown>();

  get(name: string): unknown {
    return this.values.has(name) ? structuredClone(this.values.get(name)) : null;
  }

  set(name: string, value: unknown): void {
    this.values.set(name, structuredClone(value));
  }
}

declare global {
  interface Window {
    etsWorkbenchSettings?: WorkbenchSettings;
  }
}

const displayLanguage = new URLSearchParams(window.location.search).get('lang') ?? 'en-US';
window.etsWorkbenchSettings = new WorkbenchSettings();
(window as unknown as { Office: unknown }).Office = {
  context: { displayLanguage, document: { settings: window.etsWorkbenchSettings } },
};
