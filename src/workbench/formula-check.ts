/**
 * Why the engine cannot compute a formula from a file, found in its text before the engine sees it: a function it
 * does not have, a link to another workbook, a table reference (Table1[Column]), a name it could not take. Such a
 * formula keeps the value Excel saved. DOM-free.
 */
import { splitQuoted } from './files';

export type Unsupported =
  | { kind: 'function'; names: string[] }
  | { kind: 'external' }
  | { kind: 'table' }
  | { kind: 'name'; names: string[] };

export interface FormulaSupport {
  /** The functions the engine has, upper case (SUM, ETS.COVERED …). */
  functions: ReadonlySet<string>;
  /** Names the file defines that the engine could not take, upper case. */
  missingNames: ReadonlySet<string>;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Splits a formula into its code and its quoted parts (string literals and quoted sheet names). */
function parts(formula: string): { code: string; quoted: string[] } {
  const quoted: string[] = [];
  const code: string[] = [];
  splitQuoted(formula).forEach((part, i) => (i % 2 ? quoted : code).push(part));
  return { code: code.join(' '), quoted };
}

/** A call: a name followed by "(", not part of a longer name, a reference or a sheet-qualified name. */
const CALL = /(?<![\w.$\]\\])([A-Za-z_\\][\w.\\]*)\s*\(/g;

/** What keeps the engine from computing this formula (from a file, "=…"), or undefined when it can. */
export function unsupported(formula: string, support: FormulaSupport): Unsupported | undefined {
  const { code, quoted } = parts(formula);
  // [1]Sheet!A1, '[1]My sheet'!A1, 'C:\dir\[Book.xlsx]Sheet'!A1, [1]!Name: Excel stores links by a number.
  if (/\[\d+\]/.test(code) || quoted.some((q) => /^'[^']*\[[^\]]+\]/.test(q))) return { kind: 'external' };
  if (code.includes('[')) return { kind: 'table' };
  if (support.missingNames.size) {
    const names = [...support.missingNames].map(escapeRegExp).join('|');
    const found = code.match(new RegExp(`(?<![\\w.$\\]])(?:${names})(?![\\w.(])`, 'gi'));
    if (found) return { kind: 'name', names: [...new Set(found)] };
  }
  const unknown = new Set<string>();
  for (const m of code.matchAll(CALL)) {
    const name = m[1]!.toUpperCase();
    if (!support.functions.has(name)) unknown.add(name);
  }
  return unknown.size ? { kind: 'function', names: [...unknown].sort() } : undefined;
}

/**
 * Whether the result a file saved is no measure of what the engine computes: volatile functions (NOW, TODAY, RAND …)
 * change on every calculation, and the add-in's own functions (ETS.*) are computed here as the add-in computes them
 * (Excel saved #NAME? when the add-in was not loaded, and older results when its rules were older).
 */
export const savedIsNoMeasure = (formula: string): boolean =>
  /(?<![\w.])(?:NOW|TODAY|RAND|RANDBETWEEN|RANDARRAY|ETS\.[\w.]+)\s*\(/i.test(parts(formula).code);
