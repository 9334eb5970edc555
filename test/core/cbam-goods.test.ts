/**
 * The bundled CBAM tables as data, and the core's reading of them: every code is a CBAM good, every value a finite
 * number ≥ 0, the mark-ups as the annex states them, the modules in step with their CSV sources, and the lines read
 * against the Official Journal as read.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cbamBenchmarkOf, cbamCertificates, cbamCost, cbamDefault, cbamSectorOf, cnCode, cnText, country, defaultValueLine, exposureSchedule, source } from '../../src/core';
import { CN_DESCRIPTIONS } from '../../src/core/rules/cbam-data/descriptions';
import { CN_HEADINGS_ZH } from '../../src/core/rules/cbam-data/headings-zh';
import { benchmarkBasis, looksLikeCnCode, routeOf } from '../../src/core/cbam-goods';
import { BENCHMARK_TABLE, DEFAULT_VALUE_TABLES, OWN_TABLE_COUNTRIES } from '../../src/core/rules/cbam-data/tables';
import { throwsEts } from '../helpers';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the maintainer script is CommonJS
const { modules, parseCsv } = require('../../scripts/cbam-tables.js') as {
  modules: () => Record<string, string>; parseCsv: (text: string) => Array<Record<string, string>>;
};
const DATA = join(__dirname, '..', '..', 'src', 'core', 'rules', 'cbam-data');
type Row = Readonly<Record<string, string>> & Readonly<Record<'cn_code' | 'sector' | 'country' | 'direct' | 'indirect' | 'total' | 'route' |
  'column_a' | 'column_b' | 'note' | 'oj_table', string>>;
const csv = (name: string): Row[] => parseCsv(readFileSync(join(DATA, name), 'utf8')) as Row[];
const SECTOR_NAMES: Readonly<Record<string, string>> = {
  Cement: 'cement', 'Iron and steel': 'iron-steel', Aluminium: 'aluminium', Fertilisers: 'fertilisers', Hydrogen: 'hydrogen',
};
const countryArg = (name: string): string => (name === 'Other countries and territories' ? 'Other' : name);

describe('CBAM tables as data', () => {
  const defaults = csv('default-values.csv');
  const benchmarks = csv('benchmarks.csv');

  it('the generated modules are in step with their CSV files (node scripts/cbam-tables.js rebuilds them)', () => {
    for (const [name, content] of Object.entries(modules())) {
      assert.equal(readFileSync(join(DATA, name), 'utf8'), content, `${name} is out of date`);
    }
  });

  it('holds China and "Other countries and territories" for every CBAM sector', () => {
    assert.deepEqual(Object.keys(DEFAULT_VALUE_TABLES).sort(), ['CN', 'XX']);
    for (const table of ['China', 'Other countries and territories']) {
      const sectors = new Set(defaults.filter((r) => r.country === table).map((r) => r.sector));
      assert.deepEqual([...sectors].sort(), Object.keys(SECTOR_NAMES).sort(), table);
    }
    assert.equal(Object.keys(OWN_TABLE_COUNTRIES).length, 121);
    assert.equal(new Set(benchmarks.map((r) => r.cn_code)).size, 570, 'all 570 codes of IR 2025/2620 annex point 5.3');
  });

  it('every CN code belongs to a CBAM sector, the one its row names', () => {
    for (const r of [...defaults, ...benchmarks]) {
      assert.equal(cbamSectorOf(r.cn_code), SECTOR_NAMES[r.sector], `${r.cn_code} (${r.sector})`);
    }
  });

  it('every value is a finite number ≥ 0 with the annex\'s three decimals', () => {
    const values = [
      ...defaults.flatMap((r) => [r.direct, r.total, ...(r.indirect === '' ? [] : [r.indirect])]),
      ...benchmarks.flatMap((r) => [r.column_a, r.column_b]),
    ];
    assert.ok(values.length > 3000);
    for (const v of values) {
      assert.match(v, /^\d+\.\d{3}$/);
      assert.ok(Number.isFinite(Number(v)) && Number(v) >= 0, v);
    }
    for (const entry of BENCHMARK_TABLE.split(';')) assert.match(entry, /^\d{8}(,\d{8})*=/);
  });

  it('indirect is N/A exactly where the annex prints it: iron and steel (but sintered ore), aluminium, hydrogen', () => {
    for (const r of defaults) {
      const direct = ['iron-steel', 'aluminium', 'hydrogen'].includes(SECTOR_NAMES[r.sector]!) && r.cn_code !== '26011200';
      assert.equal(r.indirect === '', direct, `${r.country} ${r.cn_code}`);
      if (direct) assert.equal(r.total, r.direct, `${r.country} ${r.cn_code}: total = direct`);
    }
  });

  it('the default with mark-up is the total × (1 + the year\'s mark-up), as worked in the CSV, within the annex\'s rounding', () => {
    let checked = 0;
    for (const r of defaults) {
      const code = r.cn_code;
      const line = defaultValueLine(code, countryArg(r.country));
      assert.equal(line.line.code, r.cn_code, `${r.country} ${r.cn_code} finds its own line`);
      for (const [year, column] of [[2026, 'markup_2026'], [2027, 'markup_2027'], [2028, 'markup_2028']] as const) {
        const m = r.sector === 'Fertilisers' ? 0.01 : (year - 2025) / 10;
        const expected = Number(r.total) * (1 + m);
        const got = cbamDefault(code, countryArg(r.country), year) as number;
        assert.ok(Math.abs(got - expected) < 1e-9, `${r.country} ${r.cn_code} ${year}: ${got} vs ${expected}`);
        assert.ok(Math.abs(got - Number(r[column]!)) < 0.0005, `${r.country} ${r.cn_code} ${year}: CSV ${r[column]}`);
        checked += 1;
      }
    }
    assert.equal(checked, defaults.length * 3);
  });

  it('the lines read against the Official Journal carry its figures and are marked final', () => {
    const spot = csv('oj-spot-checks.csv').filter((r) => /matches/.test(r.note) && ['China', 'Other countries and territories'].includes(r.oj_table));
    assert.ok(spot.length >= 100, String(spot.length));
    for (const r of spot) {
      const { line } = defaultValueLine(r.cn_code, countryArg(r.oj_table));
      // A row cut at a page boundary was read only in part: compare what was read.
      assert.equal(line.direct, Number(r.direct), `${r.oj_table} ${r.cn_code}`);
      if (r.total !== '') assert.equal(line.total, Number(r.total), `${r.oj_table} ${r.cn_code}`);
      if (!/route not read/.test(r.note)) assert.equal(line.route ?? '', r.route, `${r.oj_table} ${r.cn_code}`);
      assert.equal(line.status, 'final');
    }
    assert.match(source('cbam:default:7208 39 00:CN'), /^final — .*table China, line CN 7208:.*read against the Official Journal/);
  });

  it('every China and Other line equals the Official Journal\'s, as transcribed cell by cell from IR 2026/1740 Annex I', () => {
    // oj-transcription.txt: T|table, R|code as printed|description|direct|indirect|total|route; rows printed
    // "see below" (headings) or "-" (no value: the Other line applies) carry no value.
    let table = '';
    const read: Array<{ table: string; code: string; direct: number; indirect?: number; total: number; route?: string }> = [];
    for (const line of readFileSync(join(DATA, 'oj-transcription.txt'), 'utf8').split('\n')) {
      const [kind, ...cells] = line.split('|');
      if (kind === 'T') table = cells[0]!;
      if (kind !== 'R' || /see below|^-$/.test(cells[2]!.trim())) continue;
      const num = (t: string): number => Number(t.trim().replace(',', '.'));
      const indirect = cells[3]!.trim();
      const route = cells[5]!.replace(/[()\s]/g, '');
      read.push({ table, code: cells[0]!.replace(/\s/g, ''), direct: num(cells[2]!), total: num(cells[4]!),
        ...(indirect === 'N/A' ? {} : { indirect: num(indirect) }), ...(route ? { route } : {}) });
    }
    assert.equal(read.length, defaults.length, 'one OJ row for every bundled line');
    for (const r of read) {
      const { line, table: used } = defaultValueLine(r.code, /^China$/.test(r.table) ? 'CN' : 'Other');
      assert.equal(used.iso, /^China$/.test(r.table) ? 'CN' : 'XX', `${r.table} ${r.code}`);
      assert.deepEqual({ code: line.code, direct: line.direct, indirect: line.indirect, total: line.total, route: line.route },
        { code: r.code, direct: r.direct, indirect: r.indirect, total: r.total, route: r.route }, `${r.table} ${r.code}`);
      assert.equal(line.status, 'final', `${r.table} ${r.code} read against the OJ`);
    }
  });

  it('every default line pairs with a Column B benchmark through its route (annex point 5.1)', () => {
    for (const r of defaults) {
      if (r.cn_code.length < 8) continue;
      for (const year of [2026, 2028]) {
        const b = cbamBenchmarkOf(r.cn_code, 'default', r.route || undefined, year);
        assert.ok(Number.isFinite(b) && b >= 0, `${r.country} ${r.cn_code} ${year}`);
      }
    }
  });
});

describe('core: CN codes, countries and routes', () => {
  it('reads CN codes as typed, with a route after them', () => {
    assert.deepEqual(cnCode('cn_code', 'CN 7601 10 10 (k)'), { digits: '76011010', route: 'K' });
    assert.deepEqual(cnCode('cn_code', '7205 10 00 C/F'), { digits: '72051000', route: 'C/F' });
    assert.deepEqual(cnCode('cn_code', 72081000), { digits: '72081000' });
    assert.deepEqual(cnCode('cn_code', '７２０８\u00a0３９\u00a0００'), { digits: '72083900' }, 'full-width digits, no-break spaces');
    assert.equal(cnText('2523100090'), '2523 10 00 90');
    throwsEts(() => cnCode('cn_code', '72081'), 'value', /^cn_code: "72081" is not a CN code/);
    throwsEts(() => cnCode('cn_code', 7208.5), 'value', /not a CN code/);
    throwsEts(() => cnCode('cn_code', true), 'value', /not a CN code/);
    assert.equal(looksLikeCnCode(1.37), false);
    assert.equal(looksLikeCnCode(72081000), true);
    assert.equal(looksLikeCnCode('grey-clinker'), false);
  });

  it('knows countries by code, English and Chinese name, and the Other table by several names', () => {
    assert.equal(country('country', 'cn').iso, 'CN');
    assert.equal(country('country', '中国').iso, 'CN');
    assert.equal(country('country', "People's Republic of China").iso, 'CN');
    assert.equal(country('country', '中华人民共和国').iso, 'CN');
    assert.equal(country('country', 'Türkiye').iso, 'TR');
    assert.equal(country('country', 'Viet Nam').iso, 'VN');
    assert.equal(country('country', '其他国家和地区').iso, 'XX');
    throwsEts(() => country('country', 42), 'value', /^country: 42 is not a country/);
  });

  it('reads routes as letters or words, and the basis as actual or default in English and Chinese', () => {
    assert.equal(routeOf('primary'), 'K');
    assert.equal(routeOf('(c)'), 'C');
    assert.equal(routeOf('BF-BOF'), 'C');
    assert.equal(routeOf(undefined), undefined);
    throwsEts(() => routeOf('Z'), 'value', /^route: "Z" is not a production route\. Accepted: A \(grey clinker/);
    assert.equal(benchmarkBasis('默认值'), 'B');
    assert.equal(benchmarkBasis('Column A'), 'A');
    assert.equal(benchmarkBasis(undefined), 'A');
  });

  it('C/F (a line that stands for either grade) takes the grade the code has', () => {
    assert.equal(cbamBenchmarkOf('7205 10 00', 'default', 'C/F', 2026), cbamBenchmarkOf('7205 10 00', 'default', 'C', 2026));
    assert.equal(cbamBenchmarkOf('7227 10 00', 'default', 'C/F', 2028), cbamBenchmarkOf('7227 10 00', 'default', 'F', 2028));
  });

  it('SOURCE cites benchmark lines and explains the Other fallback', () => {
    assert.match(source('cbam:benchmark:7208 39 00:default:C'), /^final — IR \(EU\) 2025\/2620 .*CN 7208 39 00, Column B \(to pair with default values\), route C: 1\.37 tCO2e\/t/);
    assert.match(source('cbam:benchmark:7224 10 10:default:F', 2028), /1\.64 tCO2e\/t for production years 2028–2030/);
    assert.match(source('cbam:default:7203 10 00:CN', 2027), /table Other countries and territories.*China has no value for this code.*in 2027 the total is increased by 20 % .* to 1\.59$/);
    assert.match(source('cbam:default:7208:Greenland'), /Greenland has no table of its own/);
    assert.match(source('cbam:default:3102 10 19:CN', 2026), /increased by 1 %/);
    assert.match(source('cbam:default:7208 39 00:CN', 2028), /increased by 30 % .* to 4\.1431$/);
    throwsEts(() => source('cbam:default:7208 39 00'), 'value', /without its country/);
    assert.match(source('fertiliser-markup', 2030), /^final — IR \(EU\) 2026\/1740/);
  });
});

describe('core: default values, benchmarks and certificates by CN code', () => {
  it('default values: the mark-up by year and sector, the parts, and the refusals', () => {
    assert.equal(cbamDefault('7208 39 00', 'CN', 2026), 3.5057);
    assert.equal(cbamDefault('3102 10 19', 'CN', 2033), 2.8785);
    assert.equal(cbamDefault('2523 10 00 90', 'CN', 2026, '间接'), 0.04);
    throwsEts(() => cbamDefault('7208 39 00', 'CN', 2026, 'indirect'), 'not-available', /^part: the annex prints N\/A/);
    throwsEts(() => cbamDefault('7208 39 00', 'CN', 2026, 'net'), 'value', /^part: "net" is not a part/);
    throwsEts(() => cbamDefault('2523 10 00', 'CN', 2026), 'value', /^cn_code: "2523 10 00" covers several default-value lines: 2523 10 00 10, 2523 10 00 90/);
    throwsEts(() => cbamDefault('8471 30 00', 'CN', 2026), 'not-available', /not a CBAM good \(cement, fertilisers, iron and steel, aluminium, hydrogen \(and electricity\): Reg\. \(EU\) 2023\/956/);
    throwsEts(() => cbamDefault('7208 39 00', 'Türkiye', 2026), 'not-available', /Türkiye .*not bundled yet.*Bundled: China, Other countries and territories/);
    throwsEts(() => cbamDefault('7208 39 00', 'FR', 2026), 'not-available', /^country: goods from France owe no CBAM/);
    throwsEts(() => cbamDefault('7208 39 00', 'CN', 2025), 'not-available', /^year: CBAM certificates are due for imports from 2026/);
    // A heading with one line under it reads that line; a lookup repeated from the cache gives the same answer.
    assert.equal(defaultValueLine('7609', 'CN').line.code, '76090000');
    assert.equal(defaultValueLine('7609', 'CN'), defaultValueLine('7609', 'CN'));
  });

  it('a code the annex splits further names the codes to use, instead of "no benchmark"', () => {
    // IR 2025/2620 annex point 5.3 lists unwrought aluminium as 7601 10 10 and 7601 10 90, not 7601 10 00.
    throwsEts(() => cbamBenchmarkOf('7601 10 00'), 'value', /^cn_code: "7601 10 00" is split further in IR 2025\/2620 annex point 5\.3: use one of its codes\. Accepted: 7601 10 10, 7601 10 90\.$/);
    throwsEts(() => cbamBenchmarkOf('76011000', 'default'), 'value', /Accepted: 7601 10 10, 7601 10 90/);
    throwsEts(() => cbamBenchmarkOf('9999 00 00'), 'not-available', /no CBAM benchmark/);
  });

  it('benchmarks: routes, years, headings and codes outside the table', () => {
    assert.equal(cbamBenchmarkOf('7601', 'default', 'L'), 0.091);
    assert.equal(cbamBenchmarkOf('2523 10 00 10'), 0.859, 'white clinker by its TARIC code');
    throwsEts(() => cbamBenchmarkOf('7208 39 00', 'default'), 'value', /^route: blank — CN 7208 39 00 has several Column B benchmarks: 1\.37 \(C, carbon steel, BF\/BOF\); 0\.481 \(D/);
    throwsEts(() => cbamBenchmarkOf('7224 10 10', 'default', 'F'), 'value', /^year: blank — .*1\.807 \(F, low-alloy steel, BF\/BOF\) for 2026–2027; 1\.64 .* for 2028–2030\. Accepted: a production year from 2026 to 2030/);
    throwsEts(() => cbamBenchmarkOf('7224 10 10', 'default', 'F', 2031), 'not-available', /2026–2030, not 2031/);
    throwsEts(() => cbamBenchmarkOf('7601 10 10', 'default', 'D'), 'value', /^route: "D" is not a route of CN 7601 10 10\. Accepted: K \(primary aluminium\), L \(secondary aluminium\)/);
    throwsEts(() => cbamBenchmarkOf('8471 30 00'), 'not-available', /no CBAM benchmark in IR 2025\/2620 annex point 5\.3 \(it is not a CBAM good\)/);
    throwsEts(() => cbamBenchmarkOf('7204 10 00'), 'not-available', /^cn_code: CN 7204 10 00 has no CBAM benchmark/);
  });

  it('certificates: a country takes the default and Column B; a number takes Column A where it is complete', () => {
    assert.equal(cbamCertificates(1000, 'CN', 2026, '7208 39 00', undefined, undefined, 1), 2169.95);
    assert.equal(cbamCertificates(1000, 0.9, 2026, '2523 10 00 90', undefined, undefined, 1), 250.65);
    assert.equal(cbamCertificates(1000, 2, 2026, 28141000, undefined, undefined, 1), 1000 * 2 - 1522 * 0.975, 'ammonia, its CN code held as a number');
    throwsEts(() => cbamCertificates(1000, 1.9, 2026, '7208 39 00', undefined, undefined, 1), 'not-available',
      /^cbam_benchmark: with actual emissions CN 7208 39 00 is a complex good — its own process benchmark \(Column A 0\.044\)/);
    throwsEts(() => cbamCertificates(1000, 'CN', 2026, '7208 39 00 D', undefined, undefined, 1), 'value', /route of its line \(C\)/);
    throwsEts(() => cbamCertificates(1000, 'CN', 2026, 1.37), 'value', /^embedded_intensity: "CN" is text/);
    throwsEts(() => cbamCertificates(1000, 'CN', 2031, '7208 39 00', undefined, undefined, 1), 'not-available', /not 2031/);
    assert.equal(cbamCertificates(1000, 'CN', 2034, '7208 39 00'), 4143.1, 'factor 0: no benchmark and no CSCF needed');
    assert.equal(cbamCost(1000, 'CN', 2026, 80, '7208 39 00', undefined, 1), 173596);
  });

  it('the schedule: a good check against the CN code, and an assumed benchmark for the years after the table', () => {
    const base = { quantity: 1000, certificatePrice: 80, cscf: 1, fromYear: 2030, toYear: 2034 };
    throwsEts(() => exposureSchedule({ ...base, embeddedIntensity: 'CN', cbamBenchmark: '7208 39 00' }), 'not-available', /not 2031/);
    const s = exposureSchedule({ ...base, embeddedIntensity: 'CN', cbamBenchmark: '7208 39 00', laterBenchmark: 1.37 });
    // 2030 from the table (1.370 × 0.515), 2031–2033 the assumption (1.37 × 0.39 …), 2034 none: 1,000 × 3.187 × 1.3
    assert.deepEqual(s.rows.map((r) => r.certificates), [3437.55, 3608.8, 3780.05, 3951.3, 4143.1]);
    const actual = exposureSchedule({ ...base, embeddedIntensity: 0.9, cbamBenchmark: '2523 10 00 90', laterBenchmark: 0.6 });
    assert.equal(actual.rows[1]!.certificates, 1000 * 0.9 - 1000 * 0.6 * 0.39);
    throwsEts(() => exposureSchedule({ ...base, good: 'cement', embeddedIntensity: 'CN', cbamBenchmark: '7208 39 00' }), 'value',
      /^cbam_benchmark: "7208 39 00" is CN 7208 39 00, a iron-steel good, not cement/);
    throwsEts(() => exposureSchedule({ ...base, embeddedIntensity: 'CN', cbamBenchmark: '7208 39 00', laterBenchmark: -1 }), 'number', /^later_benchmark/);
  });

  it('the picker\'s data: every description is a CBAM good\'s, every Chinese heading a CBAM heading', () => {
    assert.ok(CN_DESCRIPTIONS.length >= 570);
    for (const [code, text] of CN_DESCRIPTIONS) {
      assert.ok(cbamSectorOf(code), code);
      assert.ok(text.trim().length > 2, code);
    }
    const headings = new Set(CN_DESCRIPTIONS.map(([code]) => code.slice(0, 4)));
    for (const heading of Object.keys(CN_HEADINGS_ZH)) assert.ok(headings.has(heading), `${heading} has no CBAM line`);
    for (const heading of headings) assert.ok(CN_HEADINGS_ZH[heading], `no Chinese name for heading ${heading}`);
  });
});
