import { strict as assert } from 'node:assert';
import { looksLikeOwnOutput, matchColumns } from '../../src/taskpane/table-check/columns';
import { inEveryLanguage } from '../../src/taskpane/i18n/messages';

/** Issue 23: a checked table saved without the pane's marks and opened again must not map the pane's output as input. */
describe('column mapping: the pane\'s own output columns, unmarked, are never taken as input', () => {
  it('leaves CO2e (tCO2e), Covered and Reason, in either language, to the user', () => {
    const [co2eEn, co2eZh] = inEveryLanguage('tc.h.co2e');
    // The user's emissions column is headed generically (contains 排放量, a weaker match than an exact "CO2e").
    const headers = ['企业名称', '行业', '2024年排放量', 'Covered', 'Reason', co2eEn];
    assert.equal(matchColumns(headers).map.direct, 2, 'the user\'s column, not the pane\'s CO2e');
    assert.equal(matchColumns(['Facility', 'Sector', co2eZh]).map.direct, undefined, 'left for the user to map');
    for (const h of [co2eEn, co2eZh, ...inEveryLanguage('tc.h.covered'), ...inEveryLanguage('tc.h.reason')]) assert.ok(looksLikeOwnOutput(h), h);
    for (const h of ['CO2e', 'Emissions (tCO2e)', 'Covered area (m2)', 'Reasonable']) assert.ok(!looksLikeOwnOutput(h), h);
  });
});
