/**
 * Task pane entry. Boots through Office.onReady as in Excel and picks its workbook port from the host it finds:
 * Excel → the Excel port; the offline workbench → the port it offers on window; anything else → quick check only.
 */
import { mountApp } from './app';
import { ExcelPort } from './excel-port';
import type { WorkbookPort } from './port';

declare global {
  interface Window {
    /** Set by the offline workbench before the pane boots. */
    etsWorkbenchPort?: WorkbookPort;
  }
}

async function boot(host: Office.HostType | null | undefined): Promise<void> {
  if (host === Office.HostType.Excel) return mountApp(new ExcelPort(), '');
  if (window.etsWorkbenchPort) return mountApp(window.etsWorkbenchPort, 'Offline workbench');
  return mountApp(undefined, 'Not in a workbook: the quick check works; open in Excel for tables.');
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  void Office.onReady((info) => boot(info.host));
} else {
  void mountApp(window.etsWorkbenchPort, window.etsWorkbenchPort ? 'Offline workbench' : 'Office is not available.');
}
