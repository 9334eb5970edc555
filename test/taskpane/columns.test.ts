import { strict as assert } from 'node:assert';
import { headerKey, mapColumns, matchColumns, missingFields, notEmissions } from '../../src/taskpane/table-check/columns';

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
  });

  it('never takes a column for two fields, and leaves a tie for the user instead of picking one', () => {
    assert.deepEqual(matchColumns(['Emissions', 'Emissions']), { map: {}, ambiguous: [{ field: 'direct', columns: [0, 1] }] });
    assert.deepEqual(matchColumns(['Sector', 'Emissions 2023', 'Emissions 2024']),
      { map: { sector: 0 }, ambiguous: [{ field: 'direct', columns: [1, 2] }] });
    // Two explicit direct-emissions headers are just as ambiguous as two generic ones.
    assert.deepEqual(matchColumns(['Scope 1', 'Direct emissions (t)']).ambiguous, [{ field: 'direct', columns: [0, 1] }]);
  });

  it('matches whole words only: "Sectoral note" is not a sector column', () => {
    assert.equal(mapColumns(['Sectoral note']).sector, undefined);
    assert.equal(mapColumns(['Main sector']).sector, 0);
  });

  it('never maps indirect, Scope 2 or bought energy to direct emissions, in English or Chinese', () => {
    assert.deepEqual(mapColumns(['Plant', 'Sector', 'Indirect emissions (tCO2e)', 'Scope 1 emissions (tCO2e)']),
      { facility: 0, sector: 1, direct: 3 });
    assert.deepEqual(mapColumns(['Scope 1 emissions', 'Indirect emissions']), { direct: 0 }, 'order does not matter');
    for (const header of ['Emissions (Scope 2)', 'Scope2 emissions', 'Emissions from purchased electricity', 'Purchased heat emissions',
      'Total emissions (Scope 1+2)', 'Scope 1 & 2 emissions', 'Emission intensity (tCO2e/t)', '间接排放量', '外购电力排放', '范围二排放',
      'Indirect CO2 (t)']) {
      assert.ok(notEmissions(header), header);
      assert.deepEqual(mapColumns(['Sector', header]), { sector: 0 }, header);
    }
    assert.deepEqual(mapColumns(['行业', '间接排放', '直接排放']), { sector: 0, direct: 2 });
  });

  it('prefers Scope 1 and 直接排放 over generic emissions headers', () => {
    assert.deepEqual(mapColumns(['Sector', 'Emissions', 'Scope 1 emissions']), { sector: 0, direct: 2 });
    assert.deepEqual(mapColumns(['Sector', 'CO2e (t)', 'Direct emissions']), { sector: 0, direct: 2 });
    assert.deepEqual(mapColumns(['行业', '排放量', '直接排放量（吨）']), { sector: 0, direct: 2 });
    assert.deepEqual(mapColumns(['行业', '碳排放量', '范围一排放']), { sector: 0, direct: 2 });
  });

  it('leaves out the columns it is told to (the pane\'s own results), as input and as a rival', () => {
    const headers = ['Facility', 'Sector', 'Output', 'Covered', 'Reason', 'CO2e (tCO2e)'];
    // Without the marker (a file saved and opened again), the pane's own headers are still not taken as input (issue 23).
    assert.equal(mapColumns(headers).direct, undefined, 'without the marker, "CO2e (tCO2e)" is not taken as emissions');
    assert.deepEqual(matchColumns(headers, new Set([3, 4, 5])), { map: { facility: 0, sector: 1 }, ambiguous: [] });
    assert.deepEqual(matchColumns(['Sector', 'Emissions', 'Emissions'], new Set([2])).map, { sector: 0, direct: 1 });
  });

  it('says what is missing before a check can run', () => {
    assert.deepEqual(missingFields({}), ['a Sector column', 'a Direct emissions column (or CO2 / CF4 / C2F6 masses)']);
    assert.deepEqual(missingFields({ sector: 0, cf4: 2 }), []);
  });
});
