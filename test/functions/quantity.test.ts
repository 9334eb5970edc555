import { strict as assert } from 'node:assert';
import { readQuantity, shiftDecimal, unitInHeader } from '../../src/functions/quantity';

describe('functions: quantities as client files write them', () => {
  it('reads Chinese count words as exact numbers', () => {
    assert.deepEqual(readQuantity('3.1万'), { value: 31000 });
    assert.deepEqual(readQuantity('120.5万'), { value: 1205000 });
    assert.deepEqual(readQuantity('2.6亿'), { value: 260000000 });
    assert.deepEqual(readQuantity('0.7千'), { value: 700 });
    assert.deepEqual(readQuantity('1.5百万'), { value: 1500000 });
    assert.deepEqual(readQuantity(' -3.1 万 '), { value: -31000 });
    // Full-width digits, as a Chinese input method types them.
    assert.deepEqual(readQuantity('３.１万'), { value: 31000 });
  });

  it('reads masses with a unit as tonnes, and says which unit was written', () => {
    assert.deepEqual(readQuantity('2.6万吨'), { value: 26000, unit: '10kt' });
    assert.deepEqual(readQuantity('2.6万t'), { value: 26000, unit: '10kt' });
    assert.deepEqual(readQuantity('2.6 万吨二氧化碳当量'), { value: 26000, unit: '10kt' });
    assert.deepEqual(readQuantity('1.2 kt'), { value: 1200, unit: 'kt' });
    assert.deepEqual(readQuantity('1.2ktCO2e'), { value: 1200, unit: 'kt' });
    assert.deepEqual(readQuantity('0.5 MtCO2e'), { value: 500000, unit: 'Mt' });
    assert.deepEqual(readQuantity('26,000 t'), { value: 26000, unit: 't' });
    assert.deepEqual(readQuantity('26000吨'), { value: 26000, unit: 't' });
    assert.deepEqual(readQuantity('31,200 tCO2e'), { value: 31200, unit: 't' });
    assert.deepEqual(readQuantity('500 kg'), { value: 0.5, unit: 'kg' });
    assert.deepEqual(readQuantity('3 亿吨'), { value: 300000000, unit: '100Mt' });
    assert.deepEqual(readQuantity('1.2 千吨'), { value: 1200, unit: 'kt' });
    assert.deepEqual(readQuantity('12 tonnes'), { value: 12, unit: 't' });
  });

  it('refuses MT, which is metric tons to some and megatonnes to others', () => {
    assert.deepEqual(readQuantity('1.2 MT'), { problem: 'ambiguous-unit', written: 'MT' });
    assert.deepEqual(readQuantity('1.2 mt'), { problem: 'ambiguous-unit', written: 'mt' });
  });

  it('leaves what is not a quantity alone: plain numbers (Excel reads them), words, units without a number', () => {
    for (const text of ['31200', 'cement', '万吨', 't', '3.1 apples', '3.1万元', 'Kiln 3', '3.1万 m3', '']) {
      assert.equal(readQuantity(text), undefined, text);
    }
  });

  it('scales by moving the decimal point, so no binary rounding creeps in', () => {
    assert.equal(0.07 * 10000, 700.0000000000001); // the trap this avoids
    assert.equal(shiftDecimal(0.07, 4), 700);
    assert.equal(shiftDecimal(3.1, 4), 31000);
    assert.equal(shiftDecimal(120.5, 4), 1205000);
    assert.equal(shiftDecimal(0.0123, 6), 12300);
    assert.equal(shiftDecimal(500, -3), 0.5);
    assert.equal(shiftDecimal(1.5e21, 4), 1.5e25);
  });

  it('finds the unit a header names, in Chinese and English', () => {
    const cases: Record<string, string | undefined> = {
      '直接排放（万吨CO2）': '10kt', '直接排放量(万t)': '10kt', '排放量/万tCO2e': '10kt', '2024年排放量（tCO2e）': 't',
      '直接排放（吨）': 't', '排放量（千吨）': 'kt', '排放量（百万吨）': 'Mt', '排放（亿吨）': '100Mt', 'CF4（千克）': 'kg',
      'Direct emissions (10⁴ t)': '10kt', 'Direct emissions (10^4 t CO2e)': '10kt', 'Scope 1 (ktCO2e)': 'kt',
      'Emissions [Mt]': 'Mt', 'Emissions (MtCO2e)': 'Mt', 'Direct emissions (t)': 't', 'Scope 1 emissions, tCO2e': 't',
      'Emissions (tonnes)': 't', 'Emissions (thousand tonnes)': 'kt', 'CF4 (kg)': 'kg', 'Emissions (MT CO2e)': 'ambiguous',
      'Direct emissions': undefined, 'Plant': undefined, 'Scope 1 emissions': undefined, '直接排放量': undefined,
    };
    for (const [header, unit] of Object.entries(cases)) assert.equal(unitInHeader(header), unit, header);
  });
});
