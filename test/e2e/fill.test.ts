import { strict as assert } from 'node:assert';
import { useWorkbench } from './workbench-page';

/**
 * Copy, paste and fill with formulas, as in Excel: a row of allocation formulas copied across the years gives each
 * column its own references. Row 2 output, row 3 intensity, row 4 balance value, one column a year; B5 the allocation.
 * A = E × (1 + α), E = output × intensity, α = 0.15 × (bv − intensity) / bv within ±20% of bv and ±3% beyond, so:
 * B ⌊1,000,000 × (1 + 0.15 × 0.05 / 0.85)⌋ = ⌊1,008,823.53⌋; C ⌊1,040,000 × the same⌋ = ⌊1,049,176.47⌋; D ⌊1,125,000 ×
 * (1 − 0.15 × 0.05 / 0.85)⌋ = ⌊1,115,073.53⌋; E intensity = bv: 1,000,000; F α capped at 3%: 500,000 × 1.03 = 515,000.
 * 2025 allowances are whole tonnes, rounded down.
 */
const YEARS = [
  ['Year', 2025, 2025, 2025, 2025, 2025],
  ['Output (t)', 1250000, 1300000, 1250000, 1250000, 1000000],
  ['Intensity', 0.8, 0.8, 0.9, 0.8, 0.5],
  ['Balance value', 0.85, 0.85, 0.85, 0.8, 0.85],
  ['Allocation', '=ETS.ALLOCATION("cement", B$2, B3, 1, B4)'],
];
const ALLOCATIONS = [1008823, 1049176, 1115073, 1000000, 515000];

describe('end to end: copy, paste and fill carry formulas with their references shifted', function () {
  this.timeout(120000);
  const suite = useWorkbench();
  const page = () => suite.wb.page;
  /** The clipboard events a user's Ctrl+C, Ctrl+X and Ctrl+V fire, with the text the grid put on the clipboard. */
  const clip = (type: 'copy' | 'cut') => page().evaluate((t) => {
    const data = new DataTransfer();
    document.dispatchEvent(new ClipboardEvent(t, { clipboardData: data, bubbles: true, cancelable: true }));
    return data.getData('text/plain');
  }, type);
  const paste = (text: string) => page().evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
  /** Selects a range with the mouse (the grid keeps the keyboard focus). */
  const range = async (from: string, to: string) => {
    await suite.wb.cell(from).click();
    await suite.wb.cell(to).click({ modifiers: ['Shift'] });
  };
  const row5 = async () => Promise.all(['B5', 'C5', 'D5', 'E5', 'F5'].map(async (a) => Math.round(((await suite.wb.value(a)) as number) * 100) / 100));
  const formulas = (...cells: string[]) => Promise.all(cells.map((a) => suite.wb.formula(a)));

  it('copies B5 across C5:F5: each column its own references and its own allocation; one undo takes it back', async () => {
    await suite.wb.addSheet('Years', YEARS);
    await suite.wb.cell('B5').click();
    const text = await clip('copy');
    assert.equal(text, '1008823\r\n', 'other programs get the value');
    await range('C5', 'F5');
    await paste(text);
    assert.deepEqual(await formulas('C5', 'F5'), [
      '=ETS.ALLOCATION("cement", C$2, C3, 1, C4)', '=ETS.ALLOCATION("cement", F$2, F3, 1, F4)']);
    assert.deepEqual(await row5(), ALLOCATIONS);
    assert.equal(await page().inputValue('[data-testid="name-box"]'), 'C5:F5', 'the pasted cells are selected');
    await page().keyboard.press('Control+z');
    assert.deepEqual(await formulas('C5', 'F5'), [undefined, undefined]);
    assert.equal(await suite.wb.value('B5'), 1008823);
  });

  it('fills right with Ctrl+R and down with Ctrl+D', async () => {
    await range('B5', 'F5');
    await page().keyboard.press('Control+r');
    assert.deepEqual(await row5(), ALLOCATIONS);
    assert.equal(await suite.wb.formula('E5'), '=ETS.ALLOCATION("cement", E$2, E3, 1, E4)');
    // H: each row's output as a share of row 2's (the $ keeps row 2).
    await suite.wb.enter('H2', '=B2/B$2');
    await range('H2', 'H4');
    await page().keyboard.press('Control+d');
    assert.deepEqual(await formulas('H3', 'H4'), ['=B3/B$2', '=B4/B$2']);
    assert.deepEqual([await suite.wb.value('H3'), await suite.wb.value('H4')], [0.8 / 1250000, 0.85 / 1250000]);
  });

  it('the fill handle dragged right copies the selection into the cells it passes', async () => {
    await suite.wb.cell('H2').click();
    const handle = (await page().locator('[data-testid="fill-handle"]').boundingBox())!;
    const target = (await suite.wb.cell('J2').boundingBox())!;
    await page().mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page().mouse.down();
    await page().mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 5 });
    await page().mouse.up();
    assert.deepEqual(await formulas('I2', 'J2'), ['=C2/C$2', '=D2/D$2']);
    assert.deepEqual([await suite.wb.value('I2'), await suite.wb.value('J2')], [1, 1]);
    assert.equal(await page().inputValue('[data-testid="name-box"]'), 'H2:J2');
  });

  it('pastes into another sheet with the references on that sheet; a cut moves the cells and what points at them follows', async () => {
    await page().click('[data-testid="sheet-tab-Years"]');
    await range('A2', 'B5');
    const text = await clip('copy');
    await suite.wb.addSheet('Copy', []);
    await suite.wb.cell('B7').click();
    await paste(text);
    // Five rows down and one right, on Copy: B3 → C8, B4 → C9; B$2 keeps its row, so it reads Copy!C2, empty.
    assert.equal(await suite.wb.formula('C10'), '=ETS.ALLOCATION("cement", C$2, C8, 1, C9)');
    assert.deepEqual([await suite.wb.value('B7'), await suite.wb.value('C8')], ['Output (t)', 0.8]);
    assert.match((await suite.wb.value('C10') as { message: string }).message, /^output: blank/);

    await suite.wb.enter('A20', '=C10*2');
    await range('B7', 'C10');
    const cut = await clip('cut');
    await suite.wb.cell('E2').click();
    await paste(cut);
    assert.equal(await suite.wb.formula('F5'), '=ETS.ALLOCATION("cement", C$2, F3, 1, F4)', 'moved: references to moved cells follow, others stay');
    assert.deepEqual([await suite.wb.value('B7'), await suite.wb.formula('C10')], [null, undefined], 'the cut cells are empty');
    assert.equal(await suite.wb.formula('A20'), '=F5*2', 'a formula pointing at a moved cell follows it');
    // Cut cells paste once; the same text again is text.
    await suite.wb.cell('H2').click();
    await paste(cut);
    assert.deepEqual([await suite.wb.value('H2'), await suite.wb.formula('I5')], ['Output (t)', undefined]);
  });

  it('kept the console free of errors and made no request off this machine', () => {
    assert.deepEqual(suite.wb.consoleErrors, []);
    assert.deepEqual(suite.wb.outsideRequests, []);
  });
});
