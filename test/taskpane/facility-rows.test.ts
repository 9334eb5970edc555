import { strict as assert } from 'node:assert';
import { facilityRows } from '../../src/taskpane/model/facility-rows';
import type { Region } from '../../src/taskpane/ports/port';

const REGION: Region = {
  sheet: 'Plants', top: 2, left: 0,
  headers: ['Facility', 'Sector', 'Output (t)', 'Intensity (tCO2e/t)', 'Balance value'],
  rows: [['A', 'cement', 1500000, 0.84, 0.86], ['', '', '', '', ''], ['B', '钢铁', 2000000, 1.9, '']],
};

describe('model builder: facilities from the selected rows of a table', () => {
  it('takes the selected rows only, skips blank ones, and reads output, intensity and balance value by header', () => {
    assert.deepEqual(facilityRows(REGION, { top: 3, rows: 3 }), [
      { name: 'A', sector: 'cement', output: 1500000, intensity: 0.84, balanceValue: 0.86, emissions: '' },
      { name: 'B', sector: '钢铁', output: 2000000, intensity: 1.9, balanceValue: '', emissions: '' },
    ]);
    assert.deepEqual((facilityRows(REGION, { top: 5, rows: 1 }) as { name: string }[]).map((f) => f.name), ['B']);
  });

  it('says what the table lacks, and when no facility row is selected', () => {
    assert.match(facilityRows({ ...REGION, headers: ['Facility', 'Sector', 'Direct emissions'] }, { top: 3, rows: 1 }) as string,
      /^The table needs Output, Intensity columns/);
    assert.match(facilityRows(REGION, { top: 0, rows: 2 }) as string, /^Select the facility rows/);
    assert.deepEqual((facilityRows({ ...REGION, headers: ['名称', '行业', '产量', '强度'] }, { top: 3, rows: 1 }) as { name: string }[]).map((f) => f.name), ['A']);
  });

  it('takes a steel row’s emissions from the table’s direct emissions column, in its header’s unit; other sectors compute theirs', () => {
    const region: Region = {
      sheet: 'Plants', top: 0, left: 0, headers: ['企业名称', '行业', '产量（吨）', '强度', '直接排放量（万吨）'],
      rows: [['甲钢', '钢铁', 1000000, 1.6, 200], ['乙泥', '水泥', 1200000, 0.84, 101.2], ['丙钢', 'steel', 500000, 1.7, '95万吨']],
    };
    assert.deepEqual((facilityRows(region, { top: 1, rows: 3 }) as Array<{ name: string; emissions: unknown }>).map((f) => [f.name, f.emissions]),
      [['甲钢', 2000000], ['乙泥', ''], ['丙钢', 950000]]);
  });

  it('reads output in the unit of its header, takes a cell\'s own unit, and builds no model for a total row', () => {
    const region: Region = {
      sheet: 'Plants', top: 0, left: 0, headers: ['企业名称', '行业', '熟料产量（万吨）', '强度'],
      rows: [['甲', '水泥', 120.5, 0.84], ['乙', '水泥', '95万吨', 0.86], ['水泥小计', '', 215.5, '']],
    };
    assert.deepEqual((facilityRows(region, { top: 1, rows: 3 }) as Array<{ name: string; output: unknown }>).map((f) => [f.name, f.output]),
      [['甲', 1205000], ['乙', 950000]]);
    assert.match(facilityRows({ ...region, headers: ['Plant', 'Sector', 'Output (MT)', 'Intensity'] }, { top: 1, rows: 1 }) as string,
      /^“Output \(MT\)” is in MT, which readers take for metric tons or for megatonnes/);
  });
});
