/**
 * The built functions answer in the host's language: Chinese when Office reports a zh display language (or the
 * workbook's setting asks for it), English otherwise, read at every call so a changed setting shows at the next
 * recalculation. Loaded the way Excel loads them, with the host's Office.context.
 */
import { strict as assert } from 'node:assert';
import { FakeExcelError, loadBundle, type BundleHost } from './bundle';

const CJK = /[\u4e00-\u9fff]/;
const SETTINGS = 'ets.settings';

/** A host whose language can change between calls, as a user's setting does. */
function host(displayLanguage: string, language?: string): BundleHost & { settings: Record<string, unknown> } {
  return { displayLanguage, settings: language ? { [SETTINGS]: { language } } : {} };
}

/** Arrays from the bundle's realm, as plain values here (deepEqual compares prototypes). */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const cellOf = (grid: unknown[][]): unknown => grid[0]![0];
const errorOf = (grid: unknown[][]): FakeExcelError => {
  const cell = cellOf(grid);
  assert.ok(cell instanceof FakeExcelError, `expected an error, got ${JSON.stringify(cell)}`);
  return cell;
};

describe('functions in Chinese (built bundle, Office.context.displayLanguage)', () => {
  it('=ETS.COVERED("香蕉", 1) explains in Chinese, naming the argument and what is accepted', () => {
    const fns = loadBundle(host('zh-CN'));
    const e = errorOf(fns.COVERED!([['香蕉']], [[1]]));
    assert.equal(e.code, '#VALUE!');
    assert.match(e.message!, /^sector：“香蕉”不是已知的行业。可接受：发电（power/);
  });

  it('keeps English for an English host, word for word as before', () => {
    const fns = loadBundle(host('en-US'));
    const e = errorOf(fns.COVERED!([['香蕉']], [[1]]));
    assert.match(e.message!, /^sector: "香蕉" is not a known sector\. Accepted: power \(or a unit category/);
    assert.doesNotMatch(e.message!.replace('香蕉', ''), CJK);
  });

  it('follows the workbook setting over the display language, and a changed setting at the next call', () => {
    const h = host('zh-CN', 'en');
    const fns = loadBundle(h);
    assert.match(errorOf(fns.PHASE!([[2010]])).message!, /^year: 2010 is out of range/);
    h.settings[SETTINGS] = { language: 'auto' };
    assert.match(errorOf(fns.PHASE!([[2010]])).message!, /^year：2010 超出范围。可接受：/);
    const english = loadBundle(host('en-GB', 'zh-CN'));
    assert.match(errorOf(english.PHASE!([[2010]])).message!, /超出范围/);
  });

  it('takes the display languages the manifest gives Chinese metadata (zh-TW, zh-HK …) as Chinese, and anything else as English', () => {
    for (const lang of ['zh-TW', 'zh-HK', 'ZH-cn']) assert.match(errorOf(loadBundle(host(lang)).PHASE!([['x']])).message!, /不是数字/);
    // zh-Hans-CN is no tag Office reports, and the manifest has no override for it: English throughout, never a mix.
    for (const lang of ['fr-FR', 'ja-JP', '', 'zh-Hans-CN']) assert.match(errorOf(loadBundle(host(lang)).PHASE!([['x']])).message!, /is not a number/);
  });

  it('writes the COVERAGE reason, the COMPARE table and SOURCE in Chinese', () => {
    const fns = loadBundle(host('zh-CN'));
    // 31,200 ≥ the threshold; the year is the rulebook's default (2025).
    assert.match(String(cellOf(fns.COVERAGE!([['水泥']], [[31200]]))), /^纳入：水泥，直接排放 31,200 吨二氧化碳当量 ≥ 纳入门槛 26,000（全国碳市场，2025年）$/);
    assert.match(String(cellOf(fns.COVERAGE!([['cement']], [[20000]]))), /^未纳入：水泥，直接排放 20,000 吨二氧化碳当量 < 纳入门槛 26,000/);
    assert.equal(String(cellOf(fns.COVERAGE!([['独立电炉短流程钢铁生产企业']], [[31200]]))),
      '仅报告：独立电炉短流程炼钢，直接排放 31,200 吨二氧化碳当量 ≥ 门槛 26,000：有报告义务（年度温室气体排放报告及核查），无配额清缴义务（全国碳市场，2025年）');
    assert.match(String(cellOf(fns.COVERAGE!([['钢压延加工']], [[20000]]))), /^未纳入：独立钢压延加工，直接排放 20,000 吨二氧化碳当量 < 门槛 26,000：无报告义务/);
    const table = fns.COMPARE!([['cement']], [[31200]]);
    assert.deepEqual(plain(table[0]), ['碳市场', '是否纳入', '适用规则', '计入排放量（吨二氧化碳当量）']);
    assert.equal(table.length, loadBundle(host('en-US')).COMPARE!([['cement']], [[31200]]).length);
    assert.match(String(cellOf(fns.SOURCE!([['threshold']]))), /^正式——/);
  });

  it('spills the same numbers in either language: only words change', () => {
    const zh = loadBundle(host('zh-CN'));
    const en = loadBundle(host('en-US'));
    const args = [[['cement']], [[1250000]], [[0.8]], null, [[0.85]], [[2025]]];
    assert.deepEqual(plain(zh.ALLOCATION!(...args)), plain(en.ALLOCATION!(...args)));
    const numbers = (t: unknown[][]): unknown[][] => t.slice(1).map((r) => r.filter((c) => typeof c !== 'string'));
    assert.deepEqual(plain(numbers(zh.COMPARE!([['cement']], [[31200]]))), plain(numbers(en.COMPARE!([['cement']], [[31200]]))));
  });

  it('names the row of a range in Chinese, and an error passed in keeps its own message', () => {
    const fns = loadBundle(host('zh-CN'));
    const e = errorOf(fns['POWER.ENTITY']!([['power:gas'], ['nope']], [[100], [200]], [[50], [60]]));
    assert.match(e.message!, /^category（第 2 行）：“nope”不是已知的发电机组类别/);
    const passed = errorOf(fns.COVERED!([[new FakeExcelError('#N/A', 'upstream')]], [[1]]));
    assert.equal(passed.message, 'sector：输入为 #N/A（upstream）。');
  });
});
