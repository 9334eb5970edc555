import { strict as assert } from 'node:assert';
import { headerKey, mapColumns, missingFields } from '../../src/taskpane/table-check/columns';

describe('task pane: header mapping', () => {
  it('maps English headers with units and odd case', () => {
    assert.deepEqual(mapColumns(['Plant', 'SECTOR', 'Direct emissions (tCO2e)']), { facility: 0, sector: 1, direct: 2 });
    assert.deepEqual(mapColumns(['Facility name', 'Industry', 'Scope 1 emissions [t]', 'CO2 (t)', 'CF4 (t)', 'C2F6 (t)']),
      { facility: 0, sector: 1, direct: 2, co2: 3, cf4: 4, c2f6: 5 });
  });

  it('maps Chinese headers, with full-width brackets and spaces', () => {
    assert.deepEqual(mapColumns(['企业名称', '所属行业', '排放量（tCO2e）']), { facility: 0, sector: 1, direct: 2 });
    assert.deepEqual(mapColumns(['企业', '行业', '二氧化碳（吨）', '四氟化碳', '六氟乙烷']), { facility: 0, sector: 1, co2: 2, cf4: 3, c2f6: 4 });
  });

  it('copes with odd spacing, underscores and full-width letters', () => {
    assert.deepEqual(mapColumns(['  facility  ', 'sector_name', 'Direct   Emissions', 'ＣＯ２']), { facility: 0, sector: 1, direct: 2, co2: 3 });
    assert.equal(headerKey(' Direct_Emissions (tCO2e) '), 'direct emissions');
  });

  it('prefers an exact header over one that merely contains the word, and uses each column once', () => {
    const map = mapColumns(['Site', 'Sector', 'Annual emissions (t)', 'Name']);
    assert.equal(map.facility, 3, 'an exact synonym beats a contained one');
    assert.equal(map.direct, 2);
    assert.deepEqual(mapColumns(['Emissions', 'Emissions']), { direct: 0 });
  });

  it('matches whole words only: "Sectoral note" is not a sector column', () => {
    assert.equal(mapColumns(['Sectoral note']).sector, undefined);
    assert.equal(mapColumns(['Main sector']).sector, 0);
  });

  it('says what is missing before a check can run', () => {
    assert.deepEqual(missingFields({}), ['a Sector column', 'a Direct emissions column (or CO2 / CF4 / C2F6 masses)']);
    assert.deepEqual(missingFields({ sector: 0, cf4: 2 }), []);
  });
});
