import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createEngine } from '../../src/workbench/engine';
import { EnginePort } from '../../src/workbench/engine-port';
import { HeadlessView } from '../../src/workbench/cell-formats';
import { loadBundle } from '../functions/bundle';

const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'dist');
/** What Excel loads from this add-in. */
const SHIPPED = ['functions.js', 'taskpane.js', 'commands.js', 'taskpane.html'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const csp = (html: string): Record<string, string> => {
  const content = /http-equiv="Content-Security-Policy" content="([^"]+)"/i.exec(html)?.[1] ??
    /http-equiv=Content-Security-Policy content="([^"]+)"/i.exec(html)?.[1];
  assert.ok(content, 'the page has a Content-Security-Policy');
  return Object.fromEntries(content.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v.join(' ')]));
};

describe('security', () => {
  it('every page has a CSP without inline script or eval, and connects nowhere but itself', () => {
    for (const page of ['taskpane.html', 'workbench-taskpane.html', 'index.html']) {
      const html = readFileSync(join(DIST, page), 'utf8');
      const policy = csp(html);
      assert.ok(!/unsafe-inline|unsafe-eval/.test(policy['script-src'] ?? ''), `${page}: script-src ${policy['script-src']}`);
      assert.ok(['\'self\'', '\'none\''].includes(policy['connect-src']!), `${page}: connect-src ${policy['connect-src']}`);
      assert.equal(policy['object-src'], '\'none\'', page);
      for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) assert.match(tag, /\bsrc=/, `${page}: inline script ${tag}`);
    }
    // In Excel the only outside origin is office.js's own host.
    assert.equal(csp(readFileSync(join(DIST, 'taskpane.html'), 'utf8'))['script-src'], '\'self\' https://appsforoffice.microsoft.com');
  });

  it('the shipped bundles use no eval and no new Function', () => {
    for (const f of SHIPPED) {
      const code = readFileSync(join(DIST, f), 'utf8');
      assert.ok(!/\beval\s*\(/.test(code), `${f} calls eval`);
      assert.ok(!/\bnew\s+Function\s*\(|[^.\w]Function\s*\(\s*["'`]/.test(code), `${f} builds code with Function`);
    }
  });

  it('no script in dist/ opens a network connection (fetch, XMLHttpRequest, WebSocket, sendBeacon, EventSource)', () => {
    // Scripts are the .js files: the pages hold no inline script (checked above), and the docs pages may name the APIs.
    const offenders: string[] = [];
    for (const f of files(DIST).filter((p) => p.endsWith('.js'))) {
      const code = readFileSync(f, 'utf8');
      // importScripts as a call: the workbench's exceljs bundle only tests for it (`!self.importScripts`, is this a worker?).
      for (const api of [/\bfetch\s*\(/, /XMLHttpRequest/, /WebSocket/, /sendBeacon/, /EventSource/, /\bimportScripts\s*\(/]) {
        if (api.test(code)) offenders.push(`${relative(ROOT, f)}: ${api.source}`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('ships one runtime dependency, decimal.js: a small surface for advisories (scripts/audit.js runs npm audit in CI)', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    assert.deepEqual(Object.keys(pkg.dependencies), ['decimal.js']);
  });

  it('the hosted build (npm run build) carries no source maps; only the workbench build keeps them', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the webpack configuration is CommonJS
    const config = require(join(ROOT, 'webpack.config.js')) as (env: object, argv: object) => Promise<{ devtool: unknown }>;
    assert.equal((await config({}, { mode: 'production' })).devtool, false);
    assert.equal((await config({ workbench: true }, { mode: 'production' })).devtool, 'source-map');
  });

  it('the manifest asks for ReadWriteDocument and nothing more', () => {
    const manifest = readFileSync(join(DIST, 'manifest.xml'), 'utf8');
    assert.deepEqual(manifest.match(/<Permissions>[^<]*<\/Permissions>/g), ['<Permissions>ReadWriteDocument</Permissions>']);
  });

  it('text the pane writes can never start a formula, in the workbench engine too', async () => {
    const hf = createEngine(loadBundle());
    hf.addSheet('S');
    const port = new EnginePort(hf, new HeadlessView({ sheet: 'S', top: 0, left: 0, rows: 1, cols: 1 }));
    const hostile = ['=1+1', '+1+1', '-1+1', '@SUM(1)', '=HYPERLINK("http://example.invalid","x")'];
    await port.writeValues({ sheet: 'S', top: 0, left: 0, values: [hostile] });
    const sheet = hf.getSheetId('S')!;
    hostile.forEach((text, col) => {
      assert.equal(hf.getCellFormula({ sheet, row: 0, col }), undefined, `${text} became a formula`);
      assert.equal(hf.getCellValue({ sheet, row: 0, col }), text);
    });
    hf.destroy();
  });
});
