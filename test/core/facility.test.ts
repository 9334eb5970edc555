import { strict as assert } from 'node:assert';
import { checkFacility, EtsError, ignoredNote, summarise } from '../../src/core';

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

describe('core: one facility from gas masses', () => {
  it('counts only the sector\'s gases, says which were ignored, and names the gas whose mass is wrong', () => {
    // Aluminium counts CF4: 20,000 + 1 × 6,630 (AR5) = 26,630 t.
    const al = checkFacility({ sector: 'aluminium', masses: { CO2: 20000, CF4: 1 } });
    assert.deepEqual([al.co2e, al.covered, al.ignored], [26630, true, []]);
    // Cement does not: 25,000 t of CO2 alone, below the threshold, and CF4 reported as ignored.
    const cement = checkFacility({ sector: 'cement', masses: { CO2: 25000, CF4: 1, C2F6: undefined } });
    assert.deepEqual([cement.co2e, cement.covered, cement.ignored], [25000, false, ['CF4']]);
    assert.equal(ignoredNote(cement), 'CF4 is not counted for cement: its mass was ignored.');
    assert.equal(ignoredNote(al), '');
    assert.throws(() => checkFacility({ sector: 'aluminium', masses: { CO2: 1, C2F6: -2 } }),
      (e: unknown) => e instanceof EtsError && e.argument === 'C2F6 mass' && /^C2F6 mass: -2 is out of range/.test(e.message));
  });
});
