/** Small DOM helpers for the pane: lookups that fail loudly, and option lists built from data (never from HTML text). */

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`task pane: #${id} is missing from taskpane.html`);
  return el as T;
}

export function fillSelect(select: HTMLSelectElement, options: ReadonlyArray<readonly [value: string, label: string]>,
  selected?: string): void {
  select.replaceChildren(...options.map(([value, label]) => {
    const o = document.createElement('option');
    o.value = value;
    o.textContent = label;
    o.selected = value === selected;
    return o;
  }));
}

/** Tabs with arrow-key navigation, as the WAI-ARIA tabs pattern describes. Returns what selects a tab by its id. */
export function wireTabs(tablist: HTMLElement): (id: string) => void {
  const tabs = Array.from(tablist.querySelectorAll<HTMLButtonElement>('[role="tab"]'));
  const select = (tab: HTMLButtonElement, focus = false): void => {
    for (const t of tabs) {
      const on = t === tab;
      t.setAttribute('aria-selected', String(on));
      t.tabIndex = on ? 0 : -1;
      byId(t.getAttribute('aria-controls')!).hidden = !on;
    }
    if (focus) tab.focus();
    // The strip stays one line and scrolls: the selected tab is brought into view.
    tab.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  };
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => select(tab));
    tab.addEventListener('keydown', (e) => {
      const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      const next = step ? tabs[(i + step + tabs.length) % tabs.length]
        : e.key === 'Home' ? tabs[0] : e.key === 'End' ? tabs[tabs.length - 1] : undefined;
      if (!next || e.altKey || e.ctrlKey || e.metaKey) return;
      // The key moves between tabs only: the strip (which may scroll) and the pane do not scroll with it.
      e.preventDefault();
      select(next, true);
    });
  });
  return (id) => select(byId<HTMLButtonElement>(id));
}

/**
 * After work that disabled `button` (or hid the control that had the focus), gives the focus back to `button` if the
 * pane had it and lost it: a keyboard user carries on from the button pressed, not from the top of the pane. The focus
 * is left alone if it is elsewhere in the pane, or outside it (in the workbook).
 */
export function restoreFocus(button: HTMLElement): void {
  const active = document.activeElement as HTMLElement | null;
  const lost = !active || active === document.body || active.closest('[hidden]') !== null || (active as HTMLButtonElement).disabled === true;
  if (lost && document.hasFocus()) button.focus();
}

export function setStatus(el: HTMLElement, message: string, isError = false): void {
  el.textContent = message;
  el.classList.toggle('status-error', isError);
}
