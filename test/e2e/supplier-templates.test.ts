import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useWorkbench } from './workbench-page';

const FILLED = join(__dirname, '..', 'fixtures', 'cbam-filled-clinker.xlsx');

/**
 * An importer's workflow in the workbench: open a supplier's filled communication template (made by the fill path and
 * recalculated by LibreOffice), read it from the CBAM view, and get the supplier sheet of live formulas. Figures by
 * hand from the template's own SEE for the grey clinker line, 0.84894496 direct + 0.031836 indirect = 0.88078096
 * tCO2e/t (cement counts both), 10,000 t, certificate price 80, CSCF 1, 2026 (factor 0.975, Column A = B = 0.666):
 * actual 8,807.8096 − 6,493.5 = 2,314.3096 certificates × 80 = 185,144.768; default China 1.390 × 1.1 = 1.529 →
 * 8,796.5 × 80 = 703,720; worth 518,575.232.
 */
describe('end to end: a supplier\'s filled CBAM communication template read from the CBAM view', function () {
  this.timeout(300000);
  const session = useWorkbench();
  const testid = (id: string) => session.wb.pane.locator(`[data-testid="${id}"]`);

  it('opens the filled template, reads it, and writes the supplier sheet with live ETS formulas', async () => {
    const { wb } = session;
    await wb.page.setInputFiles('[data-testid="file-input"]', {
      name: 'cbam-filled-clinker.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: readFileSync(FILLED),
    });
    await wb.page.locator('[data-testid="file-status"]').filter({ hasText: /^(Opened|Could not)/ }).waitFor({ timeout: 240000 });
    await testid('tab-border').click();
    // Without a certificate price the pane asks for it first.
    await testid('sup-read').click();
    assert.match((await testid('sup-status').textContent())!, /Enter the certificate price above first/);
    await testid('cb-quantity').fill('10000');
    await testid('cb-price').fill('80');
    await testid('cb-cscf').fill('1');
    await testid('cb-from').fill('2026');
    await testid('cb-to').fill('2027');
    await testid('sup-read').click();
    await testid('sup-status').filter({ hasText: /^(Written|Could not)/ }).waitFor({ timeout: 60000 });
    assert.match((await testid('sup-status').textContent())!, /^Written: “CBAM Wuhu Example Clinker Works”\.$/);
    assert.match((await testid('sup-list').textContent())!, /Summary_Communication: Wuhu Example Clinker Works, Line 2; products read: 1, template v2\.1\.1\./);

    // The supplier sheet is shown: the product with the template's figures, and formulas that price it.
    assert.equal(await wb.value('A1'), 'CBAM supplier: Wuhu Example Clinker Works, Line 2');
    assert.equal(await wb.value('F11'), 0.88078096);
    assert.equal(await wb.value('G11'), 0.88078096, 'cement: SEE counted is the total');
    assert.equal(await wb.value('B11'), '2523 10 00', 'the template\'s eight-digit code, as given');
    const certificates = 'C15';
    assert.match((await wb.formula(certificates))!, /^=IF\(\$I11="","",ETS\.CBAM\.CERTIFICATES\(\$I11,\$G11,C\$14,/);
    // 2523 10 00 is grey or white clinker: Column A asks for the route, the default values for the full code.
    const asks = await wb.value(certificates);
    assert.ok(typeof asks === 'object' && asks !== null && /0\.666 \(A, grey clinker/.test(asks.message), JSON.stringify(asks));
    const asksDefault = await wb.value('C25');
    assert.ok(typeof asksDefault === 'object' && asksDefault !== null && /2523 10 00 10, 2523 10 00 90/.test(asksDefault.message), JSON.stringify(asksDefault));
    await wb.enter('B11', '2523 10 00 90 A');
    assert.equal(await wb.value(certificates), 2314.3096);
    assert.equal(await wb.value('C20'), 185144.768);
    assert.equal(await wb.value('C25'), 703720);
    // The worth is the sheet's own subtraction (703,720 − 185,144.768), in binary floating point as Excel does it.
    assert.ok(Math.abs((await wb.value('C30') as number) - 518575.232) < 1e-6);
    // The price the supplier paid at home (the template's effective carbon price due, 2.8218441504 CNY/t) comes off
    // once an exchange rate is typed: 10,000 × 2.8218441504 / 7.8 / 80 = 45.2218614 certificates.
    // The workbench recomputes the template's chain, in floating point like Excel: equal to LibreOffice's to 1e-9.
    assert.ok(Math.abs((await wb.value('J11') as number) - 2.8218441504) < 1e-9);
    await wb.enter('B8', '7.8');
    assert.ok(Math.abs((await wb.value(certificates) as number) - (2314.3096 - 45.22186139)) < 1e-6);
    await wb.shot('supplier-sheet');
  });

  it('kept the console free of errors and made no request off this machine', () => {
    assert.deepEqual(session.wb.consoleErrors, []);
    assert.deepEqual(session.wb.outsideRequests, []);
  });
});
