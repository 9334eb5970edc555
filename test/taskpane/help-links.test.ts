import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { renderDocs } = require('../../scripts/docs-html') as { renderDocs: (dir: string) => Record<string, string> };

describe('task pane: every view links to its section of the guide', () => {
  const html = readFileSync(join(__dirname, '..', '..', 'src', 'taskpane', 'taskpane.html'), 'utf8');
  const docs = renderDocs(join(__dirname, '..', '..', 'docs'));

  it('has one help link in each view, and each points at a heading the built guide has', () => {
    const views = [...html.matchAll(/<section id="panel-(\w+)" role="tabpanel"/g)].map((m) => m[1]);
    const links = [...html.matchAll(/<a href="(docs\/[\w.-]+)#([^"]+)"[^>]*data-testid="help-(\w+)"/g)].map(([, file, anchor, view]) => ({ file, anchor, view }));
    assert.deepEqual(links.map((l) => l.view), views);
    for (const { file, anchor, view } of links) {
      const page = docs[file!];
      assert.ok(page, `${view}: ${file} is not built`);
      assert.ok(page.includes(`id="${anchor}"`), `${view}: ${file} has no heading #${anchor}`);
    }
  });
});
