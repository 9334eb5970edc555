/**
 * The core's message catalogue: the same keys in English and Chinese, every Chinese text written (not a copy of the
 * English), and the errors people meet, worded in Chinese with no English sentence left over, while English stays
 * as it was.
 */
import { strict as assert } from 'node:assert';
import {
  allocation, alpha, benchmark, cbamBenchmarkOf, cbamCertificates, cbamDefault, cbamExempt, cbamFactor, co2e, compareTable, coverage, deadline,
  defaultValueLine, EtsError, exposureSchedule, gases, gwp, info, isCovered, languageFor, penalty, phase, position, power, powerEntity, schemesTable, source, threshold,
  useLanguage, type Lang,
} from '../../src/core';
import { CATALOGUES } from '../../src/core/messages';
import { leftoverEnglish } from '../helpers';

const CJK = /[\u4e00-\u9fff]/;

/** Sample parameters for any message: every field a short text (numbers, flags and names read it as they may). */
const SAMPLE = new Proxy({}, { get: (_, name) => (name === 'reached' || name === 'one' || name === 'open' ? true : name === 'month' || name === 'day' ? 3 : name === 'year' ? 2026 : `«${String(name)}»`) });

function inLanguage<T>(lang: Lang, run: () => T): T {
  useLanguage(lang);
  try {
    return run();
  } finally {
    useLanguage('en');
  }
}

function messageOf(lang: Lang, thunk: () => unknown): string {
  return inLanguage(lang, () => {
    try {
      thunk();
    } catch (e) {
      if (e instanceof EtsError) return e.message;
      throw e;
    }
    throw new Error(`no error from ${thunk.toString()}`);
  });
}

describe('core messages: the catalogue', () => {
  it('has the same keys in English and Chinese', () => {
    assert.deepEqual(Object.keys(CATALOGUES['zh-CN']).sort(), Object.keys(CATALOGUES.en).sort());
  });

  it('writes every Chinese text: none empty, none the English text copied', () => {
    // Texts that are the same in both languages by nature: none so far.
    for (const [key, english] of Object.entries(CATALOGUES.en)) {
      const zh = (CATALOGUES['zh-CN'] as Record<string, (p: unknown) => string>)[key]!(SAMPLE);
      assert.ok(zh.length > 0, key);
      assert.notEqual(zh, (english as (p: unknown) => string)(SAMPLE), `${key} is the English text`);
    }
  });

  it('chooses Chinese for the manifest’s Chinese display languages, an override first', () => {
    assert.equal(languageFor('zh-CN'), 'zh-CN');
    assert.equal(languageFor('zh-TW'), 'zh-CN');
    assert.equal(languageFor('en-US'), 'en');
    assert.equal(languageFor(undefined), 'en');
    assert.equal(languageFor('zh-CN', 'en'), 'en');
    assert.equal(languageFor('en-GB', 'zh-CN'), 'zh-CN');
    assert.equal(languageFor('zh-CN', 'auto'), 'zh-CN');
  });
});

/** Errors people meet, one or more per kind of message. */
const ERRORS: ReadonlyArray<readonly [string, () => unknown]> = [
  ['unknown sector', () => coverage('香蕉', 1)],
  ['misspelt sector', () => coverage('cemnt', 1)],
  ['ambiguous sector', () => coverage('玻璃', 1)],
  ['blank sector', () => coverage(undefined, 1)],
  ['text for a number', () => coverage('cement', 'lots')],
  ['negative emissions', () => coverage('cement', -1)],
  ['year out of range', () => phase(2010)],
  ['phase contradicts year', () => allocation('cement', 1, 1, 2, undefined, 2025)],
  ['power needs a category', () => allocation('power', 1, 1)],
  ['phase II benchmark', () => allocation('cement', 1, 1, undefined, undefined, 2027)],
  ['reporting-only sector', () => allocation('chemicals', 1, 1)],
  ['reporting from the threshold', () => threshold('CN', 'steel-eaf')],
  ['not yet in force', () => allocation('cement', 1, 1, undefined, undefined, 2023)],
  ['balance value for power', () => allocation('power:gas', 1, 1, undefined, 0.5)],
  ['share out of range', () => cbamCertificates(1, 1, 2026, 1, undefined, undefined, 2)],
  ['alpha year', () => alpha(0.8, 0.85, 2024)],
  ['power load correction', () => power('power:gas', 1, undefined, 2024, 0.9)],
  ['power entity without units', () => powerEntity([], 2024)],
  ['benchmark unknown', () => benchmark('nope')],
  ['benchmark scheme', () => benchmark('hot-metal', 2026, 'KR')],
  ['gwp missing', () => gwp('CH4-fossil', 'AR5')],
  ['gas unknown', () => co2e('XYZ', 1)],
  ['penalty multiple', () => penalty(1, 80, 100)],
  ['deadline by sector', () => deadline('verification', 2025)],
  ['deadline none', () => deadline('surrender', 2040)],
  ['phase other scheme', () => phase(2026, 'EU')],
  ['scheme depends', () => isCovered('cement', 31200, 'EU')],
  ['gases not among', () => gases('power', 'UK-CBAM')],
  ['source unknown', () => source('nope')],
  ['source default without country', () => source('cbam:default:7208 10 00')],
  ['info topic', () => info('nope')],
  ['cbam year', () => cbamFactor(2025)],
  ['cbam mass', () => cbamExempt('x')],
  ['cn code', () => cbamDefault('abc', 'CN', 2026)],
  ['country', () => cbamDefault('7208 10 00', 'Atlantis', 2026)],
  ['not a cbam good', () => cbamDefault('0101 21 00', 'CN', 2026)],
  ['exempt origin', () => cbamDefault('7208 10 00', 'NO', 2026)],
  ['not bundled', () => cbamDefault('7208 10 00', 'IN', 2026)],
  ['part', () => cbamDefault('7208 10 00', 'CN', 2026, 'half')],
  ['indirect N/A', () => cbamDefault('7208 10 00', 'CN', 2026, 'indirect')],
  ['several lines', () => cbamDefault('72', 'CN', 2026)],
  ['basis', () => cbamBenchmarkOf('7208 10 00', 'maybe')],
  ['route', () => cbamBenchmarkOf('7208 10 00', 'default', 'Z')],
  ['benchmark years', () => cbamBenchmarkOf('7208 10 00', 'default', 'C', 2031)],
  ['complex good', () => cbamCertificates(1, 1.5, 2026, '7208 10 00')],
  ['country in intensity', () => cbamCertificates(1, 'CN', 2026, 'hot-metal')],
  // The price paid at home without the allocation and emissions it is worked out from.
  ['home price', () => exposureSchedule({ quantity: 1, embeddedIntensity: 1, certificatePrice: 80, fromYear: 2026, toYear: 2026, originPrice: 5 })],
  // The carbon price paid: per tCO2e on a default value, two bases at once, a default value without the output at home.
  ['origin price on a default value', () => cbamCertificates(1, 'CN', 2027, '2523 10 00 90', 0.5, 80, 1)],
  ['two bases', () => cbamCertificates(1, 0.84, 2027, '2523 10 00 90', 0.5, 80, 1, 0.42)],
  ['price per t without certificate price', () => cbamCertificates(1, 0.84, 2027, undefined, undefined, undefined, undefined, 0.42)],
  ['home output', () => exposureSchedule({ quantity: 1, embeddedIntensity: 'CN', cbamBenchmark: '2523 10 00 90', certificatePrice: 80, cscf: 1, fromYear: 2027, toYear: 2027,
    originAllocation: 798000, originEmissions: 840000, originPrice: 10 })],
  ['to before from', () => exposureSchedule({ quantity: 1, embeddedIntensity: 1, certificatePrice: 80, fromYear: 2027, toYear: 2026 })],
  ['position twice', () => position([{ year: 2025, output: 1, intensity: 1, price: 1, where: '' }, { year: 2025, output: 1, intensity: 1, price: 1, where: '' }], 'cement')],
];

describe('core messages: errors in Chinese', () => {
  for (const [what, thunk] of ERRORS) {
    it(`${what}: Chinese, with no English sentence left, and English without Chinese words`, () => {
      const zh = messageOf('zh-CN', thunk);
      const en = messageOf('en', thunk);
      assert.match(zh, CJK, zh);
      assert.deepEqual(leftoverEnglish(zh), [], zh);
      assert.notEqual(zh, en);
      // English may quote Chinese a user typed (香蕉, 玻璃) or name a Chinese alias, but says nothing else in Chinese.
      assert.doesNotMatch(en.replace(/"[^"]*"|\([^)]*[\u4e00-\u9fff][^)]*\)/g, ''), /[\u4e00-\u9fff]{2}.*[\u4e00-\u9fff]{2}.*[\u4e00-\u9fff]{2}/, en);
    });
  }
});

describe('core messages: reason texts and tables in Chinese', () => {
  it('COVERAGE: the verdict, the rule and the scheme and year', () => {
    const text = inLanguage('zh-CN', () => coverage('cement', 31200, undefined, 2025).text);
    assert.match(text, /^纳入：水泥，直接排放 31,200 吨二氧化碳当量 ≥ 纳入门槛 26,000（全国碳市场，2025年）$/);
    assert.equal(coverage('cement', 31200, undefined, 2025).text, 'Covered: cement, 31,200 tCO2e direct ≥ 26,000 threshold (CN ETS, 2025)');
  });

  it('COMPARE and SCHEMES: headers in Chinese, the same shape and numbers', () => {
    const zh = inLanguage('zh-CN', () => compareTable('cement', 31200));
    const en = compareTable('cement', 31200);
    assert.deepEqual(zh[0], ['碳市场', '是否纳入', '适用规则', '计入排放量（吨二氧化碳当量）']);
    assert.deepEqual(zh.map((r) => r.length), en.map((r) => r.length));
    assert.deepEqual(zh.slice(1).map((r) => [r[0], r[1], r[3]]), en.slice(1).map((r) => [r[0], r[1], r[3]]));
    const schemes = inLanguage('zh-CN', () => schemesTable());
    assert.equal(schemes[0]![0], '碳市场');
    assert.ok(schemes.slice(1).every((r) => r[r.length - 1] === '二手资料'));
  });

  it('names a country in the language asked, whichever was asked first (the line cache keeps each)', () => {
    assert.equal(inLanguage('zh-CN', () => defaultValueLine('7208 10 00', 'China').country.name), '中国');
    assert.equal(defaultValueLine('7208 10 00', 'China').country.name, 'China');
    assert.equal(inLanguage('zh-CN', () => defaultValueLine('7203 10 00', 'CN').table.name), '其他国家和地区');
  });

  it('SOURCE: status word and citation frame in Chinese', () => {
    assert.match(inLanguage('zh-CN', () => source('threshold')), /^正式——/);
    assert.match(source('threshold'), /^final — /);
    assert.match(inLanguage('zh-CN', () => source('cbam:default:7203 10 00:CN', 2026)), /^正式——.*其他国家和地区.*加成 10%/);
  });
});
