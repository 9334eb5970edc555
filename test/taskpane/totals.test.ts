import { strict as assert } from 'node:assert';
import { isTotalLabel, sumsAbove } from '../../src/taskpane/table-check/totals';

describe('task pane: total and subtotal rows', () => {
  it('knows Chinese and English total labels', () => {
    for (const label of ['水泥小计', '钢铁小计', '总计', '合计', '合 计', '合　计', '合计：', '合计（万吨）', '小计', '共计', 'Total', 'TOTAL', 'Subtotal', 'Sub-total',
      'Grand total', 'Total:', 'Total (all sites)', 'Cement subtotal', 'Steel total', 'Total for cement', 'Totals']) {
      assert.equal(isTotalLabel(label), true, label);
    }
  });

  it('does not take facility names that merely contain the word for totals', () => {
    for (const label of ['TotalEnergies Refinery', 'Total Petrochemicals Plant', '合计电厂有限公司', '甲水泥', 'Kiln 3', 'cement', '', 'Totality Works']) {
      assert.equal(isTotalLabel(label), false, label);
    }
    assert.equal(isTotalLabel(31000), false);
  });

  it('knows a cell that adds up the cells above it in its own column', () => {
    // D6 (row 5, column 3) adding D3:D5 in the ways spreadsheets do.
    for (const f of ['=SUM(D3:D5)', '=sum(D$3:D$5)', '=SUBTOTAL(9,D3:D5)', '=SUBTOTAL(109, D3:D5)', '=AGGREGATE(9,5,D3:D5)',
      '=SUMIF(B3:B5,"水泥",D3:D5)', '=D3+D4+D5', '=(D3+D4)', '=SUM(D3,D4,D5)', '=SUM(D3:D5)*10000']) {
      assert.equal(sumsAbove(f, 5, 3), true, f);
    }
  });

  it('does not take other formulas for sums of the rows above', () => {
    const cases: Array<[string, number, number]> = [
      ['=B6*C6', 5, 3], // output × intensity on its own row
      ['=SUM(D7:D9)', 5, 3], // rows below
      ['=SUM(E3:E5)', 5, 3], // another column
      ['=D5', 5, 3], // one cell: a copy, not a sum
      ['=D3-D4', 5, 3], // a difference
      ['=SUM(Other!D3:D5)', 5, 3], // another sheet
      ['=D3*2+D4', 5, 3], // arithmetic, not a sum
      ['31000', 5, 3],
    ];
    for (const [f, r, c] of cases) assert.equal(sumsAbove(f, r, c), false, f);
  });
});
