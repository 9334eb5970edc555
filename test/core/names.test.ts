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
    'steel-eaf': ['steel-eaf', 'EAF', 'electric arc furnace', 'Stand-alone EAF steel', '独立电炉', '电炉钢'],
    'steel-rolling': ['steel-rolling', 'steel rolling', 'Rolling mill', '独立轧钢', '轧钢', '钢压延加工'],
    'cement-non-portland': ['cement-non-portland', 'non-Portland clinker', 'Non-Portland cement clinker', '非硅酸盐水泥熟料', '硫铝酸盐水泥熟料'],
    'flat-glass': ['flat glass', '平板玻璃'],
    'civil-aviation': ['civil aviation', '民航'],
  };
  for (const [id, aliases] of Object.entries(sectors)) {
    it(`resolves every alias of ${id}`, () => {
      for (const alias of aliases) assert.equal(names.sectorId(alias), id, alias);
    });
  }

  it('reads the sector names of Chinese client lists, decided from the rules', () => {
    const expected: Record<string, string> = {
      水泥行业: 'cement', 熟料: 'cement', 水泥熟料: 'cement', 钢铁行业: 'steel', 钢铁企业: 'steel', 电解铝: 'aluminium', 铝: 'aluminium',
      铝冶炼行业: 'aluminium', 火电: 'power', 燃煤发电: 'power', 火力发电: 'power', 电力行业: 'power', 发电企业: 'power',
      燃气发电: 'power:gas', 电炉炼钢: 'steel-eaf', 平板玻璃行业: 'flat-glass', 独立电炉短流程钢铁生产企业: 'steel-eaf',
      独立钢压延加工企业: 'steel-rolling', 非硅酸盐水泥熟料生产企业: 'cement-non-portland', 'Cement sector': 'cement', 'iron and steel industry': 'steel',
      'Power: coal large': 'power:coal-large', 'Power:coal_small': 'power:coal-small',
    };
    for (const [name, id] of Object.entries(expected)) assert.equal(names.sectorId(name), id, name);
  });

  it('takes captive power plants as power, whichever industry owns them (2027 list requirements §一)', () => {
    for (const name of ['自备电厂', '企业自备电厂', '钢铁企业自备电厂', '某水泥集团自备热电厂', '自备电站', 'captive power plant',
      'Captive Power Plant', 'Smelter captive power plant', 'captive plant']) {
      assert.equal(names.sectorId(name), 'power', name);
    }
    // A captive plant is not a unit category: allocation still asks for one.
    throwsEts(() => names.powerCategoryId('自备电厂'), 'value', /category/);
  });

  it('says when a name is ambiguous instead of guessing', () => {
    throwsEts(() => names.sectorId('玻璃'), 'value', /^sector: "玻璃" is ambiguous: flat glass \(flat-glass, 平板玻璃\) reports emissions .* other glass .* in no CN ETS list/);
    throwsEts(() => names.sectorId('Glass'), 'value', /is ambiguous/);
    throwsEts(() => names.sectorId('炼钢'), 'value', /^sector: "炼钢" is ambiguous: .*steel.*steel-eaf/);
    throwsEts(() => names.sectorId('gas'), 'value', /^sector: "gas" is ambiguous: for a gas-fired power unit write power:gas/);
  });

  it('answers an unknown name with the closest accepted names, briefly', () => {
    const messages = ['cemnt', 'Cement plant', '水泥厂', 'stell', 'aluminum smelter'].map((n) => {
      try {
        names.sectorId(n);
      } catch (e) {
        return (e as Error).message;
      }
      return '';
    });
    assert.deepEqual(messages, [
      'sector: "cemnt" is not a known sector. Did you mean cement?',
      'sector: "Cement plant" is not a known sector. Did you mean cement?',
      'sector: "水泥厂" is not a known sector. Did you mean cement?',
      'sector: "stell" is not a known sector. Did you mean steel?',
      'sector: "aluminum smelter" is not a known sector. Did you mean aluminium?',
    ]);
    const far = throwsEts(() => names.sectorId('bakery'), 'value', /^sector: "bakery" is not a known sector\. Accepted: power .*cement, steel, aluminium; all: ETS\.RULEBOOK\("sectors"\)/);
    assert.ok(far.message.length < 180, `${far.message.length} characters`);
    // A pasted paragraph gets no suggestion and a message of the same short length.
    const long = throwsEts(() => names.sectorId(`cement ${'x'.repeat(100000)}`), 'value', /^sector: "cement x{33}…" is not a known sector/);
    assert.ok(long.message.length < 200);
  });

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
