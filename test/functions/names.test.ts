import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUE, DEPRECATED, REGISTERED } from './catalogue';
import { fns } from './calls';

/**
 * Microsoft's naming guidance for custom functions: no name that matches an Excel built-in function in any language.
 * The built-in names come from HyperFormula's translations (17 languages, about 390 functions each), plus the Excel
 * built-ins HyperFormula does not implement that a carbon-market add-in could plausibly be tempted to reuse.
 */
const EXCEL_ONLY = ['INFO', 'CELL', 'GETPIVOTDATA', 'RTD', 'INDIRECT', 'AREAS', 'ENCODEURL', 'FILTERXML', 'WEBSERVICE',
  'STOCKHISTORY', 'IMAGE', 'LAMBDA', 'LET', 'FIELDVALUE', 'TRANSLATE', 'DETECTLANGUAGE', 'PY', 'GROUPBY', 'PIVOTBY',
  'PERCENTOF', 'REGEXTEST', 'REGEXEXTRACT', 'REGEXREPLACE', 'TEXTBEFORE', 'TEXTAFTER', 'TEXTSPLIT', 'VALUETOTEXT',
  'ARRAYTOTEXT', 'CUBEMEMBER', 'CUBEVALUE', 'CUBESET', 'CUBEKPIMEMBER', 'EUROCONVERT', 'CALL', 'REGISTER.ID', 'SQL.REQUEST'];

function builtInNames(): Set<string> {
  const dir = join(__dirname, '..', '..', 'node_modules', 'hyperformula', 'commonjs', 'i18n', 'languages');
  const names = new Set(EXCEL_ONLY);
  for (const file of readdirSync(dir).filter((f) => /^[a-z]{2}[A-Z]{2}\.js$/.test(f))) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pack = require(join(dir, file)) as { default: { functions: Record<string, string> } };
    for (const [english, translated] of Object.entries(pack.default.functions)) {
      names.add(english.toUpperCase());
      names.add(translated.toUpperCase());
    }
  }
  return names;
}

describe('function names (Microsoft: never an Excel built-in name, in any language)', () => {
  const builtIns = builtInNames();

  it('knows the built-ins it checks against (POWER and INFO among them, POTENZ in German)', () => {
    for (const name of ['POWER', 'INFO', 'POTENZ', 'SUMME', 'ABS']) assert.ok(builtIns.has(name), name);
    assert.ok(builtIns.size > 1000, `${builtIns.size} names`);
  });

  it('no current function shares a name with one', () => {
    const clashes = Object.keys(CATALOGUE).filter((id) => builtIns.has(id));
    assert.deepEqual(clashes, []);
  });

  it('only the deprecated aliases do, each naming a function that does not', () => {
    assert.deepEqual(Object.keys(REGISTERED).filter((id) => builtIns.has(id)).sort(), Object.keys(DEPRECATED).sort());
    for (const current of Object.values(DEPRECATED)) assert.ok(!builtIns.has(current) && current in CATALOGUE, current);
  });
});

describe('deprecated aliases give what the function they name gives', () => {
  const cases: Record<string, unknown[][]> = {
    POWER: [
      ['power:coal-large', 1000000, 2000000],
      ['gas', 1000000, undefined, 2025, undefined, 400000],
      ['coal-small', [[1000000], [2000000]], undefined, 2024, 0.45],
      ['coal', 1000],
      ['coal-large', -5],
    ],
    INFO: [[], ['default-year'], ['version'], ['sectors'], ['nonsense']],
  };
  for (const [old, current] of Object.entries(DEPRECATED)) {
    it(`ETS.${old} = ETS.${current}, values and errors alike`, () => {
      for (const args of cases[old]!) {
        const grid = (v: unknown) => (v === undefined ? null : Array.isArray(v) ? v : [[v]]);
        const a = fns[old]!(...args.map(grid));
        const b = fns[current]!(...args.map(grid));
        assert.deepEqual(a, b, `${old}(${JSON.stringify(args)})`);
      }
    });
  }
});
