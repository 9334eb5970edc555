import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUE } from './catalogue';
import { loadBundle } from './bundle';

const DOCS = join(__dirname, '..', '..', 'docs');
const DOC = readFileSync(join(DOCS, 'functions.md'), 'utf8');
const BORDER = readFileSync(join(DOCS, 'border-exposure.md'), 'utf8');
const COMPLIANCE = readFileSync(join(DOCS, 'compliance.md'), 'utf8');
const MODEL = readFileSync(join(DOCS, 'model-builder.md'), 'utf8');
const EXAMPLE = /^\| `=ETS\.([A-Z0-9.]+)\((.*)\)` \| `(.*)` \|$/gm;

/** One constant as Excel reads it: "text" or a number. */
function constant(t: string): unknown {
  if (t.startsWith('"')) return t.slice(1, -1);
  assert.ok(!Number.isNaN(Number(t)), `not a number in docs example: ${t}`);
  return Number(t);
}

/** Excel-style arguments: "text", numbers, array constants ({a;b} a column, {a,b} a row), nothing for an omitted one. */
function parseArgs(text: string): unknown[] {
  if (text.trim() === '') return [];
  const parts = text.match(/(\s*\{[^}]*\}|"[^"]*"|[^,{]+|(?<=,)(?=,|$)|^(?=,))/g) ?? [];
  return parts.map((p) => {
    const t = p.trim();
    if (t === '') return null;
    if (t.startsWith('{')) {
      return t.slice(1, -1).split(';').map((row) => (row.match(/"[^"]*"|[^,]+/g) ?? []).map((c) => constant(c.trim())));
    }
    return [[constant(t)]];
  });
}

const expected = (text: string): unknown =>
  text === 'TRUE' ? true : text === 'FALSE' ? false : text.trim() !== '' && !Number.isNaN(Number(text)) ? Number(text) : text;

describe('docs/functions.md, docs/border-exposure.md and docs/compliance.md', () => {
  const fns = loadBundle();
  const examples = [...DOC.matchAll(EXAMPLE)];

  it('documents every function with a heading and at least one worked example', () => {
    for (const id of Object.keys(CATALOGUE)) {
      assert.ok(DOC.includes(`### \`ETS.${id}\``), `no section for ETS.${id}`);
      assert.ok(examples.some((m) => m[1] === id), `no worked example for ETS.${id}`);
    }
  });

  it('shows each function\'s arguments in catalogue order', () => {
    for (const [id, params] of Object.entries(CATALOGUE)) {
      assert.ok(DOC.includes(`\`=ETS.${id}(${params.join(', ')})\``), `ETS.${id} signature`);
    }
  });

  it('every worked example gives, through the built bundle, the result the page shows', () => {
    const border = [...BORDER.matchAll(EXAMPLE)];
    const compliance = [...COMPLIANCE.matchAll(EXAMPLE)];
    const model = [...MODEL.matchAll(EXAMPLE)];
    assert.ok(model.length >= 5, 'the model builder\'s worked example is checked through the bundle');
    assert.ok(compliance.length >= 15, 'the compliance walk-through is built from the functions');
    assert.ok(examples.length >= Object.keys(CATALOGUE).length);
    assert.ok(border.length >= 12, 'the border-exposure example is built from the functions');
    for (const [, id, args, result] of [...examples, ...border, ...compliance, ...model]) {
      const out = fns[id!]!(...parseArgs(args!));
      assert.equal(out[0]![0], expected(result!), `=ETS.${id}(${args})`);
    }
  });
});
