import { strict as assert } from 'node:assert';
import { useWorkbench } from './workbench-page';

describe('end to end: quick check and CBAM views in Chromium', function () {
  this.timeout(120000);
  const suite = useWorkbench();
  const text = (id: string) => suite.pane.locator(`[data-testid="${id}"]`).textContent();

  it('quick check: a stand-alone EAF mill at 31,200 t has a reporting obligation, no allowances; at 25,000 t, none', async () => {
    await suite.pane.locator('[data-testid="qc-sector"]').selectOption('steel-eaf');
    await suite.pane.locator('[data-testid="qc-direct"]').fill('31200');
    assert.equal(await text('qc-verdict'), 'Reporting obligation — no allowances to surrender');
    assert.match((await text('qc-reason'))!, /^Reporting only: stand-alone electric-arc-furnace steel, 31,200 tCO2e direct ≥ 26,000 threshold: reporting obligation/);
    assert.match((await text('qc-detail'))!, /^Gases reported: CO2\./);
    await suite.pane.locator('[data-testid="qc-direct"]').fill('25000');
    assert.equal(await text('qc-verdict'), 'Not covered');
    assert.match((await text('qc-reason'))!, /no reporting obligation/);
    // As the next test expects: cement, nothing typed.
    await suite.pane.locator('[data-testid="qc-direct"]').fill('');
    await suite.pane.locator('[data-testid="qc-sector"]').selectOption('cement');
  });

  it('quick check: says which gas masses it ignored, and names the gas whose mass is wrong with the label on screen', async () => {
    await suite.pane.locator('[data-testid="qc-basis-gases"]').check();
    await suite.pane.locator('[data-testid="qc-co2"]').fill('25000');
    await suite.pane.locator('[data-testid="qc-cf4"]').fill('1');
    // Cement counts CO2 only: 25,000 t, not 25,000 + 6,630 — not covered, and CF4 reported as ignored.
    assert.equal(await text('qc-verdict'), 'Not covered');
    assert.match((await text('qc-detail'))!, /^CO2e 25,000 t \(AR5\)\. CF4 is not counted for cement: its mass was ignored\./);
    await suite.pane.locator('[data-testid="qc-sector"]').selectOption('aluminium');
    assert.equal(await text('qc-verdict'), 'Covered — key emitting entity'); // 25,000 + 6,630 = 31,630
    await suite.pane.locator('[data-testid="qc-cf4"]').fill('-1');
    assert.equal(await text('qc-verdict'), 'Check the input');
    assert.match((await text('qc-reason'))!, /^CF4 \(t\): -1 is out of range/);
  });

  it('CBAM: refuses another good\'s benchmark, takes grey clinker by name, and says plainly what was not given', async () => {
    await suite.pane.locator('[data-testid="tab-border"]').click();
    await suite.pane.locator('[data-testid="cb-good"]').selectOption('cement');
    await suite.pane.locator('[data-testid="cb-quantity"]').fill('100000');
    await suite.pane.locator('[data-testid="cb-see"]').fill('0.9');
    await suite.pane.locator('[data-testid="cb-price"]').fill('75.36');
    await suite.pane.locator('[data-testid="cb-to"]').fill('2035');

    // No benchmark: the factor scales nothing, so it is not shown as applied; no home figures: nothing deducted.
    assert.deepEqual(await suite.pane.locator('[data-year="2026"] td').allTextContents(), ['2026', '— (no benchmark)', '90,000', '6,782,400']);
    const status = (await text('cb-status'))!;
    assert.match(status, /No carbon price paid at home entered: nothing is deducted\./);
    assert.match(status, /No CBAM benchmark given: no free-allocation adjustment/);
    assert.doesNotMatch(status, /free allocation covers/);

    await suite.pane.locator('[data-testid="cb-benchmark"]').fill('aluminium-primary');
    assert.match((await text('cb-status'))!, /^CBAM benchmark: "aluminium-primary" is a CBAM benchmark for aluminium, not for cement\. Accepted: grey-clinker, white-clinker\./);
    assert.equal(await suite.pane.locator('[data-testid="cb-rows"] tr').count(), 0);

    await suite.pane.locator('[data-testid="cb-benchmark"]').fill('Grey clinker');
    // With a benchmark the CSCF scales the adjustment, and none is published from 2026: the pane asks for it.
    assert.match((await text('cb-status'))!, /^CSCF: no cross-sectoral correction factor is published for 2026; pass it/);
    await suite.pane.locator('[data-testid="cb-cscf"]').fill('1');
    // 90,000 − 100,000 × 0.666 × 0.975 = 25,065 certificates × 75.36
    assert.deepEqual(await suite.pane.locator('[data-year="2026"] td').allTextContents(), ['2026', '0.975', '25,065', '1,888,898']);
    // After 2034 the factor stays 0: every tonne is paid.
    assert.deepEqual(await suite.pane.locator('[data-year="2035"] td').allTextContents(), ['2035', '0', '90,000', '6,782,400']);
    assert.equal(await suite.pane.locator('[data-testid="cb-rows"] tr').count(), 10);

    // A surplus at home is a position that pays nothing — said as such, unlike blank fields.
    await suite.pane.locator('[data-testid="cb-alloc"]').fill('1100000');
    await suite.pane.locator('[data-testid="cb-emissions"]').fill('1000000');
    await suite.pane.locator('[data-testid="cb-origin-price"]').fill('70');
    assert.match((await text('cb-status'))!, /Origin price effectively paid: 0 \(free allocation covers the emissions at home/);
    await suite.pane.locator('[data-testid="cb-alloc"]').fill('');
    assert.match((await text('cb-status'))!, /^Allocation: blank — the carbon price paid at home needs the allocation, the verified emissions and the price/);
  });

  it('CBAM by CN code: finds the good by words, fills China\'s default and Column B, compares actual, writes live formulas', async () => {
    const field = (id: string) => suite.pane.locator(`[data-testid="${id}"]`);
    for (const id of ['cb-alloc', 'cb-emissions', 'cb-origin-price', 'cb-see', 'cb-benchmark']) await field(id).fill('');
    // Words of the description, in English or Chinese, narrow the picker's list to the goods they name.
    await field('cb-cn').fill('hot-rolled coils');
    assert.match((await text('cb-line'))!, /goods match: pick one from the list/);
    const options = await suite.pane.locator('[data-testid="cb-cn-list"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    assert.ok(options.includes('7208 39 00') && options.every((o) => /^72/.test(o)), options.join(', '));
    await field('cb-cn').fill('未锻轧铝');
    const aluminium = await suite.pane.locator('[data-testid="cb-cn-list"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    assert.ok(aluminium.length > 0 && aluminium.every((o) => o.startsWith('7601')), aluminium.join(', '));

    // The good and what counts follow the code typed: aluminium counts direct emissions only, cement indirect too.
    await field('cb-cn').fill('7601 10 10');
    assert.equal(await field('cb-good').inputValue(), 'aluminium');
    assert.match((await text('cb-scope'))!, /direct emissions; gases CO2 \+ PFCs/);
    await field('cb-cn').fill('2523 10 00');
    assert.equal(await field('cb-good').inputValue(), 'cement');
    await field('cb-cn').fill('7208 39 00');
    assert.equal(await field('cb-good').inputValue(), 'iron-steel');
    await field('cb-country').fill('China');
    await field('cb-quantity').fill('50000');
    await field('cb-price').fill('75.36');
    await field('cb-cscf').fill('1');
    // The regulation's benchmarks stop at 2030 while the factor runs to 2033: the pane asks for an assumption.
    await field('cb-to').fill('2034');
    assert.match((await text('cb-status'))!, /benchmarks of the regulation stop at 2030: type your assumed benchmark/);
    await field('cb-to').fill('2030');
    assert.match((await text('cb-line'))!, /China table, line CN 7208, route C: total 3\.187 tCO2e\/t \(read against the Official Journal\).*Column B 1\.37 with the default value, Column A 0\.044/);
    // 50,000 × (3.187 × 1.1 − 1.370 × 0.975) = 108,497.5 certificates × 75.36 = 8,176,371.6
    assert.deepEqual(await suite.pane.locator('[data-year="2026"] td').allTextContents(), ['2026', '0.975', '3.506', '108,497.5', '8,176,372']);
    // Actual emissions of a complex good: Column A (0.044) is the rolling step only, so the pane asks for the whole
    // benchmark before it compares; with 1.37 assumed: 50,000 × (1.9 − 1.37 × 0.975) × 75.36 = 2,126,094
    await field('cb-see').fill('1.9');
    assert.match((await text('cb-status'))!, /Actual emissions not compared: with actual emissions CN 7208 39 00 is a complex good.*Benchmark with actual data/);
    assert.equal(await suite.pane.locator('[data-testid="cb-head"] th').count(), 5);
    await field('cb-actual-benchmark').fill('1.37');
    assert.deepEqual(await suite.pane.locator('[data-testid="cb-head"] th').allTextContents(),
      ['Year', 'Factor', 'Default (t/t)', 'Certificates', 'Cost on default', 'Cost on actual', 'Saving']);
    assert.deepEqual(await suite.pane.locator('[data-year="2026"] td').allTextContents(), ['2026', '0.975', '3.506', '108,497.5', '8,176,372', '2,126,094', '6,050,278']);
    assert.match((await text('cb-status'))!, /on default values\. On actual emissions .*: reporting actual emissions is worth/);

    await field('cb-write').click();
    await field('cb-write-status').filter({ hasText: 'CBAM by CN code' }).waitFor();
    assert.equal(await suite.wb.value('A15'), 2026);
    assert.ok(Math.abs((await suite.wb.value('E15')) as number - 8176371.6) < 1e-6, String(await suite.wb.value('E15')));
    assert.ok(Math.abs((await suite.wb.value('F15')) as number - 2126094) < 1e-6, String(await suite.wb.value('F15')));
    assert.equal(await suite.wb.value('C17'), 4.1431, '2028: 3.187 × 1.3');
    // A totals row under 2026–2030, summing each cost column; the title's description ends at a word.
    assert.equal(await suite.wb.value('A20'), 'Total');
    let [onDefault, onActual] = [0, 0];
    for (let row = 15; row <= 19; row += 1) {
      onDefault += (await suite.wb.value(`E${row}`)) as number;
      onActual += (await suite.wb.value(`F${row}`)) as number;
    }
    assert.ok(Math.abs((await suite.wb.value('E20')) as number - onDefault) < 1e-6 && Math.abs((await suite.wb.value('F20')) as number - onActual) < 1e-6);
    assert.match(String(await suite.wb.value('A1')), /^CBAM cost by year: CN 7208 .*(\w|…|\))$/);
    // Live: the quantity in B5 drives every year.
    await suite.wb.enter('B5', '100000');
    assert.ok(Math.abs((await suite.wb.value('E15')) as number - 2 * 8176371.6) < 1e-6, String(await suite.wb.value('E15')));

    // With an assumption for the years after the table, the schedule runs to 2034 (factor 0: no benchmark needed).
    await field('cb-to').fill('2034');
    await field('cb-later').fill('1.37');
    assert.equal(await suite.pane.locator('[data-testid="cb-rows"] tr').count(), 9);
    // 2031: 50,000 × (3.187 × 1.3 − 1.37 × 0.39) × 75.36
    assert.equal((await suite.pane.locator('[data-year="2031"] td').allTextContents())[4], '13,597,958');
    await field('cb-later').fill('');

    // Issue 25: a price paid at home on a default value is deducted per t of good, so the pane asks for the output
    // rather than apply a price per tCO2e to the marked-up default. Clinker from China, 2027: 10,000 t; the plant made
    // 1,000,000 t, 840,000 t verified, 798,000 t allocated, at 10: 0.42 per t of clinker (0.5 per tCO2e).
    for (const [id, value] of [['cb-cn', '2523 10 00 90'], ['cb-quantity', '10000'], ['cb-price', '80'], ['cb-from', '2027'], ['cb-to', '2027'],
      ['cb-see', ''], ['cb-actual-benchmark', ''], ['cb-alloc', '798000'], ['cb-emissions', '840000'], ['cb-origin-price', '10']] as const) await field(id).fill(value);
    assert.match((await text('cb-status'))!, /^On default values the carbon price paid at home is deducted per t of good, never more than was paid: enter the output of the good at home \(t\)\.$/);
    assert.equal(await suite.pane.locator('[data-testid="cb-rows"] tr').count(), 0);
    await field('cb-output').fill('1000000');
    // 10,000 × (1.390 × 1.2 − 0.666 × 0.95) − 10,000 × 0.42 / 80 = 10,353 − 52.5 (the old per-tCO2e basis took 104.25 off).
    assert.deepEqual(await suite.pane.locator('[data-year="2027"] td').allTextContents(), ['2027', '0.95', '1.668', '10,300.5', '824,040']);
    assert.match((await text('cb-status'))!, /Origin price effectively paid: 0\.42 per t of good \(0\.5 per tCO2e at home\), deducted from the certificates: never more than was paid\./);
    // On actual 0.84 t/t the same 52.5 come off: 8,400 − 6,327 − 52.5 = 2,020.5 × 80.
    await field('cb-see').fill('0.84');
    assert.deepEqual(await suite.pane.locator('[data-year="2027"] td').allTextContents(), ['2027', '0.95', '1.668', '10,300.5', '824,040', '161,640', '662,400']);
    await field('cb-write').click();
    await field('cb-write-status').filter({ hasText: 'CBAM by CN code' }).waitFor();
    assert.deepEqual([await suite.wb.value('B11'), await suite.wb.value('B12')], [null, 0.42]);
    assert.ok(Math.abs((await suite.wb.value('E15')) as number - 824040) < 1e-6, String(await suite.wb.value('E15')));
    assert.ok(Math.abs((await suite.wb.value('F15')) as number - 161640) < 1e-6, String(await suite.wb.value('F15')));
    for (const id of ['cb-alloc', 'cb-emissions', 'cb-origin-price', 'cb-output', 'cb-see']) await field(id).fill('');
    await field('cb-from').fill('2026');
    await field('cb-cn').fill('');
    assert.deepEqual(await suite.pane.locator('[data-testid="cb-head"] th').allTextContents(), ['Year', 'Factor', 'Certificates', 'Cost']);
  });

  it('calendar: the 2025 cycle by sector, nothing for an unpublished year, and a live calendar written to a sheet', async () => {
    await suite.pane.locator('[data-testid="tab-calendar"]').click();
    assert.equal(await suite.pane.locator('[data-testid="cal-year"]').inputValue(), '2025');
    const row = (event: string) => suite.pane.locator(`[data-testid="cal-rows"] [data-event="${event}"] td`).allTextContents();
    assert.deepEqual(await row('verification'), ['Verification', '30 Jun 2026', '31 Jul 2026', 'final']);
    assert.deepEqual(await row('surrender'), ['Surrender', '31 Dec 2026', '31 Dec 2026', 'final']);
    await suite.pane.locator('[data-testid="cal-year"]').fill('2023');
    // Cement, steel and aluminium enter with compliance year 2024: no dates for them in 2023.
    assert.deepEqual(await row('surrender'), ['Surrender', '31 Dec 2024', '—', 'final']);
    await suite.pane.locator('[data-testid="cal-year"]').fill('2030');
    assert.match((await text('cal-status'))!, /^No dates are published for compliance year 2030 yet\./);
    await suite.pane.locator('[data-testid="cal-year"]').fill('2025');
    await suite.pane.locator('[data-testid="cal-write"]').click();
    await suite.pane.locator('[data-testid="cal-write-status"]').filter({ hasText: 'Compliance calendar' }).waitFor();
    // Live formulas: the year in B2 drives the dates, shown as dates.
    const surrender = (await suite.wb.value('B8')) as number;
    assert.equal(surrender, 46387);
    assert.equal(await suite.wb.cell('B8').textContent(), '2026-12-31');
    assert.equal(await suite.wb.value('A8'), 'Surrender');
    await suite.wb.enter('B2', '2024');
    assert.equal(await suite.wb.value('B8'), 46022);
  });

  it('kept the console free of errors and made no request off this machine', () => {
    assert.deepEqual(suite.wb.consoleErrors, []);
    assert.deepEqual(suite.wb.outsideRequests, []);
  });

});
