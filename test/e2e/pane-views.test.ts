import { strict as assert } from 'node:assert';
import type { FrameLocator } from 'playwright-core';
import { chromiumOrSkip } from './browser';
import { openWorkbench, type Workbench } from './workbench-page';

describe('end to end: quick check and CBAM views in Chromium', function () {
  this.timeout(120000);
  let wb: Workbench;
  let pane: FrameLocator;
  const text = (id: string) => pane.locator(`[data-testid="${id}"]`).textContent();

  before(async function () {
    chromiumOrSkip(this);
    wb = await openWorkbench();
    pane = wb.pane;
  });

  after(async () => {
    await wb?.close();
  });

  it('quick check: says which gas masses it ignored, and names the gas whose mass is wrong with the label on screen', async () => {
    await pane.locator('[data-testid="qc-basis-gases"]').check();
    await pane.locator('[data-testid="qc-co2"]').fill('25000');
    await pane.locator('[data-testid="qc-cf4"]').fill('1');
    // Cement counts CO2 only: 25,000 t, not 25,000 + 6,630 — not covered, and CF4 reported as ignored.
    assert.equal(await text('qc-verdict'), 'Not covered');
    assert.match((await text('qc-detail'))!, /^CO2e 25,000 t \(AR5\)\. CF4 is not counted for cement: its mass was ignored\./);
    await pane.locator('[data-testid="qc-sector"]').selectOption('aluminium');
    assert.equal(await text('qc-verdict'), 'Covered — key emitting entity'); // 25,000 + 6,630 = 31,630
    await pane.locator('[data-testid="qc-cf4"]').fill('-1');
    assert.equal(await text('qc-verdict'), 'Check the input');
    assert.match((await text('qc-reason'))!, /^CF4 \(t\): -1 is out of range/);
  });

  it('CBAM: refuses another good\'s benchmark, takes grey clinker by name, and says plainly what was not given', async () => {
    await pane.locator('[data-testid="tab-border"]').click();
    await pane.locator('[data-testid="cb-good"]').selectOption('cement');
    await pane.locator('[data-testid="cb-quantity"]').fill('100000');
    await pane.locator('[data-testid="cb-see"]').fill('0.9');
    await pane.locator('[data-testid="cb-price"]').fill('75.36');
    await pane.locator('[data-testid="cb-to"]').fill('2035');

    // No benchmark: the factor scales nothing, so it is not shown as applied; no home figures: nothing deducted.
    assert.deepEqual(await pane.locator('[data-year="2026"] td').allTextContents(), ['2026', '— (no benchmark)', '90,000', '6,782,400']);
    const status = (await text('cb-status'))!;
    assert.match(status, /No carbon price paid at home entered: nothing is deducted\./);
    assert.match(status, /No CBAM benchmark given: no free-allocation adjustment/);
    assert.doesNotMatch(status, /free allocation covers/);

    await pane.locator('[data-testid="cb-benchmark"]').fill('aluminium-primary');
    assert.match((await text('cb-status'))!, /^CBAM benchmark: "aluminium-primary" is a CBAM benchmark for aluminium, not for cement\. Accepted: grey-clinker, white-clinker\./);
    assert.equal(await pane.locator('[data-testid="cb-rows"] tr').count(), 0);

    await pane.locator('[data-testid="cb-benchmark"]').fill('Grey clinker');
    // With a benchmark the CSCF scales the adjustment, and none is published from 2026: the pane asks for it.
    assert.match((await text('cb-status'))!, /^CSCF: no cross-sectoral correction factor is published for 2026; pass it/);
    await pane.locator('[data-testid="cb-cscf"]').fill('1');
    // 90,000 − 100,000 × 0.666 × 0.975 = 25,065 certificates × 75.36
    assert.deepEqual(await pane.locator('[data-year="2026"] td').allTextContents(), ['2026', '0.975', '25,065', '1,888,898']);
    // After 2034 the factor stays 0: every tonne is paid.
    assert.deepEqual(await pane.locator('[data-year="2035"] td').allTextContents(), ['2035', '0', '90,000', '6,782,400']);
    assert.equal(await pane.locator('[data-testid="cb-rows"] tr').count(), 10);

    // A surplus at home is a position that pays nothing — said as such, unlike blank fields.
    await pane.locator('[data-testid="cb-alloc"]').fill('1100000');
    await pane.locator('[data-testid="cb-emissions"]').fill('1000000');
    await pane.locator('[data-testid="cb-origin-price"]').fill('70');
    assert.match((await text('cb-status'))!, /Origin price effectively paid: 0 \(free allocation covers the emissions at home/);
    await pane.locator('[data-testid="cb-alloc"]').fill('');
    assert.match((await text('cb-status'))!, /^Allocation: blank — the carbon price paid at home needs the allocation, the verified emissions and the price/);
  });

  it('calendar: the 2025 cycle by sector, nothing for an unpublished year, and a live calendar written to a sheet', async () => {
    await pane.locator('[data-testid="tab-calendar"]').click();
    assert.equal(await pane.locator('[data-testid="cal-year"]').inputValue(), '2025');
    const row = (event: string) => pane.locator(`[data-testid="cal-rows"] [data-event="${event}"] td`).allTextContents();
    assert.deepEqual(await row('verification'), ['Verification', '30 Jun 2026', '31 Jul 2026', 'final']);
    assert.deepEqual(await row('surrender'), ['Surrender', '31 Dec 2026', '31 Dec 2026', 'final']);
    await pane.locator('[data-testid="cal-year"]').fill('2023');
    // Cement, steel and aluminium enter with compliance year 2024: no dates for them in 2023.
    assert.deepEqual(await row('surrender'), ['Surrender', '31 Dec 2024', '—', 'final']);
    await pane.locator('[data-testid="cal-year"]').fill('2030');
    assert.match((await text('cal-status'))!, /^No dates are published for compliance year 2030 yet\./);
    await pane.locator('[data-testid="cal-year"]').fill('2025');
    await pane.locator('[data-testid="cal-write"]').click();
    await pane.locator('[data-testid="cal-write-status"]').filter({ hasText: 'Compliance calendar' }).waitFor();
    // Live formulas: the year in B2 drives the dates, shown as dates.
    const surrender = (await wb.value('B8')) as number;
    assert.equal(surrender, 46387);
    assert.equal(await wb.cell('B8').textContent(), '2026-12-31');
    assert.equal(await wb.value('A8'), 'Surrender');
    await wb.enter('B2', '2024');
    assert.equal(await wb.value('B8'), 46022);
  });

  it('kept the console free of errors and made no request off this machine', () => {
    assert.deepEqual(wb.consoleErrors, []);
    assert.deepEqual(wb.outsideRequests, []);
  });

});
