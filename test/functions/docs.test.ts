import { strict as assert } from 'node:assert';
import { CATALOGUE, DEPRECATED } from './catalogue';
import { loadBundle } from './bundle';
import { BORDER, COMPLIANCE, DOC, EXAMPLE, expected, MODEL, parseArgs } from './doc-examples';

describe('docs/functions.md, docs/border-exposure.md and docs/compliance.md', () => {
  const fns = loadBundle();
  const examples = [...DOC.matchAll(EXAMPLE)];

  it('documents every function with a heading and at least one worked example', () => {
    for (const id of Object.keys(CATALOGUE)) {
      assert.ok(DOC.includes(`### \`ETS.${id}\``), `no section for ETS.${id}`);
      assert.ok(examples.some((m) => m[1] === id), `no worked example for ETS.${id}`);
    }
  });

  it('lists each deprecated name with the function that replaces it, and shows neither old name as current', () => {
    const section = DOC.slice(DOC.indexOf('## Deprecated names'));
    assert.ok(section.length > 20, 'a Deprecated names section');
    for (const [old, current] of Object.entries(DEPRECATED)) {
      assert.match(section, new RegExp(`\\| \`ETS\\.${old}\` \\| \\[\`ETS\\.${current.replace('.', '\\.')}\`\\]`), old);
      assert.ok(!DOC.includes(`### \`ETS.${old}\``), `no section of its own for ETS.${old}`);
      assert.ok(!new RegExp(`=ETS\\.${old}\\(`).test(DOC), `no example still typed with ETS.${old}`);
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
