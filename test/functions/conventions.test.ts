import { strict as assert } from 'node:assert';
import { FakeExcelError } from './bundle';
import { assertError, call, col, one } from './calls';

/**
 * Excel's calling conventions and the workflows users run, through the built bundle: error cells inside ranges,
 * cells holding data types, a row of ALLOCATION formulas copied across years, names as users type them.
 */

describe('Excel calling conventions, through the built bundle', () => {
  describe('error cells inside ranges (metadata: allowErrorForDataTypeAny)', () => {
    it('one #N/A in B2:B200 is one #N/A in the spill; the other 198 rows compute', () => {
      const emissions: unknown[][] = Array.from({ length: 199 }, (_, i) => [20000 + i * 100]);
      emissions[57] = [new FakeExcelError('#N/A', 'lookup failed')];
      const out = call('COVERED', 'cement', emissions);
      assert.equal(out.length, 199);
      out.forEach((row, i) => {
        if (i === 57) assertError(row[0], '#N/A', /^direct_emissions: the input is #N\/A \(lookup failed\)\.$/);
        else assert.equal(row[0], 20000 + i * 100 >= 26000, `row ${i}`);
      });
    });

    it('an input error keeps its code; #REF! and #NAME?, which Excel takes in but not back, become #VALUE! saying so', () => {
      assertError(one('BALANCE', new FakeExcelError('#DIV/0!'), 1), '#DIV/0!', /^allocation: the input is #DIV\/0!/);
      assertError(one('BALANCE', 1, new FakeExcelError('#NUM!')), '#NUM!', /^verified_emissions: the input is #NUM!/);
      assertError(one('COVERED', new FakeExcelError('#REF!'), 30000), '#VALUE!', /^sector: the input is #REF!/);
      assertError(one('COVERED', 'cement', new FakeExcelError('#NAME?')), '#VALUE!', /^direct_emissions: the input is #NAME\?/);
      // A data-type error value (Excel.ErrorCellValue) is an error too.
      assertError(one('BALANCE', { type: 'Error', basicValue: '#N/A', errorType: 'NotAvailable' }, 1), '#N/A', /^allocation: the input is #N\/A/);
    });

    it('an error in a single cell that broadcasts is the error of every element, and does not hide the shape', () => {
      const out = call('CO2E', col('CO2', 'CF4', 'SF6'), new FakeExcelError('#N/A'));
      assert.equal(out.length, 3);
      for (const [cell] of out) assertError(cell, '#N/A', /^mass_t: the input is #N\/A/);
      // The error cell before the range: still one result per row.
      const before = call('BALANCE', new FakeExcelError('#N/A'), col(1, 2, 3));
      assert.equal(before.length, 3);
      for (const [cell] of before) assertError(cell, '#N/A', /^allocation: the input is #N\/A/);
    });
  });

  // Excel (CustomFunctionsRuntime 1.3, no allowCustomDataForDataTypeAny) passes a data-type cell as its basic value;
  // the object form is read the same way, should a host pass it.
  describe('cells holding Excel data types, in either form a host may pass them', () => {
    it('reads formatted numbers and other basic values by their basic value', () => {
      const formatted = { type: 'FormattedNumber', basicValue: 31200, numberFormat: '#,##0 "t"' };
      assert.equal(one('COVERED', 'cement', formatted), true);
      assert.equal(one('COVERED', { type: 'String', basicValue: 'cement' }, { type: 'Double', basicValue: 25999 }), false);
      assert.equal(one('CO2E', 'CF4', { type: 'Double', basicValue: 2, numberFormat: '0.0' }), 13260);
      const years = call('PHASE', col({ type: 'Double', basicValue: 2026 }, { type: 'FormattedNumber', basicValue: 2027, numberFormat: '0' }));
      assert.deepEqual(Array.from(years, (r) => r[0]), ['I', 'II']);
    });

    it('reads an entity by its display text, and says so when a data type has no usable value', () => {
      const plant = { type: 'Entity', text: 'Cement', properties: { Capacity: { type: 'Double', basicValue: 5 } }, basicType: 'Error', basicValue: '#VALUE!' };
      assert.equal(one('GASES', plant), 'CO2');
      assertError(one('GASES', { type: 'WebImage', address: 'https://example.org/x.png', basicType: 'Error', basicValue: '#VALUE!' }), '#VALUE!', /^sector: the input is #VALUE!/);
      assertError(one('BALANCE', { type: 'Boolean', basicValue: true }, 1), '#VALUE!', /^allocation: TRUE is not a number/);
    });
  });

  describe('ALLOCATION: the Phase I balance value and the Phase II benchmark never mix', () => {
    const years = [2024, 2025, 2026, 2027, 2028, 2030];

    it('a row of formulas copied from 2024 to 2030 gives numbers in Phase I and asks for the benchmark in Phase II', () => {
      // Output 1,000,000 t clinker at 0.8 against a balance value of 0.85; no benchmark yet.
      const out = call('ALLOCATION', 'cement', 1000000, 0.8, undefined, 0.85, [years], undefined);
      assert.equal(out.length, 1);
      const [row] = out;
      assert.equal(row![0], 800000); // 2024: A = E
      assert.equal(row![1], 807058); // ⌊800,000 × (1 + 0.15 × 0.05 / 0.85)⌋: whole tonnes rounded down
      assert.equal(row![2], 807058); // 2026: the draft keeps the method
      for (const cell of row!.slice(3)) assertError(cell, '#N/A', /^benchmark: 20\d\d is in Phase II, whose benchmarks are not published; pass the benchmark \(the 7th argument\)/);
    });

    it('with benchmarks per year in the 7th argument, Phase II is output × benchmark and Phase I ignores them', () => {
      const benchmarks = [[0.9, 0.9, 0.9, 0.78, 0.77, 0.75]];
      const [row] = call('ALLOCATION', 'cement', 1000000, 0.8, undefined, 0.85, [years], benchmarks);
      assert.deepEqual(Array.from(row!), [800000, 807058, 807058, 780000, 770000, 750000]);
    });

    it('a balance value passed for a power unit is refused; a power benchmark of your own goes in the 7th argument', () => {
      assertError(one('ALLOCATION', 'power:gas', 1000, 0.4, undefined, 0.3288, 2025), '#VALUE!', /^balance_value: 0.3288 is a Phase I sector balance value/);
      assert.equal(one('ALLOCATION', 'power:coal-large', 1000, 0.9, undefined, undefined, 2027, 0.75), 750);
    });
  });

  describe('names as users type them', () => {
    it('POWER.UNIT takes gas, coal-large … with or without power:, and the plans\' Chinese category names', () => {
      const gas = one('POWER.UNIT', 'power:gas', 1000000, undefined, 2024);
      assert.equal(gas, 328800);
      for (const name of ['gas', 'GAS', 'power: gas', '燃气机组']) assert.equal(one('POWER.UNIT', name, 1000000, undefined, 2024), gas, name);
      assert.equal(one('POWER.UNIT', 'coal-large', 1000000, undefined, 2024), 791000);
      assert.equal(one('POWER.UNIT', '300MW等级及以下常规燃煤机组', 1000000, undefined, 2024), 804900);
      assertError(one('POWER.UNIT', 'coal', 1000), '#VALUE!', /^category: "coal" is ambiguous/);
    });

    it('reads Chinese sector names from client lists, and says which names are ambiguous', () => {
      const sectors = col('水泥行业', '钢铁行业', '火电', '燃煤发电', '燃气发电', '铝', '熟料', '电炉炼钢', '玻璃');
      const out = call('COVERED', sectors, 30000, undefined, 2025);
      assert.deepEqual(Array.from(out.slice(0, 8), (r) => r[0]), [true, true, true, true, true, true, true, false]);
      assertError(out[8]![0], '#VALUE!', /^sector: "玻璃" is ambiguous: flat glass/);
    });

    it('reads quantities as client lists type them: 3.1万, 2.6万吨, 1.2 kt — units only where the argument is a mass', () => {
      // 2.6万吨 is 26,000 t: exactly the threshold; 2.5万 is 25,000, below it.
      const out = call('COVERED', 'cement', col('3.1万', '2.6万吨', '2.5万', '1.2 kt', '26 kt', '0.03 Mt', '26,000 tCO2e', 31200));
      assert.deepEqual(Array.from(out, (r) => r[0]), [true, true, false, false, true, true, true, true]);
      assert.equal(one('CO2E', 'CF4', '1.5 kg'), 1.5 * 6630 / 1000);
      assert.equal(one('BALANCE', '1.2万吨', '1.1万'), 1000);
      // A mass where the argument is an intensity, a price or a year is refused with the argument's name.
      assertError(one('ALLOCATION', 'cement', 1000000, '0.8吨', 1, 0.85, 2025), '#VALUE!', /^intensity: "0\.8吨" is a mass \(0\.8吨\); this argument is not a mass/);
      // "MT" is metric tons to some readers and megatonnes to others: asked, never guessed.
      assertError(one('COVERED', 'cement', '1.2 MT'), '#VALUE!', /^direct_emissions: "1\.2 MT" writes its unit as "MT", which is metric tons to some readers and megatonnes to others/);
      // Text that is not a quantity stays what it was: a word is still not a number.
      assertError(one('COVERED', 'cement', '3.1万元'), '#VALUE!', /^direct_emissions: "3\.1万元" is not a number/);
    });

    it('an unknown name gets the closest accepted names, not the whole list, in every cell', () => {
      const out = call('COVERAGE', col('cemnt', 'steal', 'bakery'), 30000);
      assertError(out[0]![0], '#VALUE!', /^sector: "cemnt" is not a known sector\. Did you mean cement\?$/);
      assertError(out[1]![0], '#VALUE!', /Did you mean steel\?$/);
      for (const [cell] of out) assert.ok((cell as FakeExcelError).message!.length < 180);
    });

    it('a 100,000-character text beside a 2,000-row range is read once: every row gets the same short error', () => {
      const text = 'x'.repeat(100000);
      const out = call('COVERED', text, Array.from({ length: 2000 }, (_, i) => [i * 20]));
      assert.equal(out.length, 2000);
      for (const [cell] of out) assertError(cell, '#VALUE!', /^sector: "x{40}…" \(100,000 characters\) is too long to be a name: names are at most 255 characters\.$/);
      assert.equal(new Set(out.map(([cell]) => cell)).size, 1, 'read once: one error object for every row');
    });
  });

  describe('CBAM after 2034', () => {
    it('CBAM.FACTOR is 0 for every year after 2034 (the rule has no end date), and certificates cover all embedded emissions', () => {
      const years = [2033, 2034, 2035, 2040, 2050];
      assert.deepEqual(Array.from(call('CBAM.FACTOR', col(...years)), (r) => r[0]), [0.14, 0, 0, 0, 0]);
      assert.equal(one('CBAM.CERTIFICATES', 1000, 1.2, 2040, 'aluminium-primary'), 1200);
      assert.equal(one('CBAM.COST', 1000, 1.2, 2045, 80, 1), 96000);
      assertError(one('CBAM.FACTOR', 2025), '#N/A', /^year: CBAM certificates are due for imports from 2026 on/);
      assertError(one('CBAM.FACTOR', 12000), '#NUM!', /^year: 12000 is out of range\. Accepted: a whole year from 2026 to 9999/);
    });
  });
});
