/*
 * Ribbon command handlers, under the names manifest.xml's ExecuteFunction actions give (npm run validate checks that
 * they match). They run in the shared runtime's page (taskpane.html), beside the pane, and reach it only through its
 * API (src/taskpane/pane-api.ts): they ask, and it answers once it has mounted.
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
