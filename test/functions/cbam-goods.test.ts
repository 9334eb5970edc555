/**
 * CBAM by CN code and country, through the built bundle: the Commission's default values (IR 2025/2621 Annex I as
 * replaced by IR 2026/1740) with their mark-ups, the Column A / Column B benchmarks of IR 2025/2620, and certificates
 * and cost worked from them. Expected values are the annex's printed figures worked by hand: total × (1 + mark-up).
 */
import { strict as assert } from 'node:assert';
import { assertError, call, col, one } from './calls';

const near = (actual: unknown, expected: number, message?: string): void => {
  assert.equal(typeof actual, 'number', `${message ?? ''} got ${JSON.stringify(actual)}`);
  assert.ok(Math.abs((actual as number) - expected) < 1e-9, `${message ?? ''}: ${String(actual)} ≠ ${expected}`);
};

describe('ETS.CBAM.DEFAULT: default values by CN code and country', () => {
  // Annex I, table China: 7208 total 3.187 (route C); 7601 total 3.000 (K); 2523 10 00 90 grey clinker total 1.390 (A).
  const cases: Array<[string, string, number, string]> = [
    ['7208 10 00', 'CN', 3.187, 'hot-rolled flat steel, heading 7208 line'],
    ['7601 10 00', 'China', 3.0, 'unwrought aluminium, heading 7601 line'],
    ['2523 10 00 90', '中国', 1.39, 'grey clinker, TARIC line'],
    // China prints no value for 7203 (DRI): the "Other countries and territories" line applies, 1.325.
    ['7203 10 00', 'CN', 1.325, 'fallback to Other'],
  ];
  for (const [code, country, total, what] of cases) {
    it(`${what}: ${code} from ${country}, 2026 +10 %, 2027 +20 %, 2028 +30 %`, () => {
      near(one('CBAM.DEFAULT', code, country, 2026), total * 1.1, `${code} 2026`);
      near(one('CBAM.DEFAULT', code, country, 2027), total * 1.2, `${code} 2027`);
      near(one('CBAM.DEFAULT', code, country, 2028), total * 1.3, `${code} 2028`);
      near(one('CBAM.DEFAULT', code, country, 2034), total * 1.3, `${code} 2034 keeps 30 %`);
      near(one('CBAM.DEFAULT', code, country, 2026, 'total'), total, `${code} total without mark-up`);
    });
  }

  it('a row of formulas copied across 2026–2030 takes each year\'s mark-up', () => {
    const out = call('CBAM.DEFAULT', '7208 39 00', 'CN', [[2026, 2027, 2028, 2029, 2030]]);
    assert.deepEqual(Array.from(out[0]!), [3.5057, 3.8244, 4.1431, 4.1431, 4.1431]);
  });

  it('fertilisers carry 1 % from 2026 on: China urea 3102 10 19, total 2.850', () => {
    near(one('CBAM.DEFAULT', '3102 10 19', 'CN', 2026), 2.8785);
    near(one('CBAM.DEFAULT', '3102 10 19', 'CN', 2030), 2.8785);
  });

  it('the parts are the published values: cement has indirect emissions, steel prints N/A', () => {
    near(one('CBAM.DEFAULT', '2523 10 00 90', 'CN', 2026, 'direct'), 1.35);
    near(one('CBAM.DEFAULT', '2523 10 00 90', 'CN', 2026, 'indirect'), 0.04);
    near(one('CBAM.DEFAULT', '7208 10 00', 'CN', 2026, 'direct'), 3.187);
    assertError(one('CBAM.DEFAULT', '7208 10 00', 'CN', 2026, 'indirect'), '#N/A', /N\/A.*only direct emissions count/);
    assertError(one('CBAM.DEFAULT', '7208 10 00', 'CN', 2026, 'gross'), '#VALUE!', /^part:/);
  });

  it('a CN code typed as a number (a cell holding 72081000) is the same code', () => {
    assert.equal(one('CBAM.DEFAULT', 72081000, 'CN', 2026), one('CBAM.DEFAULT', '7208 10 00', 'CN', 2026));
    assert.equal(one('CBAM.DEFAULT', '7208.10.00', 'cn', 2026), one('CBAM.DEFAULT', '7208 10 00', 'CN', 2026));
  });

  it('a country without its own table uses Other; a country with an unbundled table asks; EEA and EU origins owe nothing', () => {
    // Greenland has no table of its own: Other's 7208 line, total 4.049.
    near(one('CBAM.DEFAULT', '7208 10 00', 'Greenland', 2026), 4.049 * 1.1);
    near(one('CBAM.DEFAULT', '7208 10 00', 'Other', 2026), 4.049 * 1.1);
    assertError(one('CBAM.DEFAULT', '7208 10 00', 'IN', 2026), '#N/A', /India.*own table.*not bundled/);
    assertError(one('CBAM.DEFAULT', '7208 10 00', 'Norway', 2026), '#N/A', /owe no CBAM/);
    assertError(one('CBAM.DEFAULT', '7208 10 00', 'DE', 2026), '#N/A', /owe no CBAM/);
    assertError(one('CBAM.DEFAULT', '7208 10 00', 'Narnia', 2026), '#VALUE!', /^country: "Narnia" is not a country/);
  });

  it('a code the annex splits further asks which line; a code outside CBAM and a year before 2026 are #N/A', () => {
    assertError(one('CBAM.DEFAULT', '2523 10 00', 'CN', 2026), '#VALUE!', /2523 10 00 10, 2523 10 00 90/);
    assertError(one('CBAM.DEFAULT', '8471 30 00', 'CN', 2026), '#N/A', /not a CBAM good/);
    assertError(one('CBAM.DEFAULT', '7208 10 00', 'CN', 2025), '#N/A', /^year: CBAM certificates are due for imports from 2026/);
    assertError(one('CBAM.DEFAULT', 'steel', 'CN', 2026), '#VALUE!', /^cn_code: "steel" is not a CN code/);
    assertError(one('CBAM.DEFAULT', null, 'CN', 2026), '#VALUE!', /^cn_code: blank/);
  });

  it('an export list as ranges: one default per row, an error cell only in its own row', () => {
    const out = call('CBAM.DEFAULT', col('7208 10 00', '7601 10 00', 'banana', '2523 10 00 90'), col('CN', 'CN', 'CN', 'Other'), 2027);
    near(out[0]![0], 3.187 * 1.2);
    near(out[1]![0], 3.0 * 1.2);
    assertError(out[2]![0], '#VALUE!', /cn_code/);
    near(out[3]![0], 1.41 * 1.2, 'Other grey clinker total 1.410');
  });
});

describe('ETS.CBAM.BENCHMARK: Column A for actual emissions, Column B for default values', () => {
  it('CN 7208 10 00: Column A 0.044 for any route; Column B 1.370 / 0.481 / 0.072 by route (C/D/E)', () => {
    assert.equal(one('CBAM.BENCHMARK', '7208 10 00'), 0.044);
    assert.equal(one('CBAM.BENCHMARK', '7208 10 00', 'actual'), 0.044);
    assert.equal(one('CBAM.BENCHMARK', '7208 10 00', 'default', 'C'), 1.37);
    assert.equal(one('CBAM.BENCHMARK', '7208 10 00', 'default', 'D'), 0.481);
    assert.equal(one('CBAM.BENCHMARK', '7208 10 00', 'default', 'scrap-eaf'), 0.072);
    assertError(one('CBAM.BENCHMARK', '7208 10 00', 'default'), '#VALUE!', /^route: .*1\.37 \(C, carbon steel, BF\/BOF\).*0\.481 \(D/);
  });

  it('unwrought aluminium and clinker have route-specific values in both columns', () => {
    assert.equal(one('CBAM.BENCHMARK', '7601 10 10', 'actual', 'K'), 1.423);
    assert.equal(one('CBAM.BENCHMARK', '7601 10 10 (L)', 'default'), 0.091);
    assert.equal(one('CBAM.BENCHMARK', '7601', 'default', 'primary'), 1.423, 'a heading whose codes agree');
    assert.equal(one('CBAM.BENCHMARK', '2523 10 00', 'default', 'A'), 0.666);
    assert.equal(one('CBAM.BENCHMARK', '2523 10 00 10', 'default', 'white'), 0.859);
    assert.equal(one('CBAM.BENCHMARK', '2523 10 00 10'), 0.859, 'the TARIC code of white clinker carries route B');
    assert.equal(one('CBAM.BENCHMARK', '2523 10 00 90', 'default'), 0.666, 'other clinker: route A');
  });

  it('values by production year: 7224 10 10 route F, 1.807 in 2026–27 and 1.640 in 2028–30; no table after 2030', () => {
    assert.equal(one('CBAM.BENCHMARK', '7224 10 10', 'default', 'F', 2027), 1.807);
    assert.equal(one('CBAM.BENCHMARK', '7224 10 10', 'default', 'F', 2028), 1.64);
    assert.equal(one('CBAM.BENCHMARK', '7224 10 10', 'actual', 'F'), 0.453, 'Column A is one value for both periods');
    assertError(one('CBAM.BENCHMARK', '7224 10 10', 'default', 'F'), '#VALUE!', /^year: .*1\.807.*2026–2027.*1\.64.*2028–2030/);
    assertError(one('CBAM.BENCHMARK', '7224 10 10', 'default', 'F', 2031), '#N/A', /2026–2030, not 2031/);
  });

  it('a route the code does not have, an unknown basis and a code outside the table are refused by name', () => {
    assertError(one('CBAM.BENCHMARK', '7601 10 10', 'default', 'C'), '#VALUE!', /^route: "C" is not a route of CN 7601 10 10/);
    assertError(one('CBAM.BENCHMARK', '7208 10 00', 'guess'), '#VALUE!', /^basis:/);
    assertError(one('CBAM.BENCHMARK', '8471 30 00'), '#N/A', /no CBAM benchmark/);
  });
});

describe('ETS.CBAM.CERTIFICATES and COST with a CN code: the basis picks the column', () => {
  // 1,000 t of Chinese hot-rolled coil, CN 7208 39 00, CSCF 1.
  it('a country takes the marked-up default and Column B of its route (C: 1.370)', () => {
    near(one('CBAM.CERTIFICATES', 1000, 'CN', 2026, '7208 39 00', null, null, 1), 1000 * (3.187 * 1.1 - 1.37 * 0.975));
    near(one('CBAM.CERTIFICATES', 1000, 'CN', 2027, '7208 39 00', null, null, 1), 1000 * (3.187 * 1.2 - 1.37 * 0.95));
    near(one('CBAM.CERTIFICATES', 1000, 'China', 2028, '7208 39 00', null, null, 1), 1000 * (3.187 * 1.3 - 1.37 * 0.9));
  });

  it('a number is actual emissions against Column A, where Column A is the whole adjustment (clinker, unwrought aluminium)', () => {
    // Grey clinker has no precursor: Column A = Column B = 0.666.
    near(one('CBAM.CERTIFICATES', 1000, 0.9, 2026, '2523 10 00 90', null, null, 1), 1000 * (0.9 - 0.666 * 0.975));
    near(one('CBAM.COST', 1000, 0.9, 2027, 80, '2523 10 00 90', null, 1), 80 * 1000 * (0.9 - 0.666 * 0.95));
    near(one('CBAM.CERTIFICATES', 1000, 2, 2026, '7601 10 10 (K)', null, null, 1), 1000 * (2 - 1.423 * 0.975));
  });

  it('a complex good with actual emissions asks for its whole benchmark: Column A is its own process only (annex point 3.3)', () => {
    // Hot-rolled coil: Column A 0.044 is the rolling step; the crude steel's free allocation comes on top.
    assertError(one('CBAM.CERTIFICATES', 1000, 1.9, 2026, '7208 39 00', null, null, 1), '#N/A',
      /^cbam_benchmark: with actual emissions CN 7208 39 00 is a complex good — its own process benchmark \(Column A 0\.044\) plus its precursors'.*Pass that whole benchmark as a number/);
    // Grey Portland cement: Column A is 0 (grinding), the clinker inside carries the allocation.
    assertError(one('CBAM.COST', 1000, 0.8, 2026, 80, '2523 29 00', null, 1), '#N/A', /complex good/);
    // The whole benchmark as a number works as before.
    near(one('CBAM.CERTIFICATES', 1000, 1.9, 2026, 1.37, null, null, 1), 1000 * (1.9 - 1.37 * 0.975));
  });

  it('a row across 2026–2034: 2031–2033 wait for benchmarks the regulation does not set; 2034 needs none', () => {
    const out = call('CBAM.COST', 1000, 'CN', [[2026, 2030, 2031, 2034]], 80, '7208 39 00', null, 1);
    near(out[0]![0], 80 * 1000 * (3.187 * 1.1 - 1.37 * 0.975));
    near(out[0]![1], 80 * 1000 * (3.187 * 1.3 - 1.37 * 0.515));
    assertError(out[0]![2], '#N/A', /production years 2026–2030, not 2031/);
    near(out[0]![3], 80 * 1000 * 3.187 * 1.3);
  });

  it('the route of a default line is the country\'s: naming another is refused; a country without a CN code too', () => {
    assertError(one('CBAM.CERTIFICATES', 1000, 'CN', 2026, '7208 39 00 (D)', null, null, 1), '#VALUE!', /route of its line \(C\)/);
    assertError(one('CBAM.CERTIFICATES', 1000, 'CN', 2026, 1.37, null, null, 1), '#VALUE!', /^embedded_intensity: "CN" is text/);
    assertError(one('CBAM.CERTIFICATES', 1000, 2, 2026, '7601 10 10', null, null, 1), '#VALUE!', /^route: .*K.*L/);
    near(one('CBAM.CERTIFICATES', 1000, 2, 2026, '7601 10 10 L', null, null, 1), 1000 * (2 - 0.091 * 0.975));
  });

  it('de minimis: 50 t a year is exempt, 50.5 t is not', () => {
    assert.equal(one('CBAM.EXEMPT', 50), true);
    assert.equal(one('CBAM.EXEMPT', 50.5), false);
  });
});
