/** Calling the bundle's functions the way Excel does, and reading what comes back, for the bundle suites. */
import { strict as assert } from 'node:assert';
import { FakeExcelError, loadBundle } from './bundle';

export const fns = loadBundle();

/** A scalar as Excel passes it to a matrix parameter: [[v]]; undefined = an omitted argument (null). */
const arg = (v: unknown): unknown => (v === undefined ? null : Array.isArray(v) ? v : [[v]]);
export const call = (id: string, ...args: unknown[]): unknown[][] => fns[id]!(...args.map(arg));

/** The one cell a call with single-cell arguments returns. */
export function one(id: string, ...args: unknown[]): unknown {
  const out = call(id, ...args);
  assert.equal(out.length, 1, `${id} spilled ${out.length} rows`);
  assert.equal(out[0]!.length, 1);
  return out[0]![0];
}

/** A column range. */
export const col = (...values: unknown[]): unknown[][] => values.map((v) => [v]);
/** The bundle's arrays come from its own realm; compare their contents. */
export const plain = (grid: unknown[][]): unknown[][] => Array.from(grid, (row) => Array.from(row));

export function assertError(value: unknown, code: string, message?: RegExp): void {
  assert.ok(value instanceof FakeExcelError, `expected ${code}, got ${JSON.stringify(value)}`);
  assert.equal(value.code, code, value.message);
  if (message) assert.match(value.message ?? '', message);
}
