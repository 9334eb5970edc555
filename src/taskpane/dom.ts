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

/** Tabs with arrow-key navigation, as the WAI-ARIA tabs pattern describes. */
export function wireTabs(tablist: HTMLElement): void {
  const tabs = Array.from(tablist.querySelectorAll<HTMLButtonElement>('[role="tab"]'));
  const select = (tab: HTMLButtonElement, focus = false): void => {
    for (const t of tabs) {
      const on = t === tab;
      t.setAttribute('aria-selected', String(on));
      t.tabIndex = on ? 0 : -1;
      byId(t.getAttribute('aria-controls')!).hidden = !on;
    }
    if (focus) tab.focus();
  };
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => select(tab));
    tab.addEventListener('keydown', (e) => {
      const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (step) select(tabs[(i + step + tabs.length) % tabs.length]!, true);
      if (e.key === 'Home') select(tabs[0]!, true);
      if (e.key === 'End') select(tabs[tabs.length - 1]!, true);
    });
  });
}

export function setStatus(el: HTMLElement, message: string, isError = false): void {
  el.textContent = message;
  el.classList.toggle('status-error', isError);
}
