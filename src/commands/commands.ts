/*
 * Ribbon command handlers, registered by the FunctionFile's names in manifest.xml. They run in the shared runtime's
 * page (taskpane.html), beside the pane, and reach it only through its API (src/taskpane/pane-api.ts): they ask, it answers once mounted.
 */
import { checkSelectedTable } from './check-table';

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  void Office.onReady(() => {
    Office.actions.associate('checkSelectedTable', (event: Office.AddinCommands.Event) => checkSelectedTable(event, {
      showTaskpane: () => Office.addin.showAsTaskpane(),
      pane: () => window,
    }));
  });
}
