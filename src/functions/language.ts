/**
 * The language the functions answer in: the workbook's language setting when it overrides, else the host's display
 * language (Office.context.displayLanguage in Excel; the workbench's shim reports its ?lang= the same way). Read at each
 * call, so a changed setting shows at the next recalculation.
 */
import { languageFor, SETTINGS_KEY, type Lang } from '../core';

interface HostContext {
  readonly displayLanguage?: string;
  readonly document?: { readonly settings?: { get(name: string): unknown } };
}

export function hostLanguage(): Lang {
  try {
    const context = (globalThis as { Office?: { context?: HostContext } }).Office?.context;
    const stored = context?.document?.settings?.get(SETTINGS_KEY) as { language?: unknown } | null | undefined;
    return languageFor(context?.displayLanguage, typeof stored?.language === 'string' ? stored.language : undefined);
  } catch {
    // Outside a host (tests, a page without office.js) or before Office is ready: English.
    return 'en';
  }
}
