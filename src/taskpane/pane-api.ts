/**
 * What the pane offers the ribbon's commands (src/commands): an event on the pane's window. In Excel the commands run
 * in the pane's own page (the shared runtime); in the workbench the page around the pane's frame sends it.
 */
export const CHECK_TABLE = 'ets:check-selected-table';

/** The event's detail: the pane sets `done`, which settles when the table check has read the selection. */
export interface PaneRequest {
  done?: Promise<void>;
}

/** The pane answers, once mounted: `checkTable` shows the Table check and reads the selected table. */
export function answerCommands(pane: EventTarget, checkTable: () => Promise<void>): void {
  pane.addEventListener(CHECK_TABLE, (e) => {
    (e as CustomEvent<PaneRequest>).detail.done = checkTable();
  });
}
