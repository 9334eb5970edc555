/**
 * Accessibility, end to end in Chromium: axe-core audits the workbench page and the task pane — every view, in English
 * and in Chinese, with the content a view builds once it has figures (verdicts, scheme lists, the CBAM table and chart,
 * the table check's column mapping and its question) — and the pane is used by keyboard alone. Violations of impact
 * serious or critical fail; lesser ones are listed in the output.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { useWorkbench, type Workbench } from './workbench-page';

/**
 * axe-core's browser build. Both pages have a CSP without inline script, which refuses addScriptTag({ content });
 * evaluate runs the source through the DevTools protocol, which the page's CSP does not govern, and leaves the CSP
 * under test as it ships.
 */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const FAILING = new Set(['serious', 'critical']);

interface Finding { rule: string; impact: string; help: string; nodes: string[] }

async function axeOn(target: Page | Frame): Promise<{ violations: Finding[]; passed: number }> {
  if (!(await target.evaluate(() => 'axe' in window))) await target.evaluate(AXE_SOURCE);
  return target.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } };
    // The pane is audited in its own frame, with its own copy of axe: the page's audit leaves the frame out.
    const { violations, passes } = await axe.run(document, { iframes: false, resultTypes: ['violations'] });
    return {
      violations: violations.map((v) => ({ rule: v.id, impact: v.impact ?? 'unknown', help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) })),
      passed: passes.length,
    };
  });
}

/** Fails on serious or critical violations; lists the others, which do not fail. */
async function audit(target: Page | Frame, where: string): Promise<void> {
  const { violations: found, passed } = await axeOn(target);
  assert.ok(passed > 10, `${where}: axe ran (${passed} rules passed)`);
  for (const f of found.filter((x) => !FAILING.has(x.impact))) {
    console.log(`      axe, ${f.impact} (not failing) — ${where}: ${f.rule}, ${f.help}: ${f.nodes.join(', ')}`);
  }
  assert.deepEqual(found.filter((x) => FAILING.has(x.impact)).map((f) => `${f.rule} (${f.impact}): ${f.help} — ${f.nodes.join(', ')}`), [], where);
}

async function paneFrame(wb: Workbench): Promise<Frame> {
  const frame = await (await wb.page.locator('[data-testid="taskpane-frame"]').elementHandle())!.contentFrame();
  assert.ok(frame, 'the task pane frame');
  return frame;
}

const testid = (pane: FrameLocator, id: string) => pane.locator(`[data-testid="${id}"]`);

/**
 * Each view, audited as it opens and again in states that build more of it: what to enter, and what then shows (waited
 * for, so the audit sees it).
 */
interface State { readonly name: string; enter(pane: FrameLocator): Promise<void>; readonly shows: string }
const VIEWS: ReadonlyArray<{ tab: string; states?: readonly State[] }> = [
  { tab: 'quick', states: [
    { name: 'a verdict', shows: '.verdict.covered', enter: (pane) => testid(pane, 'qc-direct').fill('31200') },
    { name: 'gas masses with an error', shows: '.verdict.error', async enter(pane) {
      await testid(pane, 'qc-sector').selectOption('aluminium');
      await testid(pane, 'qc-basis-gases').check();
      await testid(pane, 'qc-co2').fill('25000');
      await testid(pane, 'qc-cf4').fill('-1');
    } },
  ] },
  { tab: 'table' },
  { tab: 'compare', states: [{ name: 'every scheme', shows: '[data-testid="cs-results"] li .badge', async enter(pane) {
    await testid(pane, 'cs-direct').fill('31200');
    await testid(pane, 'cs-indirect').fill('5000');
  } }] },
  { tab: 'border', states: [
    { name: 'a schedule, its table and chart', shows: '[data-testid="cb-chart"] svg', async enter(pane) {
      await testid(pane, 'cb-quantity').fill('100000');
      await testid(pane, 'cb-see').fill('0.9');
      await testid(pane, 'cb-price').fill('75.36');
    } },
    { name: 'goods found by words', shows: '[data-testid="cb-line"]:not(:empty)', enter: (pane) => testid(pane, 'cb-cn').fill('hot-rolled coils') },
    { name: 'a CN code\'s schedule on default values', shows: '[data-testid="cb-head"] th:nth-child(5)', async enter(pane) {
      await testid(pane, 'cb-see').fill('');
      await testid(pane, 'cb-cn').fill('7208 39 00');
      await testid(pane, 'cb-cscf').fill('1');
      await testid(pane, 'cb-to').fill('2030');
    } },
  ] },
  { tab: 'calendar', states: [
    { name: 'a year with no dates', shows: '[data-testid="cal-status"]:has-text("2030")', enter: (pane) => testid(pane, 'cal-year').fill('2030') },
  ] },
  { tab: 'model' },
  { tab: 'emissions', states: [
    { name: 'another sector\'s sources', shows: '[data-testid="em-source-anode-effect"]', async enter(pane) {
      await testid(pane, 'em-sector').selectOption('aluminium');
    } },
  ] },
  { tab: 'example' },
  { tab: 'settings' },
];

for (const [language, query] of [['English', ''], ['Chinese', '?lang=zh-CN']] as const) {
  describe(`end to end: accessibility (axe-core) in ${language}`, function () {
    this.timeout(120000);
    const suite = useWorkbench(query);
    let pane: Frame;
    before(async function () {
      if (suite.wb) pane = await paneFrame(suite.wb);
    });

    it('the workbench page', async () => {
      await audit(suite.wb.page, 'workbench page');
    });

    for (const { tab, states = [] } of VIEWS) {
      it(`the pane's ${tab} view${states.length ? `, empty and with ${states.map((s) => s.name).join('; ')}` : ''}`, async () => {
        await testid(suite.pane, `tab-${tab}`).click();
        await audit(pane, `pane, ${tab}`);
        for (const state of states) {
          await state.enter(suite.pane);
          await suite.pane.locator(state.shows).first().waitFor();
          await audit(pane, `pane, ${tab}: ${state.name}`);
        }
      });
    }

    it('the table check after reading a table: the header row, the column mapping', async () => {
      await suite.wb.cell('B3').click();
      await testid(suite.pane, 'tab-table').click();
      await testid(suite.pane, 'tc-read').click();
      await testid(suite.pane, 'tc-map-sector').waitFor();
      await audit(pane, 'pane, table check: column mapping');
    });

    it('the table check\'s question before writing over a cell', async () => {
      await suite.wb.enter('G2', 'ask the client');
      await testid(suite.pane, 'tc-run').click();
      await testid(suite.pane, 'tc-confirm').waitFor();
      await audit(pane, 'pane, table check: the question');
      await testid(suite.pane, 'tc-cancel').click();
      await testid(suite.pane, 'tc-confirm').waitFor({ state: 'hidden' });
      assert.equal(await suite.wb.value('G2'), 'ask the client');
    });

    if (language === 'Chinese') {
      it('says every view\'s introduction in Chinese, the language the pane declares (no English read with a Chinese voice)', async () => {
        assert.equal(await suite.pane.locator('html').getAttribute('lang'), 'zh-CN');
        const intros = await suite.pane.locator('[role="tabpanel"] > p.muted:first-child').allTextContents();
        assert.equal(intros.length, VIEWS.length);
        for (const intro of intros) assert.match(intro, /^[^A-Za-z]*[\u4e00-\u9fff]/, intro);
        assert.match((await testid(suite.pane, 'md-from-table').getAttribute('title'))!, /[\u4e00-\u9fff]/);
      });
    }

    it('kept the console free of errors and made no request off this machine', () => {
      assert.deepEqual(suite.wb.consoleErrors, []);
      assert.deepEqual(suite.wb.outsideRequests, []);
    });
  });
}

describe('end to end: the pane by keyboard alone', function () {
  this.timeout(120000);
  const suite = useWorkbench();
  const key = (k: string) => suite.wb.page.keyboard.press(k);
  let pane: Frame;
  before(async function () {
    if (suite.wb) pane = await paneFrame(suite.wb);
  });

  /** What has the focus in the pane: its test id (or id), text, and the focus ring drawn around it. */
  const focused = () => pane.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const style = el ? getComputedStyle(el) : undefined;
    return {
      id: el?.dataset.testid ?? el?.id ?? '', text: el?.textContent ?? '',
      ring: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
    };
  });
  const selectedTab = () => pane.evaluate(() => ({
    selected: Array.from(document.querySelectorAll('[role="tab"][aria-selected="true"]')).map((t) => t.id),
    tabbable: Array.from(document.querySelectorAll<HTMLElement>('[role="tab"]')).filter((t) => t.tabIndex === 0).map((t) => t.id),
    shown: Array.from(document.querySelectorAll<HTMLElement>('[role="tabpanel"]')).filter((p) => !p.hidden).map((p) => p.id),
  }));

  it('Tab walks the quick check in reading order — the tab, sector, basis, emissions, scheme, year — to the verdict, each with a focus ring', async () => {
    // A click on the heading puts the start of sequential navigation at the top of the pane, as a user's first Tab.
    await suite.pane.locator('h1').click();
    const stops: string[] = [];
    for (let i = 0; i < 12 && stops.at(-1) !== 'qc-result'; i += 1) {
      await key('Tab');
      const now = await focused();
      stops.push(now.id);
      assert.match(now.ring, /^solid ([2-9]|\d\d)(\.\d+)?px$/, `a visible focus ring on ${now.id}`);
      // The emissions typed from the keyboard, as a user would on reaching the field.
      if (now.id === 'qc-direct') await suite.wb.page.keyboard.type('31200');
    }
    assert.deepEqual(stops, ['tab-quick', 'qc-sector', 'qc-basis-direct', 'qc-direct', 'qc-scheme', 'qc-year', 'qc-result']);
    assert.match((await focused()).text, /^Covered — key emitting entity/, 'the verdict region, reached by Tab, reads the verdict');
  });

  it('arrow keys, Home and End move between the tabs and show their panels; Tab enters the panel, Shift+Tab returns to the tab', async () => {
    await testid(suite.pane, 'tab-quick').focus();
    const expect = async (tab: string) => {
      assert.equal((await focused()).id, `tab-${tab}`);
      assert.deepEqual(await selectedTab(), { selected: [`tab-${tab}`], tabbable: [`tab-${tab}`], shown: [`panel-${tab}`] });
    };
    await key('ArrowRight');
    await expect('table');
    await key('End');
    await expect('settings');
    await key('ArrowRight');
    await expect('quick');
    await key('ArrowLeft');
    await expect('settings');
    await key('Home');
    await expect('quick');
    await key('ArrowRight');
    await key('ArrowRight');
    await expect('compare');
    await key('Tab');
    assert.equal((await focused()).id, 'cs-sector', 'Tab goes from the selected tab into its panel, not along the tabs');
    await key('Shift+Tab');
    await expect('compare');
  });

  it('the table check by keyboard: Read, the mapping in order, Run; the question takes the focus, Escape cancels, the focus returns to Run', async () => {
    // A note of the user's where the check writes its Reason: Run asks before writing over it.
    await suite.wb.enter('G2', 'ask the client');
    await suite.wb.cell('B3').click();
    await testid(suite.pane, 'tab-compare').focus();
    await key('ArrowLeft');
    assert.equal((await focused()).id, 'tab-table');
    await key('Tab');
    assert.equal((await focused()).id, 'tc-read');
    await key('Enter');
    await testid(suite.pane, 'tc-map-sector').waitFor();
    const stops: string[] = [];
    for (let i = 0; i < 20 && stops.at(-1) !== 'tc-run'; i += 1) {
      await key('Tab');
      stops.push((await focused()).id);
    }
    assert.deepEqual(stops, ['tc-header-row', 'tc-header-depth', ...(await pane.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('#tc-fields select:not(:disabled)')).map((s) => s.dataset.testid!))), 'tc-run']);
    await key('Enter');
    await testid(suite.pane, 'tc-confirm').waitFor();
    assert.equal((await focused()).id, 'tc-new-sheet', 'the question has the focus');
    await key('Escape');
    await testid(suite.pane, 'tc-confirm').waitFor({ state: 'hidden' });
    // Once the check has wound up: Run, disabled while it ran, has the focus again.
    await pane.waitForFunction(() => !(document.getElementById('tc-run') as HTMLButtonElement).disabled);
    assert.equal((await focused()).id, 'tc-run', 'the focus is back on Run');
    assert.equal(await suite.wb.value('G2'), 'ask the client');
    assert.equal(await suite.wb.value('F2'), null, 'cancelled: nothing written');
  });

  it('a button that writes to the workbook (or the settings) has the focus once it is done', async () => {
    for (const [tab, button, status] of [
      ['calendar', 'cal-write', 'cal-write-status'], ['model', 'md-insert', 'md-status'], ['emissions', 'em-write', 'em-status'],
      ['example', 'ex-insert', 'ex-status'],
      ['settings', 'st-save', 'st-status'],
    ] as const) {
      await testid(suite.pane, `tab-${tab}`).click();
      await testid(suite.pane, button).focus();
      await key('Enter');
      await testid(suite.pane, status).filter({ hasText: /./ }).waitFor();
      await pane.waitForFunction((id) => !(document.getElementById(id) as HTMLButtonElement).disabled, button);
      assert.equal((await focused()).id, button, tab);
    }
  });

  it('kept the console free of errors', () => {
    assert.deepEqual(suite.wb.consoleErrors, []);
  });
});
