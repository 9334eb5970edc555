import { strict as assert } from 'node:assert';
import { compare, compareTable, coverage, gases, isCovered, schemesTable, scope2Counted, source, threshold } from '../../src/core';
import { throwsEts } from '../helpers';

const verdicts = (sector: string, direct: number, indirect?: number) =>
  Object.fromEntries(compare(sector, direct, indirect).map((c) => [c.scheme, c.covered]));

describe('core: schemes compared', () => {
  it('treats a 31,200 t cement plant (5,000 t indirect) scheme by scheme', () => {
    assert.deepEqual(verdicts('cement', 31200, 5000), {
      CN: true, EU: 'depends', UK: 'depends', 'UK-CBAM': false, KR: 'depends', 'US-CA': true, 'US-WA': true, JP: false, 'CA-OBPS': false,
      MX: false, ID: false, RGGI: false,
    });
    const byScheme = Object.fromEntries(compare('cement', 31200, 5000).map((c) => [c.scheme, c]));
    assert.equal(byScheme.KR!.counted, 36200, 'K-ETS counts indirect emissions');
    assert.equal(byScheme['US-CA']!.counted, 31200, 'California counts direct emissions at the facility');
    assert.equal(byScheme.ID!.counted, 0, 'outside the scheme nothing counts');
    assert.match(byScheme.KR!.rule, /36,200 tCO2e direct \+ indirect < 125,000 tCO2e per entity but ≥ 25,000 per facility/);
    assert.match(byScheme.EU!.rule, /^EU ETS inclusion is activity-based, not emissions-based: combustion > 20 MW thermal input; clinker kilns > 500 t\/day/);
    assert.match(byScheme.CN!.rule, /^cement, 31,200 tCO2e direct ≥ 26,000 threshold/);
    // In 2025 (the default year) the UK CBAM has not started and Japan's GX-ETS is still voluntary.
    assert.match(byScheme['UK-CBAM']!.rule, /^UK CBAM is not in force in 2025 \(2027 on: UK CBAM\)/);
    assert.match(byScheme.JP!.rule, /^Japan GX-ETS in 2025: voluntary GX League phase, so no allowance obligation/);
    assert.match(byScheme.UK!.rule, /^UK ETS inclusion is activity-based/);
  });

  it('reports what holds in the year asked: Mexico’s pilot, the UK schemes, Japan’s mandatory phase', () => {
    assert.equal(isCovered('cement', 200000, 'MX', 2021), false);
    assert.match(coverage('cement', 200000, 'MX', 2021).text, /^Not covered: Mexico pilot ETS in 2021: pilot programme \(pilot 2020–2021, transition 2022\) without obligations/);
    assert.match(coverage('cement', 200000, 'MX', 2025).text, /operational phase due by law but not started/);
    assert.match(coverage('cement', 200000, 'MX', 2019).text, /^Not covered: Mexico pilot ETS is not in force in 2019/);
    assert.equal(isCovered('cement', 200000, 'JP', 2026), true);
    assert.equal(isCovered('cement', 200000, 'JP', 2025), false);
    assert.equal(isCovered('cement', 20000, 'KR', 2014), false, 'K-ETS started in 2015');
    throwsEts(() => isCovered('cement', 31200, 'UK-CBAM', 2027), 'not-available', /£50,000/);
    assert.equal(isCovered('power', 31200, 'UK-CBAM', 2027), false, 'electricity is not a UK CBAM good');
    throwsEts(() => isCovered('cement', 31200, 'UK', 2025), 'not-available', /small emitters/);
    assert.equal(isCovered('cement', 31200, 'UK', 2020), false, 'UK installations were in the EU ETS before 2021');
  });

  it('K-ETS: covered above the entity threshold, not below the facility one, depends without indirect emissions', () => {
    assert.equal(verdicts('steel', 200000).KR, true);
    assert.equal(verdicts('steel', 10000, 5000).KR, false);
    assert.equal(verdicts('steel', 100000).KR, 'depends');
    assert.equal(scope2Counted('KR'), true);
    assert.equal(scope2Counted('CN'), false);
  });

  it('capacity-based and out-of-scope sectors', () => {
    assert.equal(verdicts('power:coal-large', 1e6).RGGI, 'depends');
    assert.equal(verdicts('power', 1e6).ID, 'depends');
    assert.equal(verdicts('civil aviation', 1e6)['US-CA'], false);
    assert.equal(verdicts('paper', 1e6).CN, false);
  });

  it('COVERED and COVERAGE for other schemes: TRUE/FALSE where the rule decides, #N/A stating it otherwise', () => {
    assert.equal(isCovered('cement', 31200, 'US-CA'), true);
    assert.equal(isCovered('cement', 31200, 'JP'), false);
    assert.equal(isCovered('cement', 200000, 'KR'), true);
    throwsEts(() => isCovered('cement', 31200, 'KR'), 'not-available', /^scheme: Korea K-ETS counts indirect emissions too/);
    throwsEts(() => isCovered('cement', 31200, 'EU'), 'not-available', /activity-based/);
    throwsEts(() => isCovered('power', 31200, 'RGGI'), 'not-available', /25 MW capacity or more/);
    assert.equal(coverage('cement', 31200, 'US-WA', 2026).text, 'Covered: Washington cap-and-invest: 31,200 tCO2e direct ≥ 25,000 tCO2e (US-WA, 2026)');
    // The reason says why: below a threshold is not the same as outside the scheme.
    assert.equal(coverage('cement', 31200, 'JP', 2026).reason, 'below-threshold');
    assert.equal(coverage('cement', 31200, 'JP', 2025).reason, 'not-in-force');
    assert.equal(coverage('cement', 31200, 'RGGI').reason, 'not-listed');
    assert.equal(coverage('cement', 31200, 'EU').reason, 'depends');
    assert.deepEqual(compare('paper', 1e6).slice(0, 1).map((c) => [c.reason, c.counted, c.rule]),
      [['not-listed', 0, 'paper reports emissions but has no allowance obligation yet (CN ETS, 2025)']]);
  });

  it('THRESHOLD and GASES for every kind of scheme', () => {
    assert.equal(threshold('KR'), 125000);
    assert.equal(threshold('US-CA'), 25000);
    assert.equal(threshold('JP'), 100000);
    assert.equal(threshold('CA-OBPS', 'cement'), 50000);
    throwsEts(() => threshold('EU'), 'not-available', /activity-based/);
    throwsEts(() => threshold('RGGI', 'cement'), 'not-available', /^sector: Regional Greenhouse Gas Initiative \(US\) covers power ≥ 25 MW; cement is not among them/);
    assert.deepEqual(gases('aluminium', 'EU'), ['CO2, PFCs']);
    assert.deepEqual(gases('cement', 'KR'), ['CO2, CH4, N2O, HFCs, PFCs, SF6']);
    assert.deepEqual(gases('cement', 'JP'), ['CO2']);
    throwsEts(() => gases('cement', 'ID'), 'not-available', /Indonesia ETS covers coal power on the PLN grid/);
  });

  it('SCHEMES: a header row and one row per scheme, every one marked secondary', () => {
    const table = schemesTable();
    assert.deepEqual(table[0], ['Scheme', 'Name', 'Sectors', 'Gases', 'Threshold', 'Scope 2 covered', 'Allocation', 'Share covered', 'Status']);
    assert.equal(table.length, 13);
    assert.deepEqual(table.slice(1).map((r) => r[0]), ['CN', 'EU', 'UK', 'UK-CBAM', 'KR', 'US-CA', 'US-WA', 'JP', 'CA-OBPS', 'MX', 'ID', 'RGGI']);
    assert.ok(table.slice(1).every((r) => r[8] === 'secondary' && r.length === 9));
    assert.equal(table[5]![5], 'yes', 'K-ETS covers Scope 2');
    // Each scheme names its own sources.
    assert.match(source('threshold', undefined, 'KR'), /^secondary — Act on the Allocation and Trading of Greenhouse-Gas Emission Permits/);
    assert.match(source('scheme:KR'), /Korea Ministry of Environment/);
    assert.match(source('scheme:us-ca'), /17 CCR §95812\(c\)\(1\)/);
    assert.match(source('scheme:UK-CBAM'), /Finance Act 2026/);
    const cited = ['EU', 'UK', 'UK-CBAM', 'KR', 'US-CA', 'US-WA', 'JP', 'CA-OBPS', 'MX', 'ID', 'RGGI'].map((id) => source(`scheme:${id}`));
    assert.equal(new Set(cited).size, cited.length, 'no two schemes share one source');
  });

  it('COMPARE table has a header and one row per scheme', () => {
    const t = compareTable('cement', 31200);
    assert.deepEqual(t[0], ['Scheme', 'Covered', 'Rule applied', 'Emissions counted (tCO2e)']);
    assert.equal(t.length, 13);
    throwsEts(() => compareTable('cement', 31200, -1), 'number', /^indirect_emissions: -1 is out of range/);
  });
});
