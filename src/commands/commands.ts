/* Ribbon command handlers. The ribbon's one button opens the task pane (ShowTaskpane in manifest.xml), so none are
 * needed yet; this entry keeps the shared runtime's FunctionFile wiring in place for the ones that come. */
export {};
