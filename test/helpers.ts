import { strict as assert } from 'node:assert';
import { EtsError, type ErrorCategory } from '../src/core';

/** Asserts that fn throws the core's error with this category and a message matching every pattern. */
export function throwsEts(fn: () => unknown, category: ErrorCategory, ...patterns: RegExp[]): EtsError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  assert.ok(caught instanceof EtsError, `expected an EtsError, got ${String(caught)}`);
  assert.equal(caught.category, category, caught.message);
  for (const p of patterns) assert.match(caught.message, p);
  return caught;
}
