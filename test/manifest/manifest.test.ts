import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser, type Element as El } from '@xmldom/xmldom';
import { CHINESE_LOCALES } from '../../src/core';

const ROOT = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

const parse = (xml: string): El => new DOMParser().parseFromString(xml, 'text/xml').documentElement!;
const all = (root: El, localName: string): El[] =>
  Array.from(root.getElementsByTagNameNS('*', localName) as unknown as ArrayLike<El>);
const one = (root: El, localName: string): El => {
  const found = all(root, localName);
  assert.equal(found.length, 1, `expected one <${localName}>`);
  return found[0]!;
};

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the validator is a CommonJS script `npm run validate` runs
const validator = require('../../scripts/validate-manifest.js') as {
  validateManifest: (xml: string, options: Record<string, unknown>) => string[];
  projectOptions: () => Record<string, unknown>;
  chineseLocales: () => string[];
};

function checkManifest(xml: string, expectedRoot: string): void {
  assert.deepEqual(validator.validateManifest(xml, { root: expectedRoot, ...validator.projectOptions() }), []);
  const doc = parse(xml);

  // Every resid used is defined once in Resources, and is at most 32 characters.
  const defined = new Set(
    ['Image', 'Url', 'String'].flatMap((t) => all(doc, t)).map((e) => e.getAttribute('id')).filter((id): id is string => !!id));
  const used = new Set(all(doc, '*').map((e) => e.getAttribute('resid')).filter((id): id is string => !!id));
  assert.ok(used.size >= 8, 'manifest uses its resources');
  for (const id of [...defined, ...used]) assert.ok(id.length <= 32, `resid ${id} is over 32 characters`);
  for (const id of used) assert.ok(defined.has(id), `resid ${id} is used but not defined`);

  // Shared runtime wiring: one long-lived runtime at Taskpane.Url, used by functions' Page and the FunctionFile.
  const sets = all(doc, 'Set').map((s) => `${s.getAttribute('Name')} ${s.getAttribute('MinVersion')}`);
  assert.ok(sets.includes('SharedRuntime 1.1'), 'requires SharedRuntime 1.1');
  // CustomFunctions.ErrorCode (every error the functions return) is CustomFunctionsRuntime 1.3; the pane's ranges ExcelApi 1.7.
  assert.ok(sets.includes('CustomFunctionsRuntime 1.3'), 'requires CustomFunctionsRuntime 1.3');
  assert.ok(sets.includes('ExcelApi 1.7'), 'requires ExcelApi 1.7');
  const runtime = one(doc, 'Runtime');
  assert.equal(runtime.getAttribute('resid'), 'Taskpane.Url');
  assert.equal(runtime.getAttribute('lifetime'), 'long');
  const page = one(doc, 'Page');
  assert.equal(one(page, 'SourceLocation').getAttribute('resid'), 'Taskpane.Url');
  assert.equal(one(doc, 'FunctionFile').getAttribute('resid'), 'Taskpane.Url');
  assert.equal(one(one(doc, 'Script'), 'SourceLocation').getAttribute('resid'), 'Functions.Script.Url');
  assert.equal(one(one(doc, 'Metadata'), 'SourceLocation').getAttribute('resid'), 'Functions.Metadata.Url');
  // Two buttons: one shows the pane, one runs checkSelectedTable (src/commands/commands.ts) in the same runtime.
  const actions = all(doc, 'Action');
  assert.deepEqual(actions.map((a) => a.getAttribute('xsi:type')), ['ShowTaskpane', 'ExecuteFunction']);
  assert.equal(one(actions[1]!, 'FunctionName').textContent, 'checkSelectedTable');

  // Namespace ETS, ReadWriteDocument and nothing more.
  const ns = one(doc, 'Namespace').getAttribute('resid');
  const nsString = all(doc, 'String').find((s) => s.getAttribute('id') === ns);
  assert.equal(nsString?.getAttribute('DefaultValue'), 'ETS');
  assert.equal(one(doc, 'Permissions').textContent, 'ReadWriteDocument');

  // Every URL is https and under the expected root; icons at the sizes Office asks for.
  const urls = all(doc, '*').flatMap((e) => ['DefaultValue', 'Value'].map((a) => e.getAttribute(a)))
    .filter((v): v is string => !!v && /^\w+:\/\//.test(v));
  urls.push(...all(doc, 'AppDomain').map((e) => e.textContent ?? ''));
  assert.ok(urls.length >= 8);
  for (const url of urls) {
    assert.match(url, /^https:\/\//, url);
    assert.ok(url.startsWith(new URL(expectedRoot).origin), `${url} is not under ${expectedRoot}`);
  }
  for (const size of [16, 32, 80]) assert.ok(urls.some((u) => u.endsWith(`assets/icon-${size}.png`)), `icon ${size}`);

  // <Version> in step with package.json (Office wants four parts).
  assert.equal(one(doc, 'Version').textContent, `${pkg.version}.0`);
}

describe('npm run validate: the manifest checked offline', () => {
  const source = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
  const check = (xml: string) => validator.validateManifest(xml, { root: 'https://localhost:3000/', ...validator.projectOptions() });

  it('reads the Chinese locales from the code\'s one list', () => {
    assert.deepEqual(validator.chineseLocales(), [...CHINESE_LOCALES]);
  });

  it('reads the ribbon commands src/commands/commands.ts registers', () => {
    assert.deepEqual(validator.projectOptions().commandNames, ['checkSelectedTable']);
  });

  it('passes the source manifest, and exits 0 from the command line', () => {
    assert.deepEqual(check(source), []);
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'validate-manifest.js'), join(ROOT, 'manifest.xml')], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
  });

  // Each breakage, and the problem the validator names for it.
  const broken: Array<[string, (xml: string) => string, RegExp]> = [
    ['not XML', (x) => x.replace('</OfficeApp>', ''), /not well-formed/],
    ['elements out of order', (x) => x.replace(/(<Version>[^<]*<\/Version>)\s*(<ProviderName>[^<]*<\/ProviderName>)/, '$2$1'), /out of the schema's order/],
    ['an Id that is not a GUID', (x) => x.replace(/<Id>[^<]*<\/Id>/, '<Id>ets-addin</Id>'), /not a GUID/],
    ['a version out of step with package.json', (x) => x.replace(/<Version>[^<]*<\/Version>/, '<Version>9.9.9.9</Version>'), /<Version> 9\.9\.9\.9 is not/],
    ['a label over 125 characters', (x) => x.replace('DefaultValue="Coverage check"', `DefaultValue="${'x'.repeat(126)}"`), /over 125 characters/],
    ['an undefined resid', (x) => x.replace('<Label resid="EtsGroup.Label"/>', '<Label resid="EtsGroup.Missing"/>'), /resid EtsGroup\.Missing .* not defined/],
    ['the own origin in AppDomains', (x) => x.replace('<Hosts>', '<AppDomains><AppDomain>https://localhost:3000</AppDomain></AppDomains>\n  <Hosts>'), /own origin/],
    ['an http address', (x) => x.replace('https://localhost:3000/assets/icon-16.png', 'http://localhost:3000/assets/icon-16.png'), /is not https/],
    ['zh-TW overridden for the pane button only', (x) => x.replace(/\s*<Override Locale="zh-TW" Value="碳市场履约"\/>/, ''), /cover different locales/],
    ['a ShowTaskpane without a TaskpaneId', (x) => x.replace(/<TaskpaneId>[^<]*<\/TaskpaneId>/, ''), /no <TaskpaneId>/],
    ['a ribbon command no handler is registered for', (x) => x.replace('<FunctionName>checkSelectedTable<', '<FunctionName>checkTable<'), /ExecuteFunction checkTable is not registered/],
    ['a ribbon command without a function name', (x) => x.replace(/<FunctionName>[^<]*<\/FunctionName>/, ''), /no <FunctionName>/],
    ['a ribbon command outside the shared runtime (no FunctionFile)', (x) => x.replace(/<FunctionFile [^>]*\/>/, ''), /ExecuteFunction checkSelectedTable does not run in the shared runtime/],
    ['a ribbon command in another page', (x) => x.replace('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Functions.Script.Url"/>'), /ExecuteFunction checkSelectedTable does not run in the shared runtime/],
    ['an icon that is not shipped', (x) => x.replace('assets/icon-80.png', 'assets/icon-81.png'), /no assets\/icon-81\.png/],
  ];
  for (const [what, breakIt, problem] of broken) {
    it(`names the problem: ${what}`, () => {
      const xml = breakIt(source);
      assert.notEqual(xml, source, 'the breakage applies');
      const problems = check(xml);
      assert.ok(problems.some((p) => problem.test(p)), problems.join('\n') || 'no problem found');
    });
  }
});

describe('manifest.xml (offline checks)', () => {
  it('the source manifest is wired for a shared runtime with namespace ETS', () => {
    checkManifest(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'), 'https://localhost:3000/');
  });

  it('the built dist/manifest.xml passes the same checks', () => {
    checkManifest(readFileSync(join(ROOT, 'dist', 'manifest.xml'), 'utf8'), 'https://localhost:3000/');
  });

  it('ships every icon size the design card lists', () => {
    const icons = readdirSync(join(ROOT, 'assets'));
    for (const size of [16, 32, 64, 80, 128]) assert.ok(icons.includes(`icon-${size}.png`), `icon-${size}.png`);
  });

  it('a production build with ADDIN_URL moves every URL to that host, in the manifest and functions.json', function () {
    this.timeout(120000);
    const out = mkdtempSync(join(tmpdir(), 'ets-dist-'));
    const addinUrl = 'https://addins.example.org/ets/';
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--mode', 'production', '--output-path', out], {
      cwd: ROOT, env: { ...process.env, ADDIN_URL: addinUrl }, stdio: 'pipe',
    });
    const manifest = readFileSync(join(out, 'manifest.xml'), 'utf8');
    assert.ok(!manifest.includes('localhost'), 'no localhost left in the manifest');
    checkManifest(manifest, addinUrl);
    assert.match(manifest, /https:\/\/addins\.example\.org\/ets\/functions\.json/);
    const metadata = readFileSync(join(out, 'functions.json'), 'utf8');
    assert.ok(!metadata.includes('localhost'), 'no localhost left in functions.json');
    assert.match(metadata, /https:\/\/addins\.example\.org\/ets\/docs\/functions\.html#etsallocation/);
    for (const file of ['functions.js', 'taskpane.html', 'docs/functions.html']) {
      assert.ok(!readFileSync(join(out, file), 'utf8').includes('localhost:3000'), `${file} still names localhost:3000`);
    }
  });

  it('a build for a host that is not https stops with a message saying why, and writes nothing', function () {
    this.timeout(120000);
    const out = mkdtempSync(join(tmpdir(), 'ets-dist-'));
    for (const addinUrl of ['http://addins.example.org/ets/', 'addins.example.org/ets']) {
      const run = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--mode', 'production', '--output-path', out], {
        cwd: ROOT, env: { ...process.env, ADDIN_URL: addinUrl }, encoding: 'utf8',
      });
      assert.notEqual(run.status, 0, `${addinUrl} was accepted`);
      assert.match(run.stderr + run.stdout, /ADDIN_URL (must start with https:\/\/|is not a URL)/);
      assert.deepEqual(readdirSync(out), [], 'nothing written');
    }
  });
});
