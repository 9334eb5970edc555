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

/** Seeded, reproducible pseudo-random numbers in [0, 1) (mulberry32), for the sweeps and the fuzzer. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * English left in a Chinese message: runs of three or more English words. What may stay Latin is left out first:
 * the received value as quoted, titles in 《》, argument names before their colon, ids and codes users type
 * (power:gas, cbam:default:…), units and acronyms.
 */
export function leftoverEnglish(message: string): string[] {
  const stripped = message
    .replace(/“[^”]*”|"[^"]*"|《[^》]*》/g, ' ')
    .replace(/\b[a-z_]+(?:（第 \d+ 行）)?：/g, ' ')
    .replace(/\b[\w.-]+:[\w:<>.-]+/g, ' ');
  return stripped.match(/\b[A-Za-z]{3,}(?:[ ,]+[A-Za-z]{3,}){2,}\b/g) ?? [];
}
