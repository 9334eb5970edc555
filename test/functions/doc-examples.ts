/**
 * The worked examples of the docs ("| `=ETS.…(…)` | `result` |" rows) and their arguments as Excel passes them, for
 * the suites that run them: through the bundle (docs.test.ts) and through the workbench's engine (spill.test.ts).
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DOCS = join(__dirname, '..', '..', 'docs');
export const DOC = readFileSync(join(DOCS, 'functions.md'), 'utf8');
export const BORDER = readFileSync(join(DOCS, 'border-exposure.md'), 'utf8');
export const COMPLIANCE = readFileSync(join(DOCS, 'compliance.md'), 'utf8');
export const MODEL = readFileSync(join(DOCS, 'model-builder.md'), 'utf8');
export const EXAMPLE = /^\| `=ETS\.([A-Z0-9.]+)\((.*)\)` \| `(.*)` \|$/gm;

/** One constant as Excel reads it: "text", a number, or a percent (40% is 0.4, as Excel passes it). */
function constant(t: string): unknown {
  if (t.startsWith('"')) return t.slice(1, -1);
  const percent = t.endsWith('%');
  const n = Number(percent ? t.slice(0, -1) : t);
  assert.ok(!Number.isNaN(n), `not a number in docs example: ${t}`);
  return percent ? Number((n / 100).toPrecision(15)) : n;
}

/** The arguments' texts as written ("cement", {2024;2025}, 0.8, or '' for an omitted one). */
export function argTexts(text: string): string[] {
  if (text.trim() === '') return [];
  return (text.match(/(\s*\{[^}]*\}|"[^"]*"|[^,{]+|(?<=,)(?=,|$)|^(?=,))/g) ?? []).map((p) => p.trim());
}

/** Excel-style arguments: "text", numbers, array constants ({a;b} a column, {a,b} a row), nothing for an omitted one. */
export function parseArgs(text: string): unknown[] {
  return argTexts(text).map((t) => {
    if (t === '') return null;
    if (t.startsWith('{')) {
      return t.slice(1, -1).split(';').map((row) => (row.match(/"[^"]*"|[^,]+/g) ?? []).map((c) => constant(c.trim())));
    }
    return [[constant(t)]];
  });
}

export const expected = (text: string): unknown =>
  text === 'TRUE' ? true : text === 'FALSE' ? false : text.trim() !== '' && !Number.isNaN(Number(text)) ? Number(text) : text;

/** Every worked example of the four pages: function id, arguments as written, result as shown. */
export const allExamples = (): Array<{ id: string; args: string; result: string }> =>
  [DOC, BORDER, COMPLIANCE, MODEL].flatMap((page) => [...page.matchAll(EXAMPLE)].map(([, id, args, result]) => ({ id: id!, args: args!, result: result! })));
