import { strict as assert } from 'node:assert';
import { DetailedCellError } from 'hyperformula';
import { exampleModel, exampleRows, HEADER_ROW } from '../../src/taskpane/example-model';
import { settingsFrom, DEFAULT_SETTINGS } from '../../src/taskpane/settings';
import { safeValue, a1, columnLetters, parseA1, runs } from '../../src/taskpane/ports/port';
import { createEngine } from '../../src/workbench/engine';
import { loadBundle } from '../functions/bundle';
import { CATALOGUE } from '../functions/catalogue';
import { setLanguage } from '../../src/taskpane/i18n/messages';

describe('task pane: example model', () => {
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

  it('in Chinese writes its words in Chinese and the very same formulas', () => {
    const english = exampleModel('ETS example');
    setLanguage('zh-CN');
    try {
      const chinese = exampleModel('ETS 示例');
      assert.deepEqual(chinese.values[HEADER_ROW]!.slice(0, 3), ['设施', '行业', '产量（吨；发电：兆瓦时）']);
      assert.equal(chinese.values[1]![0], '履约年度');
      assert.match(String(chinese.values[1]![2]), /^=IFERROR\(IF\(ETS\.PHASE\(B2\)="I","第一阶段：/);
      const formulas = (b: typeof english): unknown[][] => b.values.slice(HEADER_ROW + 1).map((row) => row.filter((c) => typeof c === 'string' && c.startsWith('=')));
      assert.deepEqual(formulas(chinese), formulas(english));
    } finally {
      setLanguage('en');
    }
  });

  it('writes allocation, balance and cost as ETS formulas; optional inputs never rely on how a blank cell arrives', () => {
    const block = exampleModel('ETS example');
    const header = block.values[HEADER_ROW]!;
    assert.ok(header.includes('Allocation (tCO2e)') && header.includes('Phase II benchmark (your assumption)'));
    const r = HEADER_ROW + 2;
    const cement = block.values.findIndex((row) => row[1] === 'cement');
    const c = cement + 1;
    // The emissions column is the allocation's E (8th argument): steel's allowances multiply the enterprise's emissions.
    assert.equal(block.values[cement]![9], `=IF(F${c},ETS.ALLOCATION(B${c},C${c},D${c},,IF(H${c}="","",H${c}),$B$2,IF(I${c}="","",I${c}),E${c}),0)`);
    assert.equal(block.values[HEADER_ROW + 1]![9], `=IF(F${r},ETS.POWER.UNIT(B${r},C${r},,$B$2,,E${r}),0)`);
    assert.equal(block.values[cement]![11], `=IF(F${c},ETS.COST(J${c},E${c},$B$3,IF($B$4="","",$B$4)),"")`);
    // No ETS formula takes a bare reference to a cell the model leaves empty.
    for (const row of block.values) {
      for (const f of row.filter((v): v is string => typeof v === 'string' && v.includes('ETS.'))) {
        const unwrapped = f.replace(/IF\((\$?[A-Z]+\$?\d+)="","",\1\)/g, 'given');
        assert.doesNotMatch(unwrapped, /\$?[HI]\$?\d+|\$B\$4/, f);
      }
    }
    const used = new Set(block.values.flat().join(' ').match(/ETS\.[A-Z0-9.]+(?=\()/g));
    for (const f of used) assert.ok(f.slice(4) in CATALOGUE, `${f} is a catalogue function`);
    assert.ok(block.values.every((row) => row.length === header.length), 'rectangular');
    assert.equal(block.values[1]![1], DEFAULT_SETTINGS.year);
    assert.match(String(block.values[2]![2]), /^Example only — CNY per t, CEA year-end close \(secondary: /);
  });

  describe('computed in the workbench engine with the built functions', () => {
    const hf = createEngine(loadBundle());
    const block = exampleModel('ETS example');
    const sheet = hf.getSheetId(hf.addSheet('ETS example'))!;
    hf.setCellContents({ sheet, row: 0, col: 0 }, block.values.map((row) => row.map((v) => (v === '' ? null : v))) as never);
    const at = (address: string) => hf.getCellValue(hf.simpleCellAddressFromString(address, sheet)!);
    const set = (address: string, v: unknown) => hf.setCellContents(hf.simpleCellAddressFromString(address, sheet)!, [[v as never]]);
    const rowOf = (name: string) => block.values.findIndex((row) => row[0] === name) + 1;
    after(() => hf.destroy());

    it('gives the allocations worked out by hand for 2025', () => {
      // Coal > 300 MW: 3,200,000 MWh × 0.7902 (2025 draft) = 2,528,640, above 80% of E = 2,099,200.
      assert.equal(at(`J${rowOf('Dongshan Power Unit 1')}`), 2528640);
      // Gas: 600,000 × 0.3288 = 197,280 < E = 216,000, so topped up to E.
      assert.equal(at(`J${rowOf('Beihai Gas Turbine')}`), 216000);
      // Cement: E = 1,260,000; X = 0.02 / 0.86; α = 0.15 X; A = ⌊1,260,000 + 3,780 / 0.86⌋ = ⌊1,264,395.35⌋ (whole tonnes).
      assert.equal(at(`J${rowOf('Qingshan Cement Line 1')}`), 1264395);
      // Steel: E = 4,000,000 × 1.82 = 7,280,000 from the emissions column; X = 0.03 / 1.85; A = ⌊7,280,000 × (1 + 0.15 X)⌋
      // = ⌊7,280,000 + 32,760 / 1.85⌋ = ⌊7,297,708.1⌋.
      assert.equal(at(`J${rowOf('Jinlong Steel BF-BOF')}`), 7297708);
      // Not covered (chemicals): 0.
      assert.equal(at(`J${rowOf('Huaxin Chemicals')}`), 0);
    });

    it('in a Phase II year asks for the benchmark instead of reusing the balance value, and the note follows the year', () => {
      assert.match(String(at('C2')), /^Phase I:/);
      set('B2', 2027);
      assert.match(String(at('C2')), /^Phase II:/);
      const row = rowOf('Qingshan Cement Line 1');
      const e = at(`J${row}`) as DetailedCellError;
      assert.ok(e instanceof DetailedCellError, `got ${String(e)}`);
      assert.equal(e.value, '#N/A');
      assert.match(e.message, /benchmark/);
      set(`I${row}`, 0.8);
      assert.equal(at(`J${row}`), 1500000 * 0.8);
      set('B2', 2025);
      assert.equal(at(`J${row}`), 1264395, 'back in Phase I the benchmark is ignored');
    });

    it('an offset price of 0 is a price, an empty offset cell is none', () => {
      const row = rowOf('Hengtai Iron Works'); // E = 2,364,000; α = −0.15 × 0.12 / 1.85 …: a shortfall
      const none = at(`L${row}`) as number;
      set('B4', 0);
      const free = at(`L${row}`) as number;
      assert.ok(free < none, `${free} < ${none}`);
      set('B4', null);
      assert.equal(at(`L${row}`), none);
    });
  });
});

describe('task pane: settings and port helpers', () => {
  it('settings fall back to the defaults for anything unknown', () => {
    assert.deepEqual(settingsFrom({ scheme: 'XX', gwpSet: 'AR9', year: 1999 }), DEFAULT_SETTINGS);
    assert.deepEqual(settingsFrom({ scheme: 'CN', gwpSet: 'AR4', year: 2024 }), { scheme: 'CN', gwpSet: 'AR4', year: 2024, language: 'auto' });
    assert.equal(settingsFrom({ language: 'zh-CN' }).language, 'zh-CN');
    assert.equal(settingsFrom({ language: 'fr' as never }).language, 'auto');
    assert.equal(settingsFrom({ scheme: 'KR' }).scheme, 'KR');
  });

  it('safe values, A1 addresses, runs', () => {
    assert.equal(safeValue('=1'), "'=1");
    assert.equal(safeValue(-1), -1);
    assert.equal(columnLetters(0), 'A');
    assert.equal(columnLetters(27), 'AB');
    assert.equal(columnLetters(702), 'AAA');
    assert.equal(a1(2, 4, 4, 3), 'E3:G6');
    // parseA1 reads back what a1 writes, either case, $ anchors allowed; anything else is not a cell address.
    assert.deepEqual(parseA1('I20'), { row: 19, col: 8 });
    assert.deepEqual(parseA1('$ba$26'), { row: 25, col: 52 });
    for (const [row, col] of [[0, 0], [1048575, 16383], [99, 702]] as const) assert.deepEqual(parseA1(a1(row, col)), { row, col });
    for (const bad of ['', 'A', '26', 'A1:B2', 'ABCD1', 'I20x']) assert.equal(parseA1(bad), undefined, bad);
    assert.deepEqual(runs([5, 1, 2, 3, 9, 2]), [{ start: 1, count: 3 }, { start: 5, count: 1 }, { start: 9, count: 1 }]);
  });
});
