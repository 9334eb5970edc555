/**
 * Loads the built dist/functions.js the way Excel does: evaluated in a fresh JavaScript realm whose only host object
 * is CustomFunctions (associate, Error, ErrorCode). Returns what the bundle registered, by function id.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';

export const DIST = join(__dirname, '..', '..', 'dist');

export class FakeExcelError {
  constructor(readonly code: string, readonly message?: string) {}
}

export const ERROR_CODES = {
  divisionByZero: '#DIV/0!', invalidName: '#NAME?', invalidNumber: '#NUM!', invalidReference: '#REF!',
  invalidValue: '#VALUE!', notAvailable: '#N/A', nullReference: '#NULL!',
} as const;

export type ExcelFunction = (...args: unknown[]) => unknown[][];

/** What the host reports to the functions: Office.context's display language and document settings (by name). */
export interface BundleHost {
  readonly displayLanguage?: string;
  readonly settings?: Record<string, unknown>;
}

export function loadBundle(host?: BundleHost): Record<string, ExcelFunction> {
  const file = join(DIST, 'functions.js');
  if (!existsSync(file)) throw new Error('dist/functions.js is missing: run `npm run build` first (npm test does).');
  const registered: Record<string, ExcelFunction> = {};
  const CustomFunctions = {
    associate(id: string, fn: ExcelFunction) {
      registered[id] = fn;
    },
    Error: FakeExcelError,
    ErrorCode: ERROR_CODES,
  };
  const Office = host && {
    context: { displayLanguage: host.displayLanguage, document: { settings: { get: (name: string) => host.settings?.[name] ?? null } } },
  };
  runInContext(readFileSync(file, 'utf8'), createContext(Office ? { CustomFunctions, Office } : { CustomFunctions }), { filename: 'functions.js' });
  return registered;
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  helpUrl: string;
  parameters: Array<{ name: string; description?: string; type: string; dimensionality: string; optional?: boolean }>;
  result: { dimensionality: string };
}

export function readMetadata(): { functions: FunctionMetadata[] } {
  return JSON.parse(readFileSync(join(DIST, 'functions.json'), 'utf8'));
}
