/**
 * Every id and data-testid in the pane's page is unique: a second element with an id already taken is invisible to
 * getElementById (the view would drive the first one, in another tab) and to the hooks tests outside this repository use.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const HTML = readFileSync(join(__dirname, '..', '..', 'src', 'taskpane', 'taskpane.html'), 'utf8');

describe('the task pane page', () => {
  for (const attribute of ['id', 'data-testid']) {
    it(`has no ${attribute} twice`, () => {
      const seen = new Map<string, number>();
      for (const [, value] of HTML.matchAll(new RegExp(`\\s${attribute}="([^"]+)"`, 'g'))) seen.set(value!, (seen.get(value!) ?? 0) + 1);
      assert.ok(seen.size > 50, 'the page was read');
      assert.deepEqual([...seen].filter(([, n]) => n > 1), []);
    });
  }
});
