import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formLayout, STREAM_COLUMNS } from '../../src/taskpane/cbam-template/form';
import { a1 } from '../../src/taskpane/ports/port';
import { CLINKER } from '../support/cbam-installations';
import { useWorkbench } from './workbench-page';

const TEMPLATE = join(__dirname, '..', 'fixtures', 'cbam-communication-template-v2.1.1.xlsx');

/**
 * An exporter's workflow in the workbench: open the Commission's blank communication template, write the installation
 * form from the CBAM view, type the grey clinker line into it through the formula bar, and fill the template. The
 * template's own formulas then give Summary_Communication K26, the SEE total worked by hand: 0.84894496 direct +
 * 0.031836 indirect = 0.88078096 tCO2e/t. A second fill over a changed name asks before overwriting.
 */
describe('end to end: the installation form fills the CBAM communication template', function () {
  this.timeout(300000);
  const session = useWorkbench();
  const testid = (id: string) => session.wb.pane.locator(`[data-testid="${id}"]`);
  const layout = formLayout();
  const cellOf = (path: string) => a1(layout.fields.get(path)!.row, 1);

  it('writes the form, fills the template from what was typed, and guards filled cells', async () => {
    const { wb } = session;
    await wb.page.setInputFiles('[data-testid="file-input"]', {
      name: 'cbam-communication-template-v2.1.1.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: readFileSync(TEMPLATE),
    });
    await wb.page.locator('[data-testid="file-status"]').filter({ hasText: /^(Opened|Could not)/ }).waitFor({ timeout: 240000 });
    await testid('tab-border').click();
    // Filling before the form is written says so.
    await testid('cf-fill').click();
    await testid('cf-status').filter({ hasText: /installation form/ }).waitFor({ timeout: 30000 });
    assert.match((await testid('cf-status').textContent())!, /^No installation form in this workbook/);
    await testid('cf-form').click();
    await testid('cf-status').filter({ hasText: /^Form written/ }).waitFor({ timeout: 30000 });
    assert.equal(await wb.value('A1'), 'CBAM installation data for the communication template');

    // Typed as a user would: the required fields, the carbon price, and the two source streams.
    const c = CLINKER;
    const typed: Array<[string, string]> = [
      ['installation.name', c.installation.name], ['installation.localName', c.installation.localName!], ['installation.city', c.installation.city!],
      ['period.start', c.period.start], ['period.end', c.period.end],
      ['good.category', c.good.category], ['good.cn', c.good.cn], ['good.productName', c.good.productName], ['good.processName', c.good.processName],
      ['production', String(c.production)],
      ['electricity.mwh', String(c.electricity.mwh)], ['electricity.factor', String(c.electricity.factor)], ['electricity.source', c.electricity.source],
      ['carbonPrice.pricePerTonne', String(c.carbonPrice!.pricePerTonne)], ['carbonPrice.currency', c.carbonPrice!.currency],
      ['carbonPrice.freeAllocationPerTonne', String(c.carbonPrice!.freeAllocationPerTonne)],
    ];
    for (const [path, value] of typed) await wb.enter(cellOf(path), value);
    for (const [k, s] of c.sourceStreams.entries()) {
      for (const [col, key] of STREAM_COLUMNS.entries()) {
        const v = key === 'method' ? (s.method === 'combustion' ? 'combustion' : 'process') : s[key];
        if (v !== undefined) await wb.enter(a1(layout.streamTop + k, col), String(v));
      }
    }

    await testid('cf-fill').click();
    await testid('cf-status').filter({ hasText: /^(Filled|Could not|Nothing|The form)/ }).waitFor({ timeout: 60000 });
    assert.match((await testid('cf-status').textContent())!, /^Filled \d+ cells of the template: A_InstData \d+, B_EmInst \d+/, await testid('cf-list').textContent() ?? '');
    assert.equal(await testid('cf-overwrite').isHidden(), true);
    // Summary_Communication is shown, computed by the template's own formulas from the values written.
    const see = await wb.value('K26');
    assert.ok(typeof see === 'number' && Math.abs(see - 0.88078096) < 1e-9, JSON.stringify(see));

    // A changed name on the form: the next fill asks before overwriting the name already in the template.
    await wb.page.click('[data-testid="sheet-tab-CBAM installation data"]');
    await wb.enter(cellOf('installation.name'), 'Wuhu Example Clinker Works, Line 3');
    await testid('cf-fill').click();
    await testid('cf-status').filter({ hasText: /^Nothing written/ }).waitFor({ timeout: 60000 });
    assert.match((await testid('cf-status').textContent())!, /already holds other values in A_InstData!I20 \(1 in all\)/);
    assert.equal(await testid('cf-overwrite').textContent(), 'Overwrite the filled cells (1)');
    await testid('cf-overwrite').click();
    await testid('cf-status').filter({ hasText: /^Filled/ }).waitFor({ timeout: 60000 });
    assert.equal(await testid('cf-overwrite').isHidden(), true);
    await wb.page.click('[data-testid="sheet-tab-A_InstData"]');
    assert.equal(await wb.value('I20'), 'Wuhu Example Clinker Works, Line 3');
    await wb.shot('template-fill');
  });

  it('kept the console free of errors and made no request off this machine', () => {
    assert.deepEqual(session.wb.consoleErrors, []);
    assert.deepEqual(session.wb.outsideRequests, []);
  });
});
