import { strict as assert } from 'node:assert';
import { CATALOGUE } from './catalogue';
import { FakeExcelError, loadBundle } from './bundle';
import { leftoverEnglish, seededRandom } from '../helpers';

/** A valid call per function; the sweep replaces one argument at a time, then mixes hostile values at random. */
const BASELINE: Record<string, unknown[]> = {
  COVERED: ['cement', 30000, 'CN', 2025],
  COVERAGE: ['steel', 30000, 'CN', 2024],
  THRESHOLD: ['CN', 'aluminium', 2025],
  GASES: ['aluminium', 'CN'],
  PHASE: [2026, 'CN'],
  GWP: ['CF4', 'AR4'],
  CO2E: ['C2F6', 2, 'AR5'],
  ALLOCATION: ['cement', 1250000, 0.8, 1, 0.85, 2025, 0.78, 1000000],
  ALPHA: [0.8, 0.85],
  'POWER.UNIT': ['power:coal-large', 1000000, 2000, 2025, 1, 900000],
  'POWER.LOADFACTOR': [0.45, 2025, 'coal-small'],
  'POWER.ENTITY': [[['coal-large'], ['gas']], [[1000000], [400000]], [[1000000], [160000]], [[0], [null]], 2025, [[0.45], [null]], [[null], ['emergency-standby']]],
  BENCHMARK: ['power:gas', 2024, 'CN'],
  POSITION: ['cement', [[2025], [2026], [2027]], 1500000, 0.84, 80, 0.86, [[null], [null], [0.8]], 50, 0.05, [[1260000], [1270000], [1280000]]],
  BALANCE: [1000, 900],
  COST: [900000, 1000000, 80, 50, 0.05],
  PREALLOCATION: ['coal-large', 1000000, 2025, 0.4],
  CARRYOVER: [20000, 25000],
  PENALTY: [1000, 60, 7],
  DEADLINE: ['surrender', 2025, 'cement'],
  'CBAM.FACTOR': [2027],
  'CBAM.CERTIFICATES': [1000, 'CN', 2027, '2523 10 00 90', 0, 80, 1, 0.42],
  'CBAM.COST': [1000, 'CN', 2027, 80, '2523 10 00 90', 0, 1, 0.42],
  'CBAM.EXEMPT': [40],
  'CBAM.DEFAULT': ['7208 10 00', 'CN', 2026, 'total'],
  'CBAM.BENCHMARK': ['7224 10 10', 'default', 'F', 2028],
  EFFECTIVEPRICE: [900000, 1000000, 80],
  SCHEMES: [],
  COMPARE: ['cement', 30000, 5000],
  RULEBOOK: ['version'],
  SOURCE: ['threshold', 2025, 'CN'],
  'CBAM.PRICEDUE': [80, 1000000, 950000, 1200000, 7.8],
  'FUEL.CO2': ['bituminous', 10000, 'steel', 23.736, 0.02618, 0.99, 2025],
  'FUEL.FACTOR': ['bituminous', 'ncv', 'steel', 2025],
  'PROCESS.CO2': ['limestone', 1000, 'steel', 0.44],
  'PFC.CO2E': [100000, 0.1, 0.143, 0.1, 'AR5'],
  'ANODE.CO2': [1000, 0.02, 0.004],
  'GRID.FACTOR': [2023, '华东', 'average'],
  'HEAT.GJ': ['steam', 1000, 3000],
  EMISSIONS: ['steel', 'bituminous', 10000, 23.736, 2025],
};

const LONG = 'ä'.repeat(5000);
const HOSTILE: unknown[] = [
  null, [[null]], [['']], '', '   ', 'unknown-name', 'cemnt', -1, -0, 0, 1e-320, 1e308, -1e308, Number.MAX_SAFE_INTEGER,
  Number.NaN, Number.POSITIVE_INFINITY, true, false, LONG, '‮RTL\u200b\u0000', '🏭💨', '=1+1', '@SUM(A1)', '1e400',
  '--5', '2025.5', 2025.5, 1899, 9999, [['cement', 30000]], [[1], ['x'], [null], [true]], [[1, 2], [3, 4]], [],
  { code: 'not-an-error' }, [[[1]]],
  // Error cells and Excel data types, as Excel hands them over when the metadata lets them in.
  new FakeExcelError('#REF!'), new FakeExcelError('#NAME?'), { type: 'Error', basicValue: '#NAME?', errorType: 'Name' },
  { type: 'FormattedNumber', basicValue: 31200, numberFormat: '#,##0' }, { type: 'Double', basicValue: Number.NaN },
  { type: 'Entity', text: 'cement', properties: {} }, { type: 'Entity', properties: {} }, { type: 'WebImage', address: 'x' },
  { type: 'String', basicValue: LONG }, { type: 'Boolean', basicValue: true },
];

const ALLOWED_CODES = new Set(['#VALUE!', '#NUM!', '#N/A']);


const asArg = (v: unknown): unknown => (v === null || Array.isArray(v) ? v : [[v]]);

function assertValidGrid(out: unknown, context: string): number {
  assert.ok(Array.isArray(out) && out.length > 0, `${context}: not a non-empty array`);
  const width = (out[0] as unknown[]).length;
  assert.ok(width > 0, `${context}: empty row`);
  let cells = 0;
  for (const row of out as unknown[][]) {
    assert.ok(Array.isArray(row) && row.length === width, `${context}: ragged result`);
    for (const cell of row) {
      cells += 1;
      if (cell instanceof FakeExcelError) {
        assert.ok(ALLOWED_CODES.has(cell.code), `${context}: error code ${cell.code}`);
        assert.ok(typeof cell.message === 'string' && cell.message.length > 0 && cell.message.length < 600, `${context}: message`);
        continue;
      }
      const ok = (typeof cell === 'number' && Number.isFinite(cell)) || typeof cell === 'string' || typeof cell === 'boolean';
      assert.ok(ok, `${context}: invalid cell ${String(cell)}`);
    }
  }
  return cells;
}

describe('hostile input sweep through the built bundle', () => {
  const fns = loadBundle();

  it('checks that every baseline call is a valid, non-error value', () => {
    for (const [id, args] of Object.entries(BASELINE)) {
      const out = fns[id]!(...args.map(asArg));
      assertValidGrid(out, id);
      assert.ok(!(out[0]![0] instanceof FakeExcelError), `${id} baseline: ${JSON.stringify(out)}`);
    }
  });

  for (const id of Object.keys(CATALOGUE)) {
    it(`${id}: every hostile value in every position gives a value or an Excel error with a message`, () => {
      const base = BASELINE[id]!;
      let cells = 0;
      for (let position = 0; position < base.length; position += 1) {
        for (const hostile of HOSTILE) {
          const args = base.map((v, i) => asArg(i === position ? hostile : v));
          cells += assertValidGrid(fns[id]!(...args), `${id} arg ${position} = ${String(hostile).slice(0, 30)}`);
        }
      }
      assert.ok(cells >= base.length * HOSTILE.length);
      // Extra arguments beyond the declared ones, as a host might pass, change nothing.
      assertValidGrid(fns[id]!(...base.map(asArg), [[1]], null), `${id} with extra arguments`);
    });
  }

  it('names every object inherits (__proto__, constructor, toString …) are unknown names in every text argument (issue 23)', () => {
    const INHERITED = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__', 'isPrototypeOf'];
    let checked = 0;
    for (const [id, base] of Object.entries(BASELINE)) {
      base.forEach((v, position) => {
        if (typeof v !== 'string') return;
        for (const name of INHERITED) {
          // A table (POSITION) keeps its header row: the name's error is in the cells it decides.
          const cells = fns[id]!(...base.map((b, i) => asArg(i === position ? name : b))).flat();
          const errors = cells.filter((c): c is FakeExcelError => c instanceof FakeExcelError);
          const context = `${id} arg ${position} = ${name}`;
          assert.ok(errors.length > 0, `${context}: gave ${JSON.stringify(cells).slice(0, 200)}`);
          for (const e of errors) assert.doesNotMatch(e.message ?? '', /Unexpected problem|produced no value|is not a function/, context);
          checked += 1;
        }
      });
    }
    assert.ok(checked > 100, String(checked));
  });

  it('random mixes of hostile and valid arguments (seeded) stay valid', () => {
    const seed = Number(process.env.SWEEP_SEED ?? 20261128);
    const next = seededRandom(seed);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    const ids = Object.keys(CATALOGUE);
    for (let n = 0; n < 3000; n += 1) {
      const id = pick(ids);
      const args = BASELINE[id]!.map((v) => asArg(next() < 0.4 ? pick(HOSTILE) : v));
      try {
        assertValidGrid(fns[id]!(...args), `${id} call ${n}`);
      } catch (e) {
        throw new Error(`sweep seed ${seed}, call ${n}: ${(e as Error).message}`);
      }
    }
  });
});

describe('hostile input sweep in Chinese (a zh-CN host)', () => {
  const fns = loadBundle({ displayLanguage: 'zh-CN' });
  const CJK = /[\u4e00-\u9fff]/;

  it('explains every error in Chinese, with no English sentence left over', () => {
    const seen = new Set<string>();
    for (const id of Object.keys(CATALOGUE)) {
      const base = BASELINE[id]!;
      for (let position = 0; position < base.length; position += 1) {
        for (const hostile of HOSTILE) {
          const out = fns[id]!(...base.map((v, i) => asArg(i === position ? hostile : v)));
          for (const cell of out.flat()) if (cell instanceof FakeExcelError && cell.message) seen.add(cell.message);
        }
      }
    }
    const bad = [...seen].filter((m) => !CJK.test(m) || leftoverEnglish(m).length > 0);
    assert.ok(seen.size > 100, `only ${seen.size} distinct messages`);
    assert.deepEqual(bad, []);
  });
});
