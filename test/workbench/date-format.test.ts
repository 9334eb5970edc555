import { strict as assert } from 'node:assert';
import { formatDate, isDateFormat } from '../../src/workbench/date-format';
import { display } from '../../src/workbench/display';

// Serials worked out by hand: 45,292 is 2024-01-01 (Excel's documented example); 2024 has 366 days, 2025 has 365,
// so 2026-01-01 is 46,023 and 2026-12-01 (334 days on) 46,357, a Tuesday (1 January 2026 was a Thursday).
const DEC_1_2026 = 46_357;

describe('workbench: dates and times shown as their number format says', () => {
  it('shows dates in the formats client files use, English and Chinese', () => {
    assert.equal(formatDate(DEC_1_2026, 'yyyy-mm-dd'), '2026-12-01');
    assert.equal(formatDate(DEC_1_2026, 'd mmm yyyy'), '1 Dec 2026');
    assert.equal(formatDate(DEC_1_2026, 'dddd, mmmm d, yyyy'), 'Tuesday, December 1, 2026');
    assert.equal(formatDate(DEC_1_2026, 'mm-dd-yy'), '12-01-26', 'numFmtId 14 as exceljs reads it');
    assert.equal(formatDate(DEC_1_2026, 'yyyy"年"m"月"d"日"'), '2026年12月1日');
    assert.equal(formatDate(DEC_1_2026, '[$-409]yyyy/m/d;@'), '2026/12/1', 'a locale tag and a text section change nothing');
    assert.equal(formatDate(DEC_1_2026, 'mmmmm'), 'D');
  });

  it('shows date-times and times with minutes told from months, AM/PM, elapsed hours and fractions of a second', () => {
    assert.equal(formatDate(DEC_1_2026 + 0.75, 'yyyy-mm-dd hh:mm'), '2026-12-01 18:00');
    assert.equal(formatDate(DEC_1_2026 + 0.75, 'm/d/yy h:mm'), '12/1/26 18:00', 'numFmtId 22');
    assert.equal(formatDate(0.75, 'h:mm AM/PM'), '6:00 PM');
    assert.equal(formatDate(0.25 + 30 / 1440, 'h:mm a/p'), '6:30 a');
    assert.equal(formatDate(0.5, 'h:mm AM/PM'), '12:00 PM');
    assert.equal(formatDate(0, 'hh:mm:ss AM/PM'), '12:00:00 AM');
    assert.equal(formatDate(1.5, '[h]:mm'), '36:00');
    assert.equal(formatDate(1.5 / 86_400, 'mm:ss.0'), '00:01.5', 'mm before ss is minutes');
    assert.equal(formatDate(90 / 86_400, '[mm]:ss'), '01:30');
  });

  it('rounds the time to what the format shows, carrying into the next day', () => {
    assert.equal(formatDate(DEC_1_2026 + 0.999999, 'yyyy-mm-dd hh:mm:ss'), '2026-12-02 00:00:00');
    assert.equal(formatDate(DEC_1_2026 + 0.99999, 'yyyy-mm-dd hh:mm:ss'), '2026-12-01 23:59:59');
  });

  it('counts the 1900 date system as Excel does, and shows hashes for what is no date', () => {
    assert.equal(formatDate(1, 'yyyy-mm-dd'), '1900-01-01');
    assert.equal(formatDate(59, 'yyyy-mm-dd'), '1900-02-28');
    assert.equal(formatDate(60, 'yyyy-mm-dd'), '1900-02-29', 'the day Excel keeps for Lotus 1-2-3');
    assert.equal(formatDate(61, 'yyyy-mm-dd'), '1900-03-01');
    assert.equal(formatDate(0, 'yyyy-mm-dd'), '1900-01-00');
    assert.equal(formatDate(2_958_465, 'yyyy-mm-dd'), '9999-12-31');
    assert.equal(formatDate(2_958_466, 'yyyy-mm-dd'), '########');
    assert.equal(formatDate(-1, 'yyyy-mm-dd'), '########');
  });

  it('leaves number, percentage, text and General formats to the number display', () => {
    for (const format of ['General', '0.00', '#,##0;[Red]-#,##0', '0%', '@', '0.00E+00', '"t" 0']) assert.equal(isDateFormat(format), false, format);
    for (const format of ['yyyy-mm-dd', 'h:mm', '[h]:mm:ss', 'mmm-yy', '[Red]d/m/yyyy']) assert.equal(isDateFormat(format), true, format);
    assert.equal(display(DEC_1_2026 + 0.75, 'yyyy-mm-dd hh:mm').text, '2026-12-01 18:00');
    assert.equal(display(0.75, 'h:mm').text, '18:00', 'a time alone is no longer its serial 0.75');
    assert.equal(display(1234.5, '#,##0').text, '1,235');
  });
});
