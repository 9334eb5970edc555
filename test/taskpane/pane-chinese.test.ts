/**
 * The pane in Chinese beyond its status lines: what it writes to sheets (table check, CBAM, model, example) and how a
 * table checked in one language is read and refreshed in the other. Figures are worked out by hand in the comments;
 * the Chinese words are the catalogue's, and every formula must be the same in both languages.
 */
import { strict as assert } from 'node:assert';
import { EtsError, type ExposureRow } from '../../src/core';
import { percent, whole } from '../../src/taskpane/format';
import { inEveryLanguage, onLanguageChange, setLanguage, t } from '../../src/taskpane/i18n/messages';
import { exampleModel, HEADER_ROW } from '../../src/taskpane/example-model';
import { facilityRows } from '../../src/taskpane/model/facility-rows';
import { modelSheet, type ModelValues } from '../../src/taskpane/model/model-sheet';
import { ExcelPort } from '../../src/taskpane/ports/excel-port';
import type { CellValue, Region } from '../../src/taskpane/ports/port';
import { DEFAULT_SETTINGS, gwpOptions, schemeOptions, sectorOptions } from '../../src/taskpane/settings';
import { matchColumns } from '../../src/taskpane/table-check/columns';
import { firstTable, guessHeader, ownColumnsOfRead } from '../../src/taskpane/table-check/header-row';
import { coveredHeader, isCoveredHeader, stateOfCell } from '../../src/taskpane/table-check/results';
import { runTableCheck } from '../../src/taskpane/table-check/table-check';
import { carryOut, WriteStopped } from '../../src/taskpane/table-check/write-steps';
import { choiceLabel, exposureBlock, originSentence } from '../../src/taskpane/views/border-view';
import { lineSentence, PRODUCT_HEADER_ROW, productBlock, productSchedule, type ProductInput } from '../../src/taskpane/views/cbam-product';
import { loadGoods } from '../../src/taskpane/views/cn-picker';
import { FakeSettings, FakeWorkbook, withOfficeGlobals } from './fake-excel';
import { textPoints } from '../../src/taskpane/column-widths';

const hasChinese = (v: CellValue): boolean => typeof v === 'string' && /[\u4e00-\u9fff]/.test(v);
const formulas = (block: readonly (readonly CellValue[])[]): CellValue[][] =>
  block.map((row) => row.map((v) => (typeof v === 'string' && v.startsWith('=') ? v : null)));

/** Builds a block in English and in Chinese. */
function inBoth<T>(build: () => T): { en: T; zh: T } {
  setLanguage('en');
  const en = build();
  setLanguage('zh-CN');
  const zh = build();
  setLanguage('en');
  return { en, zh };
}

describe('the pane in Chinese: what it writes, and its own output across languages', () => {
  afterEach(() => setLanguage('en'));

  describe('the table check\'s own columns, in either language', () => {
    // "Emissions (t)" and the pane's "CO2e (tCO2e)" / "CO2e（吨二氧化碳当量）" both reduce to a second-tier emissions
    // word matched exactly (5 + 1 = 6 points each): read as input, the pane's column would tie with the user's.
    const USER = ['Facility', 'Sector', 'Emissions (t)'];
    const OWN = new Set([3, 4, 5]);
    const EN_OUTPUT = ['Covered', 'Reason', 'CO2e (tCO2e)'];
    const ZH_OUTPUT = ['是否纳入（TRUE/FALSE，或“未检查”：见“理由”）', '理由', 'CO2e（吨二氧化碳当量）'];

    it('leaves the pane\'s columns out of the mapping whichever language wrote them, so no tie and no pane column as input', () => {
      for (const output of [EN_OUTPUT, ZH_OUTPUT]) {
        const headers = [...USER, ...output];
        // Unmarked (saved and opened again), the pane's headers are still recognised: no tie, the user's column is Direct.
        assert.deepEqual(matchColumns(headers), { map: { facility: 0, sector: 1, direct: 2 }, ambiguous: [] },
          'the pane\'s CO2e is never read as input, marked or not');
        assert.deepEqual(matchColumns(headers, OWN), { map: { facility: 0, sector: 1, direct: 2 }, ambiguous: [] });
      }
    });

    it('finds the header row the same way under output in either language', () => {
      for (const output of [EN_OUTPUT, ZH_OUTPUT]) {
        const values: CellValue[][] = [['Client list 2025', '', '', '', '', ''], [...USER, ...output], ['Plant A', 'cement', 31200, true, 'Covered: …', 31200]];
        // Row 1 names facility, sector and emissions (30 points) and is all text; the title row has one cell filled.
        assert.deepEqual(guessHeader(values, OWN), { row: 1, depth: 1, sure: true });
      }
    });

    it('reads an earlier run\'s Covered header and highlight words in both languages', () => {
      assert.ok(isCoveredHeader('Covered'));
      assert.ok(isCoveredHeader('Covered (TRUE/FALSE, or "not checked": see Reason)'));
      assert.ok(isCoveredHeader('是否纳入'));
      assert.ok(isCoveredHeader(ZH_OUTPUT[0]));
      assert.ok(!isCoveredHeader('理由') && !isCoveredHeader('Reason') && !isCoveredHeader(true));
      assert.deepEqual(['not checked', '未检查', 'depends', '视情况而定', true, false, ''].map(stateOfCell),
        ['not-checked', 'not-checked', 'plain', 'plain', 'covered', 'plain', 'plain']);
      assert.deepEqual(inEveryLanguage('tc.not-checked'), ['not checked', '未检查']);
    });

    it('says in the Covered header which words stand in for TRUE/FALSE, in the language it writes', () => {
      // A row the core refused is "not checked"; the header names the word it writes, in the pane's language.
      const refused = [new EtsError('value', 'sector: "x" is not a sector')];
      assert.equal(coveredHeader(refused), 'Covered (TRUE/FALSE, or "not checked": see Reason)');
      setLanguage('zh-CN');
      assert.equal(coveredHeader(refused), ZH_OUTPUT[0]);
      assert.equal(coveredHeader([]), '是否纳入');
    });
  });

  describe('a table checked in English and read again in Chinese, through the Excel port', () => {
    withOfficeGlobals();

    it('recognises its English columns by their marks, maps the user\'s columns alone and refreshes in place in Chinese', async () => {
      const book = new FakeWorkbook('Facilities');
      const sheet = book.sheet('Facilities');
      // B3:D5; Plant A: cement 31,200 t ≥ 26,000 → covered; Plant B: steel 21,000 t < 26,000 → not covered.
      sheet.put(2, 1, [['Facility', 'Sector', 'Emissions (t)'], ['Plant A', 'cement', 31200], ['Plant B', 'steel', 21000]]);
      book.selection = { sheet: 'Facilities', top: 3, left: 2, rows: 1, cols: 1 };
      const settings = new FakeSettings();
      const port = new ExcelPort(book.run, () => settings as unknown as Office.Settings);
      const ui = { progress() {}, async confirmOverwrite() { throw new Error('the pane\'s own cells are never "in the way"'); } };

      const first = firstTable((await port.readRegion())!)!;
      await runTableCheck(port, first, matchColumns(first.headers).map, DEFAULT_SETTINGS, ui);
      assert.deepEqual(sheet.block(2, 4, 1, 3), [['Covered', 'Reason', 'CO2e (tCO2e)']]);

      setLanguage('zh-CN');
      const read = (await port.readRegion())!;
      assert.deepEqual([...ownColumnsOfRead(read)], [3, 4, 5]);
      const region = firstTable(read)!;
      assert.deepEqual(region.headers, ['Facility', 'Sector', 'Emissions (t)', 'Covered', 'Reason', 'CO2e (tCO2e)']);
      const match = matchColumns(region.headers, ownColumnsOfRead(read));
      assert.deepEqual(match, { map: { facility: 0, sector: 1, direct: 2 }, ambiguous: [] });
      const report = await runTableCheck(port, region, match.map, DEFAULT_SETTINGS, ui);
      assert.equal(report.written?.refreshed, true);
      assert.equal(report.written?.results, 'Facilities!E3:G5');
      assert.deepEqual(sheet.block(2, 4, 3, 3).map((r) => r[0]), ['是否纳入', true, false]);
      assert.deepEqual(sheet.block(2, 5, 1, 2), [['理由', 'CO2e（吨二氧化碳当量）']]);
      assert.equal(sheet.get(2, 7), '', 'no second block of results');
      assert.equal(sheet.get(2, 8), '纳入情况汇总（全国碳市场，2025年）');
      assert.equal(sheet.names.size, 2, 'the same two marks, refreshed');
    });
  });

  describe('the CBAM view\'s blocks', () => {
    // The annex's descriptions come in their own chunk, which the view loads when it mounts.
    before(() => loadGoods());
    // 1,000 t at 1.2 tCO2e/t, no benchmark: every tonne is paid, 1,200 certificates × 80 = 96,000 a year.
    const ROWS: ExposureRow[] = [2026, 2027].map((year) => ({ year, factor: 0.975, factorApplied: false, certificates: 1200, cost: 96000 }));

    it('writes the exposure table with the same figures and its words in Chinese', () => {
      const { en, zh } = inBoth(() => exposureBlock(ROWS, 0));
      assert.deepEqual(en, [
        ['CBAM exposure by year', '', '', 'Origin price effectively paid: 0'],
        ['Year', 'CBAM factor', 'Certificates', 'Cost'],
        [2026, '— (no benchmark)', 1200, 96000], [2027, '— (no benchmark)', 1200, 96000],
        ['Total', '', '', 192000],
      ]);
      assert.deepEqual(zh, [
        ['各年度 CBAM 敞口', '', '', '原产国实际支付的碳价：0'],
        ['年度', 'CBAM 系数', '证书数', '成本'],
        [2026, '—（无基准值）', 1200, 96000], [2027, '—（无基准值）', 1200, 96000],
        ['合计', '', '', 192000],
      ]);
    });

    it('says what the origin price rests on in Chinese', () => {
      setLanguage('zh-CN');
      assert.equal(originSentence({ effective: 0, origin: 'not-given' }), '未输入国内已支付的碳价：不作扣减。');
      // 10 a tonne × (1 − 900 / 1,000 allocated) = 1 a tonne effectively paid.
      assert.equal(originSentence({ effective: 1, origin: 'home-position' }), '原产国实际支付的碳价：每吨二氧化碳当量 1，从证书数中扣减。');
    });

    it('in product mode: the line in Chinese, the same certificates, and a sheet whose formulas do not depend on the language', () => {
      const input: ProductInput = {
        cn: '7208 39 00', country: 'China', quantity: 50000, certificatePrice: 75.36, cscf: 1, actual: undefined,
        laterBenchmark: undefined, fromYear: 2026, toYear: 2026,
      };
      const { en, zh } = inBoth(() => {
        const schedule = productSchedule(input);
        return { schedule, line: lineSentence(schedule.found, input.cn), block: productBlock(input, schedule, 2030) };
      });
      // 50,000 × (3.187 × 1.1 − 1.37 × 0.975) = 108,497.5 certificates, × 75.36 = 8,176,371.6.
      for (const { schedule } of [en, zh]) {
        assert.equal(schedule.rows[0]!.certificates, 108497.5);
        assert.ok(Math.abs(schedule.rows[0]!.cost - 8176371.6) < 1e-6);
      }
      assert.equal(zh.line, '默认值：中国表，CN 7208 行，路线 C：合计 3.187 吨二氧化碳当量/吨（已与《欧盟官方公报》核对）。' +
        '2026 年的 CBAM 基准值：与默认值配套的 B 栏为 1.37，与实际排放配套的 A 栏为 0.044。');
      assert.deepEqual(formulas(zh.block), formulas(en.block));
      // Title (the heading's Chinese name for the good), inputs note and the input labels are Chinese (CSCF aside), then
      // a blank row and the header row over the years.
      assert.equal(zh.block[0]![0], '各年度 CBAM 成本：CN 7208 热轧铁或非合金钢平板轧材（宽≥600毫米）');
      assert.match(String(en.block[0]![0]), /^CBAM cost by year: CN 7208 Flat-rolled products of iron or non-alloy steel/);
      assert.deepEqual(zh.block.slice(0, 12).map((row) => row[0]).filter((v) => !hasChinese(v!)), ['CSCF']);
      assert.equal(zh.block[12]![0], '');
      assert.deepEqual(zh.block[PRODUCT_HEADER_ROW]!.slice(0, 3), ['年度', 'CBAM 系数', '默认值（吨/吨）']);
      assert.deepEqual(en.block[PRODUCT_HEADER_ROW]!.slice(0, 3), ['Year', 'CBAM factor', 'Default value (t/t)']);
    });

    it('lists a good with its heading\'s Chinese name after the description, or first in Chinese', () => {
      const choice = { code: '72083900', text: '7208 39 00', description: 'Flat-rolled products, hot-rolled', zh: '热轧平板轧材' };
      assert.equal(choiceLabel(choice), 'Flat-rolled products, hot-rolled · 热轧平板轧材');
      setLanguage('zh-CN');
      assert.equal(choiceLabel(choice), '热轧平板轧材 · Flat-rolled products, hot-rolled');
      assert.equal(choiceLabel({ ...choice, zh: undefined }), 'Flat-rolled products, hot-rolled');
    });
  });

  describe('the model and example sheets', () => {
    const VALUES = {
      sector: 'cement', firstYear: 2024, lastYear: 2026, output: 1500000, outputChange: '', intensity: 0.84, intensityChange: '', emissions: '', emissionsChange: '',
      balanceValue: '', benchmark: '', benchmarkChange: '', ceaPrice: 90, ceaPriceChange: '', ccerPrice: '', ccerShare: '',
      openingBank: 0, exportShare: '', cnCode: '', country: 'CN', embedded: '', euaPrice: '', euaPriceChange: '', fx: '', cscf: '',
      laterBenchmark: '', discountRate: '',
    } as ModelValues;

    it('writes the model\'s words in Chinese and the very same formulas', () => {
      const { en, zh } = inBoth(() => modelSheet(VALUES, [2024, 2025, 2026]));
      assert.deepEqual(formulas(zh.values), formulas(en.values));
      // The same layout; only the widths differ, each fitted to the words of its language.
      assert.deepEqual({ ...zh.layout, widths: [] }, { ...en.layout, widths: [] });
      assert.equal(zh.layout.widths[0], textPoints('条例表格之后的 CBAM 基准值（吨二氧化碳当量/吨）'), 'the longest Chinese label fits');
      const { header, totalRow, scenarioHeader } = zh.layout;
      assert.deepEqual(zh.values[header]!.slice(0, 3), ['年度', '阶段', '产量（吨）']);
      assert.deepEqual(en.values[header]!.slice(0, 3), ['Year', 'Phase', 'Output (t)']);
      assert.deepEqual([zh.values[3]![0], zh.values[3]![1]], ['行业', 'cement'], 'the first input: its label, and the value as given');
      assert.deepEqual([zh.values[totalRow]![0], zh.values[totalRow + 1]![0]], ['合计', '折现合计']);
      assert.deepEqual(zh.values.slice(scenarioHeader + 1, scenarioHeader + 4).map((r) => r[0]), ['低', '基准', '高']);
      assert.deepEqual(en.values.slice(scenarioHeader + 1, scenarioHeader + 4).map((r) => r[0]), ['Low', 'Base', 'High']);
      assert.match(String(zh.values[1]![0]), /^ETS 规则库 .*所用数值的状态——阶段：/);
      // Every text the sheet shows in Chinese (numbers and the sector as given aside) has Chinese in it.
      const texts = zh.values.flat().filter((v): v is string => typeof v === 'string' && v !== '' && !v.startsWith('=') && v !== 'cement' && v !== 'CN' && v !== 'CSCF');
      assert.deepEqual(texts.filter((v) => !hasChinese(v)), []);
    });

    it('writes the example in Chinese with headers the table check and the model builder read as they read the English', () => {
      const { en, zh } = inBoth(() => exampleModel('Sheet'));
      assert.deepEqual(formulas(zh.values.slice(HEADER_ROW)), formulas(en.values.slice(HEADER_ROW)));
      const headers = zh.values[HEADER_ROW]!;
      assert.deepEqual(headers.slice(0, 5), ['设施', '行业', '产量（吨；发电：兆瓦时）', '强度（吨二氧化碳当量/单位产品）', '直接排放（吨二氧化碳当量）']);
      // Facility, sector and direct emissions in columns A, B and E, in both languages.
      assert.deepEqual(matchColumns(headers), { map: { facility: 0, sector: 1, direct: 4 }, ambiguous: [] });
      assert.deepEqual(matchColumns(en.values[HEADER_ROW]!), { map: { facility: 0, sector: 1, direct: 4 }, ambiguous: [] });
      // The model builder finds output (C), intensity (D) and the balance value (H) by the Chinese headers.
      const region: Region = { sheet: 'Sheet', top: HEADER_ROW, left: 0, headers: headers.map(String), rows: zh.values.slice(HEADER_ROW + 1) };
      const cement = zh.values.findIndex((r) => r[1] === 'cement');
      const row = zh.values[cement]!;
      const [facility] = facilityRows(region, { top: cement, rows: 1 }) as Exclude<ReturnType<typeof facilityRows>, string>;
      assert.deepEqual(facility, { name: row[0], sector: 'cement', output: row[2], intensity: row[3], balanceValue: row[7], emissions: '' });
      // The note beside the year is a formula whose texts are Chinese.
      assert.match(String(zh.values[1]![2]), /^=IFERROR\(IF\(ETS\.PHASE\(B2\)="I","第一阶段：/);
    });
  });

  describe('lists, numbers and the write log', () => {
    it('names sectors, schemes and the default GWP set in Chinese', () => {
      setLanguage('zh-CN');
      assert.deepEqual(sectorOptions().slice(0, 3), [['power', '发电'], ['cement', '水泥'], ['steel', '钢铁']]);
      assert.deepEqual(schemeOptions()[0], ['CN', 'CN — 中国全国碳排放权交易市场']);
      assert.ok(gwpOptions().some(([v, label]) => v === 'AR5' && label === 'AR5（默认）'));
      setLanguage('en');
      assert.deepEqual(sectorOptions()[2], ['steel', 'Iron and steel 钢铁']);
      assert.deepEqual(schemeOptions()[0], ['CN', 'CN — China national ETS']);
      assert.ok(gwpOptions().some(([v, label]) => v === 'AR5' && label === 'AR5 (default)'));
    });

    it('formats numbers by the pane\'s language (zh-CN groups and writes percentages as en-US does)', () => {
      setLanguage('zh-CN');
      assert.deepEqual([whole(17019970), percent(16087970 / 17019970)], ['17,019,970', '94.5%']);
    });

    it('says in Chinese, with grouped row counts, what a stopped write left behind', async () => {
      setLanguage('zh-CN');
      const area = { sheet: 'S', top: 0, left: 0, rows: 2500, cols: 3 };
      const steps = [{
        what: t('tc.step.results'), area, overwrites: true,
        async run(progress: (rows: number) => void) { progress(1000); throw new Error('同步失败'); },
      }];
      await assert.rejects(carryOut(steps), (e: unknown) => {
        assert.ok(e instanceof WriteStopped);
        assert.equal(e.message, '写入中止：同步失败。已写入：结果，共 2,500 行中的第 1–1,000 行（S!A1:C1000）。' +
          '未写入：结果，共 2,500 行中的第 1,001–2,500 行（S!A1001:C2500）。请再次运行检查以完成：它会更新自己的输出，并在覆盖其他内容前先询问。');
        return true;
      });
    });

    it('tells the views when the language changes, and only then', () => {
      let calls = 0;
      onLanguageChange(() => { calls += 1; });
      setLanguage('en');
      setLanguage('zh-CN');
      setLanguage('zh-CN');
      setLanguage('en');
      assert.equal(calls, 2);
    });
  });
});

describe('task pane: titles cut at a word', () => {
  it('ends a long description at a word with an ellipsis, and leaves a short one whole', async () => {
    const { cutAtWord } = await import('../../src/taskpane/views/cbam-product');
    assert.equal(cutAtWord('Flat-rolled products of iron', 80), 'Flat-rolled products of iron');
    const long = 'Flat-rolled products of iron or non-alloy steel, of a width of 600 mm or more, hot-rolled, not clad, plated or coated';
    const cut = cutAtWord(long, 80);
    assert.equal(cut, 'Flat-rolled products of iron or non-alloy steel, of a width of 600 mm or more…');
    assert.ok(cut.length <= 80 && long.startsWith(cut.slice(0, -1)));
    assert.equal(cutAtWord('未锻轧铝'.repeat(30), 10), `${'未锻轧铝'.repeat(30).slice(0, 9)}…`);
  });
});
