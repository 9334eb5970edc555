/** Excel's shapes as the workbench passes them around: no engine code here, so the shim stays tiny. */

/** A wrapper as functions.js registers it: Excel-shaped arguments in, a 2-D array out. */
export type ExcelFunction = (...args: unknown[]) => unknown[][];

/** The shape of CustomFunctions.Error: an Excel error code (#VALUE!, #NUM!, #N/A …) and a message. */
export class ExcelError {
  constructor(readonly code: string, readonly message?: string) {}
}

export const isExcelError = (v: unknown): v is ExcelError => v instanceof ExcelError ||
  (typeof v === 'object' && v !== null && typeof (v as ExcelError).code === 'string' && (v as ExcelError).code.startsWith('#'));
