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
    /** The display language the workbench reports (its ?lang=), as Excel reports Office.context.displayLanguage. */
    etsWorkbenchLanguage?: string;
  }
}

/** What the workbench offers: on this window, or on the page that frames the pane (same origin). */
function fromWorkbench<K extends 'etsWorkbenchPort' | 'etsWorkbenchLanguage'>(key: K): Window[K] | undefined {
  if (window[key]) return window[key];
  try {
    return window.parent !== window ? window.parent[key] : undefined;
  } catch {
    return undefined;
  }
}

async function boot(host: Office.HostType | null | undefined): Promise<void> {
  if (host === Office.HostType.Excel) return mountApp(new ExcelPort(), undefined, Office.context.displayLanguage);
  const port = fromWorkbench('etsWorkbenchPort');
  if (port) return mountApp(port, 'host.workbench', fromWorkbench('etsWorkbenchLanguage'));
  return mountApp(undefined, 'host.none', navigator.language);
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  void Office.onReady((info) => boot(info.host));
} else {
  void boot(undefined);
}
