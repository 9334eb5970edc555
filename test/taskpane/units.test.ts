import { strict as assert } from 'node:assert';
import type { Region } from '../../src/taskpane/ports/port';
import { proposedUnit, proposedUnits, smallForTonnes } from '../../src/taskpane/table-check/units';

describe('task pane: the unit proposed for an emissions column', () => {
  it('takes the header\'s unit, in Chinese or English', () => {
    assert.deepEqual(proposedUnit('direct', '直接排放（万吨CO2）', [3.1]), { unit: '10kt', source: 'from-header' });
    assert.deepEqual(proposedUnit('direct', '2024年排放量（万吨CO2） 范围一（直接）'), { unit: '10kt', source: 'from-header' });
    assert.deepEqual(proposedUnit('cf4', 'CF4 (kg)'), { unit: 'kg', source: 'from-header' });
  });

  it('assumes tonnes under a header without a unit when the figures are those of tonnes', () => {
    assert.deepEqual(proposedUnit('direct', 'Direct emissions', [31000, 1205000, 25000]), { unit: 't', source: 'assumed' });
    // A few small sites among large ones are tonnes all the same.
    assert.deepEqual(proposedUnit('direct', 'Scope 1', [12, 31000, 45000, 1205000, 26000]), { unit: 't', source: 'assumed' });
    // Gas masses of PFCs are small in tonnes: never judged by their size.
    assert.deepEqual(proposedUnit('cf4', 'CF4', [1.2, 0.8]), { unit: 't', source: 'assumed' });
  });

  it('proposes nothing where it must ask: MT, and figures small for tonnes under a header without a unit', () => {
    assert.deepEqual(proposedUnit('direct', 'Emissions (MT CO2e)', [31000]), { source: 'ambiguous' });
    assert.deepEqual(proposedUnit('direct', '直接排放', [3.1, 120.5, 2.5, '', 'n/a', 0.8]), { source: 'small', median: 3.1 });
    assert.deepEqual(proposedUnit('co2', 'CO2', ['1.9', '3.1万', 2.4]), { source: 'small', median: 2.4 }, 'figures typed as text count, 3.1万 as 31,000');
    assert.equal(smallForTonnes(['', 'pending']), undefined, 'no figures: nothing to say');
  });

  it('gives the units of a table\'s mapped columns, leaving out the ones it asks about', () => {
    const region: Region = {
      sheet: 'S', top: 0, left: 0, headers: ['企业', '行业', '直接排放', 'CO2（千吨）', 'CF4 (MT)'],
      rows: [['甲', '水泥', 3.1, 9, 1], ['乙', '水泥', 2.5, 8, 2]],
    };
    assert.deepEqual(proposedUnits(region, { facility: 0, sector: 1, direct: 2, co2: 3, cf4: 4 }), { co2: 'kt' });
  });
});
