/**
 * The ribbon's "Check selected table" (src/commands) with plain fakes: Office (onReady, actions.associate,
 * addin.showAsTaskpane) and a pane that answers through its API (src/taskpane/pane-api.ts) as app.ts does — the
 * Table check tab, then the read. Office waits for event.completed(), so every path must call it, once.
 */
import { strict as assert } from 'node:assert';
import { checkSelectedTable, type CommandHost } from '../../src/commands/check-table';
import { answerCommands } from '../../src/taskpane/pane-api';

/** A pane that records what the command made it do; `read` is its table check's read. */
function fakePane(steps: string[], read: () => Promise<void> = async () => { steps.push('read'); }): EventTarget {
  const pane = new EventTarget();
  answerCommands(pane, () => {
    steps.push('tab-table');
    return read();
  });
  return pane;
}

function event(steps: string[]): { completed(): void } {
  return { completed: () => steps.push('completed') };
}

describe('ribbon command: Check selected table', () => {
  const quiet = console.error;
  beforeEach(() => { console.error = () => undefined; });
  afterEach(() => { console.error = quiet; });

  const host = (steps: string[], pane: () => EventTarget | null | undefined, extra: Partial<CommandHost> = {}): CommandHost => ({
    showTaskpane: async () => { steps.push('show'); }, pane, waitMs: 300, ...extra,
  });

  it('shows the pane, selects the Table check tab, reads the selected table, then completes', async () => {
    const steps: string[] = [];
    const pane = fakePane(steps);
    await checkSelectedTable(event(steps), host(steps, () => pane));
    assert.deepEqual(steps, ['show', 'tab-table', 'read', 'completed']);
  });

  it('completes only after the read has finished', async () => {
    const steps: string[] = [];
    let finish!: () => void;
    const pane = fakePane(steps, () => new Promise<void>((resolve) => { finish = () => { steps.push('read'); resolve(); }; }));
    const running = checkSelectedTable(event(steps), host(steps, () => pane));
    await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual(steps, ['show', 'tab-table']);
    finish();
    await running;
    assert.deepEqual(steps, ['show', 'tab-table', 'read', 'completed']);
  });

  it('completes when the read fails', async () => {
    const steps: string[] = [];
    const pane = fakePane(steps, async () => { throw new Error('the selection is on a protected sheet'); });
    await checkSelectedTable(event(steps), host(steps, () => pane));
    assert.deepEqual(steps, ['show', 'tab-table', 'completed']);
  });

  it('completes when the pane cannot be shown, and asks nothing of it', async () => {
    const steps: string[] = [];
    const pane = fakePane(steps);
    await checkSelectedTable(event(steps), host(steps, () => pane, { showTaskpane: () => Promise.reject(new Error('not supported')) }));
    assert.deepEqual(steps, ['completed']);
  });

  it('waits for a pane still mounting, and completes when no pane answers', async () => {
    const steps: string[] = [];
    let pane: EventTarget | undefined;
    setTimeout(() => { pane = fakePane(steps); }, 150);
    await checkSelectedTable(event(steps), host(steps, () => pane));
    assert.deepEqual(steps, ['show', 'tab-table', 'read', 'completed'], 'the pane mounted after the command started');

    const alone: string[] = [];
    const started = Date.now();
    await checkSelectedTable(event(alone), host(alone, () => new EventTarget(), { waitMs: 200 }));
    assert.deepEqual(alone, ['show', 'completed']);
    assert.ok(Date.now() - started < 2000);
  });

  it('is registered with Office.actions.associate as checkSelectedTable, the manifest\'s FunctionName, and shows the pane through Office.addin', async () => {
    const handlers = new Map<string, (e: { completed(): void }) => unknown>();
    const steps: string[] = [];
    const globals = globalThis as Record<string, unknown>;
    const saved = { Office: globals.Office, window: globals.window };
    globals.Office = {
      onReady: (ready: () => void) => { ready(); return Promise.resolve(); },
      actions: { associate: (name: string, handler: (e: { completed(): void }) => unknown) => handlers.set(name, handler) },
      addin: { showAsTaskpane: async () => { steps.push('show'); } },
    };
    // In Excel the commands run in the pane's own page: the pane answers on that window.
    globals.window = fakePane(steps);
    try {
      const file = require.resolve('../../src/commands/commands');
      delete require.cache[file];
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded afresh, after the fake Office is in place
      require(file);
      assert.deepEqual([...handlers.keys()], ['checkSelectedTable']);
      await handlers.get('checkSelectedTable')!(event(steps));
      assert.deepEqual(steps, ['show', 'tab-table', 'read', 'completed']);
    } finally {
      Object.assign(globals, saved);
      if (saved.Office === undefined) delete globals.Office;
      if (saved.window === undefined) delete globals.window;
    }
  });
});
