import { strict as assert } from 'node:assert';
import { answer, type QuickInput } from '../../src/taskpane/views/quick-check';
import { exampleModel, exampleRows, HEADER_ROW } from '../../src/taskpane/example-model';
import { settingsFrom, DEFAULT_SETTINGS } from '../../src/taskpane/settings';
import { safeValue, a1, columnLetters, runs } from '../../src/taskpane/ports/port';
import { CATALOGUE } from '../functions/catalogue';

const base: QuickInput = { sector: 'cement', basis: 'direct', direct: '', co2: '', cf4: '', c2f6: '', gwpSet: 'AR5', scheme: 'CN', year: '2025' };

describe('task pane: quick check', () => {
  it('asks for emissions until there are some', () => {
    assert.equal(answer(base).state, 'empty');
  });

  it('answers covered, with the reason, the gases and the scope', () => {
    const a = answer({ ...base, direct: '31,200' });
    assert.equal(a.state, 'covered');
    assert.equal(a.reason, 'Covered: cement, 31,200 tCO2e direct ≥ 26,000 threshold (CN ETS, 2025)');
    assert.match(a.detail, /Gases counted: CO2\. Only direct emissions count; indirect \(Scope 2\)/);
  });

  it('converts gas masses with the chosen GWP set', () => {
    const a = answer({ ...base, sector: 'aluminium', basis: 'gases', co2: '20000', cf4: '1', gwpSet: 'AR4' });
    // 20,000 + 1 × 7,390 = 27,390 ≥ threshold
    assert.equal(a.state, 'covered');
    assert.match(a.detail, /^CO2e 27,390 t \(AR4\)\. Gases counted: CO2, CF4, C2F6\./);
  });

  it('says "depends" where another scheme\'s rule cannot be settled from the figures', () => {
    const a = answer({ ...base, direct: '30000', scheme: 'EU' });
    assert.equal(a.state, 'depends');
    assert.match(a.reason, /^Depends: EU ETS inclusion is activity-based/);
    assert.equal(answer({ ...base, direct: '30000', scheme: 'US-CA' }).state, 'covered');
  });

  it('explains reporting-only sectors and bad input in plain words', () => {
    assert.match(answer({ ...base, sector: 'paper', direct: '90000' }).reason, /^Reporting only: paper/);
    const bad = answer({ ...base, direct: '-3' });
    assert.equal(bad.state, 'error');
    assert.match(bad.reason, /^direct_emissions: -3 is out of range/);
    assert.match(answer({ ...base, direct: '30000', year: '2040' }).reason, /^year: 2040 is out of range/);
  });
});

describe('task pane: example model and settings', () => {
  it('has 15–20 facilities across power, cement, steel and aluminium, near and far from the threshold', () => {
    const rows = exampleRows();
    assert.ok(rows.length >= 15 && rows.length <= 20);
    const sectors = rows.map((r) => String(r[1]));
    for (const s of ['power', 'cement', 'steel', 'aluminium']) assert.ok(sectors.some((x) => x.startsWith(s)), s);
    const emissions = rows.map((r) => (r[2] as number) * (r[3] as number));
    assert.ok(emissions.some((e) => e >= 26000 && e < 30000), 'one just above the threshold');
    assert.ok(emissions.some((e) => e < 26000 && e > 22000), 'one just below');
    assert.ok(emissions.some((e) => e > 1e6), 'one far above');
  });

  it('writes allocation, balance and cost as ETS formulas referencing their own row', () => {
    const block = exampleModel('ETS example');
    const header = block.values[HEADER_ROW]!;
    assert.ok(header.includes('Allocation (tCO2e)') && header.includes('Balance (tCO2e)') && header.includes('Cost'));
    const first = block.values[HEADER_ROW + 1]!;
    const r = HEADER_ROW + 2;
    assert.equal(first[8], `=IF(F${r},ETS.ALLOCATION(B${r},C${r},D${r},,H${r},$B$2),0)`);
    const used = new Set(block.values.flat().join(' ').match(/ETS\.[A-Z0-9]+/g));
    for (const f of used) assert.ok(f.slice(4) in CATALOGUE, `${f} is a catalogue function`);
    assert.ok(block.values.every((row) => row.length === header.length), 'rectangular');
    assert.equal(block.values[1]![1], DEFAULT_SETTINGS.year);
    assert.match(String(block.values[2]![2]), /^Example only — CNY per t, CEA year-end close \(secondary: /);
  });

  it('settings fall back to the defaults for anything unknown', () => {
    assert.deepEqual(settingsFrom({ scheme: 'XX', gwpSet: 'AR9', year: 1999 }), DEFAULT_SETTINGS);
    assert.deepEqual(settingsFrom({ scheme: 'CN', gwpSet: 'AR4', year: 2024 }), { scheme: 'CN', gwpSet: 'AR4', year: 2024 });
    assert.equal(settingsFrom({ scheme: 'KR' }).scheme, 'KR');
  });

  it('port helpers: safe values, A1 addresses, runs', () => {
    assert.equal(safeValue('=1'), "'=1");
    assert.equal(safeValue(-1), -1);
    assert.equal(columnLetters(0), 'A');
    assert.equal(columnLetters(27), 'AB');
    assert.equal(columnLetters(702), 'AAA');
    assert.equal(a1(2, 4, 4, 3), 'E3:G6');
    assert.deepEqual(runs([5, 1, 2, 3, 9, 2]), [{ start: 1, count: 3 }, { start: 5, count: 1 }, { start: 9, count: 1 }]);
  });
});
