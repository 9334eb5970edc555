import { strict as assert } from 'node:assert';
import { CATALOGUE } from './catalogue';
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
