/* Task pane entry. The coverage-check UI comes with its own issue; for now it shows which rulebook is loaded. */
import { info } from '../core';

function showRulebook(): void {
  const target = document.getElementById('rulebook');
  if (target) target.textContent = String(info());
}

// In Excel, wait for Office; elsewhere (a plain browser) run at once.
if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  void Office.onReady(() => showRulebook());
} else {
  showRulebook();
}
