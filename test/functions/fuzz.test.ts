import { strict as assert } from 'node:assert';
import { CATALOGUE } from './catalogue';
import { FakeExcelError, loadBundle } from './bundle';
import { seededRandom } from '../helpers';

/**
 * Seeded fuzzing through the built bundle: random values of every kind in every argument, in shapes from a single
 * cell to 2,000×1, for every function. Every result must be a rectangle of valid cells as the catalogue defines them.
 * FUZZ_SEED=… reproduces a run; the seed is printed on failure.
 */
const CALLS = 12000;
const SEED = Number(process.env.FUZZ_SEED ?? 4242);
const TABLES = new Set(['SCHEMES', 'COMPARE', 'POSITION']);


const NAMES = ['cement', '水泥', 'steel', 'aluminium', 'power:gas', 'power:coal-large', 'power', 'chemicals', 'steel-eaf',
  'CO2', 'CF4', 'PFC-116', 'SF6', 'AR4', 'AR6', 'CN', 'EU', 'KR', 'RGGI', 'I', 'II', 'Phase II', 'hot-metal',
  'aluminium-primary', 'threshold', 'default-year', 'heat:coal', 'gwp:AR4:CF4'];
/** A pasted page of text: read once when it is a single cell beside a range (the slowest call is reported). */
const LONG_TEXT = 'cement '.repeat(15000);
const ODD = [LONG_TEXT, '', ' ', '=1+1', '@SUM(A1)', '+5', '-5', '1,250,000', '5%', '２０２５', '1e400', 'NaN', 'Infinity', 'TRUE',
  '‮evil', '\u0000', '\u200b', '🏭'.repeat(50), 'x'.repeat(3000), '<script>', 'null', 'undefined', '0x1A', '.5', '5.', '--5'];
const NUMBERS = [0, -0, 1, -1, 0.1, 0.85, 1.2, 2024, 2025, 2026, 2027, 2034, 2035, 26000, 25999.999, 1250000, 1e15, 1e21,
  1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0.1 + 0.2];

function value(next: () => number): unknown {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const r = next();
  if (r < 0.3) return pick(NUMBERS);
  if (r < 0.45) return (next() - 0.5) * 10 ** Math.floor(next() * 12);
  if (r < 0.65) return pick(NAMES);
  if (r < 0.8) return pick(ODD);
  if (r < 0.85) return next() < 0.5;
  if (r < 0.9) return null;
  if (r < 0.93) return new FakeExcelError(pick(['#N/A', '#VALUE!', '#DIV/0!', '#REF!']), 'from a cell');
  if (r < 0.94) return { unexpected: 'object' };
  if (r < 0.95) return pick([{ type: 'FormattedNumber', basicValue: pick(NUMBERS), numberFormat: '0.0' },
    { type: 'Entity', text: pick(NAMES), properties: {} }, { type: 'Error', basicValue: '#N/A' }]);
  if (r < 0.97) return [1, 2];
  return undefined;
}

/** An argument: omitted, a single cell, or a column of up to 2,000 cells. */
function argument(next: () => number, rows: number): unknown {
  const r = next();
  if (r < 0.1) return null;
  if (r < 0.6 || rows === 1) return [[value(next)]];
  return Array.from({ length: rows }, () => [value(next)]);
}

const ALLOWED = new Set(['#VALUE!', '#NUM!', '#N/A']);

function check(out: unknown, id: string, rows: number): void {
  assert.ok(Array.isArray(out) && out.length > 0, 'a non-empty array');
  const width = (out[0] as unknown[]).length;
  for (const row of out as unknown[][]) {
    assert.ok(Array.isArray(row) && row.length === width && width > 0, 'rectangular');
    for (const cell of row) {
      if (cell instanceof FakeExcelError) {
        // An error passed in from a cell keeps its code (#DIV/0! …); the function's own errors are the catalogue's three.
        assert.ok(ALLOWED.has(cell.code) || /: the input is #/.test(cell.message ?? ''), `error code ${cell.code}`);
        assert.ok(typeof cell.message === 'string' && cell.message.length > 0, 'error with a message');
      } else {
        const ok = (typeof cell === 'number' && Number.isFinite(cell)) || typeof cell === 'string' || typeof cell === 'boolean';
        assert.ok(ok, `invalid cell ${String(cell)}`);
      }
    }
  }
  if (!TABLES.has(id)) assert.ok(out.length === 1 || out.length === rows, `${out.length} rows for ${rows}-row arguments`);
}

describe(`fuzzing through the built bundle (${CALLS} calls, seed ${SEED})`, () => {
  it('every function returns valid cells for random arguments in random shapes', function () {
    this.timeout(300000);
    const fns = loadBundle();
    const next = seededRandom(SEED);
    const ids = Object.keys(CATALOGUE);
    let elements = 0;
    let slowest = { ms: 0, call: '' };
    for (let n = 0; n < CALLS; n += 1) {
      const id = ids[n % ids.length]!;
      const r = next();
      const rows = r < 0.8 ? 1 : r < 0.97 ? 1 + Math.floor(next() * 20) : 1 + Math.floor(next() * 2000);
      const args = CATALOGUE[id]!.map(() => argument(next, rows));
      if (next() < 0.05) args.push([[value(next)]]); // a stray extra argument
      try {
        const started = performance.now();
        const out = fns[id]!(...args);
        const ms = performance.now() - started;
        if (ms > slowest.ms) slowest = { ms, call: `call ${n} (${id}, ${rows} rows)` };
        check(out, id, rows);
        elements += out.length * out[0]!.length;
      } catch (e) {
        throw new Error(`fuzz seed ${SEED}, call ${n} (${id}, ${rows} rows): ${(e as Error).message}`);
      }
    }
    assert.ok(elements >= CALLS);
    // Reported, not asserted (timings belong in npm run bench, which holds the target).
    console.log(`      slowest call: ${slowest.ms.toFixed(1)} ms, ${slowest.call}`);
  });
});
