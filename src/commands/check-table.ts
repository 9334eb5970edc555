/**
 * The ribbon's "Check selected table": opens the task pane on its Table check and reads the table around the selection,
 * as the pane's "Read selected table" does. Office waits for event.completed(), so it is called whatever happens.
 */
import { CHECK_TABLE, type PaneRequest } from '../taskpane/pane-api';

export interface CommandEvent {
  completed(): void;
}

/** Where the command runs: Excel (Office.addin and this page) or the offline workbench (its pane's frame). */
export interface CommandHost {
  showTaskpane(): Promise<void>;
  /** The pane's window, once it is there. */
  pane(): EventTarget | null | undefined;
  /** How long to wait for a pane still starting to answer (ms). */
  waitMs?: number;
}

/** Asks the pane to check the selected table; settles once it has read it, or fails if no pane answers in time. */
async function requestTableCheck(pane: CommandHost['pane'], waitMs: number): Promise<void> {
  for (const end = Date.now() + waitMs; ; await new Promise((r) => setTimeout(r, 100))) {
    const detail: PaneRequest = {};
    pane()?.dispatchEvent(new CustomEvent(CHECK_TABLE, { detail }));
    if (detail.done) return detail.done;
    if (Date.now() >= end) throw new Error('the task pane did not answer');
  }
}

export async function checkSelectedTable(event: CommandEvent, host: CommandHost): Promise<void> {
  try {
    await host.showTaskpane();
    await requestTableCheck(host.pane, host.waitMs ?? 30000);
  } catch (e) {
    // The pane shows a failed read itself; this is for a pane that could not be shown or did not answer.
    console.error(`Check selected table: ${(e as Error).message}`);
  } finally {
    event.completed();
  }
}
