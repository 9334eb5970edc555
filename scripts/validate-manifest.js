#!/usr/bin/env node
// `npm run validate [file]`: checks an add-in only manifest offline. The yo-office template's `validate` sends the file
// to a Microsoft web service, unreachable here and from CI; this checks what that service and Office's loader check
// that can be known from the file itself — Microsoft's manifest reference (element order, lengths, GUID, version,
// permissions, resource ids, locales, AppDomains, https) — and this add-in's own wiring (one long-lived shared
// runtime serving the functions, the ribbon and the pane; namespace ETS; the Chinese locales the code answers in).
// Prints each problem and exits 1 if there is any. Used by test/manifest/manifest.test.ts on the source, the built
// and a production-URL manifest.
'use strict';
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const { DOMParser } = require('@xmldom/xmldom');

const ROOT = join(__dirname, '..');
const OFFICE_APP_NS = 'http://schemas.microsoft.com/office/appforoffice/1.1';
/** OfficeApp's children in the order the schema's sequence requires (TaskPaneApp; optional ones may be absent). */
const TOP_LEVEL_ORDER = ['Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description',
  'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings',
  'Permissions', 'AllowSnapshot', 'VersionOverrides', 'ExtendedOverrides'];
const REQUIRED_TOP_LEVEL = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'DefaultSettings', 'Permissions'];
const PERMISSIONS = ['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument'];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Schema lengths: ShortString 125, LongString 250, a resource id 32, a URL 2048. */
const MAX = { short: 125, long: 250, resid: 32, url: 2048 };

const elements = (root, localName) => Array.from(root.getElementsByTagNameNS('*', localName));
const children = (el) => Array.from(el.childNodes).filter((n) => n.nodeType === 1);

/** Problems found in a manifest's text (empty when none). `root` is the URL every address must start with. */
function validateManifest(xml, { root = 'https://localhost:3000/', version, chineseLocales, assetsDir, commandNames } = {}) {
  const problems = [];
  const say = (text) => problems.push(text);
  let doc;
  try {
    doc = new DOMParser({ onError: (level, message) => { if (level !== 'warning') throw new Error(message); } })
      .parseFromString(xml, 'text/xml');
  } catch (e) {
    return [`not well-formed XML: ${e.message}`];
  }
  const app = doc.documentElement;
  if (!app || app.localName !== 'OfficeApp' || app.namespaceURI !== OFFICE_APP_NS) return [`the root element is not OfficeApp in ${OFFICE_APP_NS}`];
  if (app.getAttribute('xsi:type') !== 'TaskPaneApp') say('OfficeApp xsi:type is not TaskPaneApp');

  // Top-level elements: present, once each, in the schema's order.
  const top = children(app).map((c) => c.localName);
  for (const name of REQUIRED_TOP_LEVEL) if (!top.includes(name)) say(`<${name}> is missing`);
  for (const name of top) if (!TOP_LEVEL_ORDER.includes(name)) say(`<${name}> is not an OfficeApp element`);
  const ranks = top.filter((n) => TOP_LEVEL_ORDER.includes(n)).map((n) => TOP_LEVEL_ORDER.indexOf(n));
  ranks.forEach((r, i) => { if (i > 0 && r <= ranks[i - 1]) say(`<${TOP_LEVEL_ORDER[r]}> is out of the schema's order (or repeated)`); });
  const text = (name) => (children(app).find((c) => c.localName === name)?.textContent ?? '').trim();

  if (!GUID.test(text('Id'))) say(`<Id> "${text('Id')}" is not a GUID`);
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(text('Version'))) say(`<Version> "${text('Version')}" is not n.n.n.n`);
  if (version !== undefined && text('Version') !== version) say(`<Version> ${text('Version')} is not ${version}`);
  if (!PERMISSIONS.includes(text('Permissions'))) say(`<Permissions> "${text('Permissions')}" is not one of ${PERMISSIONS.join(', ')}`);
  if (text('ProviderName').length > MAX.long) say('<ProviderName> is over 250 characters');

  // Lengths of every localisable value (its default and each override).
  const lengthOf = (el) => (el.parentNode?.localName === 'ShortStrings' || ['DisplayName'].includes(el.localName) ? MAX.short
    : el.parentNode?.localName === 'LongStrings' || el.localName === 'Description' ? MAX.long : MAX.url);
  for (const el of elements(app, '*')) {
    const limit = lengthOf(el);
    for (const v of [el.getAttribute('DefaultValue'), ...children(el).filter((c) => c.localName === 'Override').map((c) => c.getAttribute('Value'))]) {
      if (v && v.length > limit) say(`<${el.localName}${el.getAttribute('id') ? ` id="${el.getAttribute('id')}"` : ''}> has a value over ${limit} characters`);
    }
  }

  // Resource ids: defined once, at most 32 characters, every one used defined.
  const defined = ['Image', 'Url', 'String'].flatMap((t) => elements(app, t)).map((e) => e.getAttribute('id')).filter(Boolean);
  const seen = new Set();
  for (const id of defined) {
    if (seen.has(id)) say(`resource id ${id} is defined twice`);
    seen.add(id);
    if (id.length > MAX.resid) say(`resource id ${id} is over 32 characters`);
  }
  for (const el of elements(app, '*')) {
    const id = el.getAttribute('resid');
    if (id && !seen.has(id)) say(`resid ${id} on <${el.localName}> is not defined in <Resources>`);
  }

  // Addresses: https, under the add-in's root.
  const urls = elements(app, '*').flatMap((e) => ['DefaultValue', 'Value'].map((a) => e.getAttribute(a)))
    .filter((v) => v && /^[a-z]+:\/\//i.test(v));
  for (const url of urls) {
    if (!url.startsWith('https://')) say(`${url} is not https`);
    else if (!url.startsWith(root)) say(`${url} is not under ${root}`);
  }

  // AppDomains: never empty, never the add-in's own origin (no effect, and misleading), a bare origin each.
  const ownOrigin = new URL(root).origin;
  for (const domains of elements(app, 'AppDomains')) if (children(domains).length === 0) say('<AppDomains> is empty');
  for (const d of elements(app, 'AppDomain').map((e) => (e.textContent ?? '').trim())) {
    if (d === ownOrigin) say(`<AppDomain> ${d} is the add-in's own origin, which Office trusts already`);
    if (!/^https?:\/\/[^/]+$/.test(d)) say(`<AppDomain> ${d} is not a bare origin (protocol and host, no path or trailing slash)`);
  }

  // Locales: every localised value overridden for one and the same set of locales, so no part of the add-in stays in
  // the default language where another part is translated.
  const localeSets = new Map();
  for (const el of elements(app, '*')) {
    const overrides = children(el).filter((c) => c.localName === 'Override').map((c) => c.getAttribute('Locale'));
    if (overrides.length === 0) continue;
    if (new Set(overrides).size !== overrides.length) say(`<${el.localName} id="${el.getAttribute('id') ?? ''}"> overrides a locale twice`);
    localeSets.set(`${el.localName}${el.getAttribute('id') ? `#${el.getAttribute('id')}` : ''}`, [...overrides].sort().join(','));
  }
  const sets = new Set(localeSets.values());
  if (sets.size > 1) say(`the overrides cover different locales: ${[...localeSets].map(([k, v]) => `${k} ${v}`).join('; ')}`);
  if (chineseLocales && sets.size === 1 && [...sets][0] !== [...chineseLocales].sort().join(',')) {
    say(`the overrides cover ${[...sets][0]}, the code answers in Chinese for ${[...chineseLocales].sort().join(',')}`);
  }
  for (const el of elements(app, 'String')) {
    if (el.parentNode?.localName === 'ShortStrings' && el.getAttribute('id') === 'Functions.Namespace') continue;
    if (chineseLocales && !children(el).some((c) => c.localName === 'Override')) say(`string ${el.getAttribute('id')} has no Chinese override`);
  }

  // This add-in: one long-lived shared runtime at Taskpane.Url, used by the functions' page, the function file and
  // every ShowTaskpane action, which all name one task pane (a shared runtime has one; Microsoft: "any task pane
  // without a <TaskpaneID> is considered a different task pane"), and every ExecuteFunction action (below).
  const sets2 = elements(app, 'Set').map((s) => `${s.getAttribute('Name')} ${s.getAttribute('MinVersion')}`);
  for (const need of ['SharedRuntime 1.1', 'CustomFunctionsRuntime 1.3', 'ExcelApi 1.7']) if (!sets2.includes(need)) say(`requirement ${need} is not declared`);
  const runtimes = elements(app, 'Runtime');
  if (runtimes.length !== 1) say(`${runtimes.length} runtimes declared, not one shared runtime`);
  const runtime = runtimes[0];
  const pageResid = runtime?.getAttribute('resid');
  if (runtime && runtime.getAttribute('lifetime') !== 'long') say('the shared runtime is not lifetime="long"');
  const residOf = (el) => el?.getAttribute('resid');
  const sourceOf = (el) => residOf(el && elements(el, 'SourceLocation')[0]);
  if (sourceOf(elements(app, 'Page')[0]) !== pageResid) say('the functions\' <Page> is not the shared runtime\'s page');
  if (residOf(elements(app, 'FunctionFile')[0]) !== pageResid) say('<FunctionFile> is not the shared runtime\'s page');
  const panes = elements(app, 'Action').filter((a) => a.getAttribute('xsi:type') === 'ShowTaskpane');
  const ids = new Set(panes.map((a) => (elements(a, 'TaskpaneId')[0]?.textContent ?? '').trim()));
  if (ids.has('')) say('a ShowTaskpane action has no <TaskpaneId>: under a shared runtime it would open a second task pane');
  if (ids.size > 1) say(`ShowTaskpane actions name ${ids.size} task panes; a shared runtime has one`);
  for (const a of panes) if (sourceOf(a) !== pageResid) say('a ShowTaskpane action opens another page than the shared runtime\'s');
  // Ribbon commands (ExecuteFunction) run in the shared runtime: in its page, through the FunctionFile, under a name
  // src/commands/commands.ts registers (Office.actions.associate); an unknown name leaves the button doing nothing.
  for (const a of elements(app, 'Action').filter((x) => x.getAttribute('xsi:type') === 'ExecuteFunction')) {
    const name = (elements(a, 'FunctionName')[0]?.textContent ?? '').trim();
    if (!name) say('an ExecuteFunction action has no <FunctionName>');
    else if (commandNames && !commandNames.includes(name)) say(`ExecuteFunction ${name} is not registered in src/commands/commands.ts (Office.actions.associate)`);
    let formFactor = a.parentNode;
    while (formFactor && !/FormFactor$/.test(formFactor.localName ?? '')) formFactor = formFactor.parentNode;
    const file = formFactor ? children(formFactor).find((c) => c.localName === 'FunctionFile') : undefined;
    if (residOf(file) !== pageResid) say(`ExecuteFunction ${name || '(no name)'} does not run in the shared runtime: its form factor's <FunctionFile> is not the runtime's page`);
  }
  const ns = residOf(elements(app, 'Namespace')[0]);
  if (elements(app, 'String').find((s) => s.getAttribute('id') === ns)?.getAttribute('DefaultValue') !== 'ETS') say('the functions\' namespace is not ETS');
  if (text('Permissions') !== 'ReadWriteDocument') say('the add-in asks for other permissions than ReadWriteDocument');

  // Icons: the files the source manifest names exist.
  if (assetsDir) {
    for (const url of urls.filter((u) => /\/assets\/[^/]+\.png$/.test(u))) {
      const file = url.slice(url.lastIndexOf('/') + 1);
      if (!existsSync(join(assetsDir, file))) say(`${url}: no assets/${file}`);
    }
  }
  return problems;
}

/** The display languages the code answers in Chinese, read from their one definition (the core is TypeScript). */
function chineseLocales() {
  const source = readFileSync(join(ROOT, 'src', 'core', 'messages', 'language.ts'), 'utf8');
  const list = /CHINESE_LOCALES[^=]*=\s*\[([^\]]*)\]/.exec(source);
  if (!list) throw new Error('CHINESE_LOCALES not found in src/core/messages/language.ts');
  return [...list[1].matchAll(/'([^']+)'/g)].map((m) => m[1]);
}

/** The ribbon commands src/commands/commands.ts registers (Office.actions.associate('name', …)). */
function commandNames() {
  const source = readFileSync(join(ROOT, 'src', 'commands', 'commands.ts'), 'utf8');
  return [...source.matchAll(/Office\.actions\.associate\(\s*'([^']+)'/g)].map((m) => m[1]);
}

/** The options this repository's manifests are checked with. */
function projectOptions() {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  return { version: `${pkg.version}.0`, chineseLocales: chineseLocales(), assetsDir: join(ROOT, 'assets'), commandNames: commandNames() };
}

if (require.main === module) {
  const file = process.argv[2] ?? join(ROOT, 'manifest.xml');
  const root = process.argv[3] ?? 'https://localhost:3000/';
  const problems = validateManifest(readFileSync(file, 'utf8'), { root, ...projectOptions() });
  for (const p of problems) console.error(`✗ ${p}`);
  console.log(problems.length === 0 ? `${file}: valid (offline checks)` : `${file}: ${problems.length} problem(s)`);
  process.exit(problems.length === 0 ? 0 : 1);
}

module.exports = { validateManifest, projectOptions, chineseLocales, commandNames };
