/**
 * The one host object functions.js needs: CustomFunctions. In the workbench it collects the associations that the
 * bundle makes, exactly as Excel would receive them, so the engine registers the same wrappers.
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
