/**
 * Task pane entry. Boots through Office.onReady as in Excel and picks its workbook port from the host it finds:
 * Excel → the Excel port; the offline workbench → the port it offers on window; anything else → quick check only.
 */
import { mountApp } from './app';
import { ExcelPort } from './ports/excel-port';
import type { WorkbookPort } from './ports/port';

declare global {
  interface Window {
    /** Set by the offline workbench before the pane boots. */
    etsWorkbenchPort?: WorkbookPort;
  }
}

/** The workbench's port: on this window, or on the page that frames the pane (same origin). */
function workbenchPort(): WorkbookPort | undefined {
  if (window.etsWorkbenchPort) return window.etsWorkbenchPort;
  try {
    return window.parent !== window ? window.parent.etsWorkbenchPort : undefined;
  } catch {
    return undefined;
  }
}

async function boot(host: Office.HostType | null | undefined): Promise<void> {
  if (host === Office.HostType.Excel) return mountApp(new ExcelPort(), '');
  const port = workbenchPort();
  if (port) return mountApp(port, 'Offline workbench');
  return mountApp(undefined, 'Not in a workbook: the quick check works; open in Excel for tables.');
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  void Office.onReady((info) => boot(info.host));
} else {
  void boot(undefined);
}
