import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useWorkbench } from './workbench-page';

const TEMPLATE = join(__dirname, '..', 'fixtures', 'cbam-communication-template-v2.1.1.xlsx');
const VISIBLE = [
  '0_Versions', 'a_Contents', 'b_Guidelines&Conditions', 'c_CodeLists', 'A_InstData', 'B_EmInst', 'C_Emissions&Energy', 'D_Processes',
  'E_PurchPrec', 'F_Tools', 'G_FurtherGuidance', 'Summary_Processes', 'Summary_Products', 'Summary_Communication',
];
const HIDDEN = ['InputOutput', 'Parameters_Constants', 'Parameters_CNCodes', 'Translations', 'VersionDocumentation'];

/**
 * The Commission's CBAM communication template opened in the workbench as a consultant would: through Open, every
 * sheet there (the hidden ones without a tab, listed by the "hidden" control), the saved values marked and explained
 * on hover, merged titles drawn across their cells.
 */
describe('end to end: the Commission\'s CBAM communication template in the workbench', function () {
  this.timeout(300000);
  const session = useWorkbench();
  const testid = (id: string) => session.wb.page.locator(`[data-testid="${id}"]`);

  it('opens through the file input: every visible sheet a tab, the hidden ones there without one', async () => {
    const { page } = session.wb;
    await page.setInputFiles('[data-testid="file-input"]', {
      name: 'cbam-communication-template-v2.1.1.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: readFileSync(TEMPLATE),
    });
    await testid('file-status').filter({ hasText: /^(Opened|Could not)/ }).waitFor({ timeout: 240000 });
    const status = (await testid('file-status').textContent())!;
    assert.equal(status, `Opened cbam-communication-template-v2.1.1.xlsx into 19 new sheets: ${VISIBLE.slice(0, 5).join(', ')} and 14 more ` +
      '(5 of them are hidden; the tab bar\'s "hidden" button shows them). 72 formulas show the value Excel saved (CELL(), INDIRECT(), MINVERSE(): ' +
      'the workbench cannot compute them (68), results the workbench computes differently (4)); hover over a cell for why.');
    for (const name of VISIBLE) assert.equal(await testid(`sheet-tab-${name}`).count(), 1, name);
    for (const name of HIDDEN) assert.equal(await testid(`sheet-tab-${name}`).count(), 0, name);
    assert.equal(await page.getAttribute('[data-testid="sheet-tab-0_Versions"]', 'aria-pressed'), 'true');
    const inEngine = await page.evaluate(() => window.etsWorkbench!.hf.getSheetNames());
    assert.deepEqual(inEngine, ['Facilities', ...VISIBLE, ...HIDDEN]);
    assert.equal(await testid('sheet-hidden').locator('summary').textContent(), '5 hidden');
  });

  it('marks a saved value and says why on hover; draws merged titles across their cells', async () => {
    const { wb } = session;
    await testid('sheet-tab-D_Processes').click();
    assert.match((await wb.cell('U2').getAttribute('title'))!, /^Saved value from the file: the workbench cannot compute CELL\(\)\. The file's formula: =IF\(ISERROR\(CELL/);
    assert.equal(await wb.cell('U2').evaluate((td) => td.classList.contains('wb-saved')), true);
    assert.equal(await wb.cell('U2').textContent(), 'D_Processes');
    await testid('sheet-tab-A_InstData').click();
    assert.equal(await wb.cell('D17').textContent(), 'About the installation');
    assert.ok(await wb.page.locator('td.wb-merge-first .wb-merge-text').count() > 0, 'merged areas show their first cell across');
    assert.equal(await wb.cell('B2').evaluate((td) => getComputedStyle(td).fontWeight), '700', 'bold from the file');
  });

  it('computes live: a name typed into A_InstData reaches the summary for the declarant', async () => {
    const { wb } = session;
    await wb.enter('I20', 'Baiyun Cement Plant');
    await testid('sheet-tab-Summary_Communication').click();
    assert.equal(await wb.value('G12'), 'Baiyun Cement Plant');
  });

  it('unhides a hidden sheet from the "hidden" control', async () => {
    const { page } = session.wb;
    await testid('sheet-hidden').locator('summary').click();
    await testid('sheet-unhide-Translations').click();
    assert.equal(await page.getAttribute('[data-testid="sheet-tab-Translations"]', 'aria-pressed'), 'true');
    assert.equal(await testid('sheet-hidden').locator('summary').textContent(), '4 hidden');
  });

  it('kept the console free of errors and made no request off this machine', () => {
    assert.deepEqual(session.wb.consoleErrors, []);
    assert.deepEqual(session.wb.outsideRequests, []);
  });
});
