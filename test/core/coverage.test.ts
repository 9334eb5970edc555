import { strict as assert } from 'node:assert';
import { coverage, gases, isCovered, scope2Counted, threshold } from '../../src/core';
import { throwsEts } from '../helpers';

describe('core: coverage (CN)', () => {
  it('covers an entity at exactly 26,000 tCO2e and not one just below', () => {
    assert.equal(isCovered('cement', 26000), true);
    assert.equal(isCovered('cement', 25999.999), false);
    assert.equal(isCovered('steel', 26000, 'CN', 2024), true);
  });

  it('explains the reason in words, with the numbers grouped', () => {
    assert.equal(coverage('cement', 31200).text, 'Covered: cement, 31,200 tCO2e direct ≥ 26,000 threshold (CN ETS, 2025)');
    assert.equal(coverage('cement', 21000).text, 'Not covered: cement, 21,000 tCO2e direct < 26,000 threshold (CN ETS, 2025)');
    assert.equal(coverage('cement', 21000).reason, 'below-threshold');
  });

  it('puts cement, steel and aluminium in force from 2024, not in 2023', () => {
    for (const sector of ['cement', 'steel', 'aluminium']) {
      assert.equal(isCovered(sector, 1e6, 'CN', 2023), false, sector);
      assert.equal(isCovered(sector, 1e6, 'CN', 2024), true, sector);
      assert.equal(isCovered(sector, 1e6, 'CN', 2027), true, sector);
    }
    const before = coverage('aluminium', 1e6, 'CN', 2023);
    assert.equal(before.reason, 'not-in-force');
    assert.match(before.text, /enters the CN ETS in compliance year 2024/);
  });

  it('covers power from the first compliance cycle (2019 emissions), also by unit category', () => {
    assert.equal(isCovered('power', 30000, 'CN', 2019), true);
    assert.equal(isCovered('power:gas', 30000, 'CN', 2021), true);
    assert.equal(isCovered('发电', 25000, 'CN', 2021), false);
  });

  it('gives stand-alone EAF steel, stand-alone rolling and non-Portland clinker a reporting obligation from 26,000 t, never allowances', () => {
    const eaf = coverage('steel-eaf', 26000);
    assert.equal(eaf.covered, false);
    assert.equal(eaf.reason, 'reporting-only');
    assert.equal(eaf.text, 'Reporting only: stand-alone electric-arc-furnace steel, 26,000 tCO2e direct ≥ 26,000 threshold: '
      + 'reporting obligation (annual emission report and its verification), no allowance obligation (CN ETS, 2025)');
    const small = coverage('独立轧钢', 25999);
    assert.equal(small.reason, 'below-threshold');
    assert.equal(small.sector, 'steel-rolling');
    assert.equal(small.text, 'Not covered: stand-alone steel rolling and processing, 25,999 tCO2e direct < 26,000 threshold: no reporting obligation (CN ETS, 2025)');
    assert.match(coverage('非硅酸盐水泥熟料生产企业', 30000, 'CN', 2026).text, /^Reporting only: non-Portland cement clinker, 30,000 tCO2e direct ≥ 26,000 threshold: reporting obligation/);
    for (const s of ['steel-eaf', 'steel-rolling', 'cement-non-portland']) {
      for (const y of [2024, 2025, 2026]) assert.equal(isCovered(s, 5e6, 'CN', y), false, `${s} ${y}`);
    }
  });

  it('puts non-Portland clinker on the cement list from the 2027 list on (list requirements §三)', () => {
    const c = coverage('cement-non-portland', 30000, 'CN', 2027);
    assert.equal(c.covered, true);
    assert.equal(c.text, 'Covered: non-Portland cement clinker, 30,000 tCO2e direct ≥ 26,000 threshold (CN ETS, 2027)');
    assert.equal(isCovered('硫铝酸盐水泥熟料', 25000, 'CN', 2027), false);
    assert.equal(threshold('CN', 'cement-non-portland', 2027), 26000);
  });

  it('treats the other reporting-only sectors as not covered, whatever the emissions', () => {
    for (const s of ['petrochemicals', 'chemicals', 'flat glass', 'copper smelting', 'paper', 'civil aviation']) {
      const c = coverage(s, 5e6);
      assert.equal(c.covered, false, s);
      assert.equal(c.reason, 'reporting-only', s);
      assert.match(c.text, /^Reporting only: .* reports emissions but has no allowance obligation yet/);
    }
  });

  it('uses the default year 2025 when year is omitted', () => {
    assert.equal(coverage('cement', 30000).year, 2025);
  });

  it('refuses bad input with the argument named', () => {
    throwsEts(() => coverage('cemnt', 30000), 'value', /^sector: "cemnt" is not a known sector\. Did you mean cement\?$/);
    throwsEts(() => coverage('cement', -5), 'number', /^direct_emissions: -5 is out of range/);
    throwsEts(() => coverage('cement', '30000'), 'value', /^direct_emissions: "30000" is not a number/);
    throwsEts(() => coverage('cement', Number.NaN), 'number', /not a number is out of range/);
    throwsEts(() => coverage('cement', 30000, 'CN', 2012), 'number', /^year: 2012 is out of range.*2013 to 2040/);
    assert.match(coverage('power', 30000, 'CN', 2018).text, /^Not covered: power generation enters the CN ETS in compliance year 2019/);
    throwsEts(() => coverage('cement', 30000, 'CN', 2025.5), 'number', /whole compliance year/);
    throwsEts(() => coverage('cement', 30000, 'XX'), 'value', /^scheme: "XX" is not a known scheme/);
    assert.match(coverage('cement', 30000, 'EU').text, /^Depends: EU ETS inclusion is activity-based/);
    // A power unit category is covered as power under every scheme, as under CN.
    assert.deepEqual(['CN', 'EU', 'KR'].map((s) => coverage('power:gas', 30000, s).sector), ['power', 'power', 'power']);
  });

  it('gives the 26,000 threshold, and #N/A for sectors without an obligation', () => {
    assert.equal(threshold(), 26000);
    assert.equal(threshold('CN', 'aluminium', 2024), 26000);
    throwsEts(() => threshold('CN', 'chemicals'), 'not-available', /chemicals reports emissions but has no allowance obligation/);
    throwsEts(() => threshold('CN', 'cement', 2023), 'not-available', /enters the CN ETS in compliance year 2024/);
  });

  it('lists gases per sector: CO2 only, plus CF4 and C2F6 for aluminium', () => {
    assert.deepEqual(gases('aluminium'), ['CO2', 'CF4', 'C2F6']);
    assert.deepEqual(gases('电解铝'), ['CO2', 'CF4', 'C2F6']);
    assert.deepEqual(gases('cement'), ['CO2']);
    assert.deepEqual(gases('steel'), ['CO2']);
    assert.deepEqual(gases('power:coal-large'), ['CO2']);
    assert.deepEqual(gases('power', 'CN', 2019), ['CO2'], 'power from the first cycle');
    throwsEts(() => gases('power', 'CN', 2018), 'not-available', /enters the CN ETS in compliance year 2019/);
  });

  it('gives the gases a reporting-only producer reports (CO2 under the steel and cement guidelines), #N/A for other reporting sectors', () => {
    assert.deepEqual(gases('steel-eaf'), ['CO2']);
    assert.deepEqual(gases('钢压延加工'), ['CO2']);
    assert.deepEqual(gases('cement-non-portland', 'CN', 2026), ['CO2']);
    assert.deepEqual(gases('cement-non-portland', 'CN', 2027), ['CO2']);
    throwsEts(() => gases('paper'), 'not-available', /^sector: paper reports emissions but has no allowance obligation in the CN ETS, so it has no gases counted/);
    throwsEts(() => threshold('CN', 'steel-eaf'), 'not-available', /no allowance obligation in the CN ETS, so it has no inclusion threshold/);
  });

  it('excludes Scope 2 emissions in the CN ETS', () => {
    assert.equal(scope2Counted(), false);
  });
});
