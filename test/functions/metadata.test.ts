import { strict as assert } from 'node:assert';
import { DEPRECATED, REGISTERED, isOptional, parameterName } from './catalogue';
import { loadBundle, readMetadata } from './bundle';

describe('functions.json (generated metadata)', () => {
  const metadata = readMetadata();
  const byId = new Map(metadata.functions.map((f) => [f.id as string, f]));

  it('lets error cells reach the functions (set by the build: the generator cannot emit it), and asks nothing of CustomFunctionsRuntime 1.4', () => {
    const top = metadata as unknown as Record<string, unknown>;
    assert.equal(top.allowErrorForDataTypeAny, true);
    // allowCustomDataForDataTypeAny is a 1.4 feature; the manifest declares 1.3 so that Office 2021 and retail perpetual
    // Excel run the add-in, and Excel then passes a data-type cell as its basic value (conventions.test.ts).
    assert.ok(!('allowCustomDataForDataTypeAny' in top));
  });

  it('lists exactly the catalogue functions and their deprecated aliases', () => {
    assert.deepEqual([...byId.keys()].sort(), Object.keys(REGISTERED).sort());
  });

  for (const [old, current] of Object.entries(DEPRECATED)) {
    it(`${old} says it is deprecated and names ${current}, whose arguments it keeps`, () => {
      const f = byId.get(old)!;
      assert.match(f.description, new RegExp(`^Deprecated: use ETS\\.${current.replace('.', '\\.')} `));
      assert.match(f.helpUrl, /#deprecated-names$/);
    });
  }

  for (const [id, params] of Object.entries(REGISTERED)) {
    it(`${id}: parameter names, order, optional flags, matrix dimensionality, help URL`, () => {
      const f = byId.get(id)!;
      assert.equal(f.name, id);
      assert.ok(typeof f.description === 'string' && f.description.length > 20, 'description');
      const anchor = id in DEPRECATED ? 'deprecated-names' : `ets${id.toLowerCase().replace(/\./g, '')}`;
      assert.match(f.helpUrl, new RegExp(`/docs/functions\\.html#${anchor}$`));
      assert.deepEqual(f.parameters.map((p) => p.name), params.map(parameterName));
      for (const [i, p] of params.entries()) {
        const meta = f.parameters[i]!;
        assert.equal(meta.type, 'any', `${id}.${meta.name} type`);
        assert.equal(meta.dimensionality, 'matrix', `${id}.${meta.name} accepts ranges`);
        assert.equal(Boolean(meta.optional), isOptional(p), `${id}.${meta.name} optional`);
        assert.ok(meta.description && meta.description.length > 5, `${id}.${meta.name} description`);
      }
      assert.equal(f.result.dimensionality, 'matrix', 'results spill');
    });
  }

  it('every function in functions.json is registered by the bundle, and nothing else', () => {
    assert.deepEqual(Object.keys(loadBundle()).sort(), [...byId.keys()].sort());
  });
});
