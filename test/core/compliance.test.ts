import { strict as assert } from 'node:assert';
import { balance, cost } from '../../src/core';
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
    throwsEts(() => cost(1, 2, 3, 1, 1.5), 'number', /^offset_share: 1.5 is out of range.*from 0 to 1/);
    throwsEts(() => cost(1, 2, 'eighty'), 'value', /^price: "eighty" is not a number/);
  });
});
