import { strict as assert } from 'node:assert';
import { balance, calendar, carryover, cost, dateText, deadline, EtsError, excelSerial, isoDate, penalty, position, POSITION_HEADERS } from '../../src/core';
import { throwsEts } from '../helpers';

describe('core: balance and cost', () => {
  it('BALANCE is allocation − emissions, exact in decimal', () => {
    assert.equal(balance(1008823.53, 1000000), 8823.53);
    assert.equal(balance(900000, 1000000), -100000);
    assert.equal(balance(0.3, 0.1), 0.2); // doubles give 0.19999999999999998
    assert.equal(balance(5, 5), 0);
  });

  it('COST buys a shortfall at price when no offset price is given', () => {
    assert.equal(cost(900000, 1000000, 80), 8000000);
  });

  it('COST covers up to 5% of verified emissions with cheaper offsets', () => {
    // shortfall 100,000; offsets ≤ 5% × 1,000,000 = 50,000 at 50, the other 50,000 at 80
    assert.equal(cost(900000, 1000000, 80, 50), 6500000);
    // shortfall 20,000 within the offset limit: all at 50
    assert.equal(cost(980000, 1000000, 80, 50), 1000000);
    // offset_share 2%: 20,000 × 50 + 80,000 × 80
    assert.equal(cost(900000, 1000000, 80, 50, 0.02), 7400000);
    // offsets dearer than allowances are not used
    assert.equal(cost(900000, 1000000, 80, 90), 8000000);
  });

  it('COST values a surplus as a negative cost', () => {
    assert.equal(cost(1010000, 1000000, 80), -800000);
    assert.equal(cost(1010000, 1000000, 80, 10), -800000);
    assert.equal(cost(1000000, 1000000, 80), 0);
  });

  it('COST is exact: 3 t short at 0.1 is 0.3', () => {
    assert.equal(cost(0, 3, 0.1), 0.3);
  });

  it('refuses negative amounts, prices and shares outside 0–1', () => {
    throwsEts(() => balance(-1, 0), 'number', /^allocation: -1 is out of range/);
    throwsEts(() => balance(1, undefined), 'value', /^verified_emissions: blank — a value is required/);
    throwsEts(() => cost(1, 2, -3), 'number', /^price: -3 is out of range/);
    throwsEts(() => cost(1, 2, 3, -1), 'number', /^offset_price: -1 is out of range/);
    throwsEts(() => cost(1, 2, 3, 1, 1.5), 'value', /^offset_share: 1.5 is out of range.*from 0 to 1/);
    throwsEts(() => cost(1, 2, 'eighty'), 'value', /^price: "eighty" is not a number/);
  });
});

describe('core: carry-over, penalty and the calendar', () => {
  it('carry-over: ⌊10,000 + 1.5 × max(0, net sales)⌋, at most the holding', () => {
    assert.equal(carryover(20000), 40000);
    assert.equal(carryover(20000, 25000), 25000);
    assert.equal(carryover(-1), 10000);
    assert.equal(carryover(333), 10499);
    throwsEts(() => carryover(undefined), 'value', /^net_sales_t: blank/);
    throwsEts(() => carryover(1, -5), 'number', /^holding_t: -5 is out of range/);
  });

  it('penalty: unsurrendered × price × a multiple from 5 to 10', () => {
    assert.equal(penalty(10400, 65), 3380000);
    assert.equal(penalty(10400, 65, 10), 6760000);
    throwsEts(() => penalty(1, 1, 11), 'value', /^multiple: 11 is out of range\. Accepted: a multiple of the average price from 5 to 10/);
    throwsEts(() => penalty(1, 1, 'x'), 'value', /^multiple: "x" is not a number/);
  });

  it('deadlines as Excel serials, by sector where they differ', () => {
    assert.equal(excelSerial('2026-12-31'), 46387);
    assert.equal(excelSerial('1900-03-01'), 61);
    // isoDate is its inverse; a time of day belongs to its date (45,292.75 is 2024-01-01 18:00, not the 2nd).
    for (const iso of ['1900-03-01', '2024-02-29', '2026-12-31']) assert.equal(isoDate(excelSerial(iso)), iso);
    assert.equal(isoDate(45292.75), '2024-01-01');
    assert.equal(dateText('2026-07-31'), '31 Jul 2026');
    assert.equal(deadline('surrender', 2025), 46387);
    assert.equal(deadline('清缴', 2024, '水泥'), 46022);
    throwsEts(() => deadline('verification', 2025), 'value', /differs by sector \(power 30 Jun 2026; cement, steel and aluminium 31 Jul 2026\)/);
    throwsEts(() => deadline('preallocation', 2024, 'steel'), 'not-available', /no preallocation step in compliance year 2024/);
    throwsEts(() => deadline('report', 2030), 'not-available', /^year: no report date is published for compliance year 2030 \(the rulebook has 2023–2025\)/);
  });

  it('the calendar of a year: both groups once the new sectors are in, power alone before', () => {
    const c2025 = calendar(2025);
    assert.deepEqual(c2025.map((r) => r.event), ['report', 'verification', 'preallocation', 'allocation', 'surrender', 'carryover']);
    assert.deepEqual(c2025[1], { event: 'verification', power: '2026-06-30', industry: '2026-07-31', status: 'final', source: 'MEE notice on 2026 national carbon market work (27 Jan 2026) §二(四)' });
    assert.equal(calendar(2023).find((r) => r.event === 'surrender')!.industry, undefined);
    assert.deepEqual(calendar(2030).filter((r) => r.source !== undefined), []);
  });
});

describe('core: the position year by year', () => {
  it('works a cement line through both phases and keeps a missing benchmark in its own year', () => {
    const years = [2024, 2027].map((year) => ({ year, output: 1500000, intensity: 0.84, price: 80, balanceValue: 0.86, benchmark: year === 2027 ? 0.8 : undefined, where: '' }));
    const [header, first, second] = position(years, 'cement');
    assert.deepEqual(header, [...POSITION_HEADERS]);
    assert.deepEqual(first, [2024, 'I', 1260000, 1260000, 0, 0, 0]);
    assert.deepEqual(second, [2027, 'II', 1260000, 1200000, -60000, 4800000, 24000000]);
    const [, , asked] = position([years[0]!, { ...years[1]!, benchmark: undefined }], 'cement');
    assert.ok(asked![3] instanceof EtsError && asked![6] instanceof EtsError);
    throwsEts(() => position([years[0]!, years[0]!], 'cement'), 'value', /appears twice/);
    const [, bad] = position([{ ...years[0]!, output: -1, where: ' (row 1)' }], 'cement');
    assert.ok(bad![2] instanceof EtsError && /output \(row 1\)/.test((bad![2] as EtsError).message));
  });
});
