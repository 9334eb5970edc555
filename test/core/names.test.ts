import { strict as assert } from 'node:assert';
import { names } from '../../src/core';
import { describe as describeValue } from '../../src/core/errors';
import { throwsEts } from '../helpers';

describe('core: names and aliases', () => {
  const sectors: Record<string, string[]> = {
    aluminium: ['aluminium', 'aluminum', 'electrolytic aluminium', 'Electrolytic Aluminum', '铝冶炼', '电解铝', '  ALUMINIUM  '],
    steel: ['steel', 'iron and steel', 'iron & steel', 'Iron  And   Steel', '钢铁'],
    cement: ['cement', '水泥', 'CEMENT', 'clinker'],
    power: ['power', 'power generation', '发电', 'Power Generation'],
    'power:coal-large': ['power:coal-large', 'coal-large', 'POWER:COAL-LARGE'],
    'power:gas': ['power:gas', '燃气机组'],
    'steel-eaf': ['steel-eaf', 'EAF', 'electric arc furnace'],
    'flat-glass': ['flat glass', '平板玻璃'],
    'civil-aviation': ['civil aviation', '民航'],
  };
  for (const [id, aliases] of Object.entries(sectors)) {
    it(`resolves every alias of ${id}`, () => {
      for (const alias of aliases) assert.equal(names.sectorId(alias), id, alias);
    });
  }

  it('resolves gas aliases including PFC names and full-width text', () => {
    assert.equal(names.gasId('PFC-14'), 'CF4');
    assert.equal(names.gasId('PFC-116'), 'C2F6');
    assert.equal(names.gasId('ｃ２ｆ６'), 'C2F6');
    assert.equal(names.gasId('N₂O'), 'N2O');
    assert.equal(names.gasId('sulfur hexafluoride'), 'SF6');
  });

  it('resolves schemes and phases', () => {
    assert.equal(names.schemeId('cn'), 'CN');
    assert.equal(names.schemeId('us-ca'), 'US-CA');
    assert.equal(names.phaseId(1), 'I');
    assert.equal(names.phaseId('Phase II'), 'II');
    assert.equal(names.phaseId('ii'), 'II');
    throwsEts(() => names.phaseId(1.5), 'value', /^phase: "1.5" is not a known phase/);
    throwsEts(() => names.sectorId(true), 'value', /^sector: TRUE is not a known sector/);
  });

  it('shows received values briefly in messages', () => {
    assert.equal(describeValue(undefined), 'blank');
    assert.equal(describeValue(''), 'empty text');
    assert.equal(describeValue(false), 'FALSE');
    assert.equal(describeValue({}), 'object');
    assert.equal(describeValue('x'.repeat(100)), `"${'x'.repeat(40)}…"`);
    assert.equal(describeValue('😀'.repeat(41)), `"${'😀'.repeat(40)}…"`); // cut by characters, not UTF-16 halves
  });
});
