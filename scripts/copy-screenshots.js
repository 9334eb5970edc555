// Copies the screenshots the end-to-end run made (test-results/) to docs/images/, for the README.
const { copyFileSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
mkdirSync(join(root, 'docs', 'images'), { recursive: true });
for (const name of ['workbench', 'table-check', 'example-model', 'taskpane-quick-check', 'taskpane-table-check', 'taskpane-compare', 'taskpane-border', 'model-sheet', 'taskpane-model', 'taskpane-zh-quick-check', 'taskpane-zh-table-check', 'taskpane-zh-cbam', 'taskpane-zh-model', 'workbench-zh-error', 'table-check-zh', 'supplier-sheet']) {
  copyFileSync(join(root, 'test-results', `${name}.png`), join(root, 'docs', 'images', `${name}.png`));
}
console.log('screenshots copied to docs/images/');
