/** The zh-CN custom-functions metadata: built from the English one, every text translated, names kept English. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { readMetadata } from './bundle';
import { DEPRECATED } from './catalogue';
import { CHINESE_LOCALES } from '../../src/core';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build's own helper is CommonJS
const { localizedMetadata } = require('../../scripts/localized-metadata.js') as {
  localizedMetadata: (metadata: unknown, translations: unknown, locale: string) => unknown;
};
const ROOT = join(__dirname, '..', '..');
const CJK = /[\u4e00-\u9fff]/;

type Meta = { functions: Array<{ id: string; name: string; description: string; helpUrl: string; parameters: Array<{ name: string; description: string; optional?: boolean }> }> };

describe('functions.zh-CN.json (zh-CN metadata)', () => {
  const english = readMetadata() as unknown as Meta;
  const chinese = JSON.parse(readFileSync(join(ROOT, 'dist', 'functions.zh-CN.json'), 'utf8')) as Meta;

  it('describes the same functions and parameters, in the same order, with the same names and options', () => {
    assert.deepEqual(chinese.functions.map((f) => [f.id, f.name, f.parameters.map((p) => [p.name, Boolean(p.optional)])]),
      english.functions.map((f) => [f.id, f.name, f.parameters.map((p) => [p.name, Boolean(p.optional)])]));
    assert.equal((chinese as unknown as Record<string, unknown>).allowErrorForDataTypeAny, true);
  });

  it('opens the Chinese reference for help, at the function\'s own section', () => {
    // A deprecated alias opens the list of renamed functions; every other function its own section.
    const anchor = (id: string) => (id in DEPRECATED ? 'deprecated-names' : `ets${id.toLowerCase().replace(/\./g, '')}`);
    for (const f of chinese.functions) assert.match(f.helpUrl, new RegExp(`/docs/functions\\.zh-CN\\.html#${anchor(f.id)}$`));
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the generator is CommonJS
    const { build } = require('../../scripts/functions-zh-doc.js') as { build: () => string };
    assert.equal(readFileSync(join(ROOT, 'docs', 'functions.zh-CN.md'), 'utf8'), build(), 'docs/functions.zh-CN.md is out of date: node scripts/functions-zh-doc.js');
    const html = readFileSync(join(ROOT, 'dist', 'docs', 'functions.zh-CN.html'), 'utf8');
    // The build minifies pages: attribute quotes may be dropped.
    assert.match(html, /<html lang="?zh-CN"?>/);
    for (const f of chinese.functions) assert.match(html, new RegExp(`id="?${anchor(f.id)}"?[ >]`), f.id);
  });

  it('says in Chinese which function replaces a deprecated name', () => {
    for (const [old, current] of Object.entries(DEPRECATED)) {
      assert.ok(chinese.functions.find((f) => f.id === old)!.description.startsWith(`已弃用：请改用 ETS.${current}（`), old);
    }
  });

  it('has a Chinese description for every function and every parameter', () => {
    for (const f of chinese.functions) {
      assert.match(f.description, CJK, `${f.id}`);
      for (const p of f.parameters) assert.match(p.description, CJK, `${f.id}(${p.name})`);
    }
  });

  it('the build refuses a missing translation and a translation of nothing', () => {
    const translations = JSON.parse(readFileSync(join(ROOT, 'src', 'functions', 'i18n', 'functions.zh-CN.json'), 'utf8')) as Record<string, { parameters: Record<string, string> }>;
    const without = { ...translations, COVERED: { ...translations.COVERED!, parameters: { ...translations.COVERED!.parameters, year: '' } } };
    assert.throws(() => localizedMetadata(english, without, 'zh-CN'), /no description for COVERED\(year\)/);
    assert.throws(() => localizedMetadata(english, { ...translations, NOPE: { description: '无', parameters: {} } }, 'zh-CN'), /NOPE is not a function/);
    const { POSITION: _dropped, ...rest } = translations;
    void _dropped;
    assert.throws(() => localizedMetadata(english, rest, 'zh-CN'), /no description for POSITION/);
  });

  it('the manifest points every Chinese display language to it', () => {
    const doc = new DOMParser().parseFromString(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'), 'text/xml');
    const urls = Array.from(doc.getElementsByTagName('bt:Url')).filter((u) => u.getAttribute('id') === 'Functions.Metadata.Url');
    assert.equal(urls.length, 1);
    assert.match(urls[0]!.getAttribute('DefaultValue')!, /\/functions\.json$/);
    const overrides = Array.from(urls[0]!.getElementsByTagName('bt:Override'));
    assert.deepEqual(overrides.map((o) => [o.getAttribute('Locale'), o.getAttribute('Value')!.replace(/^.*\//, '')]),
      CHINESE_LOCALES.map((l) => [l, 'functions.zh-CN.json']));
  });
});
