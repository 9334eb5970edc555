/**
 * The MEE's terms the same in every catalogue: wherever an English text says "allowance", its Chinese says 配额 — in the
 * core's messages, the rulebook's texts, the pane's messages and the functions' metadata alike — and no catalogue uses
 * a variant the glossary rules out (重点排放企业 for 重点排放单位 …). The glossary is src/core/messages/glossary.json,
 * also printed in docs/functions.zh-CN.md.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUES } from '../../src/core/messages';
import { DATA_ZH } from '../../src/core/rules/zh-CN';
import { EN as PANE_EN } from '../../src/taskpane/i18n/en';
import { ZH as PANE_ZH } from '../../src/taskpane/i18n/zh-CN';
import glossary from '../../src/core/messages/glossary.json';

interface Term { zh: string; en: string; match?: string; need?: string; not?: string[]; note: string }
interface Pair { where: string; en: string; zh: string }

const ROOT = join(__dirname, '..', '..');
/** Any parameter a message asks for, as a placeholder that cannot contain a glossary term. */
const SAMPLE = new Proxy({}, { get: (_, name) => (name === 'reached' || name === 'one' || name === 'open' ? true : name === 'month' || name === 'day' ? 3 : name === 'year' ? 2026 : '«»') });

/**
 * The words of a text without its code: argument names (cbam_benchmark), parameter keys (cbam:default:…, ccer),
 * placeholders ({noBenchmark}), function names (ETS.CBAM.BENCHMARK), paths and file names stay English in every language.
 */
const prose = (text: string): string => text
  .replace(/\{[^}]*\}|ETS\.[A-Z0-9.]+|[\w.-]+(\/[\w.-]+)+|[\w.-]+\.(csv|json|ts)\b|[\w<>-]*[_:][\w:<>|[\].-]*/g, ' ')
  .replace(/\b(ccer|carryover|preallocation-share|cbam-factor)\b/g, ' ');

function pairs(): Pair[] {
  const out: Pair[] = [];
  const core = CATALOGUES as unknown as Record<'en' | 'zh-CN', Record<string, (p: unknown) => string>>;
  for (const key of Object.keys(core.en)) out.push({ where: `core message ${key}`, en: core.en[key]!(SAMPLE), zh: core['zh-CN'][key]!(SAMPLE) });
  for (const [en, zh] of Object.entries(DATA_ZH)) out.push({ where: `rulebook text "${en.slice(0, 40)}…"`, en, zh });
  for (const key of Object.keys(PANE_EN) as Array<keyof typeof PANE_EN>) out.push({ where: `pane message ${key}`, en: PANE_EN[key], zh: PANE_ZH[key] });
  // Function metadata: English from the JSDoc (the built functions.json), Chinese from the translation table.
  const built = JSON.parse(readFileSync(join(ROOT, 'dist', 'functions.json'), 'utf8')) as { functions: Array<{ id: string; description: string; parameters: Array<{ name: string; description: string }> }> };
  const zh = JSON.parse(readFileSync(join(ROOT, 'src', 'functions', 'i18n', 'functions.zh-CN.json'), 'utf8')) as Record<string, { description: string; parameters: Record<string, string> }>;
  for (const f of built.functions) {
    out.push({ where: `metadata ${f.id}`, en: f.description, zh: zh[f.id]!.description });
    for (const p of f.parameters) out.push({ where: `metadata ${f.id}.${p.name}`, en: p.description, zh: zh[f.id]!.parameters[p.name]! });
  }
  return out;
}

describe('glossary: the MEE terms the same across the catalogues', () => {
  const terms = glossary.terms as Term[];
  const all = pairs();

  it('reads all four catalogues (core, rulebook, pane, metadata)', () => {
    for (const where of ['core message', 'rulebook text', 'pane message', 'metadata']) {
      assert.ok(all.filter((p) => p.where.startsWith(where)).length > 30, where);
    }
  });

  for (const term of terms.filter((t) => t.match !== undefined)) {
    it(`"${term.en}" is ${term.need ?? term.zh} wherever the English says it`, () => {
      const english = new RegExp(term.match!, 'i');
      const said = all.filter((p) => english.test(prose(p.en)));
      assert.ok(said.length > 0, `no catalogue says "${term.en}": drop its match or the term`);
      const missing = said.filter((p) => !p.zh.includes(term.need ?? term.zh)).map((p) => `${p.where}: ${p.zh}`);
      assert.deepEqual(missing, []);
    });
  }

  it('no catalogue uses a variant the glossary rules out', () => {
    const found = terms.flatMap((t) => (t.not ?? []).flatMap((variant) =>
      all.filter((p) => p.zh.includes(variant)).map((p) => `${p.where}: ${variant} (the glossary says ${t.zh})`)));
    assert.deepEqual(found, []);
  });

  it('is the glossary docs/functions.zh-CN.md prints', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'functions.zh-CN.md'), 'utf8');
    for (const t of terms) assert.ok(doc.includes(`| ${t.zh} | ${t.en} | ${t.note} |`), t.zh);
  });
});
