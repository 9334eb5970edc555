import { strict as assert } from 'node:assert';
import { checkFacility, EtsError, summarise } from '../../src/core';

describe('core: portfolio summary', () => {
  it('counts "depends" apart from covered and not covered, per sector and in total', () => {
    // K-ETS counts indirect emissions, which are not given: 200,000 t is above its 125,000 t entity threshold on direct
    // emissions alone (covered); 60,000 and 10,000 t are below it and so depend on the indirect emissions.
    const results = [200000, 60000, 10000].map((direct) => checkFacility({ sector: 'cement', direct, scheme: 'KR' }));
    const { total, sectors } = summarise(results);
    assert.deepEqual(total, {
      sector: 'total', entities: 3, coveredEntities: 1, emissions: 270000, coveredEmissions: 200000,
      shareOfTotal: 200000 / 270000, dependsEntities: 2, dependsEmissions: 70000, shareDepends: 70000 / 270000,
    });
    assert.deepEqual(sectors, [{ ...total, sector: 'cement' }]);
  });

  it('under the EU ETS (activity-based inclusion) every listed facility depends and none is counted as covered', () => {
    const results = [checkFacility({ sector: 'cement', direct: 30000, scheme: 'EU' }), checkFacility({ sector: 'steel', direct: 20000, scheme: 'EU' })];
    const { total } = summarise(results);
    assert.deepEqual([total.coveredEntities, total.dependsEntities, total.dependsEmissions, total.shareDepends], [0, 2, 50000, 1]);
  });

  it('rolls power units of every category up to one power row, whatever the scheme', () => {
    const results = ['power:coal-large', 'power:gas', 'cement'].map((sector) => checkFacility({ sector, direct: 30000, scheme: 'EU' }));
    assert.deepEqual(summarise(results).sectors.map((s) => [s.sector, s.entities, s.dependsEntities]), [['cement', 1, 1], ['power', 2, 2]]);
  });

  it('counts nothing as depending under CN, and leaves rows that could not be checked out of every sector', () => {
    const results = [
      checkFacility({ sector: 'cement', direct: 30000 }), checkFacility({ sector: 'paper', direct: 40000 }),
      new EtsError('value', 'sector: blank — a value is required.'),
    ];
    const s = summarise(results);
    assert.equal(s.errors, 1);
    assert.deepEqual(s.sectors.map((x) => [x.sector, x.entities, x.coveredEntities, x.dependsEntities]), [['cement', 1, 1, 0], ['paper', 1, 0, 0]]);
    assert.deepEqual([s.total.shareOfTotal, s.total.shareDepends], [30000 / 70000, 0]);
  });
});
