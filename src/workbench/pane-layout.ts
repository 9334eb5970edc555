/**
 * The task pane beside the grid can be hidden and resized, so a wide table is not hidden behind it: a button in the
 * title bar shows and hides it, and the splitter between them drags (or, focused, moves with the arrow keys).
 */
const MIN_PANE = 260;
const STEP = 20;
/** The pane may take at most this share of the window (out of 10), leaving the grid room. */
const MAX_SHARE_TENTHS = 7;

/** The toggle's two labels, in the page's language. */
export interface PaneWords { readonly show: string; readonly hide: string }

/** Wires the pane's layout; returns what shows the pane if it is hidden (as Excel's showAsTaskpane does). */
export function wirePaneLayout(pane: HTMLElement, splitter: HTMLElement, toggle: HTMLButtonElement,
  words: PaneWords = { show: 'Show pane', hide: 'Hide pane' }): () => void {
  const maxWidth = (): number => Math.max(MIN_PANE, Math.round((window.innerWidth * MAX_SHARE_TENTHS) / 10));
  const setWidth = (px: number): void => {
    const width = Math.min(maxWidth(), Math.max(MIN_PANE, Math.round(px)));
    pane.style.width = `${width}px`;
    splitter.setAttribute('aria-valuenow', String(width));
  };
  splitter.setAttribute('aria-valuemin', String(MIN_PANE));
  splitter.setAttribute('aria-valuemax', String(maxWidth()));
  // A focusable separator states its position (ARIA: aria-valuenow is required): the pane's width in pixels.
  splitter.setAttribute('aria-valuenow', String(Math.round(pane.getBoundingClientRect().width)));
  const setHidden = (hide: boolean): void => {
    pane.hidden = hide;
    splitter.hidden = hide;
    toggle.textContent = hide ? words.show : words.hide;
    toggle.setAttribute('aria-expanded', String(!hide));
  };
  toggle.addEventListener('click', () => setHidden(!pane.hidden));
  splitter.addEventListener('mousedown', (e) => {
    e.preventDefault();
    // The pane is an iframe: while dragging, it must not swallow the mouse moves.
    pane.style.pointerEvents = 'none';
    const onMove = (m: MouseEvent): void => setWidth(window.innerWidth - m.clientX);
    const onUp = (): void => {
      pane.style.pointerEvents = '';
      window.removeEventListener('mousemove', onMove);
      window.removeEventListener('mouseup', onUp);
    };
    window.addEventListener('mousemove', onMove);
    window.addEventListener('mouseup', onUp);
  });
  splitter.addEventListener('keydown', (e) => {
    const width = pane.getBoundingClientRect().width;
    if (e.key === 'ArrowLeft') setWidth(width + STEP);
    else if (e.key === 'ArrowRight') setWidth(width - STEP);
    else return;
    e.preventDefault();
  });
  return () => setHidden(false);
}
